/**
 * Webpack config of the browser preview (`npm run preview`): the real task pane beside a grid of an
 * in-memory workbook. It reuses the add-in's module rules and resolution from webpack.config.js
 * (so the pane is compiled exactly as for Excel) and replaces entries, output and HTML: no
 * office.js, no manifest, no dev certificates. Output: dist/preview/.
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { markdownPage } = require("./scripts/markdown-page");
const fs = require("node:fs");
const webpack = require("webpack");

const ROOT = __dirname;

/**
 * Emits one file as is (the sample register). A few lines rather than copy-webpack-plugin: one
 * file, possibly from outside the project (PREVIEW_SAMPLE), under a fixed name.
 */
class EmitFilePlugin {
  constructor(from, to, transform = (bytes) => bytes) {
    this.from = from;
    this.to = to;
    this.transform = transform;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("EmitFilePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "EmitFilePlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.fileDependencies.add(this.from);
          compilation.emitAsset(
            this.to,
            new webpack.sources.RawSource(this.transform(fs.readFileSync(this.from)))
          );
        }
      );
    });
  }
}

async function mainConfig(env, argv) {
  const exported = require("./webpack.config.js");
  const config = typeof exported === "function" ? await exported(env, argv) : await exported;
  return Array.isArray(config) ? config[0] : config;
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode ?? "production";
  // WEBPACK_BUILD tells the add-in config that no dev server (and so no certificate) is needed.
  const main = await mainConfig({ ...env, WEBPACK_BUILD: true }, { ...argv, mode });
  return {
    mode,
    context: ROOT,
    devtool: mode === "production" ? false : "source-map",
    // The boot script first: it starts the workers and the sample's download while the main
    // script is still downloading (src/preview/boot.ts).
    entry: { "preview-boot": "./src/preview/boot.ts", preview: "./src/preview/index.tsx" },
    output: {
      path: path.join(ROOT, "dist", "preview"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: main.resolve,
    module: main.module,
    performance: { hints: false },
    // As in the add-in: each worker is one script, not a script that then fetches shared chunks
    // one after the other before it can run.
    optimization: { splitChunks: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/preview/preview.html",
        chunks: ["preview-boot", "preview"],
      }),
      // PREVIEW_SAMPLE opens another workbook at start instead of the bundled sample.
      new EmitFilePlugin(
        path.resolve(ROOT, process.env.PREVIEW_SAMPLE || "assets/sample-register.xlsx"),
        "sample-register.xlsx"
      ),
      // The user guide the pane links to, as in the add-in's build.
      new EmitFilePlugin(
        path.resolve(ROOT, "docs/huong-dan-su-dung.md"),
        "huong-dan-su-dung.html",
        (md) => markdownPage(md.toString())
      ),
      new EmitFilePlugin(path.resolve(ROOT, "docs/rulebook.md"), "rulebook.html", (md) =>
        markdownPage(md.toString())
      ),
      new EmitFilePlugin(path.resolve(ROOT, "assets/icon.svg"), "icon.svg"),
    ],
  };
};
