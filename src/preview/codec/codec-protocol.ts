/**
 * Messages between the preview page and its package-codec worker: reading and writing .xlsx
 * package bytes (unzip, parse every sheet; write sheets, zip) are the preview's heavy work, done
 * off the page's main thread so the pane keeps painting.
 */
import type { GridSet } from "../../domain/grid";
import type { OutputSheet } from "../../domain/output/sheet-spec";
import type { WorkbookPackageCodec } from "../../adapters/memory/memory-workbook";

export type CodecRequest =
  | { readonly id: number; readonly op: "read"; readonly bytes: Uint8Array }
  | {
      readonly id: number;
      readonly op: "write";
      readonly bytes: Uint8Array;
      readonly sheets: readonly OutputSheet[];
    };

export type CodecReply =
  | {
      readonly id: number;
      readonly ok: true;
      readonly read?: { readonly sheetNames: readonly string[]; readonly grids: GridSet };
      readonly bytes?: Uint8Array;
    }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** The worker's side: runs one request on the codec and posts the reply. */
export async function handleCodecRequest(
  codec: WorkbookPackageCodec,
  request: CodecRequest,
  post: (reply: CodecReply) => void
): Promise<void> {
  try {
    if (request.op === "read") {
      post({ id: request.id, ok: true, read: await codec.read(request.bytes) });
    } else {
      post({ id: request.id, ok: true, bytes: await codec.write(request.bytes, request.sheets) });
    }
  } catch (error: unknown) {
    post({
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
