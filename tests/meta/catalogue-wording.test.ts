/** The shared catalogue-test helpers catch what they are there to catch. */
import {
  REGISTER_WORDS,
  VIETNAMESE_LETTERS,
  catalogueEntries,
  catalogueOwnWords,
  withoutWords,
  wordingsOf,
} from "../support/catalogue-wording";

describe("catalogue wording helpers", () => {
  it("leave a catalogue's own Vietnamese word in an English text", () => {
    const text = 'Sheet "Cán bộ" has no rows; thêm one for Nguyễn Văn A.';
    const own = catalogueOwnWords(text, { name: "Nguyễn Văn A" });
    expect(own).toMatch(VIETNAMESE_LETTERS);
    expect(own).toContain("thêm");
    expect(catalogueOwnWords(text.replace("thêm", "add"), { name: "Nguyễn Văn A" })).not.toMatch(
      VIETNAMESE_LETTERS
    );
  });

  it("take out nested params' strings, but only whole", () => {
    const params = { held: [{ params: { decision: "Quyết định số 12" } }] };
    expect(catalogueOwnWords("held under Quyết định số 12", params)).not.toMatch(
      VIETNAMESE_LETTERS
    );
    expect(catalogueOwnWords("held under Quyết định số 13", params)).toMatch(VIETNAMESE_LETTERS);
  });

  it("blank out the longest word first", () => {
    expect(
      withoutWords("Số thành viên Hội đồng: 7", ["Số thành viên", "Số thành viên Hội đồng"])
    ).not.toMatch(VIETNAMESE_LETTERS);
    expect(withoutWords("ab", ["", "a"])).toBe(" b");
  });

  it("hold the register's contract words, Vietnamese ones among them", () => {
    expect(REGISTER_WORDS).toEqual(expect.arrayContaining(["Cán bộ", "Cấu hình", "Sổ Thi đua"]));
    expect(REGISTER_WORDS).not.toContain("");
  });

  it("walk a nested catalogue by dotted paths", () => {
    const f = (): string => "x";
    expect(catalogueEntries({ a: "1", b: { c: ["2"], d: f } })).toEqual([
      ["a", "1"],
      ["b.c", ["2"]],
      ["b.d", f],
    ]);
  });

  it("word each kind of entry, and refuse what the catalogue may not hold", () => {
    const examples: Record<string, object> = { line: { n: 2 }, lines: {} };
    const options = { exampleFor: (p: string) => examples[p], lists: false };
    expect(wordingsOf("text", "Hi", options)).toEqual(["Hi"]);
    expect(wordingsOf("line", (p: { n: number }) => `n=${p.n}`, options)).toEqual(["n=2"]);
    expect(wordingsOf("lines", () => ["a", "b"], options)).toEqual(["a", "b"]);
    expect(() => wordingsOf("missing", () => "x", options)).toThrow("no example for missing");
    expect(() => wordingsOf("list", ["a"], options)).toThrow("a list where a text was expected");
    expect(wordingsOf("list", ["a", "b"], { ...options, lists: true })).toEqual(["a", "b"]);
    expect(() => wordingsOf("list", ["a", 1], { ...options, lists: true })).toThrow("a number");
    expect(() => wordingsOf("n", 3, options)).toThrow("n: number");
    expect(() => wordingsOf("line", () => undefined, options)).toThrow("worded a undefined");
  });
});
