/**
 * The `tdkt` command line: argv → xlsx file adapter → use case → stdout, files and exit status
 * (register-format.md, "The command line"). 0 = no errors in the register, 1 = the register has
 * errors (reports and OUT still written), 2 = unusable input, with one line on stderr.
 */
import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
// Only what every command needs is imported here: each command loads its own use cases when it
// runs (`await import`), so `tdkt --help` or `tdkt check` does not pay for Word files, year-end
// reports or units' files.
import type { XlsxFileAdapter } from "../adapters/xlsx/xlsx-file.adapter";
import { XlsxFormatError } from "../adapters/xlsx/xlsx-format-error";
import type { AuditContext } from "../app/audit-trail";
import type { ReportKind } from "../domain/year/year-report-sheet";
import type { Analysis } from "../domain/analyse-register";
import { hasErrors } from "../domain/issue";
import type { Language } from "../domain/messages/language";
import { UsageError, parseArgs, type Command } from "./args";
import { LanguageOptionError, takeLanguageOption } from "./language-option";
import { CLI_TEXTS_VI, loadCliTexts, type CliTexts } from "./messages/cli-texts";
import { indentedJsonChunks } from "./json-bytes";
import { WriteFailure, ownership, withSignature, writeFiles, type FileToWrite } from "./own-files";
import { systemUser } from "./system-user";
import { UnusableRegister, unusableRegisterLine } from "./unusable-register";

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

/** The console a command talks through, worded in the language chosen with `--lang`. */
export interface CliIo extends Io {
  readonly texts: CliTexts;
}

const defaultIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  cwd: process.cwd(),
};

/**
 * The project root, where package.json and assets/ live: the nearest folder above this file's
 * that holds a package.json (from dist/src/cli as tsc builds it, from dist/cli as one bundle).
 */
function projectRoot(): string {
  for (let dir = path.dirname(__dirname); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(__dirname, "..", "..", "..");
  }
}

/** The sample register `tdkt demo` works on. */
export function sampleRegister(): string {
  return path.join(projectRoot(), "assets", "sample-register.xlsx");
}

export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let texts: CliTexts = CLI_TEXTS_VI;
  try {
    const { language, rest } = takeLanguageOption(argv);
    texts = await loadCliTexts(language);
    const command = parseArgs(rest, texts);
    return await execute(command, { ...io, texts }, language);
  } catch (error: unknown) {
    // No language is chosen when --lang itself is wrong: say it in both.
    const message =
      error instanceof LanguageOptionError
        ? `${CLI_TEXTS_VI.args.badLanguage} / ${(await loadCliTexts("en")).args.badLanguage}`
        : error instanceof UnusableRegister
          ? unusableRegisterLine(error.file, error.reason, texts.language)
          : describe(error, texts);
    // Always exactly one line, whatever the message holds.
    io.err(`tdkt: ${message.replace(/\s*[\r\n]+\s*/g, " ").trim()}\n`);
    if (process.env.TDKT_DEBUG === "1" && error instanceof Error) io.err(`${error.stack ?? ""}\n`);
    return 2;
  }
}

function describe(error: unknown, t: CliTexts): string {
  if (error instanceof UsageError || error instanceof UnusableInput) return error.message;
  if (error instanceof WriteFailure) return error.message;
  if (error instanceof XlsxFormatError) return t.files.readRefusal(error.refusal);
  const code = (error as { code?: unknown } | null)?.code;
  const file = (error as { path?: unknown } | null)?.path;
  const where = typeof file === "string" ? file : null;
  switch (code) {
    case "ENOENT":
      return t.files.notFound({ file: where });
    case "EISDIR":
      return t.files.folderNotXlsx({ file: where ?? "" });
    case "EACCES":
    case "EPERM":
      return t.files.noAccess({ file: where });
    case "ENOSPC":
      return t.files.diskFull;
    default:
      return t.files.unexpected({
        message: error instanceof Error ? error.message : String(error),
      });
  }
}

