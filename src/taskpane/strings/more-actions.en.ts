/** English texts of the dossier, year, units' files and lock panels. Spread into `en`. */
import type { moreActionsVi } from "./more-actions.vi";

export const moreActionsEn: typeof moreActionsVi = {
  moreActionsTitle: "Dossier, the year and units' files",
  moreBusy: "Another action is running.",
  moreNoRegister: "The register has not been read or lacks required sheets.",

  calendarTitle: "The year's calendar",
  calendarNext: (label, date, days) =>
    days === 0 ? `Today (${date}): ${label}.` : `Next: ${label} — ${date}, ${days} days left.`,
  calendarAllPast: "Every milestone of the year has passed.",
  calendarDefault: "default",
  calendarPast: "past",
  calendarLateUnits: (pledge, score) =>
    pledge === 0 && score === 0
      ? "No unit is late."
      : `Late: ${pledge} units without a valid pledge sheet, ${score} units without a valid score sheet.`,

  dossierTitle: "Proposal dossier",
  dossierSheets: "Build the dossier",
  dossierSheetsHint:
    "Writes the “Hồ sơ - …” sheets (draft decisions, submissions, minutes, achievement reports, checklist) for printing.",
  dossierWord: "Download Word files (.zip)",
  dossierWordHint:
    "One .docx per document plus an index, in one .zip file. If Excel blocks downloads, print the “Hồ sơ - …” sheets or run: tdkt dossier REGISTER.xlsx --out FOLDER",
  dossierWritten: (sheets, warnings) =>
    `Wrote the sheets: ${sheets}.${warnings > 0 ? ` ${warnings} blanks still to fill (see the Kiểm tra sheet).` : ""}`,
  dossierLocked: (fingerprint) =>
    ` The minutes state that the results are locked, fingerprint ${fingerprint.slice(0, 16)}….`,
  dossierDownloaded: (file, count) =>
    `Made ${file} with ${count} Word documents and the index. If no download appears, print the “Hồ sơ - …” sheets or run tdkt dossier.`,

  yearTitle: "The emulation year",
  decisions: "Create the Quyết định sheet",
  decisionsHint:
    "One row per proposal for the decision number, date and result; creating it again keeps what was typed.",
  money: (amount) => `VND ${amount.toLocaleString("en-US")}`,
  decisionsWritten: (sheet, rows, kept, budget) =>
    `Wrote the ${sheet} sheet: ${rows} rows, ${kept} typed rows kept.${budget === "" ? "" : ` Reward budget: ${budget}.`}`,
  reportMidYear: "Mid-year report",
  reportYearEnd: "Year-end report",
  reportHint: "A print-ready report sheet with figures and charts.",
  reportWritten: (sheet) => `Wrote the ${sheet} sheet (with charts).`,
  nextYear: "Start next year",
  nextYearHint:
    "Builds next year's register as a new workbook (this one is left as it is): settings, units, staff, criteria and initiatives kept; history gains this year's ratings and awards.",
  nextYearUndecided: "Also carry awards without a decision number (flagged in Ghi chú)",
  nextYearOpened: (year, summary) =>
    `Opened the ${year} register in a new Excel window; save it there. ${summary}`,
  nextYearDownloaded: (file, summary) =>
    `This Excel cannot open a new workbook from the pane, so next year's register was downloaded as ${file}. ${summary} If no download appears, run: tdkt next-year REGISTER.xlsx --out NEXT.xlsx`,

  unitFilesTitle: "Units' files",
  split: "Export unit files",
  splitHint:
    "One .xlsx per unit (pledge sheet, score sheet, staff list, instructions), in one .zip file to send.",
  splitDone: (file, count) =>
    `Made ${file} with ${count} unit files. If no download appears, run: tdkt split REGISTER.xlsx --out FOLDER`,
  splitNone: "No unit of the register has sheets to export.",
  merge: "Merge unit files",
  mergePick: "Pick the unit files sent back (.xlsx)",
  mergeHint:
    "Writes the input cells of each file into its unit's sheets; conflicting cells are left and listed in the “Gộp phiếu” sheet.",
  mergeNoFiles: "No file picked.",
  mergeUnreadable: (file) => `Cannot read ${file}: not an .xlsx file.`,
  mergeReviewTitle: "Merged, with files to review",
  mergeDone: (accepted, files, cells, errors, warnings) =>
    `Merged ${accepted}/${files} files, ${cells} cells. ${errors} errors, ${warnings} warnings (see the “Gộp phiếu” sheet).`,
  unsupportedHere:
    "This Excel does not let the pane do this. Use the matching tdkt command on a computer.",

  lockTitle: "Lock the results after the council meeting",
  lock: "Lock results",
  lockHint:
    "Records a fingerprint of the criteria, score sheets, votes and ratings; from then on “Check” reports every cell changed after the lock.",
  unlock: "Unlock",
  unlockHint: "Lifts the lock to allow corrections; unlocking is logged in Nhật ký.",
  lockStateLocked: (at, by, fingerprint) =>
    `Locked at ${at}${by === "" ? "" : ` (${by})`}; fingerprint ${fingerprint.slice(0, 16)}….`,
  lockStateOpen: "The results are not locked.",
  locked: (values, fingerprint) =>
    `Locked ${values} values. Fingerprint (SHA-256): ${fingerprint}. Logged in Nhật ký.`,
  alreadyLocked: (at) => `The results were already locked at ${at}. Unlock first to lock again.`,
  unlocked: "Unlocked the results. Logged in Nhật ký.",
  notLocked: "The results are not locked.",
};
