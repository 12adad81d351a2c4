/**
 * The `tdkt` command line: argv → xlsx file adapter → use case → stdout, files and exit status
 * (register-format.md, "The command line"). 0 = no errors in the register, 1 = the register has
 * errors (reports and OUT still written), 2 = unusable input, with one line on stderr.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { XlsxFileAdapter, XlsxFormatError } from "../adapters/xlsx/xlsx-file.adapter";
import { checkRegister } from "../app/check-register";
import { createRegister } from "../app/create-register";
import { runRegister } from "../app/run-register";
import type { Analysis } from "../domain/analyse-register";
import { hasErrors } from "../domain/issue";
import type { Language } from "../domain/messages/language";
import { HELP_TEXT, UsageError, parseArgs, type Command } from "./args";
import { takeLanguageOption } from "./language-option";
import {
  issueCounts,
  issueList,
  issuesLine,
  proposalLines,
  registerLine,
  unitLines,
} from "./summary";

/** Input the command cannot use; exit status 2 with the message as one stderr line. */
class UnusableInput extends Error {
  override readonly name = "UnusableInput";
}

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
}

const defaultIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  cwd: process.cwd(),
};

/** Project root (dist/src/cli → ../../..), where package.json and assets/ live. */
const PROJECT_ROOT = path.resolve(__dirname, "..", "..", "..");
export const SAMPLE_REGISTER = path.join(PROJECT_ROOT, "assets", "sample-register.xlsx");

export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  try {
    const { language, rest } = takeLanguageOption(argv);
    const command = parseArgs(rest);
    return await execute(command, io, language);
  } catch (error: unknown) {
    // Always exactly one line, whatever the message holds.
    io.err(
      `tdkt: ${describe(error)
        .replace(/\s*[\r\n]+\s*/g, " ")
        .trim()}\n`
    );
    if (process.env.TDKT_DEBUG === "1" && error instanceof Error) io.err(`${error.stack ?? ""}\n`);
    return 2;
  }
}

function describe(error: unknown): string {
  if (error instanceof UsageError || error instanceof UnusableInput) return error.message;
  if (error instanceof XlsxFormatError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  const file = (error as { path?: unknown } | null)?.path;
  const where = typeof file === "string" ? ` ${file}` : "";
  switch (code) {
    case "ENOENT":
      return `không tìm thấy tệp hoặc thư mục${where}`;
    case "EISDIR":
      return `${where.trim()} là thư mục, không phải tệp .xlsx`;
    case "EACCES":
    case "EPERM":
      return `không có quyền đọc/ghi${where}`;
    case "ENOSPC":
      return "ổ đĩa đã đầy";
    default:
      return `lỗi không mong đợi: ${error instanceof Error ? error.message : String(error)}`;
  }
}

async function execute(command: Command, io: Io, language: Language): Promise<number> {
  switch (command.kind) {
    case "help":
      io.out(HELP_TEXT);
      return 0;
    case "version":
      io.out(`tdkt ${await version()}\n`);
      return 0;
    case "init":
      return init(resolve(io, command.file), io);
    case "check":
      return check(resolve(io, command.file), nullableResolve(io, command.json), io, language);
    case "run":
      return run(
        resolve(io, command.file),
        resolve(io, command.out),
        nullableResolve(io, command.json),
        io
      );
    case "demo":
      return demo(resolve(io, command.dir ?? "tdkt-demo"), io);
  }
}

function resolve(io: Io, file: string): string {
  return path.resolve(io.cwd, file);
}

function nullableResolve(io: Io, file: string | null): string | null {
  return file === null ? null : resolve(io, file);
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await fs.readFile(path.join(PROJECT_ROOT, "package.json"), "utf8")) as {
    version?: string;
  };
  return pkg.version ?? "0.0.0";
}

async function openWorkbook(file: string): Promise<XlsxFileAdapter> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new UnusableInput(`không tìm thấy tệp ${file}`);
  }
  if (stat.isDirectory()) throw new UnusableInput(`${file} là thư mục, không phải tệp .xlsx`);
  try {
    return await XlsxFileAdapter.open(file);
  } catch (error: unknown) {
    if (error instanceof XlsxFormatError) throw new UnusableInput(`${file}: ${error.message}`);
    throw error;
  }
}

async function writeJson(file: string, value: unknown): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, `${JSON.stringify(value, null, 2)}\n`, "utf8");
  await fs.rename(tmp, file);
}

async function init(file: string, io: Io): Promise<number> {
  if (await exists(file)) {
    throw new UnusableInput(`${file} đã có; tdkt init không ghi đè sổ đang có, hãy chọn tên khác`);
  }
  const port = XlsxFileAdapter.blank();
  const { created } = await createRegister(port);
  if (created.length === 0) throw new UnusableInput("chưa có mẫu sổ để tạo (mẫu trống)");
  await port.save(file);
  io.out(
    `Đã tạo sổ trống ${file}\n` +
      `Các trang: ${created.join(", ")}.\n` +
      `Điền Cấu hình, Đơn vị, Cán bộ… rồi chạy: tdkt check "${path.basename(file)}"\n`
  );
  return 0;
}