async function execute(command: Command, io: CliIo, language: Language): Promise<number> {
  switch (command.kind) {
    case "help":
      io.out(io.texts.help);
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
      return (await import("./unit-commands")).lockCommand(
        { ...command, file: resolve(io, command.file), out: resolve(io, command.out) },
        io
      );
    case "rollup":
      return (await import("./unit-commands")).rollupCommand(
        command.files.map((f) => resolve(io, f)),
        resolve(io, command.out),
        io,
        language
      );
    case "split":
      return (await import("./unit-commands")).splitCommand(
        resolve(io, command.file),
        resolve(io, command.out),
        io,
        language
      );
    case "merge":
      return (await import("./unit-commands")).mergeCommand(
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
async function cliAudit(io: Io): Promise<AuditContext> {
  const { formatLogTime } = await import("../domain/integrity/audit-log");
  return { time: formatLogTime(runDate(io)), hostUser: systemUser() };
}

function resolve(io: Io, file: string): string {
  return path.resolve(io.cwd, file);
}

function nullableResolve(io: Io, file: string | null): string | null {
  return file === null ? null : resolve(io, file);
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await fs.readFile(path.join(projectRoot(), "package.json"), "utf8")) as {
    version?: string;
  };
  return pkg.version ?? "0.0.0";
}

export async function openWorkbook(
  file: string,
  t: CliTexts = CLI_TEXTS_VI
): Promise<XlsxFileAdapter> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new UnusableInput(t.files.noSuchFile({ file }));
  }
  if (stat.isDirectory()) throw new UnusableInput(t.files.folderNotXlsx({ file }));
  const { XlsxFileAdapter } = await import("../adapters/xlsx/xlsx-file.adapter");
  try {
    return await XlsxFileAdapter.open(file);
  } catch (error: unknown) {
    if (error instanceof XlsxFormatError)
      throw new UnusableInput(
        t.files.notReadable({ file, why: t.files.readRefusal(error.refusal) })
      );
    throw error;
  }
}

/** Writes every file or none (own-files.ts), naming them and saying why as the console does. */
function write(io: CliIo, files: readonly FileToWrite[]): Promise<void> {
  return writeFiles(files, (f) => shown(io, f), io.texts.files);
}

/** A JSON file: `JSON.stringify(value, null, 2)` and a line break, in UTF-8, written in chunks. */
function jsonFile(file: string, value: unknown): FileToWrite {
  return { file, chunks: indentedJsonChunks(value) };
}

/**
 * An output file may replace only a file tdkt wrote (own-files.ts), unless the user said --force;
 * never a folder or anything but a plain file. Checked before anything is read or written.
 */
async function assertMayWrite(
  file: string,
  kind: "xlsx" | "json",
  force: boolean,
  io: CliIo
): Promise<void> {
  const t = io.texts.files;
  await assertFolderFor(file, io.texts);
  const owner = await ownership(file, kind);
  if (owner === "absent" || owner === "tdkt") return;
  if (owner === "folder") throw new UnusableInput(t.outIsFolder({ file: shown(io, file) }));
  if (owner === "not-a-file") {
    throw new UnusableInput(t.outNotPlainFile({ file: shown(io, file) }));
  }
  if (force) return;
  throw new UnusableInput(t.notOurs({ file: shown(io, file), kind }));
}

async function init(file: string, given: string, io: CliIo): Promise<number> {
  const t = io.texts.init;
  if (await exists(file)) throw new UnusableInput(t.exists({ file }));
  await assertFolderFor(file, io.texts);
  const [{ XlsxFileAdapter }, { createRegister }] = await Promise.all([
    import("../adapters/xlsx/xlsx-file.adapter"),
    import("../app/create-register"),
  ]);
  const port = XlsxFileAdapter.blank();
  const { created } = await createRegister(port);
  if (created.length === 0) throw new UnusableInput(t.blankTemplate);
  // The new register is the user's from now on: not signed, so no --out can replace it.
  await write(io, [{ file, bytes: port.toBytes() }]);
  const lines = t.created({
    file: shown(io, file),
    sheets: created.join(", "),
    next: `npx tdkt check ${shellQuoted(given)}`,
  });
  io.out(`${lines.join("\n")}\n`);
  return 0;
}

