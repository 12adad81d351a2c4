#!/usr/bin/env node
/**
 * `npm run preview`: builds the browser preview (production) and serves it on localhost.
 * The page runs the real task pane on an in-memory workbook; nothing is fetched from the network.
 *
 * Environment: PORT (default 3100; 0 picks a free port), PREVIEW_HOST (default 127.0.0.1),
 * PREVIEW_SKIP_BUILD=1 serves the last build as is.
 *
 * Also used as a module by the E2E tests: buildPreview() and startPreviewServer().
 */
"use strict";

const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const zlib = require("node:zlib");

const ROOT = path.resolve(__dirname, "..");
const OUT_DIR = path.join(ROOT, "dist", "preview");

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Types worth compressing (.xlsx and .png are compressed already). */
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".svg", ".txt", ".map", ".ico"]);

/**
 * The encoding to answer with for an Accept-Encoding header: brotli, else gzip, else none
 * (q=0 refuses an encoding).
 */
function chooseEncoding(header) {
  const accepted = new Map();
  for (const part of String(header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    accepted.set(name, q ? Number(q[1]) : 1);
  }
  const allows = (name) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (allows("br")) return "br";
  if (allows("gzip")) return "gzip";
  return null;
}

/** Compressed bodies by file, encoding and modification time: each is compressed once. */
function compressedCache() {
  const cache = new Map();
  return (file, mtimeMs, encoding, data) => {
    const key = `${encoding}:${file}`;
    const hit = cache.get(key);
    if (hit && hit.mtimeMs === mtimeMs) return hit.body;
    const body =
      encoding === "br"
        ? zlib.brotliCompressSync(data, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
            },
          })
        : zlib.gzipSync(data, { level: 9 });
    cache.set(key, { mtimeMs, body });
    return body;
  };
}

/** Runs webpack with webpack.preview.config.js; resolves with the output folder. */
async function buildPreview({ mode = "production" } = {}) {
  const webpack = require("webpack");
  const configure = require(path.join(ROOT, "webpack.preview.config.js"));
  const config = await configure({ WEBPACK_BUILD: true }, { mode });
  const compiler = webpack(config);
  const stats = await new Promise((resolve, reject) => {
    compiler.run((error, result) => {
      compiler.close(() => {
        if (error) reject(error);
        else resolve(result);
      });
    });
  });
  if (stats.hasErrors()) {
    const info = stats.toJson({ all: false, errors: true });
    const first = info.errors.slice(0, 5).map((e) => e.message);
    throw new Error(`Preview build failed:\n${first.join("\n\n")}`);
  }
  return { outDir: config.output.path, durationMs: stats.endTime - stats.startTime };
}

/**
 * Serves a folder of static files (GET/HEAD only, no listing, nothing outside the folder),
 * compressed with brotli or gzip when the browser accepts it (text types only).
 */
function startPreviewServer({ root = OUT_DIR, port = 3100, host = "127.0.0.1" } = {}) {
  const base = path.resolve(root);
  const compressed = compressedCache();
  const server = http.createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = path.resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.stat(file, (statError, stat) => {
      if (statError || !stat.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
        return;
      }
      fs.readFile(file, (error, data) => {
        if (error) {
          res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
          return;
        }
        const extension = path.extname(file).toLowerCase();
        const encoding = COMPRESSIBLE.has(extension)
          ? chooseEncoding(req.headers["accept-encoding"])
          : null;
        const body = encoding ? compressed(file, stat.mtimeMs, encoding, data) : data;
        res.writeHead(200, {
          "Content-Type": CONTENT_TYPES[extension] ?? "application/octet-stream",
          "Content-Length": body.length,
          ...(encoding ? { "Content-Encoding": encoding } : {}),
          ...(COMPRESSIBLE.has(extension) ? { Vary: "Accept-Encoding" } : {}),
          "Cache-Control": "no-store",
          "X-Content-Type-Options": "nosniff",
        });
        res.end(req.method === "HEAD" ? undefined : body);
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const url = `http://${host === "127.0.0.1" || host === "::1" ? "localhost" : host}:${address.port}/`;
      resolve({
        url,
        port: address.port,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

async function main() {
  const port =
    process.env.PORT === undefined || process.env.PORT === "" ? 3100 : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number (0–65535), not "${process.env.PORT}".`);
    process.exit(2);
  }
  if (process.env.PREVIEW_SKIP_BUILD !== "1") {
    console.log("Building the preview (production)…");
    const { durationMs } = await buildPreview();
    console.log(`Built in ${(durationMs / 1000).toFixed(1)} s.`);
  }
  if (!fs.existsSync(path.join(OUT_DIR, "index.html"))) {
    console.error("No preview build found in dist/preview; run without PREVIEW_SKIP_BUILD.");
    process.exit(2);
  }
  const host = process.env.PREVIEW_HOST || "127.0.0.1";
  let served;
  try {
    served = await startPreviewServer({ port, host });
  } catch (error) {
    console.error(`Cannot serve on ${host}:${port}: ${error.message}`);
    process.exit(2);
  }
  console.log(`Sổ Thi đua preview: ${served.url}  (Ctrl+C to stop)`);
  const stop = () => {
    void served.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}

module.exports = { buildPreview, startPreviewServer, chooseEncoding, OUT_DIR };
