/**
 * A stand-in package codec for tests of the memory workbook's own logic (selection, skipping,
 * atomicity): "bytes" are JSON of sheet names and values. The real xlsx core is tested with the
 * memory workbook in xlsx-package-codec.test.ts.
 */
import { TextDecoder, TextEncoder } from "node:util";
import type { CellValue, GridSet } from "../../../src/domain/grid";
import type { OutputSheet } from "../../../src/domain/output/sheet-spec";
import type { WorkbookPackageCodec } from "../../../src/adapters/memory/memory-workbook";

type Stored = [string, CellValue[][]][];

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function fakeBytes(sheets: Readonly<Record<string, CellValue[][]>>): Uint8Array {
  return encoder.encode(JSON.stringify(Object.entries(sheets)));
}

export interface FakeCodec extends WorkbookPackageCodec {
  writes: number;
  failNextWrite: boolean;
}

export function fakeCodec(): FakeCodec {
  const codec: FakeCodec = {
    writes: 0,
    failNextWrite: false,
    read(bytes) {
      let stored: Stored;
      try {
        stored = JSON.parse(decoder.decode(bytes)) as Stored;
      } catch {
        return Promise.reject(new Error("tệp không phải sổ Excel .xlsx"));
      }
      const grids: GridSet = new Map(stored);
      return Promise.resolve({ sheetNames: stored.map(([name]) => name), grids });
    },
    async write(bytes, sheets: readonly OutputSheet[]) {
      codec.writes += 1;
      if (codec.failNextWrite) {
        codec.failNextWrite = false;
        throw new Error("disk full");
      }
      const stored = JSON.parse(decoder.decode(bytes)) as Stored;
      for (const sheet of sheets) {
        const values = sheet.rows.map((row) => row.map((c) => c?.value ?? null));
        const at = stored.findIndex(([n]) => n.toLowerCase() === sheet.name.toLowerCase());
        if (at >= 0) stored[at] = [stored[at]![0], values];
        else stored.push([sheet.name, values]);
      }
      return Promise.resolve(encoder.encode(JSON.stringify(stored)));
    },
  };
  return codec;
}