async function check(
  file: string,
  json: string | null,
  force: boolean,
  io: CliIo,
  language: Language
): Promise<number> {
  const t = io.texts;
  if (json !== null && (await sameFile(json, file))) {
    throw new UsageError(t.sameFile.jsonNotCheckInput);
  }
  if (json !== null) await assertMayWrite(json, "json", force, io);
  const port = await openWorkbook(file, t);
  const { checkRegister } = await import("../app/check-register");
  const outcome = await checkRegister(port);
  if (outcome.kind === "unusable") throw new UnusableRegister(file, outcome.reason);
  const { analysis } = outcome;
  if (json !== null) {
    const { reportJson } = await import("../domain/output/report-json");
    await write(io, [jsonFile(json, reportJson(analysis.report, language))]);
  }
  const [{ registerLine, issuesLine, issueList }, { calendarLines, localDay }] = await Promise.all([
    import("./summary"),
    import("./calendar-summary"),
  ]);
  const lines = [registerLine(analysis, t), issuesLine(analysis.report.issues, t)];
  lines.push(...issueList(analysis.report.issues, 15, await port.listSheets(), t));
  lines.push(...calendarLines(analysis, localDay(runDate(io)), t));
  if (json !== null) lines.push(t.summary.jsonReport({ file: json }));
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
  io: CliIo,
  language: Language = "vi"
): Promise<number> {
  const t = io.texts;
  if (await sameFile(file, out)) {
    throw new UsageError(t.sameFile.outNeverInput({ command: "run" }));
  }
  if (json !== null && ((await sameFile(json, file)) || (await sameFile(json, out)))) {
    throw new UsageError(t.sameFile.jsonNotInputOrOut);
  }
  await assertMayWrite(out, "xlsx", force, io);
  if (json !== null) await assertMayWrite(json, "json", force, io);
  const port = await openWorkbook(file, t);
  const sheetOrder = await port.listSheets();
  const { runRegister } = await import("../app/run-register");
  const result = await runRegister(port, "all", { audit: await cliAudit(io), language });
  if (result.outcome.kind === "unusable") {
    throw new UnusableRegister(file, result.outcome.reason);
  }
  const { analysis } = result.outcome;
  const [{ reportJson }, { registerLine, issuesLine, issueList, unitLines, proposalLines }] =
    await Promise.all([import("../domain/output/report-json"), import("./summary")]);
  // OUT and the JSON report together or neither.
  await write(io, [
    { file: out, bytes: withSignature(port.toBytes()) },
    ...(json === null ? [] : [jsonFile(json, reportJson(analysis.report, language))]),
  ]);
  const lines = [
    registerLine(analysis, t),
    issuesLine(analysis.report.issues, t),
    ...issueList(analysis.report.issues, 15, sheetOrder, t),
    ...unitLines(analysis, 10, t),
    ...proposalLines(analysis.report.proposals, t),
    t.run.written({ out, sheets: result.written.join(", ") }),
  ];
  if (json !== null) lines.push(t.summary.jsonReport({ file: json }));
  if (hasErrors(analysis.issues)) lines.push(t.run.stillErrors);
  io.out(`${lines.join("\n")}\n`);
  return hasErrors(analysis.issues) ? 1 : 0;
}

async function dossier(file: string, out: string, io: CliIo): Promise<number> {
  const t = io.texts;
  const language = t.language;
  try {
    if ((await fs.stat(out)).isFile()) throw new UsageError(t.files.dossierOutIsFile({ out }));
  } catch (error: unknown) {
    if (error instanceof UsageError) throw error;
    await assertFolderFor(out, t); // a new folder is created only inside an existing one
  }
  const port = await openWorkbook(file, t);
  const { makeDossier } = await import("../app/make-dossier");
  const result = await makeDossier(port);
  if (result.outcome.kind === "unusable") throw new UnusableRegister(file, result.outcome.reason);
  if (result.dossier === null) throw new UnusableInput(`${file}: `);
  const { analysis } = result.outcome;
  const [{ writeDossierFiles }, { registerLine, issuesLine }, { issueText }] = await Promise.all([
    import("./dossier-files"),
    import("./summary"),
    import("../domain/messages/render-issue"),
  ]);
  const written = await writeDossierFiles(analysis.register, result.dossier, out);
  const lines = [
    registerLine(analysis, t),
    issuesLine(analysis.report.issues, t),
    t.dossier.documents({ count: result.dossier.documents.length, folder: shown(io, out) }),
    ...written.map((f) => `  ${path.basename(f)}`),
  ];
  if (result.dossier.issues.length > 0) {
    lines.push(t.dossier.blanks({ count: result.dossier.issues.length }));
    lines.push(...result.dossier.issues.map((i) => `  - ${issueText(i, language)}`));
  }
  if (hasErrors(analysis.issues)) lines.push(t.dossier.stillErrors);
  io.out(`${lines.join("\n")}\n`);
  return hasErrors(analysis.issues) ? 1 : 0;
}

