/**
 * A WorkbookPackageCodec whose work runs in a Web Worker: the memory workbook calls it as it
 * calls the in-thread codec, and gets the same results by structured clone. Every operation
 * unzips or zips the whole package, so every one runs there (custom XML parts and cell patches
 * ran on the page's thread until issue 10's long tasks were traced to them).
 */
import type { WorkbookPackageCodec } from "../../adapters/memory/memory-workbook";
import { XlsxFormatError } from "../../adapters/xlsx/xlsx-format-error";
import type { CodecReply, CodecRequest } from "./codec-protocol";

/** What the codec needs of a Worker (tests give a fake). */
export interface CodecWorkerLike {
  postMessage(message: CodecRequest): void;
  addEventListener(type: "message", listener: (event: MessageEvent<CodecReply>) => void): void;
}

/** Request without its id (a distributive Omit, so each operation keeps its own fields). */
type Unnumbered<T> = T extends unknown ? Omit<T, "id"> : never;

export function workerCodec(worker: CodecWorkerLike): WorkbookPackageCodec {
  let nextId = 1;
  const pending = new Map<number, (reply: CodecReply) => void>();
  worker.addEventListener("message", (event) => {
    const settle = pending.get(event.data.id);
    pending.delete(event.data.id);
    settle?.(event.data);
  });
  const ask = (request: Unnumbered<CodecRequest>): Promise<CodecReply & { ok: true }> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (reply) => {
        if (reply.ok) resolve(reply);
        else if (reply.refusal !== undefined) reject(new XlsxFormatError(reply.refusal));
        else reject(new Error(reply.message));
      });
      worker.postMessage({ ...request, id });
    });
  return {
    async read(bytes) {
      const reply = await ask({ op: "read", bytes });
      if (reply.read === undefined) throw new Error("codec worker: no workbook read");
      return reply.read;
    },
    async write(bytes, sheets) {
      return bytesOf(await ask({ op: "write", bytes, sheets }));
    },
    async readCustomXml(bytes, namespace) {
      const reply = await ask({ op: "read-custom-xml", bytes, namespace });
      if (reply.xml === undefined) throw new Error("codec worker: no custom XML read");
      return reply.xml;
    },
    async writeCustomXml(bytes, namespace, xml) {
      return bytesOf(await ask({ op: "write-custom-xml", bytes, namespace, xml }));
    },
    async patchCells(bytes, patches) {
      return bytesOf(await ask({ op: "patch-cells", bytes, patches }));
    },
  };
}

function bytesOf(reply: CodecReply & { ok: true }): Uint8Array {
  if (reply.bytes === undefined) throw new Error("codec worker: no bytes written");
  return reply.bytes;
}
