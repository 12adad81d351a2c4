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
import { createUnitSheets } from "../app/create-unit-sheets";
import type { AuditContext } from "../app/audit-trail";
import { makeDossier } from "../app/make-dossier";
import { formatLogTime } from "../domain/integrity/audit-log";
import { buildDossier } from "../domain/dossier/build-dossier";
import { runRegister } from "../app/run-register";
import { createDecisionSheet } from "../app/create-decision-sheet";
import { nextYearRegister } from "../app/next-year-register";
import { writeYearReport } from "../app/write-year-report";
import { describeNextYear } from "../domain/year/next-year";
import type { ReportKind } from "../domain/year/year-report-sheet";
import { decisionLines } from "./decision-summary";
import { writeDossierFiles } from "./dossier-files";
import type { Analysis } from "../domain/analyse-register";
import { hasErrors } from "../domain/issue";
import { calendarLines, localDay } from "./calendar-summary";
import { DEFAULT_LANGUAGE, type Language } from "../domain/messages/language";
import { reportJson } from "../domain/output/report-json";
import { HELP_TEXT, UsageError, parseArgs, type Command } from "./args";
import { takeLanguageOption } from "./language-option";
import { UnusableRegister, unusableRegisterLine } from "./unusable-register";
import { WriteFailure, ownership, withSignature, writeFiles } from "./own-files";
import {
  lockCommand,
  mergeCommand,
  rollupCommand,
  splitCommand,
  systemUser,
} from "./unit-commands";
import {
  issueCounts,
  issueList,
  issuesLine,
  proposalLines,
  registerLine,
  unitLines,
} from "./summary";

/** Input the command cannot use; exit status 2 with the message as one stderr line. */
export class UnusableInput extends Error {
  override readonly name = "UnusableInput";
}

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
  /** The run date (tests pass a fixed one); the machine's clock when absent. */
  readonly today?: () => Date;
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
  let language: Language = DEFAULT_LANGUAGE;
  try {
    const taken = takeLanguageOption(argv);
    language = taken.language;
    const command = parseArgs(taken.rest);
    return await execute(command, io, language);
  } catch (error: unknown) {
    const line =
      error instanceof UnusableRegister
        ? unusableRegisterLine(error.file, error.reason, language)
        : describe(error);
    // Always exactly one line, whatever the message holds.
    io.err(`tdkt: ${line.replace(/\s*[\r\n]+\s*/g, " ").trim()}\n`);
    if (process.env.TDKT_DEBUG === "1" && error instanceof Error) io.err(`${error.stack ?? ""}\n`);
    return 2;
  }
}

function describe(error: unknown): string {
  if (error instanceof UsageError || error instanceof UnusableInput) return error.message;
  if (error instanceof WriteFailure) return error.message;
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
      return init(resolve(io, command.file), command.file, io);
    case "check":
      return check(
        resolve(io, command.file),
        nullableResolve(io, command.json),
        command.force,
        io,
        language
      );
    case "run":
      return run(
        resolve(io, command.file),
        resolve(io, command.out),
        nullableResolve(io, command.json),
        command.force,
        io,
        language
      );
    case "sheets":
      return sheets(command, io);
    case "dossier":
      return dossier(resolve(io, command.file), resolve(io, command.out), io);
    case "demo":
      return demo(resolve(io, command.dir ?? "tdkt-demo"), command.force, io);
    case "decisions":
      return decisions(resolve(io, command.file), resolve(io, command.out), io, language);
    case "report":
      return report(
        resolve(io, command.file),
        resolve(io, command.out),
        command.report,
        io,
        language
      );
    case "next-year":
      return nextYear(
        resolve(io, command.file),
        resolve(io, command.out),
        command.includeUndecided,
        io
      );
    case "lock":
    case "unlock":
      return lockCommand(
        { ...command, file: resolve(io, command.file), out: resolve(io, command.out) },
        io
      );
    case "rollup":
      return rollupCommand(
        command.files.map((f) => resolve(io, f)),
        resolve(io, command.out),
        io,
        language
      );
    case "split":
      return splitCommand(resolve(io, command.file), resolve(io, command.out), io, language);
    case "merge":
      return mergeCommand(
        {
          ...command,
          file: resolve(io, command.file),
          returned: command.returned.map((f) => resolve(io, f)),
          out: resolve(io, command.out),
        },
        io,
        language
      );
  }
}