/** `tdkt sheets`: the pane's "Tạo phiếu" on a file — FILE plus the missing ĐK-/CĐ- sheets into OUT. */
async function sheets(command: Extract<Command, { kind: "sheets" }>, io: CliIo): Promise<number> {
  const t = io.texts;
  const file = resolve(io, command.file);
  const out = resolve(io, command.out);
  if (await sameFile(file, out)) {
    throw new UsageError(t.sameFile.outNotInput({ command: "sheets" }));
  }
  await assertMayWrite(out, "xlsx", command.force, io);
  const port = await openWorkbook(file, t);
  const { createUnitSheets } = await import("../app/create-unit-sheets");
  const outcome = await createUnitSheets(port, {
    protect: command.protect,
    audit: await cliAudit(io),
  });
  if (outcome.kind === "unusable") throw new UnusableRegister(file, outcome.reason);
  await write(io, [{ file: out, bytes: withSignature(port.toBytes()) }]);
  const { created, skipped } = outcome;
  const words = t.sheets;
  const lines: string[] = [];
  if (created.length === 0 && skipped.length === 0) {
    lines.push(words.noUnits);
  } else if (created.length === 0) {
    lines.push(words.nothingNew({ count: skipped.length }));
  } else {
    lines.push(words.created({ count: created.length, sheets: created.join(", ") }));
    if (skipped.length > 0) lines.push(words.kept({ sheets: skipped.join(", ") }));
    if (command.protect) lines.push(words.protected);
  }
  lines.push(words.written({ out: shown(io, out), file: shown(io, file) }));
  lines.push(words.next({ next: `npx tdkt check ${shellQuoted(command.out)}` }));
  io.out(`${lines.join("\n")}\n`);
  return 0;
}

async function demo(dir: string, force: boolean, io: CliIo): Promise<number> {
  const t = io.texts;
  const language = t.language;
  const sample = sampleRegister();
  const port = await openWorkbook(sample, t);
  await fs.mkdir(dir, { recursive: true });
  const out = path.join(dir, "so-thi-dua-mau-ket-qua.xlsx");
  const json = path.join(dir, "bao-cao.json");
  const copy = path.join(dir, "so-thi-dua-mau.xlsx");
  await assertMayWrite(out, "xlsx", force, io);
  await assertMayWrite(json, "json", force, io);
  await assertMayWrite(copy, "xlsx", force, io);
  const [
    { runRegister },
    { createDecisionSheet },
    { writeYearReport },
    { reportJson },
    { buildDossier },
    { writeDossierFiles },
    { issueCounts, registerLine, unitLines, proposalLines },
    { calendarLines, localDay },
    { decisionLines },
  ] = await Promise.all([
    import("../app/run-register"),
    import("../app/create-decision-sheet"),
    import("../app/write-year-report"),
    import("../domain/output/report-json"),
    import("../domain/dossier/build-dossier"),
    import("./dossier-files"),
    import("./summary"),
    import("./calendar-summary"),
    import("./decision-summary"),
  ]);
  const result = await runRegister(port, "all", { language });
  if (result.outcome.kind === "unusable") throw new UnusableRegister(null, result.outcome.reason);
  const analysis: Analysis = result.outcome.analysis;
  // The year's loop on the copy too: the decisions sheet (what the sample's secretariat typed is
  // kept) and the year-end report with its charts.
  const today = localDay(runDate(io));
  const decided = await createDecisionSheet(port, { language });
  const yearReport = await writeYearReport(port, { today, language });
  const yearSheets = [
    ...(decided.kind === "written" ? [decided.sheet] : []),
    ...(yearReport.sheet === null ? [] : [yearReport.sheet]),
  ];
  await write(io, [
    { file: copy, bytes: withSignature(await fs.readFile(sample)) },
    { file: out, bytes: withSignature(port.toBytes()) },
    jsonFile(json, reportJson(analysis.report, language)),
  ]);
  const dossierDir = path.join(dir, "ho-so");
  const dossierResult = buildDossier(analysis);
  await writeDossierFiles(analysis.register, dossierResult, dossierDir);
  const { errors, warnings } = issueCounts(analysis.report.issues);
  const lines = [
    t.demo.heading,
    registerLine(analysis, t),
    t.demo.read({ units: analysis.register.units.length, staff: analysis.register.staff.length }),
    t.demo.issues({ errors, warnings }),
    ...unitLines(analysis, 5, t),
    ...proposalLines(analysis.report.proposals, t),
    ...calendarLines(analysis, today, t).slice(0, 1),
    ...(decided.kind === "written" ? decisionLines(decided, t).slice(0, 1) : []),
    t.demo.results,
    t.demo.result({ out: shown(io, out), sheets: [...result.written, ...yearSheets].join(", ") }),
    t.demo.json({ file: shown(io, json) }),
    t.demo.dossier({
      folder: shown(io, dossierDir),
      documents: dossierResult.documents.length,
      next: `npx tdkt dossier ${shellQuoted(shown(io, copy))}`,
    }),
    t.demo.copy({
      file: shown(io, copy),
      next: `npx tdkt check ${shellQuoted(shown(io, copy))}`,
    }),
  ];
  io.out(`${lines.join("\n")}\n`);
  return 0;
}

