/**
 * The pane's entry as Excel runs it: Office.onReady, the requirement-set check, the display
 * language, and the Office adapter over the recording fake of Excel (no Office in tests).
 */
import { screen } from "@testing-library/react";
import { FakeContext, FakeWorkbook } from "../adapters/office/fake-excel";
import { en } from "../../src/taskpane/strings.en";
import { vi } from "../../src/taskpane/strings.vi";
import { LARGE_REACT_TREE_TIMEOUT } from "../support/timeouts";

function installOffice(options: {
  language: string;
  apiVersion: string;
  workbook: FakeWorkbook;
}): void {
  const g = globalThis as unknown as Record<string, unknown>;
  g.Office = {
    onReady: (callback: () => void) => {
      callback();
      return Promise.resolve({ host: "Excel", platform: "PC" });
    },
    context: {
      displayLanguage: options.language,
      requirements: {
        isSetSupported: (set: string, version: string) =>
          set === "ExcelApi" && Number(version) <= Number(options.apiVersion),
      },
    },
  };
  g.Excel = {
    run: (batch: (context: unknown) => Promise<unknown>) =>
      batch(new FakeContext(options.workbook)),
  };
}

function startPane(): void {
  document.body.innerHTML = '<main id="root"></main>';
  jest.isolateModules(() => {
    jest.requireActual("../../src/taskpane/index");
  });
}

// The entry renders with its own (isolated) React, as in the browser: not inside the testing
// library's act(), so React's act environment is off for this file.
const ACT = "IS_REACT_ACT_ENVIRONMENT";
let actEnvironment: unknown;
beforeAll(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  actEnvironment = g[ACT];
  g[ACT] = false;
});
afterAll(() => {
  (globalThis as unknown as Record<string, unknown>)[ACT] = actEnvironment;
});

afterEach(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  delete g.Office;
  delete g.Excel;
});

// The whole pane entry (Fluent, i18n, the engine's in-thread fallback) on a busy machine took 23 s
// of a 30 s limit: the long React-tree bound, and the waits inside it just under it.
jest.setTimeout(LARGE_REACT_TREE_TIMEOUT);
const FIND = { timeout: LARGE_REACT_TREE_TIMEOUT - 20_000 };

describe("task pane entry", () => {
  it("renders the pane over the workbook open in Excel, in Office's language", async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet("Đơn vị", [
      ["Mã đơn vị", "Tên đơn vị"],
      ["VP", "Văn phòng"],
    ]);
    installOffice({ language: "vi-VN", apiVersion: "1.9", workbook });
    startPane();
    expect(await screen.findByText(vi.noRegister, {}, FIND)).toBeTruthy();
    expect(screen.getByRole("button", { name: vi.createRegister })).toBeTruthy();
    expect(workbook.totalSyncs).toBeGreaterThan(0);
  });

  it("starts in English when Office is not Vietnamese", async () => {
    installOffice({ language: "en-GB", apiVersion: "1.9", workbook: new FakeWorkbook() });
    startPane();
    expect(await screen.findByText(en.noRegister, {}, FIND)).toBeTruthy();
  });

  it("says the Excel is too old instead of running without ExcelApi 1.8", async () => {
    const workbook = new FakeWorkbook();
    installOffice({ language: "vi-VN", apiVersion: "1.7", workbook });
    startPane();
    expect(await screen.findByText(vi.unsupportedHost, {}, FIND)).toBeTruthy();
    expect(workbook.totalSyncs).toBe(0);
  });
});
