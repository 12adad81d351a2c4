/**
 * The preview's codec worker protocol: every operation of the package codec (read, write, custom
 * XML parts, cell patches) goes to the worker and comes back as the in-thread codec would answer,
 * failures included. The "worker" here is the real request handler behind a structured clone.
 */
import ExcelJS from "exceljs";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { createMemoryWorkbookPort } from "../../src/adapters/memory/memory-workbook.adapter";
import { xlsxPackageCodec } from "../../src/adapters/memory/xlsx-package-codec";
import {
  handleCodecRequest,
  type CodecReply,
  type CodecRequest,
} from "../../src/preview/codec/codec-protocol";
import { workerCodec, type CodecWorkerLike } from "../../src/preview/codec/worker-codec";
import { failureReason } from "../../src/preview/failure-reason";
import { XlsxFormatError } from "../../src/adapters/xlsx/xlsx-format-error";

/** A worker that clones each message both ways, as postMessage does, and counts requests. */
function fakeWorker(): CodecWorkerLike & { readonly ops: string[] } {
  const listeners: ((event: MessageEvent<CodecReply>) => void)[] = [];
  const ops: string[] = [];
  return {
    ops,
    postMessage(message: CodecRequest) {
      const request = structuredClone(message);
      ops.push(request.op);
      void handleCodecRequest(xlsxPackageCodec, request, (reply) => {
        const event = { data: structuredClone(reply) } as MessageEvent<CodecReply>;
        setTimeout(() => {
          for (const l of listeners) l(event);
        }, 0);
      });
    },
    addEventListener(_type, listener) {
      listeners.push(listener);
    },
  };
}

async function workbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Cán bộ").addRow(["Mã CB", "Họ và tên"]);
  wb.getWorksheet("Cán bộ")?.addRow(["CB001", "Nguyễn Văn An"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const NS = "urn:so-thi-dua:test:1";

it("reads, writes, keeps custom XML parts and patches cells in the worker", async () => {
  const worker = fakeWorker();
  const workbook = await MemoryWorkbook.open(workerCodec(worker), await workbookBytes(), "a.xlsx");
  const port = createMemoryWorkbookPort(workbook);
  expect(await port.readCustomXml?.(NS)).toBeNull();
  await port.writeCustomXml?.(NS, `<x xmlns="${NS}">một</x>`);
  expect(await port.readCustomXml?.(NS)).toContain("một");
  const result = await port.writeCells?.([
    { sheet: "Cán bộ", cell: "C2", expected: null, value: "ghi chú" },
  ]);
  expect(result?.written).toBe(1);
  expect((await port.readSheets(["Cán bộ"])).get("Cán bộ")?.[1]).toEqual([
    "CB001",
    "Nguyễn Văn An",
    "ghi chú",
  ]);
  await port.writeOutputSheets([
    { name: "Kiểm tra", styles: {}, columnWidths: [12], rows: [[{ value: "Lỗi" }]] },
  ]);
  expect(await port.listSheets()).toEqual(["Cán bộ", "Kiểm tra"]);
  // The part written earlier survives the later writes, and the bytes open in the in-thread codec.
  expect(await xlsxPackageCodec.readCustomXml?.(workbook.toBytes(), NS)).toContain("một");
  expect(worker.ops).toEqual(
    expect.arrayContaining(["read", "read-custom-xml", "write-custom-xml", "patch-cells", "write"])
  );
});

it("rejects as the in-thread codec does when the worker fails", async () => {
  const codec = workerCodec(fakeWorker());
  await expect(codec.read(new TextEncoder().encode("hello"))).rejects.toThrow();
  await expect(
    codec.patchCells?.(await workbookBytes(), [{ sheet: "Không có", row: 0, col: 0, value: 1 }])
  ).rejects.toThrow(/không có/i);
});

it("brings a reader's refusal back from the worker, for the page to word in the pane's language", async () => {
  const codec = workerCodec(fakeWorker());
  const refused = await codec.read(new TextEncoder().encode("không phải sổ")).then(
    () => null,
    (error: unknown) => error
  );
  expect(refused).toBeInstanceOf(XlsxFormatError);
  expect((refused as XlsxFormatError).refusal).toEqual({
    code: "not-xlsx",
    params: { missing: null },
  });
  expect(failureReason(refused, "vi")).toBe("tệp không phải sổ Excel .xlsx");
  expect(failureReason(refused, "en")).toBe("the file is not an Excel .xlsx workbook");
  expect(failureReason(new Error("hỏng"), "en")).toBe("hỏng");
});
