/**
 * An .xlsx file as its zip parts (Open Packaging Conventions), held in memory. Browser-safe:
 * bytes in, bytes out, no Node APIs. A part is inflated only when something reads it, and a part
 * nobody replaced is written back as its original compressed bytes (copied, not re-deflated), so
 * a writer that changes a few parts leaves every other entry byte-identical at the zip level.
 */
import { XlsxFormatError, XlsxLimitError } from "./xlsx-format-error";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./read-limits";
import { inflateEntry, readZipEntries, type ZipEntry } from "./zip-archive";
import { newZipEntry, writeZip, type ZipOutEntry } from "./zip-writer";
import { portableZipCodec, type ZipCodec } from "./zip-codec";
import { decodeXmlBytes } from "./xml-decode";

export { XlsxFormatError, XlsxLimitError };

const utf8Encoder = new TextEncoder();

/** Parts at most this large stay inflated once read (workbook.xml, rels, styles are read often). */
const CACHE_PART_BYTES = 1 << 20;

/** A part: its original zip entry (until replaced) and/or its uncompressed bytes. */
interface PartSlot {
  readonly entry?: ZipEntry;
  data?: Uint8Array;
}

export class OpcPackage {
  private readonly parts: Map<string, PartSlot>;
  readonly limits: ReadLimits;
  /** How this package inflates, deflates and checks its entries (native zlib in the CLI). */
  readonly codec: ZipCodec;

  private constructor(parts: Map<string, PartSlot>, limits: ReadLimits, codec: ZipCodec) {
    this.parts = parts;
    this.limits = limits;
    this.codec = codec;
  }

  /** Opens the bytes of an .xlsx file; throws XlsxFormatError carrying a typed refusal (read-refusal.ts). */
  static open(
    bytes: Uint8Array,
    limits: ReadLimits = DEFAULT_READ_LIMITS,
    codec: ZipCodec = portableZipCodec
  ): OpcPackage {
    if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11) {
      // An OLE compound file: an old .xls workbook, or an .xlsx encrypted with a password.
      throw new XlsxFormatError({ code: "legacy-xls-or-encrypted", params: {} });
    }
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      throw new XlsxFormatError({ code: "not-xlsx", params: { missing: null } });
    }
    if (bytes.length > limits.maxFileBytes) {
      throw new XlsxLimitError({
        code: "file-too-large",
        params: { bytes: bytes.length, maxBytes: limits.maxFileBytes },
      });
    }
    const parts = new Map<string, PartSlot>();
    for (const entry of readZipEntries(bytes, limits)) parts.set(entry.name, { entry });
    if (!parts.has("[Content_Types].xml")) {
      throw new XlsxFormatError({
        code: "not-xlsx",
        params: { missing: "[Content_Types].xml" },
      });
    }
    return new OpcPackage(parts, limits, codec);
  }

  /** A package from parts given as text or bytes (used for new workbooks and in tests). */
  static fromParts(
    parts: Readonly<Record<string, string | Uint8Array>>,
    limits: ReadLimits = DEFAULT_READ_LIMITS,
    codec: ZipCodec = portableZipCodec
  ): OpcPackage {
    const map = new Map<string, PartSlot>();
    for (const [name, data] of Object.entries(parts)) {
      map.set(name, { data: typeof data === "string" ? utf8Encoder.encode(data) : data });
    }
    return new OpcPackage(map, limits, codec);
  }

  has(path: string): boolean {
    return this.parts.has(path);
  }

  /** The part's uncompressed bytes (inflated now if needed; size and CRC checked). */
  get(path: string): Uint8Array | undefined {
    const slot = this.parts.get(path);
    if (slot === undefined) return undefined;
    if (slot.data !== undefined) return slot.data;
    const data = inflateEntry(slot.entry as ZipEntry, this.codec);
    if (data.length <= CACHE_PART_BYTES) slot.data = data;
    return data;
  }

  /** The part as text: UTF-8 or UTF-16 as its byte-order mark or XML declaration says. */
  getText(path: string): string | undefined {
    const bytes = this.get(path);
    return bytes === undefined ? undefined : decodeXmlBytes(bytes);
  }

  set(path: string, data: string | Uint8Array): void {
    this.parts.set(path, { data: typeof data === "string" ? utf8Encoder.encode(data) : data });
  }

  /**
   * Sets a part and deflates it now, as `toBytes` would: the package keeps only the compressed
   * entry (inflated again if something reads the part), so `data` may be a buffer its caller
   * reuses. Written, it is the same zip entry as a part given to `set`.
   */
  setDeflated(path: string, data: Uint8Array): void {
    const entry = newZipEntry(path, data, this.codec);
    this.parts.set(path, { entry: entry.method === 0 ? { ...entry, data: data.slice() } : entry });
  }

  delete(path: string): void {
    this.parts.delete(path);
  }

  /** Part names in their original order (new parts last). */
  paths(): string[] {
    return [...this.parts.keys()];
  }

  /** Whether two packages hold the same part for a path (untouched since it was read or set). */
  sameSlot(other: OpcPackage, path: string): boolean {
    const a = this.parts.get(path);
    return a !== undefined && a === other.parts.get(path);
  }

  /** Copies a part slot as it is (bytes not inflated, still copied raw on write). */
  adoptSlot(other: OpcPackage, path: string): void {
    const slot = other.parts.get(path);
    if (slot !== undefined) this.parts.set(path, slot);
  }

  /**
   * Inflates every part so that the next `toBytes` writes them all anew, deflated with the fixed
   * time stamp: for a package another library just wrote (its zip time stamps are the build time),
   * when the same content must give the same bytes.
   */
  normaliseAll(): this {
    for (const [path, slot] of this.parts) {
      if (slot.entry !== undefined) this.parts.set(path, { data: this.get(path) });
    }
    return this;
  }

  /** A copy whose later changes do not affect this package (part bytes are shared, never mutated). */
  clone(): OpcPackage {
    return new OpcPackage(new Map(this.parts), this.limits, this.codec);
  }

  /**
   * The zipped file. `[Content_Types].xml` stays the first entry, as Office writes it. Parts that
   * were not replaced are copied as their original compressed bytes; only new parts are deflated.
   */
  toBytes(): Uint8Array {
    const out: ZipOutEntry[] = [];
    const put = (name: string, slot: PartSlot): void => {
      if (slot.entry !== undefined) out.push({ kind: "copy", entry: slot.entry });
      else out.push({ kind: "new", name, data: slot.data ?? new Uint8Array(0) });
    };
    const ct = this.parts.get("[Content_Types].xml");
    if (ct !== undefined) put("[Content_Types].xml", ct);
    for (const [name, slot] of this.parts) if (name !== "[Content_Types].xml") put(name, slot);
    return writeZip(out, this.codec);
  }
}
/** Resolves a relationship target against the part that owns the relationship. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return normalisePath(target.slice(1));
  const dir = sourcePart.includes("/") ? sourcePart.slice(0, sourcePart.lastIndexOf("/") + 1) : "";
  return normalisePath(dir + target);
}

function normalisePath(path: string): string {
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** The .rels part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relative target from one part to another (both package paths without a leading /). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}
