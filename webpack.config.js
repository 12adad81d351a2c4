/**
 * Webpack config of the Excel add-in: taskpane.html (the React task pane) and commands.html (the
 * ribbon's function file), compiled with ts-loader. office.js comes from Microsoft's CDN through a
 * script tag in the HTML (Office requires it); nothing else is loaded from the network.
 *
 *   npm run build       production build into dist/addin/
 *   npm run dev-server  https://localhost:3000 with the Office dev certificates
 *
 * webpack.preview.config.js reuses `resolve` and `module` from here.
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { markdownPage } = require("./scripts/markdown-page");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const ROOT = __dirname;
const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

async function httpsOptions() {
  // Loaded only for the dev server: a production build needs no certificate.
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const serving = !env.WEBPACK_BUILD && !!env.WEBPACK_SERVE;
  return {
    mode: dev ? "development" : "production",
    context: ROOT,
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.join(ROOT, "dist", "addin"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          // The domain and the use cases are pure (no top-level effects): the pane's main chunk
          // keeps only what it calls itself (issue texts, sheet names) and leaves the engine,
          // rulebook and zod to the worker's chunk.
          test: /[\\/]src[\\/](domain|app)[\\/]/,
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked by `npm run typecheck`; ES modules let webpack drop unused Fluent code.
            options: {
              transpileOnly: true,
              compilerOptions: {
                module: "esnext",
                moduleResolution: "node",
                target: "es2020",
                sourceMap: dev,
              },
            },
          },
        },
      ],
    },
    // Excel's pane caches aggressively; hashed names make every build load fresh.
    performance: {
      hints: dev ? false : "warning",
      maxEntrypointSize: 1_200_000,
      maxAssetSize: 1_200_000,
    },
    optimization: { splitChunks: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/icon.svg", to: "assets/[name][ext]" },
          { from: "src/taskpane/support.html", to: "support.html" },
          // The user guide, as a page of its own beside the pane (the pane's "Hướng dẫn" link).
          {
            from: "docs/huong-dan-su-dung.md",
            to: "huong-dan-su-dung.html",
            transform: (content) => markdownPage(content.toString()),
          },
          // The rulebook (generated from its data), linked from the pane's header and its "Vì sao?" links.
          {
            from: "docs/rulebook.md",
            to: "rulebook.html",
            transform: (content) => markdownPage(content.toString()),
          },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // PUBLIC_URL=https://addin.example.vn/so-thi-dua rewrites the dev URLs for deployment.
            transform: (content) =>
              process.env.PUBLIC_URL
                ? content
                    .toString()
                    .replace(/https:\/\/localhost:3000/g, process.env.PUBLIC_URL.replace(/\/$/, ""))
                : content,
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          hot: false,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          port: DEV_SERVER_PORT,
          static: false,
        }
      : undefined,
  };
};
