/**
 * Starts the preview's codec worker. Webpack sees `new Worker(new URL(…, import.meta.url))`
 * (inline, as here) and bundles codec.worker.ts as a chunk of its own. Imported only by the
 * preview's entry, which no Jest test loads (CommonJS cannot parse `import.meta`).
 */
export function spawnCodecWorker(): Worker {
  return new Worker(
    // @ts-expect-error -- webpack compiles this file as an ES module (ts-loader: module esnext); the typecheck's CommonJS setting does not allow import.meta.
    new URL("./codec.worker.ts", import.meta.url),
    { name: "preview-codec" }
  );
}
