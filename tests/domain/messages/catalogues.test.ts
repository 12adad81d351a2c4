/** Every issue code has a message in both languages, and each language speaks only itself. */
import type { Issue } from "../../../src/domain/issue";
import { ISSUE_CATALOGUES } from "../../../src/domain/messages/catalogues";
import { createIssue, messageOf } from "../../../src/domain/messages/create-issue";
import type { IssueCode } from "../../../src/domain/messages/issue-codes";
import { LANGUAGES } from "../../../src/domain/messages/language";
import { issueText } from "../../../src/domain/messages/render-issue";
import { VIETNAMESE_LETTERS, catalogueOwnWords } from "../../support/catalogue-wording";
import { EXAMPLE_PARAMS } from "./example-params";

const CODES = Object.keys(EXAMPLE_PARAMS) as IssueCode[];

describe("issue catalogues", () => {
  it("have the same codes in every language, each with an example", () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(ISSUE_CATALOGUES[language]).sort()).toEqual([...CODES].sort());
    }
  });

  it.each(CODES)("%s has a message in Vietnamese and in English", (code) => {
    const params = EXAMPLE_PARAMS[code];
    const vi = messageOf(code, params, "vi");
    const en = messageOf(code, params, "en");
    expect(vi.trim().length).toBeGreaterThan(10);
    expect(en.trim().length).toBeGreaterThan(10);
    expect(en).not.toBe(vi);
    expect(catalogueOwnWords(vi, params)).toMatch(VIETNAMESE_LETTERS);
    expect(catalogueOwnWords(en, params)).not.toMatch(VIETNAMESE_LETTERS); // the register's words aside
    expect(vi).not.toMatch(/undefined|NaN|\[object/);
    expect(en).not.toMatch(/undefined|NaN|\[object/);
  });

  it.each(CODES)(
    "%s: an issue keeps code and params, its message is Vietnamese, and renders in English",
    (code) => {
      const params = EXAMPLE_PARAMS[code];
      const issue = createIssue("error", code, params, { sheet: "Cán bộ", cell: "D7" });
      expect(issue).toMatchObject({ code, params, sheet: "Cán bộ", cell: "D7", severity: "error" });
      expect(issue.message).toBe(messageOf(code, params, "vi"));
      expect(issueText(issue, "vi")).toBe(issue.message);
      expect(issueText(issue, "en")).toBe(messageOf(code, params, "en"));
    }
  );

  it("says a changed locked value the Vietnamese way (19,5; 20/12/2024), the English way in English", () => {
    const params = { sheet: "CĐ-VP", cell: "E7", lockedAt: "05/11/2024 16:00:00" };
    const number = { ...params, before: "19.5", after: "20" };
    expect(messageOf("locked-value-changed", number, "vi")).toContain('trước "19,5", nay "20"');
    expect(messageOf("locked-value-changed", number, "en")).toContain('was "19.5", now "20"');
    const date = { ...params, before: "2024-12-20", after: "" };
    expect(messageOf("locked-value-changed", date, "vi")).toContain(
      'trước "20/12/2024", nay (trống)'
    );
    const text = { ...params, before: "Đạt 1.5 lần", after: "HTXSNV" };
    expect(messageOf("locked-value-changed", text, "vi")).toContain('trước "Đạt 1.5 lần"');
  });

  it("says one person and one cell in the singular in English", () => {
    const share = { ...EXAMPLE_PARAMS["unit-htxsnv-share-exceeded"] };
    expect(messageOf("unit-htxsnv-share-exceeded", { ...share, excellent: 1 }, "en")).toContain(
      "has 1 person rated"
    );
    expect(messageOf("unit-htxsnv-share-exceeded", share, "en")).toContain("has 2 people rated");
    const blocked = { ...EXAMPLE_PARAMS["score-self-blocked"] };
    const one = { ...blocked, count: 1, shown: "D9 (tiêu chí 1.1)", cells: "D9" };
    expect(messageOf("score-self-blocked", one, "en")).toContain("cell D9 (tiêu chí 1.1) holds");
    expect(messageOf("score-self-blocked", blocked, "en")).toContain("cells D9");
    expect(messageOf("score-self-blocked", blocked, "en")).toContain(") hold a score");
  });

  it("keeps the message of an issue whose code is not catalogued", () => {
    const legacy = {
      severity: "warning",
      code: "not-a-code",
      sheet: null,
      cell: null,
      message: "Cũ",
    } as unknown as Issue; // e.g. read back from an older JSON report
    expect(issueText(legacy, "en")).toBe("Cũ");
  });
});
