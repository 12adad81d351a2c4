import fc from "fast-check";
import * as common from "../../../src/domain/text/common-syllables";
import { encodeTcvn3, encodeVni } from "../../../src/domain/text/legacy-encoding";
import * as syllable from "../../../src/domain/text/vietnamese-syllable";

type Judges = [typeof syllable.isVietnameseSyllable, typeof common.isCommonSyllable];

/** The two judges of a fresh copy of their modules: nothing remembered yet. */
function freshJudges(): Judges {
  const judges: Judges[] = [];
  jest.isolateModules(() => {
    const s = jest.requireActual<typeof syllable>("../../../src/domain/text/vietnamese-syllable");
    const c = jest.requireActual<typeof common>("../../../src/domain/text/common-syllables");
    judges.push([s.isVietnameseSyllable, c.isCommonSyllable]);
  });
  const [loaded] = judges;
  if (loaded === undefined) throw new Error("modules not loaded");
  return loaded;
}

const syllables = ["Nguyễn", "Văn", "Thị", "Hà", "Võ", "thu", "QUANG", "Trường", "gì", "Xy"];
const word = fc.oneof(
  fc.constantFrom(...syllables),
  fc.constantFrom(...syllables).map((w) => w.normalize("NFD")),
  fc.constantFrom(...syllables).map(encodeTcvn3),
  fc.constantFrom(...syllables).map(encodeVni),
  fc.string({ maxLength: 5 })
);

describe("syllable judges", () => {
  it("remembering words changes no answer, in any order and asked again", () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 15 }), (words) => {
        const asked = [...words, ...words];
        const [isSyllable, isCommon] = freshJudges();
        const [isSyllableAfresh, isCommonAfresh] = freshJudges();
        const answers = asked.map((w) => [isSyllable(w), isCommon(w)]);
        // Another copy, asked in the other order, answers each word the first time it meets it.
        const reversed = [...asked].reverse().map((w) => [isSyllableAfresh(w), isCommonAfresh(w)]);
        expect(answers).toEqual(reversed.reverse());
      }),
      { numRuns: 100 }
    );
  });

  it.each([
    ["Nguyễn", true, true],
    ["nguyễn".normalize("NFD"), true, true],
    ["Xy", true, false],
    ["NguyÔn", false, false],
  ])("judges %j: syllable %j, common %j", (w, isSyllable, isCommon) => {
    expect([syllable.isVietnameseSyllable(w), common.isCommonSyllable(w)]).toEqual([
      isSyllable,
      isCommon,
    ]);
  });
});
