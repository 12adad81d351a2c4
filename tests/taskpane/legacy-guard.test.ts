/**
 * The ES5 guard of taskpane.html: in the Internet Explorer 11 web view of old Office it shows a
 * Vietnamese "please update Office" message instead of a blank pane; elsewhere it stays hidden.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const HTML = fs.readFileSync(
  path.join(__dirname, "..", "..", "src", "taskpane", "taskpane.html"),
  "utf8"
);

function inlineScript(): string {
  const scripts = [...HTML.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
  expect(scripts).toHaveLength(1);
  return scripts[0] ?? "";
}

function loadPage(userAgent: string, modern: boolean): { legacy: HTMLElement; root: HTMLElement } {
  document.documentElement.innerHTML = HTML.replace(/<script[\s\S]*?<\/script>/g, "");
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  const saved = window.Proxy;
  if (!modern) (window as unknown as { Proxy: unknown }).Proxy = undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs the page's own inline script
    const run = new Function(inlineScript()) as () => void;
    run();
  } finally {
    (window as unknown as { Proxy: unknown }).Proxy = saved;
  }
  return {
    legacy: document.getElementById("legacy")!,
    root: document.getElementById("root")!,
  };
}

describe("taskpane.html legacy guard", () => {
  it("is written in ES5 (no arrows, let/const, classes or template strings)", () => {
    const script = inlineScript().replace(/\/\/.*$/gm, "");
    expect(script).not.toMatch(/=>|\blet\b|\bconst\b|\bclass\b|`/);
  });

  it.each([
    ["Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko", false, "block"],
    [
      "Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/64.0 Safari/537.36 Edge/17.17134",
      true,
      "block",
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0",
      true,
      "",
    ],
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko)",
      true,
      "",
    ],
  ])("%s → legacy message display %p", (userAgent, modern, display) => {
    const page = loadPage(userAgent, modern);
    expect(page.legacy.style.display).toBe(display);
    expect(page.root.style.display).toBe(display === "block" ? "none" : "");
    expect(page.legacy.textContent).toContain("Cần cập nhật Office");
  });
});
