/**
 * @jest-environment jsdom
 */
// The preview page in jsdom, over the memory workbook with a stand-in codec and a stand-in pane:
// the grid follows the workbook, the pane gets the port and the language, failures are shown.
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { createMemoryWorkbookPort } from "../../src/adapters/memory/memory-workbook.adapter";
import type { WorkbookPort } from "../../src/ports/workbook.port";
import { PreviewApp } from "../../src/preview/components/PreviewApp";
import { OVERSCAN_ROWS, rowWindow } from "../../src/preview/components/GridView";
import type { PreviewLanguage } from "../../src/preview/preview-strings";
import { fakeBytes, fakeCodec } from "../adapters/memory/fake-package-codec";
import { LARGE_REACT_TREE_TIMEOUT, REACT_TREE_TIMEOUT } from "../support/timeouts";

jest.setTimeout(REACT_TREE_TIMEOUT);

// jsdom has no layout: scrolling into view is a no-op and nothing is ever resized there.
Element.prototype.scrollIntoView = function scrollIntoView() {
  return undefined;
};
class NoResizeObserver {
  observe(): void {
    return undefined;
  }
  unobserve(): void {
    return undefined;
  }
  disconnect(): void {
    return undefined;
  }
}
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- absent in jsdom, typed as always there
globalThis.ResizeObserver ??= NoResizeObserver;

async function setUp() {
  const workbook = await MemoryWorkbook.open(
    fakeCodec(),
    fakeBytes({
      "Cấu hình": [
        ["Tham số", "Giá trị"],
        ["Năm", 2024],
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ TĨNH — CẤU HÌNH SỔ", null, null, "D4"],
      ],
      "Cán bộ": [
        ["Mã CB", "Họ và tên"],
        ["CB001", "Nguyễn Văn An"],
      ],
    }),
    "so.xlsx"
  );
  const port = createMemoryWorkbookPort(workbook);
  const panes: {
    port: WorkbookPort;
    language: PreviewLanguage;
    onLanguageChange: (language: PreviewLanguage) => void;
  }[] = [];
  const view = render(
    React.createElement(PreviewApp, {
      workbook,
      port,
      initialLanguage: "vi",
      initialPaneWidth: 320,
      loadSample: () =>
        Promise.resolve({ bytes: fakeBytes({ Mẫu: [["x"]] }), fileName: "sample-register.xlsx" }),
      renderPane: (p, language, onLanguageChange) => {
        panes.push({ port: p, language, onLanguageChange });
        return React.createElement("p", null, `pane:${language}`);
      },
    })
  );
  return { workbook, port, panes, view };
}

const td = (container: HTMLElement, a1: string) =>
  container.querySelector<HTMLTableCellElement>(`td[data-cell="${a1}"]`)!;

// A React tree on a busy machine: generous, explicit.
jest.setTimeout(30_000);

