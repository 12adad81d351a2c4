/**
 * Is a word a well-formed Vietnamese syllable? Used to tell legacy-encoded text (whose words are
 * garbled: "NguyÔn", "Vaên") from Unicode text (whose words are syllables: "Nguyễn", "Văn").
 * Precision over completeness: a rare real syllable judged invalid only weakens the evidence.
 */
import { memoize } from "./normalize";

const INITIALS = [
  "ngh",
  "ng",
  "nh",
  "ch",
  "gh",
  "gi",
  "kh",
  "ph",
  "q",
  "th",
  "tr",
  "b",
  "c",
  "d",
  "đ",
  "g",
  "h",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "x",
  "",
] as const;

const OPEN_RHYMES = [
  "a", "ai", "ao", "au", "ay", "âu", "ây", "e", "eo", "ê", "êu", "i", "ia", "iu", "iêu", "o", "oa",
  "oai", "oao", "oay", "oe", "oeo", "oi", "ô", "ôi", "ơ", "ơi", "u", "ua", "uây", "uê", "ui", "uôi",
  "uơ", "uy", "uya", "uyu", "ư", "ưa", "ưi", "ưu", "ươi", "ươu", "y", "yêu",
]; // prettier-ignore

/** Nucleus → the finals it takes (c, ch, m, n, ng, nh, p, t). */
const CLOSED_RHYMES: Readonly<Record<string, readonly string[]>> = {
  a: ["c", "ch", "m", "n", "ng", "nh", "p", "t"],
  ă: ["c", "m", "n", "ng", "p", "t"],
  â: ["c", "m", "n", "ng", "p", "t"],
  e: ["c", "m", "n", "ng", "p", "t"],
  ê: ["ch", "m", "n", "nh", "p", "t"],
  i: ["ch", "m", "n", "nh", "p", "t"],
  iê: ["c", "m", "n", "ng", "p", "t"],
  o: ["c", "m", "n", "ng", "p", "t"],
  oo: ["c", "ng"],
  oa: ["c", "ch", "m", "n", "ng", "nh", "p", "t"],
  oă: ["c", "m", "n", "ng", "t"],
  oe: ["m", "n", "ng", "t"],
  ô: ["c", "m", "n", "ng", "p", "t"],
  ơ: ["m", "n", "p", "t"],
  u: ["c", "m", "n", "ng", "p", "t"],
  uâ: ["n", "ng", "t"],
  uê: ["ch", "n", "nh"],
  uô: ["c", "m", "n", "ng", "t"],
  uy: ["ch", "n", "nh", "p", "t"],
  uyê: ["n", "t"],
  ư: ["c", "m", "n", "ng", "t"],
  ươ: ["c", "m", "n", "ng", "p", "t"],
  yê: ["m", "n", "ng", "t"],
};

const RHYMES: ReadonlySet<string> = new Set([
  ...OPEN_RHYMES,
  ...Object.entries(CLOSED_RHYMES).flatMap(([nucleus, finals]) => finals.map((f) => nucleus + f)),
]);

/**
 * "q" is always followed by the medial "u", which there stands for the "o" of other initials:
 * quang/hoang, quen/hoen, quyết/khuyết.
 */
function isRhyme(initial: string, rhyme: string): boolean {
  if (initial !== "q") return RHYMES.has(rhyme);
  if (!rhyme.startsWith("u") || rhyme.length < 2) return false;
  return RHYMES.has(rhyme) || RHYMES.has(`o${rhyme.slice(1)}`);
}

/** Which base letters each combining mark may sit on (tones on vowels; ^ on a e o; ˘ on a; horn on o u). */
const MARK_BASES: Readonly<Record<string, string>> = {
  "\u0300": "aeiouy",
  "\u0301": "aeiouy",
  "\u0303": "aeiouy",
  "\u0309": "aeiouy",
  "\u0323": "aeiouy",
  "\u0302": "aeo",
  "\u0306": "a",
  "\u031b": "ou",
};

/** In NFD text, every combining mark follows a base letter that can carry it ("ñ" cannot). */
function marksOnTheirVowels(decomposed: string): boolean {
  let base = "";
  for (const ch of decomposed) {
    const allowed = MARK_BASES[ch];
    if (allowed === undefined) {
      if (/[\u0300-\u036f]/.test(ch)) return false;
      base = ch;
    } else if (!allowed.includes(base)) {
      return false;
    }
  }
  return true;
}

/** Combining tone marks: grave, acute, tilde, hook above, dot below. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const STOP_FINAL = /(c|ch|p|t)$/;

/**
 * True when `word` (letters only, any case, NFC or NFD) is a Vietnamese syllable: an initial
 * consonant, a known rhyme, at most one tone, and only sắc or nặng on rhymes ending in c/ch/p/t.
 */
export function isVietnameseSyllable(word: string): boolean {
  return memoSyllable(word);
}

// Remembered per word: the names of a roster are made of a few hundred syllables, and each new
// name's words are judged as typed and as decoded from both legacy encodings.
const memoSyllable = memoize(judgeSyllable);

function judgeSyllable(word: string): boolean {
  const decomposed = word.normalize("NFD").toLowerCase();
  if (!marksOnTheirVowels(decomposed)) return false;
  const tones = decomposed.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const bare = decomposed.replace(TONE_MARKS, "").normalize("NFC");
  if (bare.length === 0 || bare.length > 8) return false;
  for (const initial of INITIALS) {
    if (!bare.startsWith(initial)) continue;
    const rhyme = bare.slice(initial.length);
    if (!isRhyme(initial, rhyme)) continue;
    const tone = tones[0];
    if (STOP_FINAL.test(rhyme) && tone !== undefined && tone !== "\u0301" && tone !== "\u0323") {
      continue;
    }
    return true;
  }
  return false;
}
