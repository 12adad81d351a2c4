/** A write Excel refused names the protected sheet among those written, when the host can say. */
import type { WorkbookPort } from "../../src/ports/workbook.port";
import { refusedSheets } from "../../src/taskpane/refused-sheets";

const denied = Object.assign(new Error("locked"), { code: "AccessDenied" });
const writing = ["Kiểm tra", "Kết quả chấm điểm", "Nhật ký"];

function port(protectedSheets?: WorkbookPort["protectedSheets"]): WorkbookPort {
  return { protectedSheets } as unknown as WorkbookPort;
}

describe("refusedSheets", () => {
  it("names the protected sheet the write reached", async () => {
    const host = port((names) => Promise.resolve(names.filter((n) => n === "Nhật ký")));
    expect(await refusedSheets(host, denied, writing)).toEqual(["Nhật ký"]);
  });

  it("names every sheet written when none is protected (a locked structure) or the host cannot say", async () => {
    expect(
      await refusedSheets(
        port(() => Promise.resolve([])),
        denied,
        writing
      )
    ).toEqual(writing);
    expect(await refusedSheets(port(), denied, writing)).toEqual(writing);
    expect(
      await refusedSheets(
        port(() => Promise.reject(new Error("busy"))),
        denied,
        writing
      )
    ).toEqual(writing);
  });

  it("names the sheets being replaced, not the log, when no sheet is protected", async () => {
    const replacing = writing.slice(0, 2);
    const host = port(() => Promise.resolve([]));
    expect(await refusedSheets(host, denied, writing, replacing)).toEqual(replacing);
  });

  it("asks nothing for another failure", async () => {
    const asked: string[][] = [];
    const host = port((names) => {
      asked.push([...names]);
      return Promise.resolve(names);
    });
    expect(await refusedSheets(host, new Error("network"), writing)).toEqual(writing);
    expect(asked).toEqual([]);
  });
});