describe("PreviewApp", () => {
  it("shows the first sheet with A1 headers and mounts the pane on the same port, in Vietnamese", async () => {
    const { view, port, panes } = await setUp();
    expect(screen.getAllByRole("tab").map((t) => t.getAttribute("data-sheet-tab"))).toEqual([
      "Cấu hình",
      "Cán bộ",
    ]);
    expect(td(view.container, "A2").textContent).toBe("Năm");
    expect(td(view.container, "B2").textContent).toBe("2024");
    expect(screen.getByRole("columnheader", { name: "C" })).toBeTruthy();
    expect(panes.at(-1)?.port).toBe(port);
    expect(panes.at(-1)?.language).toBe("vi");
    expect(screen.getByTestId("pane").style.width).toBe("320px");
  });

  it("follows selectCell from the port: tab, highlighted cell, name box", async () => {
    const { view, port } = await setUp();
    await act(() => port.selectCell("Cán bộ", "B2"));
    expect(screen.getByRole("tab", { selected: true }).getAttribute("data-sheet-tab")).toBe(
      "Cán bộ"
    );
    expect(td(view.container, "B2").getAttribute("aria-current")).toBe("true");
    expect(screen.getByTestId("name-box").textContent).toContain("Cán bộ!B2");
    expect(screen.getByTestId("name-box").textContent).toContain("Nguyễn Văn An");
  });

  it("moves the selection with the arrow keys and by clicking a cell", async () => {
    const { view, workbook } = await setUp();
    fireEvent.click(td(view.container, "A1"));
    const grid = screen.getByTestId("grid-scroller");
    fireEvent.keyDown(grid, { key: "ArrowRight" });
    fireEvent.keyDown(grid, { key: "ArrowDown" });
    expect(workbook.getSnapshot().selection).toEqual({ sheet: "Cấu hình", cell: "B2" });
    fireEvent.keyDown(grid, { key: "ArrowUp" });
    fireEvent.keyDown(grid, { key: "ArrowUp" });
    fireEvent.keyDown(grid, { key: "ArrowLeft" });
    expect(workbook.getSnapshot().selection).toEqual({ sheet: "Cấu hình", cell: "A1" });
    fireEvent.keyDown(grid, { key: "PageDown" });
    expect(workbook.getSnapshot().selection?.cell).toBe("A21");
  });

  it("shows output sheets as new tabs, marked as written by the program", async () => {
    const { port } = await setUp();
    await act(() =>
      port.writeOutputSheets([
        { name: "Kiểm tra", styles: {}, columnWidths: [], rows: [[{ value: "Lỗi" }]] },
      ])
    );
    const tab = screen.getByRole("tab", { name: /Kiểm tra/ });
    expect(tab.textContent).toContain("do chương trình ghi");
  });

  it("colours marked cells and names the mark for screen readers", async () => {
    const { view, port } = await setUp();
    await act(async () => {
      await port.highlightCells!([{ sheet: "Cấu hình", cell: "B2", severity: "error" }]);
    });
    expect(td(view.container, "B2").getAttribute("data-mark")).toBe("error");
    expect(td(view.container, "B2").textContent).toContain("ô có lỗi");
    await act(() => port.clearHighlights!());
    expect(view.container.querySelectorAll("td[data-mark]")).toHaveLength(0);
  });

  it("says why a file cannot be opened and keeps the workbook", async () => {
    const { view } = await setUp();
    const input = screen.getByTestId("open-file-input");
    const file = new File(["không phải sổ"], "ghi-chu.xlsx");
    Object.defineProperty(file, "arrayBuffer", {
      value: () => Promise.resolve(Buffer.from("không phải sổ").buffer),
    });
    fireEvent.change(input, { target: { files: [file] } });
    const failure = await screen.findByTestId("preview-failure");
    expect(failure.textContent).toContain("Không mở được tệp ghi-chu.xlsx");
    expect(td(view.container, "A2").textContent).toBe("Năm");
  });

  it("reloads the sample and remounts the pane", async () => {
    const { panes } = await setUp();
    const mounts = panes.length;
    fireEvent.click(screen.getByRole("button", { name: "Nạp sổ mẫu" }));
    await waitFor(() => {
      expect(screen.getAllByRole("tab").map((t) => t.getAttribute("data-sheet-tab"))).toEqual([
        "Mẫu",
      ]);
    });
    expect(screen.getByTestId("file-name").textContent).toContain("sample-register.xlsx");
    expect(panes.length).toBeGreaterThan(mounts);
  });

  it("switching Office's language re-renders the pane in English and the page with it", async () => {
    const { panes } = await setUp();
    fireEvent.change(screen.getByLabelText("Ngôn ngữ Office"), { target: { value: "en" } });
    expect(panes.at(-1)?.language).toBe("en");
    expect(screen.getByRole("button", { name: "Open .xlsx…" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
  });

  it("follows the pane's own language switch: the page's texts and the toolbar's select", async () => {
    const { panes } = await setUp();
    const mounts = panes.length;
    act(() => {
      panes.at(-1)?.onLanguageChange("en");
    });
    expect(screen.getByRole("button", { name: "Open .xlsx…" })).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>("Office language").value).toBe("en");
    expect(document.documentElement.lang).toBe("en");
    expect(document.title).toBe("Sổ Thi đua — preview");
    // The pane is rendered in the new language too.
    expect(panes.at(-1)?.language).toBe("en");
    expect(screen.getByText("pane:en")).toBeTruthy();
    act(() => {
      panes.at(-1)?.onLanguageChange("vi");
    });
    expect(screen.getByRole("button", { name: "Mở tệp .xlsx…" })).toBeTruthy();
    expect(panes.length).toBeGreaterThan(mounts);
  });

  it("lets a long text spill over empty neighbours, but never over the selected cell", async () => {
    const { view, port } = await setUp();
    expect(td(view.container, "A3").colSpan).toBe(3);
    expect(td(view.container, "B3")).toBeNull();
    expect(td(view.container, "A2").colSpan).toBe(1); // short text keeps its own cell
    await act(() => port.selectCell("Cấu hình", "C3"));
    expect(td(view.container, "A3").colSpan).toBe(2);
    expect(td(view.container, "C3").getAttribute("aria-current")).toBe("true");
  });

  it(
    "draws only the rows in view of a long sheet, always with the selected cell, and says how many rows there are",
    async () => {
      const workbook = await MemoryWorkbook.open(
        fakeCodec(),
        fakeBytes({ Dài: Array.from({ length: 2500 }, (_, r) => [`A${r + 1}`]) }),
        "dai.xlsx"
      );
      const port = createMemoryWorkbookPort(workbook);
      const view = render(
        React.createElement(PreviewApp, {
          workbook,
          port,
          initialLanguage: "vi",
          initialPaneWidth: 360,
          loadSample: () => Promise.reject(new Error("unused")),
          renderPane: () => null,
        })
      );
      // jsdom measures nothing: the scroller counts as 600 px of 23 px rows, plus the margins.
      const drawn = rowWindow({ top: 0, height: 0 }, 23, 2500, null).rowCount;
      expect(drawn).toBe(Math.ceil(600 / 23) + 2 * OVERSCAN_ROWS);
      expect(td(view.container, "A1")).not.toBeNull();
      expect(td(view.container, `A${drawn}`)).not.toBeNull();
      expect(td(view.container, `A${drawn + 1}`)).toBeNull();
      // The table says how long the sheet is, and where each drawn row is in it.
      const table = view.container.querySelector("table[data-sheet]");
      expect(table?.getAttribute("aria-rowcount")).toBe("2501");
      expect(td(view.container, "A1").parentElement?.getAttribute("aria-rowindex")).toBe("2");
      await act(() => port.selectCell("Dài", "A2400"));
      expect(td(view.container, "A2400").getAttribute("aria-current")).toBe("true");
      expect(td(view.container, "A1")).toBeNull();
      expect(view.container.querySelectorAll("tr[data-row]").length).toBe(drawn);
      fireEvent.keyDown(screen.getByTestId("grid-scroller"), { key: "Home", ctrlKey: true });
      expect(td(view.container, "A1").getAttribute("aria-current")).toBe("true");
    },
    LARGE_REACT_TREE_TIMEOUT
  ); // three renders of a window of rows: slow on a loaded 2-CPU machine
});
