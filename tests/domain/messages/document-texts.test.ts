/**
 * The official documents' catalogue (issue 10 item 1): Vietnamese only, by law. Every entry
 * words something Vietnamese, and every wording function words its params without leaving
 * `undefined` or an object behind (each is called with a stand-in for every param it reads).
 */
import { DOCUMENT_TEXTS } from "../../../src/domain/messages/document-texts";

const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

function entries(node: unknown, prefix = ""): [string, unknown][] {
  if (typeof node !== "object" || node === null || Array.isArray(node)) return [[prefix, node]];
  return Object.entries(node).flatMap(([k, v]) => entries(v, prefix === "" ? k : `${prefix}.${k}`));
}

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

function wordings(value: unknown): string[] {
  if (typeof value === "function") return [(value as (p: object) => string)(standIn())];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

const all = entries(DOCUMENT_TEXTS);

describe("document catalogue", () => {
  it("has wording for the documents", () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it.each(all.map(([p]) => p))("%s words every param it reads", (path) => {
    const texts = wordings(all.find(([p]) => p === path)?.[1]);
    for (const text of texts) {
      expect(text).not.toMatch(/undefined|NaN|\[object|null/);
      expect(text.trim()).not.toBe("");
    }
  });

  it.each(Object.keys(DOCUMENT_TEXTS))("%s is worded in Vietnamese", (group) => {
    const texts = all.filter(([p]) => p.startsWith(`${group}.`)).flatMap(([, v]) => wordings(v));
    expect(texts.join(" ")).toMatch(VIETNAMESE_LETTERS);
  });
});
