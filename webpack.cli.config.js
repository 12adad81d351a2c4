/**
 * The `tdkt` command line as one file (dist/cli/tdkt.js), from tsc's output in dist/src (`npm run
 * build:cli` runs tsc first). Node then resolves, reads and wraps one module instead of ≈ 160 at
 * every start: ≈ 0.09 s of CPU less on a small register (docs/benchmarks.md). The command modules
 * are still evaluated only when their command runs (`await import` compiles to `require`). Not
 * minified (stack traces stay readable); docx stays outside (it is required only by `dossier`
 * and `demo`, and parsing its 1 MB at every start would cost more than it saves).
 */
const path = require("node:path");

module.exports = {
  // Bundling only: no minifying, mangling, tree shaking or NODE_ENV, so the bundle runs tsc's
  // output as it is.
  mode: "none",
  target: "node20",
  context: __dirname,
  entry: path.join(__dirname, "dist", "src", "cli", "main.js"),
  output: {
    path: path.join(__dirname, "dist", "cli"),
    filename: "tdkt.js",
    library: { type: "commonjs2" },
    // Always written, even when unchanged: bin/load-cli.js runs tsc's output instead when it is
    // newer than this file (tsc rewrites its output at every build), and the CLI tests rebuild
    // when a source is newer than it.
    compareBeforeEmit: false,
  },
  externals: { docx: "commonjs docx" },
  // `__dirname` is Node's own (dist/cli), as main.ts's project-root lookup expects.
  node: { __dirname: false, __filename: false },
  devtool: false,
  performance: { hints: false },
};
