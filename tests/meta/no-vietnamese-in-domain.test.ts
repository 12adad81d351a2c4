/**
 * Issue 10 item 1: all wording lives in the message catalogues (src/domain/messages), so the pane,
 * the sheets and the CLI can speak either language. This scans every string literal and template
 * of src/domain/**\/*.ts (comments may stay Vietnamese) for Vietnamese letters and fails with
 * file:line for any outside the files listed below.
 *
 * Two lists: PERMANENT holds files whose Vietnamese is not prose of the program but data —
 * the catalogue itself, the rulebook's data (names, legal sources, conditions in words), the
 * register's contract (sheet names, headers, values typed in cells) and tables of Vietnamese
 * letters; REMAINING holds files still to convert, and shrinks: a file that no longer needs it
 * must leave the list (the test says so).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { vietnameseLiterals } from "../support/vietnamese-literals";

const ROOT = path.resolve(__dirname, "..", "..");
const DOMAIN = path.join(ROOT, "src", "domain");

const CATALOGUE = "the message catalogue";
const EN_CATALOGUE =
  "the English catalogue: the register's own words (sheet names, headers) stay as the register writes them";
const RULE_DATA = "rule data: the rule's names, conditions in words, legal sources and next step";
const CONTRACT =
  "the register's contract (register-format.md): sheet names, headers and values as typed in cells";
const LETTERS = "tables of Vietnamese letters and syllables for reading legacy and decomposed text";

/** Files whose Vietnamese is the catalogue or data, with why. */
const PERMANENT: Readonly<Record<string, string>> = {
  "messages/issues.vi.ts": CATALOGUE,
  "messages/step-reasons.vi.ts": CATALOGUE,
  "messages/unusable-reasons.vi.ts": CATALOGUE,
  "messages/proposal-reasons.vi.ts": CATALOGUE,
  "messages/merge-findings.vi.ts": CATALOGUE,
  "messages/sheet-texts.vi.ts": CATALOGUE,
  "messages/document-texts.vi.ts":
    "the document catalogue: official documents are Vietnamese by law (Decree 30/2020/NĐ-CP)",
  "messages/issues.en.ts": EN_CATALOGUE,
  "messages/step-reasons.en.ts": EN_CATALOGUE,
  "messages/unusable-reasons.en.ts": EN_CATALOGUE,
  "messages/proposal-reasons.en.ts": EN_CATALOGUE,
  "messages/merge-findings.en.ts": EN_CATALOGUE,
  "messages/sheet-texts.en.ts": EN_CATALOGUE,
  "rulebook/rules/bk-bo.rule.ts": RULE_DATA,
  "rulebook/rules/bk-tinh.rule.ts": RULE_DATA,
  "rulebook/rules/bk-ttg.rule.ts": RULE_DATA,
  "rulebook/rules/co-cp.rule.ts": RULE_DATA,
  "rulebook/rules/co-tinh.rule.ts": RULE_DATA,
  "rulebook/rules/cstd-tinh.rule.ts": RULE_DATA,
  "rulebook/rules/cstd-tq.rule.ts": RULE_DATA,
  "rulebook/rules/cstdcs.rule.ts": RULE_DATA,
  "rulebook/rules/gk.rule.ts": RULE_DATA,
  "rulebook/rules/ldtt.rule.ts": RULE_DATA,
  "rulebook/rules/ttldtt.rule.ts": RULE_DATA,
  "rulebook/rules/ttldxs.rule.ts": RULE_DATA,
  "rulebook/award-catalogue.ts": `${RULE_DATA}; the names typed in cells with their short forms`,
  "rulebook/legal-basis.ts": "rule data: the legal bases, their effective dates and articles",
  "rulebook/general-parameters.ts": `${RULE_DATA}; parameters' \`Cấu hình\` labels and sources`,
  "rulebook/default-rulebook.ts": "rule data: the rulebook versions' names",
  "rulebook/parameter-definition.ts": `${CONTRACT} (có / không / không giới hạn in \`Cấu hình\`)`,
  "rulebook/discipline.ts": `${CONTRACT} (the discipline levels of \`Kỷ luật\`)`,
  "rulebook/conditions/descriptions.ts": "rule data: each condition in words, for docs/rulebook.md",
  "rulebook/rulebook-doc.ts": "writes docs/rulebook.md, a Vietnamese document by issue 8 item 6",
  "codec/register-layout.ts": CONTRACT,
  "codec/vocabulary.ts": `${CONTRACT} (ratings, kinds, scopes and their spellings)`,
  "codec/council.codec.ts": `${CONTRACT} (council roles)`,
  "codec/staff.codec.ts": `${CONTRACT} (Giới tính, Nghỉ thai sản values)`,
  "model.ts": `${CONTRACT} (Giới tính values)`,
  "templates/register-template.ts": `${CONTRACT}: the template \`Tạo sổ\` writes`,
  "output/program-sheets.ts": `${CONTRACT} (the output sheets' names)`,
  "year/calendar.ts": `${CONTRACT} (the \`Hạn …\` labels of \`Cấu hình\` and their default dates)`,
  "year/decision-layout.ts": `${CONTRACT}: the \`Quyết định\` sheet's name, headers and the results typed in it`,
  "year/rewards.ts": `${RULE_DATA}; the reward parameters' \`Cấu hình\` labels and their sources (Decree 152/2025 Art. 50)`,
  "integrity/audit-log.ts":
    "the `Nhật ký` record: its sheet name, headers and action names are read back (lock state, integrity check) and hash-chained into each row, so they cannot change with the writer's language",
  "output/sheet-spec.ts": `${CONTRACT} (the output sheets' names)`,
  "text/common-syllables.ts": LETTERS,
  "text/legacy-encoding.ts": LETTERS,
  "text/vietnamese-syllable.ts": LETTERS,
};