async function checkedOut(file: string, out: string, command: string, t: CliTexts): Promise<void> {
  if (await sameFile(file, out)) throw new UsageError(t.sameFile.outNeverInput({ command }));
  await assertFolderFor(out, t);
}

async function decisions(
  file: string,
  out: string,
  io: CliIo,
  language: Language = "vi"
): Promise<number> {
  const t = io.texts;
  await checkedOut(file, out, "decisions", t);
  const port = await openWorkbook(file, t);
  const [{ createDecisionSheet }, { registerLine, issuesLine }, { decisionLines }] =
    await Promise.all([
      import("../app/create-decision-sheet"),
      import("./summary"),
      import("./decision-summary"),
    ]);
  const result = await createDecisionSheet(port, { audit: await cliAudit(io), language });
  if (result.kind === "unusable") throw new UnusableRegister(file, result.reason);
  await port.save(out);
  const lines = [
    registerLine(result.analysis, t),
    issuesLine(result.analysis.report.issues, t),
    ...decisionLines(result, t),
    t.decisions.written({ out, sheet: result.sheet }),
  ];
  io.out(`${lines.join("\n")}\n`);
  return hasErrors(result.analysis.issues) ? 1 : 0;
}

async function report(
  file: string,
  out: string,
  kind: ReportKind | null,
  io: CliIo,
  language: Language = "vi"
): Promise<number> {
  const t = io.texts;
  await checkedOut(file, out, "report", t);
  const port = await openWorkbook(file, t);
  const [{ writeYearReport }, { registerLine, issuesLine }, { localDay }] = await Promise.all([
    import("../app/write-year-report"),
    import("./summary"),
    import("./calendar-summary"),
  ]);
  const result = await writeYearReport(port, {
    ...(kind === null ? {} : { kind }),
    today: localDay(runDate(io)),
    audit: await cliAudit(io),
    language,
  });
  if (result.outcome.kind === "unusable") throw new UnusableRegister(file, result.outcome.reason);
  await port.save(out);
  const { analysis } = result.outcome;
  const lines = [
    registerLine(analysis, t),
    issuesLine(analysis.report.issues, t),
    t.report.written({ out, sheet: result.sheet ?? "" }),
  ];
  io.out(`${lines.join("\n")}\n`);
  return hasErrors(analysis.issues) ? 1 : 0;
}

async function nextYear(
  file: string,
  out: string,
  includeUndecided: boolean,
  io: CliIo
): Promise<number> {
  const t = io.texts;
  await checkedOut(file, out, "next-year", t);
  if (await exists(out)) throw new UnusableInput(t.nextYear.exists({ out }));
  const port = await openWorkbook(file, t);
  const [{ nextYearRegister }, { describeNextYear }, { XlsxFileAdapter }] = await Promise.all([
    import("../app/next-year-register"),
    import("../domain/year/next-year"),
    import("../adapters/xlsx/xlsx-file.adapter"),
  ]);
  const outcome = await nextYearRegister(port, { includeUndecided });
  if (outcome.kind === "unusable") throw new UnusableRegister(file, outcome.reason);
  const next = XlsxFileAdapter.blank();
  await next.createSheets(outcome.result.sheets);
  await next.save(out);
  const lines = [
    t.nextYear.created({
      year: outcome.result.year,
      out,
      sheets: outcome.result.sheets.length,
      file,
    }),
    describeNextYear(outcome.result, t.language),
  ];
  io.out(`${lines.join("\n")}\n`);
  return 0;
}

/** Output files go into existing folders: a typo in a path should not create folders. */
export async function assertFolderFor(file: string, t: CliTexts = CLI_TEXTS_VI): Promise<void> {
  const dir = path.dirname(file);
  try {
    if ((await fs.stat(dir)).isDirectory()) return;
  } catch {
    // reported below
  }
  throw new UnusableInput(t.files.noFolderFor({ folder: dir, name: path.basename(file) }));
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
