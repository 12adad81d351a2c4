/**
 * Legacy Vietnamese encodings typed with old fonts: TCVN3 (ABC, fonts ".VnTime") and VNI
 * (VNI-Windows, fonts "VNI-Times"). Such text reaches a cell as Latin-1 look-alikes: TCVN3 puts
 * each precomposed letter in one 8-bit code ("NguyÔn V¨n"), VNI writes a base letter followed by a
 * mark character ("Nguyeãn Vaên"). No npm converter we trust is maintained, so the tables are
 * built here from the published code charts and tested by round trip.
 */
import { isCommonSyllable } from "./common-syllables";
import { memoize } from "./normalize";
import { isVietnameseSyllable } from "./vietnamese-syllable";

/** The legacy encodings recognised. */
export type LegacyEncoding = "TCVN3" | "VNI";

/** Vowel bases in table order; each row below lists none, sắc, huyền, hỏi, ngã, nặng. */
const BASES = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"] as const;
const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"] as const;

function toned(base: string, tone: number): string {
  return (base + (TONES[tone] ?? "")).normalize("NFC");
}

/**
 * Windows code page 1252 for bytes 0x80–0x9F: Excel stores a byte typed in a non-Unicode font as
 * the character this code page gives it (undefined bytes stay as C1 controls).
 */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function byteChar(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return CP1252_HIGH.charAt(code - 0x80);
  return String.fromCharCode(code);
}

/**
 * TCVN3 byte codes (TCVN 5712:1993), lower case then upper case; a base ASCII letter is written
 * as itself (0). Upper-case toned letters in 0x01–0x17 are control codes no cell holds; those
 * letters are typed with the lower-case code in the ".VnTimeH" capital fonts instead.
 */
const TCVN3_LOWER: Readonly<Record<string, readonly number[]>> = {
  a: [0, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9],
  ă: [0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6],
  â: [0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb],
  e: [0, 0xd0, 0xcc, 0xce, 0xcf, 0xd1],
  ê: [0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6],
  i: [0, 0xdd, 0xd7, 0xd8, 0xdc, 0xde],
  o: [0, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4],
  ô: [0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9],
  ơ: [0xac, 0xed, 0xea, 0xeb, 0xec, 0xee],
  u: [0, 0xf3, 0xef, 0xf1, 0xf2, 0xf4],
  ư: [0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9],
  y: [0, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe],
};
const TCVN3_UPPER: Readonly<Record<string, readonly number[]>> = {
  a: [0, 0x83, 0x80, 0x81, 0x82, 0x84],
  ă: [0xa1, 0xc0, 0xaf, 0xba, 0xbf, 0x85],
  â: [0xa2, 0xc4, 0xc1, 0xc2, 0xc3, 0x86],
  e: [0, 0x8a, 0x87, 0x88, 0x89, 0x8b],
  ê: [0xa3, 0xda, 0xc5, 0xcd, 0xd9, 0x8c],
  i: [0, 0x90, 0x8d, 0x8e, 0x8f, 0x91],
  o: [0, 0x95, 0x92, 0x93, 0x94, 0x96],
  ô: [0xa4, 0xff, 0xdb, 0xe0, 0xf0, 0x97],
  ơ: [0xa5, 0x9b, 0x98, 0x99, 0x9a, 0x9c],
  u: [0, 0x01, 0x9d, 0x9e, 0x9f, 0x02],
  ư: [0xa6, 0x11, 0x04, 0x05, 0x06, 0x12],
  y: [0, 0x16, 0x13, 0x14, 0x15, 0x17],
};

/**
 * Upper-case codes whose code-page character is everyday punctuation (… ‘ ’ “ ” • – — € ™):
 * decoding them would turn a quote in legacy text into a letter, so they are left as typed and
 * their letters are encoded with the lower-case code, as ".VnTimeH" users do.
 */
const TCVN3_PUNCTUATION_CODES: ReadonlySet<number> = new Set([
  0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x99,
]);