/**
 * Files still holding inline Vietnamese prose, to move into the catalogues (issue 10 item 1).
 * Empty since session 10: a file that needs an entry here again has prose to move instead.
 */
const REMAINING: readonly string[] = [];

interface Hit {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

function domainFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return domainFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

function relative(file: string): string {
  return path.relative(DOMAIN, file).split(path.sep).join("/");
}

describe("no Vietnamese prose in domain code", () => {
  it("finds Vietnamese in strings and templates, not in comments", () => {
    const found = vietnameseLiterals(
      [
        "// Sổ thi đua: a comment",
        "/** Đơn vị */",
        'const a = "plain";',
        'const b = "Đơn vị";',
        "const c = `năm ${2024} đã qua`;",
        "const d = `${x} người`;",
      ].join("\n")
    );
    expect(found.map((h) => [h.line, h.text])).toEqual([
      [4, "Đơn vị"],
      [5, "năm "],
      [5, " đã qua"],
      [6, " người"],
    ]);
  });

  const files = domainFiles(DOMAIN);
  const hits: Hit[] = files.flatMap((file) =>
    vietnameseLiterals(fs.readFileSync(file, "utf8"), file).map((h) => ({
      file: relative(file),
      ...h,
    }))
  );

  it("keeps Vietnamese out of domain code but for the catalogue and the data files", () => {
    const allowed = new Set([...Object.keys(PERMANENT), ...REMAINING]);
    const stray = hits
      .filter((h) => !allowed.has(h.file))
      .map((h) => `src/domain/${h.file}:${h.line}: ${JSON.stringify(h.text)}`);
    expect(stray).toEqual([]);
  });

  it("lists only files that exist and still need it (the remaining list shrinks)", () => {
    const withHits = new Set(hits.map((h) => h.file));
    const listed = [...Object.keys(PERMANENT), ...REMAINING];
    expect(listed.filter((f) => !fs.existsSync(path.join(DOMAIN, f)))).toEqual([]);
    expect(REMAINING.filter((f) => !withHits.has(f))).toEqual([]);
    expect(REMAINING.filter((f) => f in PERMANENT)).toEqual([]);
  });
});
