/**
 * How the preview is delivered (issue 10, item 7): text files are served compressed (brotli when
 * the browser accepts it, else gzip) and decompress to the built files byte for byte; opening the
 * preview and running an action (which loads the engine worker) fetches nothing that fails, the
 * icon included.
 */
import { readFileSync, readdirSync } from "node:fs";
import * as http from "node:http";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { OUT_DIR, startPreviewServer } from "../../scripts/preview";
import { SessionKeeper, type PreviewSession } from "./support/preview-session";
import {
  BROWSER_TIMEOUT,
  SESSION_SETUP_TIMEOUT,
  SESSION_TEARDOWN_TIMEOUT,
} from "../support/timeouts";

jest.setTimeout(BROWSER_TIMEOUT);

let s: PreviewSession;
const session = new SessionKeeper();

beforeAll(async () => {
  s = await session.start();
}, SESSION_SETUP_TIMEOUT);

afterAll(async () => {
  await session.close(); // also when the setup failed or is still under way
}, SESSION_TEARDOWN_TIMEOUT);

/** A raw GET (Node's fetch would decompress and hide the encoding). */
function get(
  url: string,
  acceptEncoding: string | null
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      url,
      { headers: acceptEncoding === null ? {} : { "Accept-Encoding": acceptEncoding } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () => {
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          });
        });
        response.on("error", reject);
      }
    );
    request.on("error", reject);
  });
}

function decode(body: Buffer, encoding: string | undefined): Buffer {
  if (encoding === "br") return zlib.brotliDecompressSync(body);
  if (encoding === "gzip") return zlib.gunzipSync(body);
  return body;
}

describe("preview server compression", () => {
  const scripts = readdirSync(OUT_DIR).filter((f) => f.endsWith(".js"));

  it.each([
    ["gzip, deflate, br", "br"],
    ["gzip, deflate", "gzip"],
    ["br;q=0, gzip", "gzip"],
    [null, undefined],
  ])("Accept-Encoding %s → %s, the same bytes once decoded", async (accept, expected) => {
    const server = await startPreviewServer({ port: 0 });
    try {
      expect(scripts.length).toBeGreaterThan(1); // the page's chunk and the engine worker
      for (const file of ["index.html", ...scripts]) {
        const response = await get(`${server.url}${file}`, accept);
        expect(response.status).toBe(200);
        expect(response.headers["content-encoding"]).toBe(expected);
        expect(response.headers.vary).toBe("Accept-Encoding");
        const raw = readFileSync(path.join(OUT_DIR, file));
        expect(decode(response.body, expected).equals(raw)).toBe(true);
        expect(Number(response.headers["content-length"])).toBe(response.body.length);
        if (expected !== undefined) expect(response.body.length).toBeLessThan(raw.length);
      }
    } finally {
      await server.close();
    }
  });

  it("leaves the workbook as it is (already a zip)", async () => {
    const server = await startPreviewServer({ port: 0 });
    try {
      const response = await get(`${server.url}sample-register.xlsx`, "gzip, br");
      expect(response.status).toBe(200);
      expect(response.headers["content-encoding"]).toBeUndefined();
      expect(response.body.equals(readFileSync(path.join(OUT_DIR, "sample-register.xlsx")))).toBe(
        true
      );
    } finally {
      await server.close();
    }
  });
});

describe("the preview in Chromium", () => {
  it("loads compressed, with no failed request, through an action that starts the engine worker", async () => {
    const responses: { url: string; status: number; encoding: string | undefined }[] = [];
    const failed: string[] = [];
    s.page.on("response", (r) => {
      responses.push({
        url: r.url(),
        status: r.status(),
        encoding: r.headers()["content-encoding"],
      });
    });
    s.page.on("requestfailed", (r) => failed.push(r.url()));
    const workers: string[] = [];
    s.page.on("worker", (w) => workers.push(w.url()));
    await s.reload();
    const pane = s.page.getByTestId("pane");
    const check = pane.locator('button[data-action="check"]');
    await check.and(s.page.locator(":not([aria-disabled=true])")).waitFor();
    await check.click();
    await pane
      .getByText(/Sổ (còn \d+ lỗi cần sửa|không có lỗi)/)
      .first()
      .waitFor();

    // The icon the page links to is served (Chromium does not always fetch icons headless).
    const icon = await s.page.evaluate(() =>
      document.querySelector("link[rel=icon]")?.getAttribute("href")
    );
    expect(icon).toBe("icon.svg");
    const iconResponse = await s.page.request.get(new URL(icon!, s.url).href);
    expect(iconResponse.status()).toBe(200);

    expect(workers.some((w) => /so-thi-dua-engine\.[0-9a-f]+\.js$/.test(w))).toBe(true);
    expect(failed).toEqual([]);
    expect(responses.filter((r) => r.status >= 400)).toEqual([]);
    const text = responses.filter((r) => /\.(js|html)$|\/$/.test(new URL(r.url).pathname));
    expect(text.length).toBeGreaterThan(1);
    expect(text.filter((r) => r.encoding !== "br" && r.encoding !== "gzip")).toEqual([]);
    expect(s.pageErrors).toEqual([]); // a missing favicon shows here as a console error
    expect(s.externalRequests).toEqual([]);
  });
});
