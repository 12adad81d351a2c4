/** Every text of the task pane in English (used when Office's display language is not Vietnamese). */
import type { Strings } from "./strings.vi";
import { unusableReasonText } from "../domain/messages/unusable-reason-text";
import { moreActionsEn } from "./strings/more-actions.en";

export const en: Strings = {
  language: "en",
  languageName: "English",
  appTitle: "Emulation Register",
  appSubtitle: "Emulation and commendation (Sổ Thi đua)",
  languageLabel: "Language",

  overviewTitle: "Register overview",
  refresh: "Read the register again",
  noRegister:
    "The workbook lacks the required sheets. Select “Create register” to add the input sheets.",
  agencyYear: (agency, year) =>
    `${agency || "No agency name in the Cấu hình sheet"}${year === null ? "" : ` — year ${year}`}`,
  deadlineNotSet: "No pledge deadline (Hạn đăng ký) in the Cấu hình sheet.",
  deadlineDaysLeft: (days, date) =>
    `${days} day${days === 1 ? "" : "s"} left to the pledge deadline (${date}).`,
  deadlineToday: (date) => `Today (${date}) is the pledge deadline.`,
  deadlinePassed: (days, date) =>
    `The pledge deadline passed ${days} day${days === 1 ? "" : "s"} ago (${date}).`,
  detailsTitle: "Register details",
  sheetsTitle: "Sheets",
  sheetPresent: "present",
  sheetMissing: "missing",
  sheetRequired: "required",
  countsTitle: "Figures",
  countUnits: "Units",
  countStaff: "Staff",
  countCriteria: "Criteria",
  countHistory: "History rows",
  countInitiatives: "Initiatives",
  countVotes: "Council votes",
  countPledgeSheets: "Pledge sheets",
  countScoreSheets: "Score sheets",
  issueTotals: (errors, warnings) =>
    errors === 0 && warnings === 0
      ? "No errors or warnings in the register so far."
      : `The register has ${errors} error${errors === 1 ? "" : "s"} and ${warnings} warning${warnings === 1 ? "" : "s"}.`,
  issueTotalsHint: "Select “Check” to see each one.",
  unitsTitle: "Status by unit",
  unitColumn: "Unit",
  pledgeColumn: "Pledge",
  scoreColumn: "Score",
  noUnits: "The Đơn vị sheet has no units yet.",
  status: {
    missing: "none",
    in_progress: "in progress",
    valid: "valid",
    invalid: "has errors",
  },

  stepsTitle: "The year's steps",
  stepTitle: {
    register: "Register",
    unitSheets: "Unit sheets",
    check: "Check",
    score: "Scoring",
    vote: "Council vote",
    list: "Lists and dossier",
  },
  stepStatus: { done: "Done", todo: "To do", blocked: "Not yet possible" },
  stepNumber: (n) => `Step ${n}`,
  openSheet: (sheet) => `Open the ${sheet} sheet`,
  nextStep: (step, reason) => `Next — “${step}”: ${reason}`,
  allStepsDone: "Every step of the year is done.",
  resultTitle: "Result",
  otherActionsTitle: "Other actions",

  createRegister: "Create register",
  createUnitSheets: "Create unit sheets",
  protectLabel: "Protect the sheets, leaving only the input cells editable (no password)",
  check: "Check",
  score: "Score & rank",
  propose: "Draw up proposal lists",

  reasonNoOverview: "The register could not be read. Select “Read the register again”.",

  stepReading: "Reading the register…",
  stepWriting: "Writing the results into the workbook…",
  stepCreating: "Creating sheets…",
  stepSelecting: "Selecting the cell…",
  stepMarking: "Marking cells…",
  stepWorking: "Working…",
  stepParsing: "Reading the sheets' data…",
  stepValidating: "Checking the data…",
  stepScoring: "Scoring and ranking…",
  stepProposing: "Evaluating the titles to propose…",
  stepBuilding: "Building the output sheets…",
  progressLabel: (step, percent) => `${step} (${percent}%)`,

  createdSheets: (created) => `Created: ${created}.`,
  skippedSheets: (skipped) => `Left as they were (already present): ${skipped}.`,
  nothingCreated: "No sheet needed to be created.",
  nextAfterRegister:
    "Next: fill in the Cấu hình, Đơn vị, Cán bộ and Tiêu chí sheets, then select “Create unit sheets”.",
  checkDone: (errors, warnings) =>
    errors === 0 && warnings === 0
      ? "No errors or warnings in the register."
      : errors === 0
        ? `No errors; ${warnings} warning${warnings === 1 ? "" : "s"} worth a look below.`
        : warnings === 0
          ? `${errors} error${errors === 1 ? "" : "s"} to correct. Each is listed below.`
          : `${errors} error${errors === 1 ? "" : "s"} to correct and ${warnings} warning${warnings === 1 ? "" : "s"}. Each is listed below.`,
  yearClosed: (year) =>
    `The year ${year} is over: this is a past year's register, and its deadlines no longer apply.`,
  guideLink: "User guide (Vietnamese)",
  rulebookLink: "Rulebook (Vietnamese)",
  checkCleanTitle: "No problems found",
  checkErrorsTitle: "The register has errors to fix",
  checkWarningsTitle: "Some warnings to review",
  runTitle: "Results written",
  writtenSheets: (sheets) => `Wrote the sheets: ${sheets}.`,
  unusable: (reason) => `Cannot run: ${unusableReasonText(reason, "en")}`,
  marked: (count) => `Marked ${count} cell${count === 1 ? "" : "s"}.`,
  markedSkipped: (sheets) => `Protected sheets could not be marked: ${sheets}.`,
  marksCleared: "All marks removed; the cells keep their own formatting.",

  rankingTitle: "Ranking of the units",
  rankingCaption: "Self score, council score and rank of each unit.",
  rankColumn: "Rank",
  selfColumn: "Self score",
  councilColumn: "Council score",
  classificationColumn: "Rating",
  noScore: "none",
  chartTitle: "Chart: self score and council score",
  chartNote: "The chart's figures are in the ranking table above.",
  chartBar: (unit, who, score) => `${unit}, ${who}: ${score}`,
  listTitle: "Proposal list by deciding authority",
  listHint: "Choose a line to select that part of the “Đề nghị khen thưởng” sheet.",
  listEmpty: "Nobody is eligible to be proposed yet.",
  authority: {
    GIAM_DOC_SO: "Decided by the Director of the Department",
    CHU_TICH_UBND_TINH: "Proposed to the Chair of the Provincial People's Committee",
    BO_TRUONG: "Proposed to the Minister",
    THU_TUONG_CHINH_PHU: "Proposed to the Prime Minister / the Government",
  },
  kind: { individual: "individuals", collective: "collectives" },
  titleCount: (title, kind, count) => `${title} (${kind}): ${count}`,
  partCount: (count) => `${count} proposed`,
  whyLink: "Why?",
  whyLabel: (title) => `Why: the conditions of ${title} in the rulebook`,
  notProposedTitle: (count) => `Not proposed, and why (${count})`,
  notProposedLoading: "Loading the list…",
  notProposedHint:
    "The entries not on the list, with their reasons; as in the tracking part at the end of the “Đề nghị khen thưởng” sheet.",
  notProposedStatus: {
    not_eligible: "not eligible",
    awaiting_vote: "awaiting the vote",
    over_quota: "over the quota",
  },

  issuesTitle: "Check results",
  issuesHint: "Select an item to go to its cell in the workbook.",
  filterTitle: "Filter the check's results",
  filterSeverity: "Severity",
  filterAllSeverities: "Errors and warnings",
  filterErrors: "Errors only",
  filterWarnings: "Warnings only",
  filterUnit: "Unit",
  filterAllUnits: "All units",
  filteredCount: (shown, total) => `Showing ${shown} of ${total}.`,
  filteredNone: "Nothing matches the filter.",
  wholeRegister: "Whole register",
  groupCounts: (errors, warnings) =>
    [
      errors > 0 ? `${errors} error${errors === 1 ? "" : "s"}` : "",
      warnings > 0 ? `${warnings} warning${warnings === 1 ? "" : "s"}` : "",
    ]
      .filter((part) => part !== "")
      .join(" · "),
  issueCell: (cell) => `cell ${cell}`,
  severityError: "Error",
  severityWarning: "Warning",
  issueGoTo: (sheet, cell) => `Go to cell ${cell} of sheet ${sheet}`,
  showMore: (count) => `Show ${count} more`,
  highlight: "Mark cells with problems",
  clearHighlight: "Remove marks",
  highlightHint:
    "Colours cells with errors (red) and warnings (yellow) without changing their own formatting.",
  noIssues: "No errors or warnings.",

  failureTitle: "Could not complete",
  successTitle: "Done",
  dismiss: "Dismiss",
  showDetails: "Show details",
  hideDetails: "Hide details",
  errorCellEditing:
    "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.",
  errorSheetMissing:
    "A sheet or cell needed was not found; it may have just been renamed or deleted. Read the register again and retry.",
  errorProtected:
    "The sheet is protected, so it cannot be written. Unprotect it (Review › Unprotect Sheet) and try again.",
  errorTooLarge:
    "The data is too large for Excel to write at once. Try again; if it keeps failing, tell your administrator.",
  errorBusy: "Excel is busy or someone else is editing the workbook. Wait a moment and try again.",
  errorUnsupported:
    "This version of Excel does not support this action. Update Microsoft 365 or use Excel on the web.",
  errorProtectedSheets: (sheets) =>
    `Excel refused the write: the sheet ${sheets} or the workbook's structure is protected. To unprotect: select that sheet, then Review › Unprotect Sheet; if the workbook is protected, Review › Protect Workbook to turn it off. Then try again.`,
  errorDetails: (message) => `Original message: ${message}`,
  errorDetailsCode: (code, message) => `Excel error code: ${code}. Original message: ${message}`,
  keptTitle: "Nothing written",
  keptSheets: (sheets) =>
    `The sheets ${sheets} stay as you changed them. To keep your changes, rename the sheet before running again.`,
  confirmTitle: "Replace a sheet changed by hand?",
  confirmText: (sheets) =>
    `The sheet ${sheets} was changed by hand after the program wrote it. Writing again loses those changes, and Excel cannot undo (Undo) an add-in's writes.`,
  confirmReplace: "Replace",
  confirmKeep: "Don't write",
  errorGeneric:
    "Something went wrong while working with the workbook. Try again; if it keeps failing, open the details and send them to your administrator.",

  unsupportedHost:
    "This version of Excel is too old to run the add-in (it needs ExcelApi 1.8: Microsoft 365, Office 2021/2024 or Excel on the web).",

  ...moreActionsEn,
};
