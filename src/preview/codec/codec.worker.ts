/** The preview's package-codec worker: the project's xlsx core, off the page's main thread. */
import { xlsxPackageCodec } from "../../adapters/memory/xlsx-package-codec";
import { handleCodecRequest, type CodecReply, type CodecRequest } from "./codec-protocol";

/** The worker's global scope, typed here: the project compiles with the DOM library only. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CodecRequest>) => void) | null;
  postMessage(reply: CodecReply): void;
};

scope.onmessage = (event) => {
  void handleCodecRequest(xlsxPackageCodec, event.data, (reply) => {
    scope.postMessage(reply);
  });
};