function runDate(io: Io): Date {
  return io.today?.() ?? new Date();
}

/** When and by whom, for the `Nhật ký` row of a command that writes (the system user acts). */
function cliAudit(io: Io): AuditContext {
  return { time: formatLogTime(runDate(io)), hostUser: systemUser() };
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

export async function openWorkbook(file: string): Promise<XlsxFileAdapter> {
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

function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * An output file may replace only a file tdkt wrote (own-files.ts), unless the user said --force;
 * never a folder or anything but a plain file. Checked before anything is read or written.
 */
async function assertMayWrite(
  file: string,
  kind: "xlsx" | "json",
  force: boolean,
  io: Io
): Promise<void> {
  await assertFolderFor(file);
  const owner = await ownership(file, kind);
  if (owner === "absent" || owner === "tdkt") return;
  if (owner === "folder") throw new UnusableInput(`${shown(io, file)} là thư mục, không phải tệp`);
  if (owner === "not-a-file") {
    throw new UnusableInput(`${shown(io, file)} không phải tệp thường; tdkt không ghi vào đó`);
  }
  if (force) return;
  const what = kind === "xlsx" ? "tệp kết quả tdkt ghi ra" : "báo cáo JSON tdkt ghi ra";
  throw new UnusableInput(
    `${shown(io, file)} đã có và không phải ${what} (có thể là tệp của bạn, hoặc đã được mở và lưu lại); ` +
      `tdkt không ghi đè: hãy chọn tên khác, hoặc thêm --force để ghi đè`
  );
}

async function init(file: string, given: string, io: Io): Promise<number> {
  if (await exists(file)) {
    throw new UnusableInput(`${file} đã có; tdkt init không ghi đè sổ đang có, hãy chọn tên khác`);
  }
  await assertFolderFor(file);
  const port = XlsxFileAdapter.blank();
  const { created } = await createRegister(port);
  if (created.length === 0) throw new UnusableInput("chưa có mẫu sổ để tạo (mẫu trống)");
  // The new register is the user's from now on: not signed, so no --out can replace it.
  await writeFiles([{ file, bytes: port.toBytes() }], (f) => shown(io, f));
  io.out(
    `Đã tạo sổ trống ${shown(io, file)}\n` +
      `Các trang: ${created.join(", ")}.\n` +
      `Điền Cấu hình, Đơn vị, Cán bộ… rồi chạy: npx tdkt check ${shellQuoted(given)}\n`
  );
  return 0;
}

async function check(
  file: string,
  json: string | null,
  force: boolean,
  io: Io,
  language: Language
): Promise<number> {
  if (json !== null && (await sameFile(json, file))) {
    throw new UsageError("--json phải khác tệp đầu vào (tdkt check không ghi vào sổ)");
  }
  if (json !== null) await assertMayWrite(json, "json", force, io);
  const port = await openWorkbook(file);
  const outcome = await checkRegister(port);
  if (outcome.kind === "unusable") throw new UnusableRegister(file, outcome.reason);
  const { analysis } = outcome;
  if (json !== null) {
    await writeFiles(
      [{ file: json, bytes: jsonText(reportJson(analysis.report, language)) }],
      (f) => shown(io, f)
    );
  }
  const lines = [registerLine(analysis), issuesLine(analysis.report.issues, language)];
  lines.push(...issueList(analysis.report.issues, 15, await port.listSheets(), language));
  lines.push(...calendarLines(analysis, localDay(runDate(io))));
  if (json !== null) lines.push(`Báo cáo JSON: ${json}`);
  io.out(`${lines.join("\n")}\n`);
  return hasErrors(analysis.issues) ? 1 : 0;
}

export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

async function run(
  file: string,
  out: string,
  json: string | null,
  force: boolean,
  io: Io,
  language: Language = "vi"
): Promise<number> {
  if (await sameFile(file, out)) {
    throw new UsageError("--out phải khác tệp đầu vào (tdkt run không bao giờ sửa tệp đầu vào)");
  }
  if (json !== null && ((await sameFile(json, file)) || (await sameFile(json, out)))) {
    throw new UsageError("--json phải khác tệp đầu vào và tệp --out");
  }
  await assertMayWrite(out, "xlsx", force, io);
  if (json !== null) await assertMayWrite(json, "json", force, io);
  const port = await openWorkbook(file);
  const sheetOrder = await port.listSheets();
  const result = await runRegister(port, "all", { audit: cliAudit(io), language });
  if (result.outcome.kind === "unusable") {
    throw new UnusableRegister(file, result.outcome.reason);
  }
  const { analysis } = result.outcome;
  // OUT and the JSON report together or neither.
  await writeFiles(
    [
      { file: out, bytes: withSignature(port.toBytes()) },
      ...(json === null
        ? []
        : [{ file: json, bytes: jsonText(reportJson(analysis.report, language)) }]),
    ],
    (f) => shown(io, f)
  );
  const lines = [
    registerLine(analysis),
    issuesLine(analysis.report.issues, language),
    ...issueList(analysis.report.issues, 15, sheetOrder, language),
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

async function dossier(file: string, out: string, io: Io): Promise<number> {
  try {
    if ((await fs.stat(out)).isFile())
      throw new UsageError(`--out phải là thư mục, không phải tệp: ${out}`);
  } catch (error: unknown) {
    if (error instanceof UsageError) throw error;
    await assertFolderFor(out); // a new folder is created only inside an existing one
  }
  const port = await openWorkbook(file);
  const result = await makeDossier(port);
  if (result.outcome.kind === "unusable") throw new UnusableRegister(file, result.outcome.reason);
  if (result.dossier === null) throw new UnusableInput(`${file}: `);
  const { analysis } = result.outcome;
  const written = await writeDossierFiles(analysis.register, result.dossier, out);
  const lines = [
    registerLine(analysis),
    issuesLine(analysis.report.issues),
    `Hồ sơ đề nghị: ${result.dossier.documents.length} văn bản Word trong ${shown(io, out)}:`,
    ...written.map((f) => `  ${path.basename(f)}`),
  ];
  if (result.dossier.issues.length > 0) {
    lines.push(`Chỗ còn để trống (……), ${result.dossier.issues.length} cảnh báo:`);
    lines.push(...result.dossier.issues.map((i) => `  - ${i.message}`));
  }
  if (hasErrors(analysis.issues))
    lines.push("Sổ còn lỗi: chạy tdkt check để xem, sửa rồi lập lại hồ sơ.");
  io.out(`${lines.join("\n")}\n`);
  return hasErrors(analysis.issues) ? 1 : 0;
}

/** `tdkt sheets`: the pane's "Tạo phiếu" on a file — FILE plus the missing ĐK-/CĐ- sheets into OUT. */
async function sheets(command: Extract<Command, { kind: "sheets" }>, io: Io): Promise<number> {
  const file = resolve(io, command.file);
  const out = resolve(io, command.out);
  if (await sameFile(file, out)) {
    throw new UsageError("--out phải khác tệp đầu vào (tdkt sheets không sửa tệp đầu vào)");
  }
  await assertMayWrite(out, "xlsx", command.force, io);
  const port = await openWorkbook(file);
  const outcome = await createUnitSheets(port, {
    protect: command.protect,
    audit: cliAudit(io),
  });
  if (outcome.kind === "unusable") throw new UnusableRegister(file, outcome.reason);
  await writeFiles([{ file: out, bytes: withSignature(port.toBytes()) }], (f) => shown(io, f));
  const { created, skipped } = outcome;
  const lines: string[] = [];
  if (created.length === 0 && skipped.length === 0) {
    lines.push('Trang "Đơn vị" chưa có đơn vị nào, nên chưa có phiếu để tạo.');
  } else if (created.length === 0) {
    lines.push(
      `Không có phiếu mới: đơn vị nào cũng đã có trang ĐK- và CĐ- (${skipped.length} trang).`
    );
  } else {
    lines.push(`Đã tạo ${created.length} trang phiếu: ${created.join(", ")}.`);
    if (skipped.length > 0) lines.push(`Đã có sẵn, giữ nguyên: ${skipped.join(", ")}.`);
    if (command.protect) lines.push("Các trang phiếu được khoá, chỉ để mở các ô nhập liệu.");
  }
  lines.push(`Đã ghi ${shown(io, out)} (${shown(io, file)} giữ nguyên).`);
  lines.push(
    `Các đơn vị nhập đăng ký và điểm vào trang ĐK-/CĐ- rồi chạy: npx tdkt check ${shellQuoted(command.out)}`
  );
  io.out(`${lines.join("\n")}\n`);
  return 0;
}

async function demo(dir: string, force: boolean, io: Io): Promise<number> {
  const port = await openWorkbook(SAMPLE_REGISTER);
  await fs.mkdir(dir, { recursive: true });
  const out = path.join(dir, "so-thi-dua-mau-ket-qua.xlsx");
  const json = path.join(dir, "bao-cao.json");
  const copy = path.join(dir, "so-thi-dua-mau.xlsx");
  await assertMayWrite(out, "xlsx", force, io);
  await assertMayWrite(json, "json", force, io);
  await assertMayWrite(copy, "xlsx", force, io);
  const result = await runRegister(port, "all");
  if (result.outcome.kind === "unusable") throw new UnusableRegister(null, result.outcome.reason);
  const analysis: Analysis = result.outcome.analysis;
  // The year's loop on the copy too: the decisions sheet (what the sample's secretariat typed is
  // kept) and the year-end report with its charts.
  const today = localDay(runDate(io));
  const decided = await createDecisionSheet(port);
  const yearReport = await writeYearReport(port, { today });
  const yearSheets = [
    ...(decided.kind === "written" ? [decided.sheet] : []),
    ...(yearReport.sheet === null ? [] : [yearReport.sheet]),
  ];
  await writeFiles(
    [
      { file: copy, bytes: withSignature(await fs.readFile(SAMPLE_REGISTER)) },
      { file: out, bytes: withSignature(port.toBytes()) },
      { file: json, bytes: jsonText(reportJson(analysis.report, "vi")) },
    ],
    (f) => shown(io, f)
  );
  const dossierDir = path.join(dir, "ho-so");
  const dossierResult = buildDossier(analysis);
  await writeDossierFiles(analysis.register, dossierResult, dossierDir);
  const { errors, warnings } = issueCounts(analysis.report.issues);
  const lines = [
    "Chạy thử trên sổ mẫu kèm theo (tdkt run so-thi-dua-mau.xlsx --out so-thi-dua-mau-ket-qua.xlsx):",
    registerLine(analysis),
    `Đã đọc ${analysis.register.units.length} đơn vị, ${analysis.register.staff.length} cán bộ; kiểm tra, chấm điểm, xét danh hiệu.`,
    `Kiểm tra: ${errors} lỗi, ${warnings} cảnh báo (sổ mẫu cố ý có vài lỗi để minh họa — xem trang Kiểm tra).`,
    ...unitLines(analysis, 5),
    ...proposalLines(analysis.report.proposals),
    ...calendarLines(analysis, today).slice(0, 1),
    ...(decided.kind === "written" ? decisionLines(decided).slice(0, 1) : []),
    "Kết quả:",
    `  ${shown(io, out)}  (sổ mẫu + trang ${[...result.written, ...yearSheets].join(", ")}; báo cáo có biểu đồ)`,
    `  ${shown(io, json)}  (báo cáo JSON)`,
    `  ${shown(io, dossierDir)}  (hồ sơ đề nghị: ${dossierResult.documents.length} văn bản Word và mục lục; npx tdkt dossier ${shellQuoted(shown(io, copy))} --out THƯ-MỤC)`,
    `  ${shown(io, copy)}  (bản sao sổ mẫu để thử: npx tdkt check ${shellQuoted(shown(io, copy))})`,
  ];
  io.out(`${lines.join("\n")}\n`);
  return 0;
}

async function checkedOut(file: string, out: string, command: string): Promise<void> {
  if (await sameFile(file, out)) {
    throw new UsageError(
      `--out phải khác tệp đầu vào (tdkt ${command} không bao giờ sửa tệp đầu vào)`
    );
  }
  await assertFolderFor(out);
}

async function decisions(
  file: string,
  out: string,
  io: Io,
  language: Language = "vi"
): Promise<number> {
  await checkedOut(file, out, "decisions");
  const port = await openWorkbook(file);
  const result = await createDecisionSheet(port, { audit: cliAudit(io), language });
  if (result.kind === "unusable") throw new UnusableRegister(file, result.reason);
  await port.save(out);
  const lines = [
    registerLine(result.analysis),
    issuesLine(result.analysis.report.issues),
    ...decisionLines(result),
    `Đã ghi ${out} (trang ${result.sheet}).`,
  ];
  io.out(`${lines.join("\n")}\n`);
  return hasErrors(result.analysis.issues) ? 1 : 0;
}

async function report(
  file: string,
  out: string,
  kind: ReportKind | null,
  io: Io,
  language: Language = "vi"
): Promise<number> {
  await checkedOut(file, out, "report");
  const port = await openWorkbook(file);
  const result = await writeYearReport(port, {
    ...(kind === null ? {} : { kind }),
    today: localDay(runDate(io)),
    audit: cliAudit(io),
    language,
  });
  if (result.outcome.kind === "unusable") throw new UnusableRegister(file, result.outcome.reason);
  await port.save(out);
  const { analysis } = result.outcome;
  io.out(
    `${[registerLine(analysis), issuesLine(analysis.report.issues), `Đã ghi ${out} (trang ${result.sheet ?? ""}, có biểu đồ).`].join("\n")}\n`
  );
  return hasErrors(analysis.issues) ? 1 : 0;
}

async function nextYear(
  file: string,
  out: string,
  includeUndecided: boolean,
  io: Io
): Promise<number> {
  await checkedOut(file, out, "next-year");
  if (await exists(out)) {
    throw new UnusableInput(`${out} đã có; tdkt next-year không ghi đè, hãy chọn tên khác`);
  }
  const port = await openWorkbook(file);
  const outcome = await nextYearRegister(port, { includeUndecided });
  if (outcome.kind === "unusable") throw new UnusableRegister(file, outcome.reason);
  const next = XlsxFileAdapter.blank();
  await next.createSheets(outcome.result.sheets);
  await next.save(out);
  io.out(
    `${[
      `Đã tạo sổ năm ${outcome.result.year}: ${out} (${outcome.result.sheets.length} trang; ${file} giữ nguyên).`,
      describeNextYear(outcome.result),
    ].join("\n")}\n`
  );
  return 0;
}

/** Output files go into existing folders: a typo in a path should not create folders. */
export async function assertFolderFor(file: string): Promise<void> {
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

/**
 * A path quoted for the user's shell, as they gave it: in double quotes, with the characters a
 * POSIX shell still reads inside them escaped.
 */
function shellQuoted(given: string): string {
  return `"${given.replace(/["$`\\]/g, "\\$&")}"`;
}
