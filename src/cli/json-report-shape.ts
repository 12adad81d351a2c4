/**
 * Whether a file's bytes are a JSON report as tdkt writes it, without building the document: the
 * bytes are checked against the JSON grammar (RFC 8259) in one pass and only the kinds of the
 * top-level members are kept. `JSON.parse` of the text gives the same answer (the tests compare
 * them), but a 5 MB report took it a fifth of a second and as much again in garbage, on every
 * `tdkt check --json` that replaces its own earlier report.
 */

/** What a top-level member holds, as far as the report's shape cares. */
type Kind = "object" | "array" | "other";

const textDecoder = new TextDecoder();

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function skipSpace(b: Uint8Array, i: number): number {
  while (i < b.length && isSpace(b[i] as number)) i++;
  return i;
}

/** After the string starting at `i` (a `"`), or -1 when it is not a JSON string. */
function skipString(b: Uint8Array, i: number): number {
  if (b[i] !== 0x22) return -1;
  i++;
  for (;;) {
    if (i >= b.length) return -1;
    const c = b[i] as number;
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -1;
    if (c === 0x5c) {
      const e = b[i + 1];
      if (e === 0x75 /* u */) {
        for (let k = 2; k < 6; k++) if (!isHex(b[i + k] ?? -1)) return -1;
        i += 6;
      } else if (
        e === 0x22 ||
        e === 0x5c ||
        e === 0x2f ||
        e === 0x62 ||
        e === 0x66 ||
        e === 0x6e ||
        e === 0x72 ||
        e === 0x74
      ) {
        i += 2;
      } else return -1;
    } else i++;
  }
}

function skipDigits(b: Uint8Array, i: number): number {
  const start = i;
  while (i < b.length && isDigit(b[i] as number)) i++;
  return i > start ? i : -1;
}

/** After the number starting at `i`, or -1. */
function skipNumber(b: Uint8Array, i: number): number {
  if (b[i] === 0x2d) i++;
  if (b[i] === 0x30) i++;
  else {
    i = skipDigits(b, i);
    if (i < 0) return -1;
  }
  if (b[i] === 0x2e) {
    i = skipDigits(b, i + 1);
    if (i < 0) return -1;
  }
  if (b[i] === 0x65 || b[i] === 0x45) {
    i++;
    if (b[i] === 0x2b || b[i] === 0x2d) i++;
    i = skipDigits(b, i);
  }
  return i;
}

const LITERALS: readonly (readonly number[])[] = [
  [0x74, 0x72, 0x75, 0x65], // true
  [0x66, 0x61, 0x6c, 0x73, 0x65], // false
  [0x6e, 0x75, 0x6c, 0x6c], // null
];

function skipLiteral(b: Uint8Array, i: number): number {
  for (const word of LITERALS) {
    if (word[0] !== b[i]) continue;
    for (let k = 1; k < word.length; k++) if (b[i + k] !== word[k]) return -1;
    return i + word.length;
  }
  return -1;
}

/** After `"key" :` (white space allowed around the colon), or -1. */
function skipKey(b: Uint8Array, i: number): number {
  const end = skipString(b, i);
  if (end < 0) return -1;
  const colon = skipSpace(b, end);
  return b[colon] === 0x3a ? colon + 1 : -1;
}

const OBJECT = 1;
const ARRAY = 2;

/**
 * After the JSON value starting at or after `i` (white space first), or -1 when it is not one.
 * Iterative (an explicit stack), so deep nesting cannot overflow the call stack.
 */
function skipValue(b: Uint8Array, i: number): number {
  const stack: number[] = [];
  for (;;) {
    // A value starts here.
    i = skipSpace(b, i);
    const c = b[i];
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const close = c === 0x7b ? 0x7d : 0x5d;
      const inner = skipSpace(b, i + 1);
      if (b[inner] === close) {
        i = inner + 1;
      } else {
        stack.push(c === 0x7b ? OBJECT : ARRAY);
        i = c === 0x7b ? skipKey(b, inner) : inner;
        if (i < 0) return -1;
        continue;
      }
    } else if (c === 0x22) i = skipString(b, i);
    else if (c === 0x2d || (c !== undefined && isDigit(c))) i = skipNumber(b, i);
    else i = skipLiteral(b, i);
    if (i < 0) return -1;
    // After a value: close containers until one takes another member.
    for (;;) {
      const top = stack[stack.length - 1];
      if (top === undefined) return i;
      i = skipSpace(b, i);
      const d = b[i];
      if (d === 0x2c /* , */) {
        i = top === OBJECT ? skipKey(b, skipSpace(b, i + 1)) : i + 1;
        if (i < 0) return -1;
        break;
      }
      if (d !== (top === OBJECT ? 0x7d : 0x5d)) return -1;
      stack.pop();
      i++;
    }
  }
}

function kindAt(b: Uint8Array, i: number): Kind {
  const c = b[skipSpace(b, i)];
  return c === 0x7b ? "object" : c === 0x5b ? "array" : "other";
}

/**
 * The kind of each top-level member when `bytes` are one JSON object (the last of a repeated key
 * wins, as in `JSON.parse`); null when they are not a JSON object.
 */
function topLevelKinds(b: Uint8Array): Map<string, Kind> | null {
  let i = skipSpace(b, 0);
  if (b[i] !== 0x7b) return null;
  const kinds = new Map<string, Kind>();
  i = skipSpace(b, i + 1);
  if (b[i] === 0x7d) return skipSpace(b, i + 1) === b.length ? kinds : null;
  for (;;) {
    const keyEnd = skipString(b, i);
    if (keyEnd < 0) return null;
    const colon = skipSpace(b, keyEnd);
    if (b[colon] !== 0x3a) return null;
    const key = JSON.parse(textDecoder.decode(b.subarray(i, keyEnd))) as string;
    const kind = kindAt(b, colon + 1);
    i = skipValue(b, colon + 1);
    if (i < 0) return null;
    kinds.set(key, kind);
    i = skipSpace(b, i);
    if (b[i] === 0x7d) return skipSpace(b, i + 1) === b.length ? kinds : null;
    if (b[i] !== 0x2c) return null;
    i = skipSpace(b, i + 1);
  }
}

/**
 * True when `bytes` (UTF-8) are a JSON report as tdkt writes it: an object with `register` an
 * object and `issues`, `units` and `proposals` arrays. Same answer as
 * `isJsonReport(new TextDecoder().decode(bytes))`.
 */
export function isJsonReportBytes(bytes: Uint8Array): boolean {
  const kinds = topLevelKinds(bytes);
  if (kinds === null) return false;
  const register = kinds.get("register");
  return (
    (register === "object" || register === "array") &&
    ["issues", "units", "proposals"].every((key) => kinds.get(key) === "array")
  );
}