async function check(
  file: string,
  json: string | null,
  io: Io,
  language: Language
): Promise<number> {
  if (json !== null && (await sameFile(json, file))) {
    throw new UsageError("--json phải khác tệp đầu vào (tdkt check không ghi vào sổ)");
  }
  if (json !== null) await assertFolderFor(json);
  const port = await openWorkbook(file);
  const outcome = await checkRegister(port);
  if (outcome.kind === "unusable") throw new UnusableInput(`${file}: ${outcome.reason}`);
  const { analysis } = outcome;
  if (json !== null) await writeJson(json, analysis.report);
  const lines = [registerLine(analysis), issuesLine(analysis.report.issues, language)];
  lines.push(...issueList(analysis.report.issues, 15, language));
  if (json !== null) lines.push(`Báo cáo JSON: ${json}`);
  io.out(`${lines.join("\n")}\n`);
  return hasErrors(analysis.issues) ? 1 : 0;
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

async function run(file: string, out: string, json: string | null, io: Io): Promise<number> {
  if (await sameFile(file, out)) {
    throw new UsageError("--out phải khác tệp đầu vào (tdkt run không bao giờ sửa tệp đầu vào)");
  }
  if (json !== null && ((await sameFile(json, file)) || (await sameFile(json, out)))) {
    throw new UsageError("--json phải khác tệp đầu vào và tệp --out");
  }
  await assertFolderFor(out);
  if (json !== null) await assertFolderFor(json);
  const port = await openWorkbook(file);
  const result = await runRegister(port, "all");
  if (result.outcome.kind === "unusable") {
    throw new UnusableInput(`${file}: ${result.outcome.reason}`);
  }
  const { analysis } = result.outcome;
  await port.save(out);
  if (json !== null) await writeJson(json, analysis.report);
  const lines = [
    registerLine(analysis),
    issuesLine(analysis.report.issues),
    ...unitLines(analysis, 10),
    ...proposalLines(analysis.report.proposals),
    `Đã ghi ${out} (thêm trang: ${result.written.join(", ")}).`,
  ];
  if (json !== null) lines.push(`Báo cáo JSON: ${json}`);
  if (hasErrors(analysis.issues)) {
    lines.push("Sổ còn lỗi: xem trang Kiểm tra trong tệp kết quả, sửa rồi chạy lại.");
  }
  io.out(`${lines.join("\n")}\n`);
  return hasErrors(analysis.issues) ? 1 : 0;
}

async function demo(dir: string, io: Io): Promise<number> {
  const port = await openWorkbook(SAMPLE_REGISTER);
  await fs.mkdir(dir, { recursive: true });
  const out = path.join(dir, "so-thi-dua-mau-ket-qua.xlsx");
  const json = path.join(dir, "bao-cao.json");
  const copy = path.join(dir, "so-thi-dua-mau.xlsx");
  const result = await runRegister(port, "all");
  if (result.outcome.kind === "unusable") throw new UnusableInput(result.outcome.reason);
  const analysis: Analysis = result.outcome.analysis;
  await fs.copyFile(SAMPLE_REGISTER, copy);
  await port.save(out);
  await writeJson(json, analysis.report);
  const { errors, warnings } = issueCounts(analysis.report.issues);
  const lines = [
    "Chạy thử trên sổ mẫu kèm theo (tdkt run so-thi-dua-mau.xlsx --out so-thi-dua-mau-ket-qua.xlsx):",
    registerLine(analysis),
    `Đã đọc ${analysis.register.units.length} đơn vị, ${analysis.register.staff.length} cán bộ; kiểm tra, chấm điểm, xét danh hiệu.`,
    `Kiểm tra: ${errors} lỗi, ${warnings} cảnh báo (sổ mẫu cố ý có vài lỗi để minh họa — xem trang Kiểm tra).`,
    ...unitLines(analysis, 5),
    ...proposalLines(analysis.report.proposals),
    "Kết quả:",
    `  ${shown(io, out)}  (sổ mẫu + trang ${result.written.join(", ")})`,
    `  ${shown(io, json)}  (báo cáo JSON)`,
    `  ${shown(io, copy)}  (bản sao sổ mẫu để thử: tdkt check "${shown(io, copy)}")`,
  ];
  io.out(`${lines.join("\n")}\n`);
  return 0;
}

/** Output files go into existing folders: a typo in a path should not create folders. */
async function assertFolderFor(file: string): Promise<void> {
  const dir = path.dirname(file);
  try {
    if ((await fs.stat(dir)).isDirectory()) return;
  } catch {
    // reported below
  }
  throw new UnusableInput(`không có thư mục ${dir} để ghi ${path.basename(file)}`);
}

/** A path as the user would type it: relative to the working folder when inside it. */
function shown(io: Io, file: string): string {
  const rel = path.relative(io.cwd, file);
  return rel.startsWith("..") || path.isAbsolute(rel) ? file : rel;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