interface Tables {
  readonly decode: ReadonlyMap<string, string>;
  readonly encode: ReadonlyMap<string, string>;
  /** Lower-case letters whose capital has no code of its own (typed with the lower-case code). */
  readonly lossyCapitals?: ReadonlySet<string>;
}

function buildTcvn3(): Tables {
  const decode = new Map<string, string>();
  const encode = new Map<string, string>();
  const lossyCapitals = new Set<string>();
  for (const base of BASES) {
    const lower = TCVN3_LOWER[base] ?? [];
    const upper = TCVN3_UPPER[base] ?? [];
    TONES.forEach((_, tone) => {
      const letter = toned(base, tone);
      const capital = letter.toUpperCase();
      const lowerCode = lower[tone] ?? 0;
      if (lowerCode !== 0) {
        decode.set(byteChar(lowerCode), letter);
        encode.set(letter, byteChar(lowerCode));
      }
      const upperCode = upper[tone] ?? 0;
      const usable = upperCode >= 0x20 && !TCVN3_PUNCTUATION_CODES.has(upperCode);
      if (upperCode !== 0 && usable) {
        decode.set(byteChar(upperCode), capital);
        if (upperCode >= 0x80 && upperCode <= 0x9f)
          decode.set(String.fromCharCode(upperCode), capital);
        encode.set(capital, byteChar(upperCode));
      } else if (upperCode !== 0) {
        encode.set(capital, byteChar(lowerCode)); // lossy: the capital font draws it
        lossyCapitals.add(letter);
      }
    });
  }
  decode.set(byteChar(0xae), "đ");
  encode.set("đ", byteChar(0xae));
  decode.set(byteChar(0xa7), "Đ");
  encode.set("Đ", byteChar(0xa7));
  return { decode, encode, lossyCapitals };
}

/** VNI marks, lower case: tones (sắc … nặng), then circumflex/breve, then both. */
const VNI_TONE = ["", "ù", "ø", "û", "õ", "ï"] as const;
const VNI_CIRCUMFLEX_TONE = ["â", "á", "à", "å", "ã", "ä"] as const; // â ê ô + tone
const VNI_BREVE_TONE = ["ê", "é", "è", "ú", "ü", "ë"] as const; // ă + tone
const VNI_I = ["i", "í", "ì", "æ", "ó", "ò"] as const;
const VNI_Y = ["y", "yù", "yø", "yû", "yõ", "î"] as const;

function vniLower(base: (typeof BASES)[number], tone: number): string {
  const t = (list: readonly string[]): string => list[tone] ?? "";
  switch (base) {
    case "a":
    case "e":
    case "o":
    case "u":
      return base + t(VNI_TONE);
    case "â":
      return "a" + t(VNI_CIRCUMFLEX_TONE);
    case "ê":
      return "e" + t(VNI_CIRCUMFLEX_TONE);
    case "ô":
      return "o" + t(VNI_CIRCUMFLEX_TONE);
    case "ă":
      return "a" + t(VNI_BREVE_TONE);
    case "ơ":
      return "ô" + t(VNI_TONE);
    case "ư":
      return "ö" + t(VNI_TONE);
    case "i":
      return t(VNI_I);
    case "y":
      return t(VNI_Y);
  }
}

function buildVni(): Tables {
  const decode = new Map<string, string>();
  const encode = new Map<string, string>();
  const add = (legacy: string, letter: string, primary: boolean): void => {
    if (legacy.length === 1 && legacy === letter) return;
    decode.set(legacy, letter);
    if (primary) encode.set(letter, legacy);
  };
  for (const base of BASES) {
    TONES.forEach((_, tone) => {
      const letter = toned(base, tone);
      const legacy = vniLower(base, tone);
      add(legacy, letter, true);
      add(legacy.toUpperCase(), letter.toUpperCase(), true);
      if (legacy.length === 2) {
        // Marks typed in the other case than their base letter still decode, by the base's case.
        const b = legacy.charAt(0);
        const m = legacy.charAt(1);
        add(b.toUpperCase() + m, letter.toUpperCase(), false);
        add(b + m.toUpperCase(), letter, false);
      }
    });
  }
  add("ñ", "đ", true);
  add("Ñ", "Đ", true);
  return { decode, encode };
}

