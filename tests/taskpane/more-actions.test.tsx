/**
 * The dossier, year, units' files and lock panels in jsdom, over the in-memory workbook of the
 * sample register (the preview's port) and the real file maker: each action writes its sheets,
 * logs in `Nhật ký`, or hands the user its file.
 */
import "./text-codec-polyfill";
import * as fs from "node:fs";
import * as path from "node:path";
import * as React from "react";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fileMaker } from "../../src/adapters/files/file-maker";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { createMemoryWorkbookPort } from "../../src/adapters/memory/memory-workbook.adapter";
import { xlsxPackageCodec } from "../../src/adapters/memory/xlsx-package-codec";
import { registerOverview } from "../../src/app/register-overview";
import { AUDIT_ACTIONS, AUDIT_LOG_SHEET, readAuditLog } from "../../src/domain/integrity/audit-log";
import { MoreActionsSection } from "../../src/taskpane/components/MoreActionsSection";
import { StringsProvider } from "../../src/taskpane/i18n";
import { PaneFilesContext, type PaneFiles } from "../../src/taskpane/pane-files";
import { vi } from "../../src/taskpane/strings.vi";
import { REACT_TREE_TIMEOUT } from "../support/timeouts";

jest.setTimeout(REACT_TREE_TIMEOUT);

const SAMPLE = path.resolve(__dirname, "..", "..", "assets", "sample-register.xlsx");
const NOW = (): Date => new Date(2024, 10, 30, 9, 0);

interface Saved {
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly mime: string;
}

async function setup(): Promise<{
  workbook: MemoryWorkbook;
  saved: Saved[];
  user: ReturnType<typeof userEvent.setup>;
  changed: () => number;
}> {
  const workbook = await MemoryWorkbook.open(
    xlsxPackageCodec,
    new Uint8Array(fs.readFileSync(SAMPLE)),
    "mau.xlsx"
  );
  const port = createMemoryWorkbookPort(workbook);
  const overview = await registerOverview(port, NOW());
  const saved: Saved[] = [];
  const files: PaneFiles = {
    save: (bytes, name, mime) => saved.push({ bytes, name, mime }),
    load: () => Promise.resolve(fileMaker),
  };
  let changes = 0;
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <StringsProvider language="vi">
        <PaneFilesContext.Provider value={files}>
          <MoreActionsSection
            port={port}
            overview={overview}
            busy={false}
            now={NOW}
            onChanged={() => {
              changes++;
            }}
          />
        </PaneFilesContext.Provider>
      </StringsProvider>
    </FluentProvider>
  );
  return { workbook, saved, user, changed: () => changes };
}

function button(action: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-action="${action}"]`);
  if (found === null) throw new Error(`no button ${action}`);
  return found;
}

function logActions(workbook: MemoryWorkbook): string[] {
  const grid = workbook.getSnapshot().grids.get(AUDIT_LOG_SHEET) ?? [];
  return readAuditLog(grid).map((e) => e.action);
}

describe("dossier, year, units' files and lock panels", () => {
  it("Lập hồ sơ writes the Hồ sơ sheets, logs the action and tells the pane", async () => {
    const { workbook, user, changed } = await setup();
    await user.click(button("dossierSheets"));
    await screen.findByText(/Đã ghi các trang: Hồ sơ - /, undefined, { timeout: 20_000 });
    const names = workbook.getSnapshot().sheetNames;
    expect(names).toEqual(expect.arrayContaining(["Hồ sơ - Biên bản", "Hồ sơ - Tờ trình"]));
    expect(logActions(workbook)).toEqual([AUDIT_ACTIONS.dossier]);
    expect(changed()).toBe(1);
  });

  it("creates the Quyết định sheet and a year report, and downloads next year's register", async () => {
    const { workbook, saved, user } = await setup();
    await user.click(button("decisions"));
    await screen.findByText(/Đã ghi trang Quyết định/, undefined, { timeout: 20_000 });
    // A title given to individuals and to collectives is budgeted apart, and says which.
    expect(screen.getByText(/Đã ghi trang Quyết định/).textContent).toMatch(
      /Giấy khen \(cá nhân\) [\d.]+ đ; Giấy khen \(tập thể\) [\d.]+ đ/
    );
    await user.click(button("reportYearEnd"));
    await screen.findByText(vi.reportWritten("Báo cáo tổng kết"), undefined, { timeout: 20_000 });
    expect(workbook.getSnapshot().sheetNames).toEqual(
      expect.arrayContaining(["Quyết định", "Báo cáo tổng kết"])
    );
    // The preview's workbook cannot open another: next year's register is a download.
    await user.click(button("nextYear"));
    await screen.findByText(/sổ năm sau được tải về thành tệp so-thi-dua-\d{4}\.xlsx/, undefined, {
      timeout: 20_000,
    });
    const next = saved.find((f) => f.name.endsWith(".xlsx"));
    expect(next?.mime).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const grids = await fileMaker.readWorkbook(next?.bytes ?? new Uint8Array());
    expect([...grids.keys()]).toEqual(expect.arrayContaining(["Cấu hình", "Lịch sử", "Cán bộ"]));
    expect(logActions(workbook)).toEqual([AUDIT_ACTIONS.decisions, AUDIT_ACTIONS.yearReport]);
  });

  it("exports the units' files as one zip", async () => {
    const { saved, user } = await setup();
    await user.click(button("split"));
    await screen.findByText(/Đã tạo tệp phieu-don-vi-\d{4}\.zip gồm \d+ phiếu đơn vị/, undefined, {
      timeout: 20_000,
    });
    const zip = saved.find((f) => f.name.endsWith(".zip"));
    expect(zip?.mime).toBe("application/zip");
    // A zip starts with a local file header.
    expect(Array.from(zip?.bytes.subarray(0, 4) ?? [])).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it("locks the results, shows the lock, and unlocks; both are logged", async () => {
    const { workbook, user } = await setup();
    expect((await screen.findByTestId("lock-state")).textContent).toBe(vi.lockStateOpen);
    await user.click(button("lock"));
    await screen.findByText(/Đã khóa \d+ giá trị/, undefined, { timeout: 20_000 });
    await waitFor(() => {
      expect(screen.getByTestId("lock-state").textContent).toMatch(/^Đã khóa lúc 30\/11\/2024/);
    });
    await user.click(button("unlock"));
    await screen.findByText(vi.unlocked, undefined, { timeout: 20_000 });
    expect(screen.getByTestId("lock-state").textContent).toBe(vi.lockStateOpen);
    expect(logActions(workbook)).toEqual([AUDIT_ACTIONS.lock, AUDIT_ACTIONS.unlock]);
  });
});
