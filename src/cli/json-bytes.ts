/**
 * The bytes of tdkt's JSON files: `JSON.stringify(value, null, 2)` and a line break, in UTF-8.
 *
 * Why not just that: a 10,000-person report is 8 MB of text with Vietnamese letters, which V8
 * builds as one two-byte string; indenting it and then encoding it to UTF-8 took longer than the
 * engine's evaluation of every proposal. Here the value is serialised compactly (the built-in's
 * fastest form, 40% smaller), a report's arrays element by element, and one pass over that text
 * writes the indented UTF-8 bytes, handed on in chunks.
 *
 * The result is byte for byte the indented text (tests/cli/json-bytes.test.ts checks it on any
 * JSON value): the compact and the indented forms differ only in white space, all outside
 * strings, at places the grammar fixes: after `{`, `[` and `,` a line break and the indentation
 * of the next level (none inside an empty `{}` or `[]`), before `}` and `]` a line break and the
 * indentation of the level they close, and one space after each `:` between a key and its value.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Indentation of one level, in spaces (the `2` of `JSON.stringify(value, null, 2)`). */
const GAP = 2;

/** About how many bytes each chunk of {@link indentedJsonChunks} holds. */
const CHUNK_BYTES = 1 << 20;

/**
 * The UTF-8 bytes of `JSON.stringify(value, null, 2)` followed by a line break, in chunks of
 * about `chunkBytes`. Each chunk is a view of one buffer that the next chunk overwrites: use it
 * (write it, copy it) before asking for the next. Throws as `JSON.stringify` does (a cycle, a
 * BigInt), and when `value` has no JSON form at all.
 *
 * Why chunks: a report held whole is a 10 MB compact string and 8 MB of bytes, each in fresh
 * memory the system must map page by page (a tenth of `check --json`'s time went to that). A
 * plain object's arrays are serialised element by element instead, and the bytes are handed on a
 * megabyte at a time, so the same few megabytes serve the whole file.
 */
export function* indentedJsonChunks(
  value: unknown,
  chunkBytes = CHUNK_BYTES
): Generator<Uint8Array, void, undefined> {
  const sink = new IndentedUtf8(2 * chunkBytes);
  for (const piece of compactPieces(value)) {
    sink.write(piece);
    if (sink.used >= chunkBytes) yield sink.take();
  }
  sink.write("\n");
  yield sink.take();
}

/** The whole of {@link indentedJsonChunks} in one array. */
export function indentedJsonBytes(value: unknown): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const chunk of indentedJsonChunks(value)) parts.push(chunk.slice());
  const whole = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}

/**
 * Elements serialised by one call of the built-in: one call per element cost half as much again
 * (the report's 10,930 proposals, a cold process), and a few dozen keep each piece small.
 */
const ELEMENTS_A_PIECE = 64;

const hasToJson = (v: unknown): boolean =>
  typeof v === "object" && v !== null && typeof (v as { toJSON?: unknown }).toJSON === "function";

/**
 * `JSON.stringify(value)` in pieces whose concatenation is that text: a plain object's arrays a
 * few elements a piece. Anything `toJSON` could change (it is given the member's key or the element's
 * index, which a piece on its own would not pass) is serialised whole. A piece never ends inside
 * a string, and an empty `[]` or `{}` is never split.
 */
function* compactPieces(value: unknown): Generator<string, void, undefined> {
  if (typeof value !== "object" || value === null || Array.isArray(value) || hasToJson(value)) {
    yield whole(value);
    return;
  }
  const members = Object.keys(value).map((key) => [key, (value as Record<string, unknown>)[key]]);
  const split = (member: unknown): member is readonly unknown[] =>
    Array.isArray(member) && member.length > 0 && !hasToJson(member) && !member.some(hasToJson);
  if (members.some(([, member]) => hasToJson(member))) {
    yield whole(value);
    return;
  }
  // `{` goes with the first member written: an object left with none stays `{}`.
  let opened = false;
  for (const [key, member] of members) {
    const head = `${opened ? "," : "{"}${JSON.stringify(key)}:`;
    if (split(member)) {
      opened = true;
      yield `${head}[`;
      for (let i = 0; i < member.length; i += ELEMENTS_A_PIECE) {
        // The elements as the built-in writes them in an array (null for what has no JSON form),
        // without the brackets.
        const batch = JSON.stringify(member.slice(i, i + ELEMENTS_A_PIECE));
        yield `${i === 0 ? "" : ","}${batch.slice(1, -1)}`;
      }
      yield "]";
      continue;
    }
    // In an object, a member without JSON form is left out.
    const text = JSON.stringify(member) as string | undefined;
    if (text === undefined) continue;
    opened = true;
    yield head + text;
  }
  yield opened ? "}" : "{}";
}

