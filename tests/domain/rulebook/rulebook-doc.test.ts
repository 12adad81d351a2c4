/** docs/rulebook.md is what the rulebook data gives (issue 8, item 6): regenerate with `npm run rulebook-doc`. */
import * as fs from "node:fs";
import * as path from "node:path";
import { RULEBOOK_VERSIONS } from "../../../src/domain/rulebook/default-rulebook";
import { renderRulebookDoc } from "../../../src/domain/rulebook/rulebook-doc";

const file = path.resolve(__dirname, "..", "..", "..", "docs", "rulebook.md");
const text = renderRulebookDoc(RULEBOOK_VERSIONS);

describe("docs/rulebook.md", () => {
  it("is current with the rulebook data (run `npm run rulebook-doc` after changing a rule)", () => {
    expect(fs.readFileSync(file, "utf8")).toBe(text);
  });

  it("names every title, every parameter's label and both legal bases", () => {
    for (const book of RULEBOOK_VERSIONS) {
      expect(text).toContain(book.legalBasis!.label);
      for (const rule of book.rules) expect(text).toContain(`(\`${rule.key}\`)`);
      for (const p of book.parameters) expect(text).toContain(p.label);
    }
  });

  it("cites each version's own articles (Decree 98 for ≤ 2024, Decree 152 from 2025)", () => {
    expect(text).toContain("Nghị định 98/2023/NĐ-CP Điều 30 khoản 7");
    expect(text).toContain("Nghị định 152/2025/NĐ-CP Điều 4 khoản 3");
  });
});
