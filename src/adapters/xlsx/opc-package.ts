/**
 * An .xlsx file as its zip parts (Open Packaging Conventions), held in memory. Browser-safe:
 * bytes in, bytes out, no Node APIs. Parts keep their original bytes until replaced, so a writer
 * that changes a few parts leaves every other part exactly as it was.
 */
import { unzipSync, zipSync, type Zippable } from "fflate";

/** The bytes are not a usable .xlsx workbook (the CLI turns this into exit status 2). */
export class XlsxFormatError extends Error {
  override readonly name = "XlsxFormatError";
}

const utf8Decoder = new TextDecoder("utf-8");
const utf8Encoder = new TextEncoder();

// Every zip entry gets this fixed time stamp, so writing the same content twice gives the same bytes.
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

export class OpcPackage {
  private readonly parts: Map<string, Uint8Array>;

  private constructor(parts: Map<string, Uint8Array>) {
    this.parts = parts;
  }

  /** Opens the bytes of an .xlsx file; throws XlsxFormatError with a Vietnamese reason. */
  static open(bytes: Uint8Array): OpcPackage {
    if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11) {
      // An OLE compound file: an old .xls workbook, or an .xlsx encrypted with a password.
      throw new XlsxFormatError(
        "tệp là sổ Excel cũ (.xls) hoặc được đặt mật khẩu mở; hãy lưu lại dưới dạng .xlsx không mật khẩu"
      );
    }
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      throw new XlsxFormatError("tệp không phải sổ Excel .xlsx");
    }
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(bytes);
    } catch {
      throw new XlsxFormatError("tệp .xlsx bị hỏng (không giải nén được)");
    }
    const parts = new Map<string, Uint8Array>();
    for (const [name, data] of Object.entries(entries)) {
      if (!name.endsWith("/")) parts.set(name, data);
    }
    if (!parts.has("[Content_Types].xml")) {
      throw new XlsxFormatError("tệp không phải sổ Excel .xlsx (thiếu [Content_Types].xml)");
    }
    return new OpcPackage(parts);
  }

  /** A package from parts given as text or bytes (used for new workbooks and in tests). */
  static fromParts(parts: Readonly<Record<string, string | Uint8Array>>): OpcPackage {
    const map = new Map<string, Uint8Array>();
    for (const [name, data] of Object.entries(parts)) {
      map.set(name, typeof data === "string" ? utf8Encoder.encode(data) : data);
    }
    return new OpcPackage(map);
  }

  has(path: string): boolean {
    return this.parts.has(path);
  }

  get(path: string): Uint8Array | undefined {
    return this.parts.get(path);
  }

  getText(path: string): string | undefined {
    const bytes = this.parts.get(path);
    return bytes === undefined ? undefined : utf8Decoder.decode(bytes);
  }

  set(path: string, data: string | Uint8Array): void {
    this.parts.set(path, typeof data === "string" ? utf8Encoder.encode(data) : data);
  }

  delete(path: string): void {
    this.parts.delete(path);
  }

  /** Part names in their original order (new parts last). */
  paths(): string[] {
    return [...this.parts.keys()];
  }

  /** A copy whose later changes do not affect this package (part bytes are shared, never mutated). */
  clone(): OpcPackage {
    return new OpcPackage(new Map(this.parts));
  }

  /** The zipped file. `[Content_Types].xml` stays the first entry, as Office writes it. */
  toBytes(): Uint8Array {
    const files: Zippable = {};
    const ct = this.parts.get("[Content_Types].xml");
    if (ct !== undefined) files["[Content_Types].xml"] = ct;
    for (const [name, data] of this.parts) {
      if (name !== "[Content_Types].xml") files[name] = data;
    }
    return zipSync(files, { level: 6, mtime: FIXED_MTIME });
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
