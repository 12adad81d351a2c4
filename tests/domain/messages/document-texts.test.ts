/**
 * The official documents' catalogue (issue 10 item 1): Vietnamese only, by law. Every entry
 * words something Vietnamese, and every wording function words its params without leaving
 * `undefined` or an object behind (each is called with a stand-in for every param it reads).
 */
import { DOCUMENT_TEXTS } from "../../../src/domain/messages/document-texts";
import { VIETNAMESE_LETTERS, catalogueEntries, wordingsOf } from "../../support/catalogue-wording";

/** Params whose every field reads as "‹name›" (a number param reads as 7 when asked to). */
function standIn(): object {
  return new Proxy(
    {},
    {
      get: (_, key) =>
        typeof key === "string" && /count|year|number|errors|index|total|members|yes/i.test(key)
          ? 7
          : `‹${String(key)}›`,
    }
  );
}

/** Each entry's texts: a text, a list of lines, or a function wording the stand-in's params. */
function wordings(path: string, value: unknown): string[] {
  return wordingsOf(path, value, { exampleFor: () => standIn(), lists: true });
}

const all = catalogueEntries(DOCUMENT_TEXTS);

describe("document catalogue", () => {
  it("has wording for the documents", () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it.each(all.map(([p]) => p))("%s words every param it reads", (path) => {
    const texts = wordings(path, all.find(([p]) => p === path)?.[1]);
    for (const text of texts) {
      expect(text).not.toMatch(/undefined|NaN|\[object|null/);
      expect(text.trim()).not.toBe("");
    }
  });

  it.each(Object.keys(DOCUMENT_TEXTS))("%s is worded in Vietnamese", (group) => {
    const texts = all
      .filter(([p]) => p.startsWith(`${group}.`))
      .flatMap(([p, v]) => wordings(p, v));
    expect(texts.join(" ")).toMatch(VIETNAMESE_LETTERS);
  });
});
