/**
 * The rulebook shipped with the add-in (issue 8 item 6): docs/rulebook.md rendered by the very
 * transform the builds use, a page with one anchor per title and award that the pane's "Vì sao?"
 * links point at.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { markdownPage, renderMarkdown } from "../../scripts/markdown-page";
import { AWARD_KEYS, awardByKey } from "../../src/domain/rulebook/award-catalogue";
import { RULEBOOK_PAGE, rulebookSection } from "../../src/taskpane/shipped-pages";

const ROOT = path.resolve(__dirname, "../..");
const RULEBOOK = readFileSync(path.join(ROOT, "docs/rulebook.md"), "utf8");
const requireScript = createRequire(__filename);

interface CopyPattern {
  readonly from: string;
  readonly to: string;
  readonly transform?: (content: Buffer) => string;
}
interface EmittedFile {
  readonly from: string;
  readonly to: string;
  readonly transform: (content: Buffer) => string;
}
type MakeConfig = (
  env: Record<string, unknown>,
  argv: Record<string, unknown>
) => Promise<{ plugins: object[] }>;

/** The add-in build's copy of docs/rulebook.md, as webpack.config.js declares it. */
async function addinRulebookPattern(): Promise<CopyPattern> {
  const makeConfig = requireScript(path.join(ROOT, "webpack.config.js")) as MakeConfig;
  const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  const copy = config.plugins.find((p) => "patterns" in p) as { patterns: CopyPattern[] };
  const pattern = copy.patterns.find((p) => p.from === "docs/rulebook.md");
  if (pattern === undefined) throw new Error("the add-in build does not ship docs/rulebook.md");
  return pattern;
}

describe("rulebook page", () => {
  it("renders tables, nested lists, code and heading anchors, dropping comments", () => {
    expect(
      renderMarkdown(
        "<!-- sinh tự động -->\n## Căn cứ pháp lý\n\n### Lao động tiên tiến (`LDTT`)\n\n" +
          "- Một trong:\n  - Trường hợp 1\n    - `rating-in` < 2\n  - Trường hợp 2\n- Hết\n\n" +
          "| Mã | Mặc định |\n|---|---|\n| `a` | 90 |"
      )
    ).toBe(
      '<h2 id="can-cu-phap-ly">Căn cứ pháp lý</h2>\n' +
        '<h3 id="LDTT">Lao động tiên tiến (<code>LDTT</code>)</h3>\n' +
        "<ul><li>Một trong:<ul><li>Trường hợp 1<ul><li><code>rating-in</code> &lt; 2</li></ul></li>" +
        "<li>Trường hợp 2</li></ul></li><li>Hết</li></ul>\n" +
        "<table><thead><tr><th>Mã</th><th>Mặc định</th></tr></thead>" +
        "<tbody><tr><td><code>a</code></td><td>90</td></tr></tbody></table>"
    );
  });

  it("is shipped by the add-in's build as the page the pane links to, with an anchor per title and award", async () => {
    const pattern = await addinRulebookPattern();
    expect(pattern.to).toBe(RULEBOOK_PAGE);
    const page = pattern.transform!(Buffer.from(RULEBOOK, "utf8"));
    expect(page).toContain('<html lang="vi">');
    expect(page).toContain("<title>Bộ quy tắc thi đua, khen thưởng (rulebook v2)</title>");
    // Offline: nothing loaded from anywhere, no script.
    expect(page).not.toMatch(/<script|<link|src=|https?:/);
    expect(page).not.toContain("<!--");
    for (const key of AWARD_KEYS) {
      const anchor = rulebookSection(key).split("#")[1];
      const heading = new RegExp(`<h3 id="${anchor}">([^\\n]*)</h3>`).exec(page);
      expect(heading?.[1]).toBe(`${awardByKey(key).name} (<code>${key}</code>)`);
    }
    // Every id is unique, so each link lands on one section.
    const ids = [...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // The parameters' table, with the `Cấu hình` labels a secretariat types.
    expect(page).toMatch(
      /<td><code>maxHtxsnvShare<\/code><\/td><td>Tỷ lệ HTXSNV tối đa<\/td><td>20%<\/td>/
    );
  });

  it("is served by the browser preview too", async () => {
    const makeConfig = requireScript(path.join(ROOT, "webpack.preview.config.js")) as MakeConfig;
    const config = await makeConfig({}, { mode: "production" });
    const emitted = config.plugins.filter((p) => "to" in p) as unknown as EmittedFile[];
    const rulebook = emitted.find((p) => p.to === RULEBOOK_PAGE);
    expect(rulebook?.from).toBe(path.join(ROOT, "docs/rulebook.md"));
    expect(rulebook?.transform(Buffer.from(RULEBOOK, "utf8"))).toBe(markdownPage(RULEBOOK));
  });
});
