/**
 * Issue 10 item 1 on a real register: the sample's proposals, read in English, speak English.
 * What may stay Vietnamese is the register's own words, which come in as params (names, ratings,
 * titles, sheet names and headers, legal sources of the rule data); the catalogue's words must be
 * English. The Vietnamese reading is the one the golden files hold.
 */
import * as path from "node:path";
import { XlsxFileAdapter } from "../../src/adapters/xlsx/xlsx-file.adapter";
import { checkRegister } from "../../src/app/check-register";
import * as layout from "../../src/domain/codec/register-layout";
import { reasonText } from "../../src/domain/messages/proposal-reason-text";
import type { ProposalReason } from "../../src/domain/messages/proposal-reasons";
import type { Proposal } from "../../src/domain/report";

const SAMPLE = path.resolve(__dirname, "..", "..", "assets", "sample-register.xlsx");

const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** Sheet names and headers an English reason quotes as the user sees them in Excel. */
const REGISTER_WORDS: readonly string[] = [
  ...Object.values(layout.SHEET),
  ...Object.values(layout.SETTING_LABELS),
  ...[
    layout.UNIT_COLUMNS,
    layout.STAFF_COLUMNS,
    layout.VOTE_COLUMNS,
    layout.HISTORY_COLUMNS,
  ].flatMap((columns) => columns.map((c) => c.header)),
  "Số thành viên Hội đồng",
  "Số thành viên",
  "Mã CB",
  "Sáng kiến",
  "Đề tài",
  "Giải pháp",
].filter((w): w is string => typeof w === "string");

/** Every string the reason was built from (its params, nested reasons' included). */
function paramStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(paramStrings);
  if (typeof value === "object" && value !== null)
    return Object.values(value).flatMap(paramStrings);
  return [];
}

/** The English text with the register's words taken out: what the catalogue itself says. */
function catalogueWords(reason: ProposalReason): string {
  let rest = reasonText(reason, "en");
  const words = [...paramStrings(reason.params), ...REGISTER_WORDS].filter((w) => w !== "");
  for (const word of words.sort((a, b) => b.length - a.length)) rest = rest.split(word).join(" ");
  return rest;
}

describe("the sample register's proposals in English", () => {
  let proposals: readonly Proposal[] = [];

  beforeAll(async () => {
    const outcome = await checkRegister(await XlsxFileAdapter.open(SAMPLE));
    if (outcome.kind !== "analysed") throw new Error(JSON.stringify(outcome.reason));
    proposals = outcome.analysis.report.proposals;
  }, 60_000);

  it("has reasons and grounds to read", () => {
    expect(proposals.filter((p) => p.reasons.length > 0).length).toBeGreaterThan(3);
    expect(proposals.filter((p) => p.grounds.length > 0).length).toBeGreaterThan(3);
  });

  it("words every reason and ground in English, the register's own words aside", () => {
    const stray = proposals
      .flatMap((p) => [...p.reasons, ...p.grounds])
      .map(catalogueWords)
      .filter((text) => VIETNAMESE_LETTERS.test(text));
    expect(stray).toEqual([]);
  });

  it("reads differently in each language", () => {
    const reasons = proposals.flatMap((p) => p.reasons);
    for (const reason of reasons)
      expect(reasonText(reason, "en")).not.toBe(reasonText(reason, "vi"));
  });
});