const TCVN3 = buildTcvn3();
const VNI = buildVni();

function encodeWith(tables: Tables, text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) out += tables.encode.get(ch) ?? ch;
  return out;
}

/** Unicode → TCVN3 as an old font would store it (capital toned letters may lose their case). */
export function encodeTcvn3(text: string): string {
  return encodeWith(TCVN3, text);
}

/** Unicode → VNI-Windows (base letter + mark character). */
export function encodeVni(text: string): string {
  return encodeWith(VNI, text);
}

/** TCVN3 → Unicode, character by character; characters outside the table are kept. */
export function decodeTcvn3(text: string): string {
  let out = "";
  for (const ch of text) out += TCVN3.decode.get(ch) ?? ch;
  return out;
}

/** VNI → Unicode: a base letter and the mark after it become one letter. */
export function decodeVni(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const pair = VNI.decode.get(text.slice(i, i + 2));
    if (pair !== undefined && i + 1 < text.length) {
      out += pair;
      i += 2;
      continue;
    }
    const ch = text.charAt(i);
    out += VNI.decode.get(ch) ?? ch;
    i += 1;
  }
  return out;
}

/** Code-page characters of bytes 0x80–0x9F that TCVN3 decodes as letters. */
const CP1252_LETTERS = "‚ƒ„†‡ˆ‰Š‹ŒŽ˜š›œžŸ";
/** A character that may belong to legacy text. */
const HAS_HIGH = new RegExp(`[\\u0080-\\u00ff${CP1252_LETTERS}]`);
/** Characters that rule a text out as legacy: Vietnamese letters only Unicode has, other scripts. */
const UNICODE_ONLY = new RegExp(`[^\\u0000-\\u00ff\\u2000-\\u206f€™${CP1252_LETTERS}]`);
/** Word separators: white space, ASCII punctuation, typographic punctuation no table decodes. */
const SEPARATORS = /[\s!-/:-@[-`{-~‘’“”•–—…€™]+/;

function words(text: string): string[] {
  return text.split(SEPARATORS);
}

/** How many of the words that carry non-ASCII characters read as Vietnamese syllables. */
function syllableScore(
  original: readonly string[],
  decoded: readonly string[]
): {
  readonly relevant: number;
  readonly validBefore: number;
  readonly validAfter: number;
  readonly commonBefore: number;
  readonly commonAfter: number;
} {
  let relevant = 0;
  let validBefore = 0;
  let validAfter = 0;
  let commonBefore = 0;
  let commonAfter = 0;
  original.forEach((word, i) => {
    if (!HAS_HIGH.test(word)) return;
    relevant += 1;
    const before = word.replace(/[0-9]/g, "");
    const after = (decoded[i] ?? "").replace(/[0-9]/g, "");
    if (isVietnameseSyllable(before)) validBefore += 1;
    if (isVietnameseSyllable(after)) validAfter += 1;
    if (isCommonSyllable(before)) commonBefore += 1;
    if (isCommonSyllable(after)) commonAfter += 1;
  });
  return { relevant, validBefore, validAfter, commonBefore, commonAfter };
}

/**
 * TCVN3 has no code for some capitals (Ý, Ú, Ứ, Ộ…): people type the lower-case code in a
 * ".VnTimeH" font or at the start of a name. So an all-capital word ("NGUYÔN") is put in capitals,
 * and in a text whose other words all start with a capital (a name: "NguyÔn V¨n ý"), a word
 * starting with such a letter gets its capital back ("Nguyễn Văn Ý").
 */
function restoreCapitals(original: string, decoded: string): string {
  const parts = decoded.split(/(\s+)/);
  const originals = original.split(/(\s+)/);
  const startsUpper = (w: string): boolean => /^\p{Lu}/u.test(w);
  const startsLetter = (w: string): boolean => /^\p{L}/u.test(w);
  const lettered = parts.filter(startsLetter);
  const lossy = TCVN3.lossyCapitals ?? new Set<string>();
  return parts
    .map((part, i) => {
      const ascii = (originals[i] ?? "").replace(/[^A-Za-z]/g, "");
      if (ascii.length >= 2 && ascii === ascii.toUpperCase()) return part.toUpperCase();
      const first = part.charAt(0);
      const othersCapital =
        lettered.length > 1 && lettered.filter((w) => w !== part).every(startsUpper);
      if (othersCapital && lossy.has(first)) return first.toUpperCase() + part.slice(1);
      return part;
    })
    .join("");
}

export interface LegacyConversion {
  readonly encoding: LegacyEncoding;
  /** The text in NFC Unicode. */
  readonly text: string;
}

/**
 * Detects text typed in TCVN3 or VNI and converts it. Text is judged legacy only when its
 * non-ASCII words are mostly not Vietnamese syllables as they stand and become syllables once
 * decoded (at least three in four): plain ASCII, English, and Unicode Vietnamese (whose words
 * already are syllables) are never converted. When both encodings fit, the one whose result has
 * more frequent syllables wins. Returns null when the text is not legacy.
 */
export function detectLegacyText(text: string, hint?: LegacyEncoding): LegacyConversion | null {
  if (!HAS_HIGH.test(text) || UNICODE_ONLY.test(text)) return null;
  const sure = memoDetect(text);
  if (sure !== null || hint === undefined) return sure;
  return (hint === "TCVN3" ? memoTcvn3Hinted : memoVniHinted)(text);
}

const memoDetect = memoize(detectCandidate);
const memoTcvn3Hinted = memoize((text: string) => detectHinted(text, "TCVN3"));
const memoVniHinted = memoize((text: string) => detectHinted(text, "VNI"));

/**
 * A text whose words are syllables either way ("Phan Thò An" is Unicode "Thò" or VNI "Thị"),
 * in a column where other cells are surely in `encoding`: converted when the decoding reads as
 * more frequent syllables.
 */
function detectHinted(text: string, encoding: LegacyEncoding): LegacyConversion | null {
  const decoded = decodeWith(encoding, text);
  if (decoded === text) return null;
  const s = syllableScore(words(text), words(decoded));
  if (s.validAfter * 4 < s.relevant * 3) return null;
  if (s.validAfter + s.commonAfter <= s.validBefore + s.commonBefore) return null;
  const converted = encoding === "TCVN3" ? restoreCapitals(text, decoded) : decoded;
  return { encoding, text: converted.normalize("NFC") };
}

function decodeWith(encoding: LegacyEncoding, text: string): string {
  return encoding === "TCVN3" ? decodeTcvn3(text) : decodeVni(text);
}

function detectCandidate(text: string): LegacyConversion | null {
  const original = words(text);
  let best: { conversion: LegacyConversion; score: number } | null = null;
  for (const encoding of ["TCVN3", "VNI"] as const) {
    const decoded = decodeWith(encoding, text);
    if (decoded === text) continue;
    const { relevant, validBefore, validAfter, commonAfter } = syllableScore(
      original,
      words(decoded)
    );
    if (validAfter <= validBefore || validAfter * 4 < relevant * 3) continue;
    // When both decodings give syllables, the one giving frequent syllables wins ("Lê Thị" over
    // "Leõ Thũ" for "Leâ Thò").
    const score = validAfter - validBefore + commonAfter;
    if (best === null || score > best.score) {
      const converted = encoding === "TCVN3" ? restoreCapitals(text, decoded) : decoded;
      best = { conversion: { encoding, text: converted.normalize("NFC") }, score };
    }
  }
  return best?.conversion ?? null;
}
