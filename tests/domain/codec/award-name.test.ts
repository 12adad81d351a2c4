import fc from "fast-check";
import { parseAwardName } from "../../../src/domain/codec/award-name";
import { AWARD_CATALOGUE, type AwardKey } from "../../../src/domain/rulebook/award-catalogue";
import { looseKey } from "../../../src/domain/text/normalize";

/** The definition, looked up afresh at every call (no memory of earlier texts). */
function reference(text: string): AwardKey | null {
  const key = looseKey(text).replace(/_/g, " ");
  if (key === "") return null;
  const award = AWARD_CATALOGUE.find((a) =>
    [a.name, ...a.aliases, a.key].some((n) => looseKey(n).replace(/_/g, " ") === key)
  );
  return award?.key ?? null;
}

const names = AWARD_CATALOGUE.flatMap((a) => [a.name, ...a.aliases, a.key]);

describe("parseAwardName", () => {
  it.each([
    ["Lao động tiên tiến", "LDTT"],
    ["LĐTT", "LDTT"],
    ["ldtt", "LDTT"],
    ["  CHIẾN SĨ THI ĐUA CƠ SỞ ", "CSTDCS"],
    ["Hoàn thành tốt nhiệm vụ", null],
    ["", null],
  ])("reads %j as %j", (text, key) => {
    expect(parseAwardName(text)).toBe(key);
  });

  it("remembering texts changes no answer, asked in any order and again", () => {
    const text = fc.oneof(
      fc.constantFrom(...names),
      fc.constantFrom(...names).map((n) => n.toUpperCase()),
      fc.constantFrom(...names).map((n) => ` ${n.normalize("NFD")}  `),
      fc.constantFrom(...names).map((n) => n.slice(1)),
      fc.string({ maxLength: 6 })
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 20 }), (texts) => {
        for (const t of [...texts, ...texts]) expect(parseAwardName(t)).toBe(reference(t));
      }),
      { numRuns: 300 }
    );
  });
});
