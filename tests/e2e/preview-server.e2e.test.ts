/**
 * `npm run preview`'s server: prints the URL it serves, honours PORT, serves only the build's
 * files (GET/HEAD), and refuses a PORT that is not a port number.
 */
import { spawn, spawnSync } from "node:child_process";
import * as path from "node:path";
import { startPreviewServer } from "../../scripts/preview";
import { ensurePreviewBuild } from "./support/preview-session";
import { CHILD_PROCESS_TIMEOUT, SESSION_SETUP_TIMEOUT } from "../support/timeouts";

const ROOT = path.resolve(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "scripts", "preview.js");

// Servers and child processes (Jest applies only its global timeout; see tests/support/timeouts.ts).
jest.setTimeout(CHILD_PROCESS_TIMEOUT);

/** Every server process a test started, stopped in afterAll even when the test failed first. */
const children = new Set<ReturnType<typeof spawn>>();

beforeAll(async () => {
  if (process.env.E2E_PREVIEW_READY !== "1") await ensurePreviewBuild();
}, SESSION_SETUP_TIMEOUT);

afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
});

/** Starts `node scripts/preview.js` and resolves with the URL it prints. */
function startCli(env: NodeJS.ProcessEnv): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [SCRIPT], {
    env: { ...process.env, ...env, PREVIEW_SKIP_BUILD: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /preview: (http:\/\/\S+)/.exec(out);
      if (match) {
        resolve({
          url: match[1]!,
          stop: () =>
            new Promise((done) => {
              child.once("exit", () => {
                done();
              });
              child.kill("SIGTERM");
            }),
        });
      }
    });
    child.once("exit", (code) => {
      reject(new Error(`preview exited with ${String(code)}: ${out}`));
    });
  });
}

describe("preview server", () => {
  it("prints the URL it serves on the PORT it is given, and serves the page and the sample", async () => {
    const probe = await startPreviewServer({ port: 0 });
    const port = new URL(probe.url).port; // a port known to be free a moment ago
    await probe.close();
    const { url, stop } = await startCli({ PORT: port });
    try {
      expect(url).toBe(`http://localhost:${port}/`);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toContain("text/html");
      expect(await page.text()).toContain("<title>Sổ Thi đua — xem thử</title>");
      const sample = await fetch(`${url}sample-register.xlsx`);
      expect(sample.status).toBe(200);
      expect(new Uint8Array(await sample.arrayBuffer()).subarray(0, 2)).toEqual(
        new Uint8Array([0x50, 0x4b])
      );
    } finally {
      await stop();
    }
  });

  it.each([
    ["GET", "/no-such-file.js", 404],
    ["GET", "/..%2fpackage.json", 403],
    ["GET", "/..%2f..%2fetc%2fpasswd", 403],
    ["GET", "/%E0%A4%A", 400],
    ["POST", "/", 405],
    ["HEAD", "/", 200],
  ])("%s %s → %i", async (method, pathname, status) => {
    const server = await startPreviewServer({ port: 0 });
    try {
      const response = await fetch(new URL(pathname, server.url), { method });
      expect(response.status).toBe(status);
    } finally {
      await server.close();
    }
  });

  it("refuses a PORT that is not a port number, with exit status 2", () => {
    const result = spawnSync(process.execPath, [SCRIPT], {
      env: { ...process.env, PORT: "http", PREVIEW_SKIP_BUILD: "1" },
      encoding: "utf8",
      timeout: CHILD_PROCESS_TIMEOUT,
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('PORT must be a port number (0–65535), not "http".');
  });
});
