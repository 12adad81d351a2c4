/**
 * Starts the engine worker. Webpack sees `new Worker(new URL(…, import.meta.url))` (it must be
 * written inline, as here) and bundles engine.worker.ts as a chunk of its own. Loaded only through
 * a dynamic import where a Worker exists (never under Jest, whose CommonJS cannot parse
 * `import.meta`).
 */
export function spawnEngineWorker(): Worker {
  return new Worker(
    // @ts-expect-error -- webpack compiles this file as an ES module (ts-loader: module esnext); the typecheck's CommonJS setting does not allow import.meta.
    new URL("./engine.worker.ts", import.meta.url),
    { name: "so-thi-dua-engine" }
  );
}
