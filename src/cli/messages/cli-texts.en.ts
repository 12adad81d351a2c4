/**
 * English wording of what `tdkt --lang en` prints itself. Numbers read the English way (decimal
 * point, thousands comma), dates as "5 Nov 2024"; the register's words (sheet names, award
 * names, ratings, milestone labels, setting labels) stay as the register writes them.
 */
import { READ_REFUSALS_EN } from "../../adapters/xlsx/messages/read-refusals.en";
import { wordReadRefusal } from "../../adapters/xlsx/read-refusal";
import { formatDecimal } from "../../domain/messages/format-number";
import type { DateOnly } from "../../domain/model";
import type { CliTexts } from "./cli-texts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** 2024-11-05 → "5 Nov 2024": no day/month order to guess. */
function day(d: DateOnly): string {
  return `${d.day} ${MONTHS[d.month - 1] ?? d.month} ${d.year}`;
}

const money = (n: number): string => n.toLocaleString("en-US");

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const at = (file: string | null): string => (file === null ? "" : ` ${file}`);

/** A command suggested to someone reading English keeps them in English. */
const inEnglish = (command: string): string => `${command} --lang en`;

export const CLI_TEXTS_EN: CliTexts = {
  language: "en",

  usage: {
    withOut: (p) => `tdkt ${p.command} FILE.xlsx --out RESULT.xlsx`,
    sheets: "tdkt sheets FILE.xlsx --out WITH-UNIT-SHEETS.xlsx",
    dossier: "tdkt dossier FILE.xlsx --out FOLDER",
    split: "tdkt split REGISTER.xlsx --out FOLDER",
    merge: "tdkt merge REGISTER.xlsx UNIT-FILE.xlsx… --out RESULT.xlsx",
    rollup: "tdkt rollup REGISTER-1.xlsx REGISTER-2.xlsx… --out ROLL-UP.xlsx",
  },

  args: {
    unknownCommand: (p) =>
      `unknown command "${p.name}" (use init, check, sheets, run, dossier, decisions, report, next-year, split, merge, lock, unlock, rollup or demo; see tdkt --help)`,
    flagTakesNoValue: (p) => `${p.option} takes no value`,
    unknownOption: (p) => `"${p.command}" has no option ${p.option}`,
    missingValue: (p) => `a value is missing after ${p.option}`,
    repeatedOption: (p) => `option ${p.option} is given twice`,
    extraArguments: (p) => `too many arguments: ${p.args}`,
    missingFile: (p) => `a file name is missing: tdkt ${p.command} FILE.xlsx`,
    missingUnitFiles: (p) => `the units' returned files are missing: ${p.usage}`,
    missingOut: (p) => `--out is missing: ${p.usage}`,
    jsonIsWorkbook: (p) =>
      `--json is the .json report, not an Excel workbook: ${p.file} (the workbook result is written with --out)`,
    badReportKind: (p) => `--kind must be so-ket or tong-ket, not "${p.kind}"`,
    badLanguage: "--lang must be vi or en",
  },

  sameFile: {
    outNeverInput: (p) =>
      `--out must differ from the input file (tdkt ${p.command} never changes its input file)`,
    outNotInput: (p) =>
      `--out must differ from the input file (tdkt ${p.command} does not change its input file)`,
    jsonNotCheckInput:
      "--json must differ from the input file (tdkt check does not write to the register)",
    jsonNotInputOrOut: "--json must differ from the input file and the --out file",
    outNotUnitFile: "--out must differ from the units' files",
    outNotRegister: "--out must differ from the input registers (tdkt rollup changes none of them)",
  },

  files: {
    notFound: (p) => `no such file or folder${at(p.file)}`,
    noSuchFile: (p) => `no such file ${p.file}`,
    folderNotXlsx: (p) => `${p.file} is a folder, not an .xlsx file`,
    noAccess: (p) => `no permission to read or write${at(p.file)}`,
    diskFull: "the disk is full",
    unexpected: (p) => `unexpected error: ${p.message}`,
    notReadable: (p) => `${p.file}: cannot be read (${p.why})`,
    readRefusal: (refusal) => wordReadRefusal(refusal, READ_REFUSALS_EN),
    outIsFolder: (p) => `${p.file} is a folder, not a file`,
    outNotPlainFile: (p) => `${p.file} is not a regular file; tdkt does not write to it`,
    notOurs: (p) =>
      `${p.file} exists and is not ${p.kind === "xlsx" ? "a result file tdkt wrote" : "a JSON report tdkt wrote"} (it may be your own file, or was opened and saved since); ` +
      `tdkt does not overwrite it: choose another name, or add --force to overwrite it`,
    noFolderFor: (p) => `there is no folder ${p.folder} to write ${p.name} in`,
    dossierOutIsFile: (p) => `--out must be a folder, not a file: ${p.out}`,
    writeFailed: (p) => `could not write ${p.file}: ${p.why}`,
    why: {
      noWriteAccess: "no permission to write in this folder",
      diskFull: "the disk is full",
      readOnly: "the disk is read-only",
      isFolder: "it is a folder",
      folderGone: "the folder no longer exists",
      code: (p) => `error ${p.code}`,
      unexpected: "unexpected error",
    },
  },

  summary: {
    register: (p) =>
      `Emulation register: ${p.agency ?? "(no Cơ quan set)"}${p.year === null ? "" : ` — ${p.year}`}`,
    // "error(s)": the wording scripts already read (tests/cli/tdkt-cli.test.ts).
    issues: (p) =>
      p.errors === 0 && p.warnings === 0
        ? "Check: no errors or warnings."
        : `Check: ${p.errors} error(s), ${p.warnings} warning(s).`,
    errorsHeading: "Errors (to correct):",
    warningsHeading: "Warnings (to review):",
    moreIssues: (p) => `  … and ${p.more} more.`,
    wholeRegister: "[register]",
    unitsHeading: "Unit ranking (council scores):",
    unit: (p) =>
      `  ${p.rank}. ${p.name} (${p.unit}): ${p.score === null ? "—" : formatDecimal(p.score, "en")} points — ${p.rating ?? "not rated"}`,
    moreUnits: (p) => `  … and ${plural(p.more, "more unit")}.`,
    unranked: (p) => `  ${plural(p.count, "unit")} not ranked (council scores missing).`,
    proposalsHeading: "Titles and awards:",
    status: (p) =>
      `${p.count} ${
        {
          proposed: "proposed",
          awaiting_vote: "awaiting a vote",
          not_eligible: "not eligible",
          over_quota: "over the quota",
        }[p.status]
      }`,
    award: (p) =>
      `  ${p.award}${p.decidedBy === null ? "" : ` (decided by ${p.decidedBy})`}: ${p.counts}`,
    jsonReport: (p) => `JSON report: ${p.file}`,
  },

  calendar: {
    allPast: (p) => `Calendar ${p.year}: every milestone has passed (run on ${day(p.today)}).`,
    next: (p) =>
      `Calendar ${p.year}: next milestone ${p.label} ${day(p.date)}` +
      (p.daysLeft === 0 ? " (today)." : ` (${plural(p.daysLeft, "day")} left).`),
    units: (p) =>
      `Units' sheets (on ${day(p.today)}): ${p.late === 0 ? "no unit is late" : `${plural(p.late, "unit")} late`}.`,
    unit: (p) => `  ${p.code}: pledges ${p.pledge}; scores ${p.score}`,
    status: (p) =>
      ({
        missing: "missing",
        in_progress: "being filled in",
        valid: "valid",
        invalid: "with errors",
      })[p.status],
    late: (p) => ` — LATE (${p.label} ${day(p.date)})`,
  },

  init: {
    exists: (p) =>
      `${p.file} exists; tdkt init does not overwrite an existing register, choose another name`,
    blankTemplate: "no register template to create from (the template is empty)",
    created: (p) => [
      `Created the empty register ${p.file}`,
      `Sheets: ${p.sheets}.`,
      `Fill in Cấu hình, Đơn vị, Cán bộ… then run: ${inEnglish(p.next)}`,
    ],
  },

  run: {
    written: (p) => `Wrote ${p.out} (sheets added: ${p.sheets}).`,
    stillErrors:
      "The register still has errors: see the Kiểm tra sheet in the result file, correct them and run again.",
  },

  dossier: {
    documents: (p) => `Proposal dossier: ${plural(p.count, "Word document")} in ${p.folder}:`,
    blanks: (p) => `Places left blank (……), ${plural(p.count, "warning")}:`,
    stillErrors:
      "The register still has errors: run tdkt check --lang en to see them, correct them and make the dossier again.",
  },

  sheets: {
    noUnits: 'The "Đơn vị" sheet has no units yet, so there are no unit sheets to create.',
    nothingNew: (p) =>
      `No new unit sheets: every unit already has its ĐK- and CĐ- sheets (${plural(p.count, "sheet")}).`,
    created: (p) => `Created ${plural(p.count, "unit sheet")}: ${p.sheets}.`,
    kept: (p) => `Already there, kept as they are: ${p.sheets}.`,
    protected: "The unit sheets are protected; only their input cells can be edited.",
    written: (p) => `Wrote ${p.out} (${p.file} is unchanged).`,
    next: (p) =>
      `The units fill in their pledges and scores in the ĐK-/CĐ- sheets, then run: ${inEnglish(p.next)}`,
  },

  demo: {
    heading:
      "Trial run on the bundled sample register (tdkt run so-thi-dua-mau.xlsx --out so-thi-dua-mau-ket-qua.xlsx --lang en):",
    read: (p) =>
      `Read ${plural(p.units, "unit")} and ${plural(p.staff, "person", "people")}; checked, scored and considered for titles.`,
    issues: (p) =>
      `Check: ${plural(p.errors, "error")}, ${plural(p.warnings, "warning")} (the sample has a few errors on purpose, to show them — see the Kiểm tra sheet).`,
    results: "Results:",
    result: (p) => `  ${p.out}  (the sample + sheets ${p.sheets}; the report has charts)`,
    json: (p) => `  ${p.file}  (JSON report)`,
    dossier: (p) =>
      `  ${p.folder}  (proposal dossier: ${plural(p.documents, "Word document")} and an index; ${inEnglish(`${p.next} --out FOLDER`)})`,
    copy: (p) => `  ${p.file}  (a copy of the sample to try: ${inEnglish(p.next)})`,
  },

  decisions: {
    sheet: (p) =>
      `Sheet ${p.sheet}: ${plural(p.rows, "row")} (${p.rows - p.gone} proposed${p.gone > 0 ? `, ${p.gone} earlier ${p.gone === 1 ? "row" : "rows"} no longer proposed, kept` : ""}); what was typed is kept in ${plural(p.kept, "row")}.`,
    budgetHeading: "Reward budget (Decree 152/2025/NĐ-CP Art. 50):",
    budget: (p) =>
      `  ${p.award}${p.kind === null ? "" : p.kind === "individual" ? " (individual)" : " (collective)"}: ${p.count} × ${money(p.multiple)} × base salary = VND ${money(p.amount)}`,
    total: (p) => `  Total: VND ${money(p.amount)}`,
    written: (p) => `Wrote ${p.out} (sheet ${p.sheet}).`,
  },

  report: {
    written: (p) => `Wrote ${p.out} (sheet ${p.sheet}, with charts).`,
  },

  nextYear: {
    exists: (p) => `${p.out} exists; tdkt next-year does not overwrite it, choose another name`,
    created: (p) =>
      `Created the ${p.year} register: ${p.out} (${plural(p.sheets, "sheet")}; ${p.file} is unchanged).`,
  },

  lock: {
    cannotWrite: "cannot write the lock record into this file",
    alreadyLocked: (p) =>
      `${p.file}: the results were already locked at ${p.lockedAt} (fingerprint ${p.fingerprint}); unlock them before locking again`,
    locked: (p) => [
      `Locked the results: ${plural(p.values, "value")} (Tiêu chí, CĐ-…, Bình xét, ratings).`,
      `SHA-256 fingerprint: ${p.fingerprint}`,
      `Done by: ${p.by ?? "(unknown)"}. Recorded in Nhật ký.`,
      `Wrote ${p.out}.`,
    ],
    cannotEdit: "cannot change the lock record in this file",
    notLocked: (p) => `${p.file}: the results are not locked`,
    unlocked: (p) => [
      `Unlocked the results (fingerprint when locked: ${p.fingerprint}). Recorded in Nhật ký.`,
      `Wrote ${p.out}.`,
    ],
  },

  split: {
    noFolder: (p) => `there is no folder ${p.folder} to write the unit files in`,
    notFolder: (p) => `${p.folder} is not a folder`,
    exported: (p) =>
      `Exported ${plural(p.count, "unit file")} (only the yellow cells are to be filled in):`,
    next: (p) =>
      `When the units send them back: ${inEnglish(`tdkt merge "${p.file}" UNIT-FILE.xlsx… --out RESULT.xlsx`)}`,
  },

  merge: {
    cannotWrite: "cannot write into this file",
    heading: "Merging the units' files:",
    file: (p) =>
      `  ${p.file}: ${p.cells === null ? "not merged" : `merged ${plural(p.cells, "cell")}`}` +
      (p.unit === null ? "" : ` (unit ${p.unit})`),
    problems: (p) => `Problems: ${plural(p.errors, "error")}, ${plural(p.warnings, "warning")}.`,
    finding: (p) => `  [${p.error ? "Error" : "Warning"}] ${p.text}`,
    more: (p) => `  … and ${plural(p.more, "more problem")} (see the Gộp phiếu sheet).`,
    createdSheets: (p) => `Created sheets: ${p.sheets}.`,
    written: (p) => `Wrote ${p.out} (report in the Gộp phiếu sheet; recorded in Nhật ký).`,
  },

  rollup: {
    read: (p) =>
      `Read ${plural(p.count, "register")}; proposals beyond the department's authority:`,
    list: (p) =>
      `  ${p.authority}: ${plural(p.count, "proposal")}` +
      (p.duplicates === null ? "" : ` (${plural(p.duplicates, "duplicate")})`),
    none: "  (none)",
    unusable: (p) => `Cannot read ${p.file}: ${p.reason}`,
    repeats: (p) => `${p.file} is the same register as ${p.other}: not taken again.`,
    written: (p) => `Wrote ${p.out}.`,
  },

  help: `tdkt — Sổ Thi đua: checks an emulation and commendation register, scores it, and lists the proposals for titles and awards

Usage:
  tdkt init FILE.xlsx                         Create an empty register with every input sheet
  tdkt check FILE.xlsx [--json REPORT.json]   Check the register; print a summary of errors and warnings
  tdkt sheets FILE.xlsx --out WITH-UNIT-SHEETS.xlsx [--protect]
                                              Unit sheets: a pledge sheet (ĐK-) and a score sheet (CĐ-)
                                              per unit; --protect protects them, leaving only
                                              the input cells editable (FILE.xlsx is unchanged)
  tdkt run FILE.xlsx --out RESULT.xlsx [--json REPORT.json]
                                              Score, rank and list the proposals;
                                              write RESULT.xlsx (FILE.xlsx is unchanged)
  tdkt decisions FILE.xlsx --out RESULT.xlsx  Create (or re-create) the Quyết định sheet from the proposals,
                                              keeping the numbers, dates and outcomes typed; reward budget
  tdkt report FILE.xlsx --out RESULT.xlsx [--kind so-ket|tong-ket]
                                              Mid-year / year-end report with charts
  tdkt next-year FILE.xlsx --out NEXT-YEAR.xlsx [--include-undecided]
                                              Next year's register: settings, units, staff, criteria and
                                              initiatives kept; this year's ratings and awards added to Lịch sử
  tdkt dossier FILE.xlsx --out FOLDER         Proposal dossier: one Word file (.docx) per document
                                              and an index in FOLDER
  tdkt demo [--dir FOLDER]                    Trial run on the bundled sample register (default ./tdkt-demo)
  tdkt split REGISTER.xlsx --out FOLDER       Export the unit files: one file per unit to send out
  tdkt merge REGISTER.xlsx UNIT-FILE.xlsx… --out RESULT.xlsx [--force] [--by NAME]
                                              Merge the units' returned files into the register
                                              (--force: take the unit's value in conflicting cells too)
  tdkt lock REGISTER.xlsx --out RESULT.xlsx [--by NAME]
                                              Lock the results after the council's meeting (SHA-256 fingerprint)
  tdkt unlock REGISTER.xlsx --out RESULT.xlsx [--by NAME]
                                              Unlock the results (recorded in Nhật ký)
  tdkt rollup REGISTER-1.xlsx REGISTER-2.xlsx… --out ROLL-UP.xlsx
                                              Roll up the proposals sent to higher levels from several
                                              registers, one list per deciding authority
  tdkt --help | --version
  --lang en                                   Messages in English (default: Vietnamese), with every command

--out and --json do not overwrite an existing file that tdkt did not write (your register, say);
add --force if you really mean to overwrite it.

Exit status: 0 = no errors in the register; 1 = the register has errors (reports and result files
             are still written); 2 = unusable input (no such file, not an .xlsx, required sheets
             missing, wrong arguments).
`,
};
