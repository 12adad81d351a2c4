/**
 * Messages between the preview page and its package-codec worker: reading and writing .xlsx
 * package bytes (unzip, parse every sheet; write sheets, zip; custom XML parts; cell patches)
 * are the preview's heavy work, done off the page's main thread so the pane keeps painting.
 */
import type { ReadRefusal } from "../../adapters/xlsx/read-refusal";
import { XlsxFormatError } from "../../adapters/xlsx/xlsx-format-error";
import type { OutputSheet } from "../../domain/output/sheet-spec";
import type {
  CellWrite,
  PackageRead,
  WorkbookPackageCodec,
} from "../../adapters/memory/memory-workbook";

export type CodecRequest =
  | { readonly id: number; readonly op: "read"; readonly bytes: Uint8Array }
  | {
      readonly id: number;
      readonly op: "write";
      readonly bytes: Uint8Array;
      readonly sheets: readonly OutputSheet[];
    }
  | {
      readonly id: number;
      readonly op: "read-custom-xml";
      readonly bytes: Uint8Array;
      readonly namespace: string;
    }
  | {
      readonly id: number;
      readonly op: "write-custom-xml";
      readonly bytes: Uint8Array;
      readonly namespace: string;
      readonly xml: string | null;
    }
  | {
      readonly id: number;
      readonly op: "patch-cells";
      readonly bytes: Uint8Array;
      readonly patches: readonly CellWrite[];
    };

export type CodecReply =
  | {
      readonly id: number;
      readonly ok: true;
      readonly read?: PackageRead;
      readonly bytes?: Uint8Array;
      /** A custom XML part's text; null when the package has none in the namespace. */
      readonly xml?: string | null;
    }
  | {
      readonly id: number;
      readonly ok: false;
      readonly message: string;
      /** Why the reader refused the file, for the page to word in the pane's language. */
      readonly refusal?: ReadRefusal;
    };

/** The worker's side: runs one request on the codec and posts the reply. */
export async function handleCodecRequest(
  codec: WorkbookPackageCodec,
  request: CodecRequest,
  post: (reply: CodecReply) => void
): Promise<void> {
  try {
    post({ id: request.id, ok: true, ...(await answer(codec, request)) });
  } catch (error: unknown) {
    post({
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      ...(error instanceof XlsxFormatError ? { refusal: error.refusal } : {}),
    });
  }
}

async function answer(
  codec: WorkbookPackageCodec,
  request: CodecRequest
): Promise<Omit<CodecReply & { ok: true }, "id" | "ok">> {
  switch (request.op) {
    case "read":
      return { read: await codec.read(request.bytes) };
    case "write":
      return { bytes: await codec.write(request.bytes, request.sheets) };
    case "read-custom-xml": {
      if (codec.readCustomXml === undefined) throw unsupported();
      return { xml: await codec.readCustomXml(request.bytes, request.namespace) };
    }
    case "write-custom-xml": {
      if (codec.writeCustomXml === undefined) throw unsupported();
      return { bytes: await codec.writeCustomXml(request.bytes, request.namespace, request.xml) };
    }
    case "patch-cells": {
      if (codec.patchCells === undefined) throw unsupported();
      return { bytes: await codec.patchCells(request.bytes, request.patches) };
    }
  }
}

function unsupported(): Error {
  return new Error("codec worker: operation not supported");
}
