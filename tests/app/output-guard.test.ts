/** Safe writes: the fingerprints of written output sheets tell a hand change from none. */
import { changedOutputSheets, recordOutputSheets } from "../../src/app/output-guard";
import { runRegister } from "../../src/app/run-register";
import { OUTPUT_FINGERPRINT_NAMESPACE } from "../../src/domain/output/output-fingerprint";
import type { WorkbookPort } from "../../src/ports/workbook.port";
import { FakePort, sampleRegister } from "../taskpane/fake-port";

describe("output guard", () => {
  it("finds no change right after a write, finds a typed cell, and forgets nothing else", async () => {
    const port = new FakePort(sampleRegister());
    const { written } = await runRegister(port, "scores");
    expect(await changedOutputSheets(port, written)).toEqual([]); // nothing recorded yet
    await recordOutputSheets(port, written);
    expect(port.customXml.get(OUTPUT_FINGERPRINT_NAMESPACE)).toMatch(/sha256="[0-9a-f]{64}"/);
    expect(await changedOutputSheets(port, written)).toEqual([]);
    port.sheets.get("Kết quả chấm điểm")![6]![8] = "ghi chú của Văn phòng";
    expect(await changedOutputSheets(port, written)).toEqual(["Kết quả chấm điểm"]);
    // A value deleted counts too; a sheet never recorded does not.
    await recordOutputSheets(port, written);
    port.sheets.get("Kiểm tra")![0]![0] = null;
    expect(await changedOutputSheets(port, [...written, "Đề nghị khen thưởng"])).toEqual([
      "Kiểm tra",
    ]);
  });

  it("asks nothing where the workbook keeps no custom XML", async () => {
    const port = new FakePort(sampleRegister());
    const plain: WorkbookPort = {
      listSheets: () => port.listSheets(),
      readSheets: (names) => port.readSheets(names),
      writeOutputSheets: (sheets) => port.writeOutputSheets(sheets),
      createSheets: (sheets) => port.createSheets(sheets),
      selectCell: (sheet, cell) => port.selectCell(sheet, cell),
      activateSheet: (sheet) => port.activateSheet(sheet),
    };
    const { written } = await runRegister(plain, "scores");
    await recordOutputSheets(plain, written);
    port.sheets.get("Kiểm tra")![0]![0] = null;
    expect(await changedOutputSheets(plain, written)).toEqual([]);
    expect(port.customXml.size).toBe(0);
  });
});
