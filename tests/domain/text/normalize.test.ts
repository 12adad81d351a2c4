import fc from "fast-check";
import {
  foldKey,
  headerKey,
  looseKey,
  memoize,
  normalizeText,
} from "../../../src/domain/text/normalize";

/** The definition, without the fast path. */
function reference(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\s\u00a0\u200b]+/g, " ")
    .trim();
}

const pieces = fc.constantFrom(
  "a", "Z", "ễ", "Đ", "ư", "Ò", "ơ", "\u0301", "\u0323", "\u0300", " ", "  ", "\u00a0", "\t", "\u200b",
  "Ω", "\u212b", "ǅ", "ﬁ", "1", ".", "/", "é", "ÿ", "ȳ", "Ɓ", "ᾈ", "가"
); // prettier-ignore

describe("normalizeText", () => {
  it.each([
    ["  Nguyễn   Văn\u00a0An ", "Nguyễn Văn An"],
    ["Nguyễn".normalize("NFD"), "Nguyễn"],
    ["CB001", "CB001"],
    ["\u212b", "\u00c5"],
    ["", ""],
  ])("normalises %j", (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });

  it("agrees with its definition on any text (the fast path changes nothing)", () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(normalizeText(text)).toBe(reference(text));
      }),
      { numRuns: 2000 }
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 12 }), (text) => {
        expect(normalizeText(text)).toBe(reference(text));
      }),
      { numRuns: 2000 }
    );
  });
});

describe("keys", () => {
  it.each([
    ["  CÁN BỘ ", "cán bộ"],
    ["Cán bộ".normalize("NFD"), "cán bộ"],
  ])("foldKey(%j) = %j", (text, key) => {
    expect(foldKey(text)).toBe(key);
  });

  it.each([
    ["Hoàn thành TỐT nhiệm vụ", "hoan thanh tot nhiem vu"],
    ["Lao động tiên tiến", "lao dong tien tien"],
    ["Danh hiệu / hình thức", "danh hieu/hinh thuc"],
  ])("looseKey(%j) = %j", (text, key) => {
    expect(looseKey(text)).toBe(key);
  });

  it.each([
    ["Danh hiệu/hình thức:", "danh hiệu/hình thức"],
    ["Mã CB *", "mã cb"],
  ])("headerKey(%j) = %j", (text, key) => {
    expect(headerKey(text)).toBe(key);
  });
});

describe("memoize", () => {
  it("computes each text once and returns the same results", () => {
    let calls = 0;
    const length = memoize((t: string) => {
      calls += 1;
      return t.length === 0 ? null : t.length;
    });
    expect([length("ab"), length("ab"), length(""), length("")]).toEqual([2, 2, null, null]);
    expect(calls).toBe(2);
  });
});