function whole(value: unknown): string {
  const compact = JSON.stringify(value) as string | undefined;
  if (compact === undefined) throw new TypeError("the value has no JSON form");
  return compact;
}

/**
 * Compact JSON text, written piece after piece, indented as `JSON.stringify(value, null, 2)`
 * indents it and encoded to UTF-8, in a buffer that grows when a piece needs it.
 */
class IndentedUtf8 {
  private bytes: Uint8Array;
  private at = 0;
  private depth = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Bytes written since the last {@link take}. */
  get used(): number {
    return this.at;
  }

  /** The bytes written since the last call; the buffer is reused from here. */
  take(): Uint8Array {
    const written = this.bytes.subarray(0, this.at);
    this.at = 0;
    return written;
  }

  /** Writes `compact`, a piece of JSON text without white space as JSON.stringify writes it. */
  write(compact: string): void {
    const length = compact.length;
    let depth = this.depth;
    // Each character takes at most three bytes (a surrogate pair, two characters, four): room for
    // the rest of the piece is checked, with the indentation, at each line break only.
    let out = this.bytes;
    let at = this.at;
    const first = at + 3 * length + GAP * (depth + 1) + 8;
    if (first > out.length) out = grown(out, at, first);
    let i = 0;
    while (i < length) {
      const c = compact.charCodeAt(i++);
      if (c === QUOTE) {
        // A string, to its closing quote: copied, encoded.
        out[at++] = QUOTE;
        for (;;) {
          const d = compact.charCodeAt(i++);
          if (d < 0x80) {
            out[at++] = d;
            if (d === QUOTE) break;
            // The escaped character (JSON.stringify escapes only ASCII) is copied as it is.
            if (d === BACKSLASH) out[at++] = compact.charCodeAt(i++);
          } else if (d < 0x800) {
            out[at++] = 0xc0 | (d >> 6);
            out[at++] = 0x80 | (d & 0x3f);
          } else if (d < 0xd800 || d > 0xdbff) {
            out[at++] = 0xe0 | (d >> 12);
            out[at++] = 0x80 | ((d >> 6) & 0x3f);
            out[at++] = 0x80 | (d & 0x3f);
          } else {
            // A surrogate pair (JSON.stringify escapes a lone surrogate, so the low half follows).
            const point = 0x10000 + ((d - 0xd800) << 10) + (compact.charCodeAt(i++) - 0xdc00);
            out[at++] = 0xf0 | (point >> 18);
            out[at++] = 0x80 | ((point >> 12) & 0x3f);
            out[at++] = 0x80 | ((point >> 6) & 0x3f);
            out[at++] = 0x80 | (point & 0x3f);
          }
        }
        continue;
      }
      if (c === COLON) {
        out[at++] = COLON;
        out[at++] = SPACE;
        continue;
      }
      if (c !== OPEN_BRACE && c !== OPEN_BRACKET && c !== CLOSE_BRACE && c !== CLOSE_BRACKET) {
        if (c !== COMMA) {
          // Numbers, true, false, null: ASCII.
          out[at++] = c;
          continue;
        }
      }
      // A line break: room for it and for the rest of the piece.
      const need = at + 3 * (length - i) + GAP * (depth + 1) + 8;
      if (need > out.length) out = grown(out, at, need);
      if (c === COMMA) {
        out[at++] = COMMA;
        at = lineBreak(out, at, depth);
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--;
        at = lineBreak(out, at, depth);
        out[at++] = c;
      } else {
        out[at++] = c;
        // At the end of a piece the next character is NaN: pieces never split an empty `[]`.
        const next = compact.charCodeAt(i);
        if (next === CLOSE_BRACE || next === CLOSE_BRACKET) {
          // An empty object or array stays `{}` or `[]`.
          out[at++] = next;
          i++;
        } else {
          depth++;
          at = lineBreak(out, at, depth);
        }
      }
    }
    this.bytes = out;
    this.at = at;
    this.depth = depth;
  }
}

/** A line break and the indentation of `depth` levels, written at `at`; where writing goes on. */
function lineBreak(out: Uint8Array, at: number, depth: number): number {
  out[at++] = NEWLINE;
  const end = at + GAP * depth;
  while (at < end) out[at++] = SPACE;
  return at;
}

/** The first `used` bytes of `bytes` in an array of at least `need` bytes (twice as long, or more). */
function grown(bytes: Uint8Array, used: number, need: number): Uint8Array {
  const copy = new Uint8Array(Math.max(need, 2 * bytes.length));
  copy.set(bytes.subarray(0, used));
  return copy;
}
