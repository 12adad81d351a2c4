/**
 * Issue 10 item 1 on a real register: the sample's proposals, read in English, speak English.
 * What may stay Vietnamese is the register's own words, which come in as params (names, ratings,
 * titles, sheet names and headers, legal sources of the rule data); the catalogue's words must be
 * English. The Vietnamese reading is the one the golden files hold.
 */
import * as path from "node:path";
import { XlsxFileAdapter } from "../../src/adapters/xlsx/xlsx-file.adapter";
import { checkRegister } from "../../src/app/check-register";
import { reasonText } from "../../src/domain/messages/proposal-reason-text";
import type { ProposalReason } from "../../src/domain/messages/proposal-reasons";
import type { Proposal } from "../../src/domain/report";
import { VIETNAMESE_LETTERS, catalogueOwnWords } from "../support/catalogue-wording";

const SAMPLE = path.resolve(__dirname, "..", "..", "assets", "sample-register.xlsx");

/** The English text with the register's words taken out: what the catalogue itself says. */
function catalogueWords(reason: ProposalReason): string {
  return catalogueOwnWords(reasonText(reason, "en"), reason.params);
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
