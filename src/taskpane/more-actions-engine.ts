/**
 * The use cases behind the pane's secondary actions (dossier, decisions, reports, next year,
 * units' files, council lock), loaded only when one of them runs: they carry the whole engine,
 * which the pane's first load leaves to the worker (bundle budget, issue 10).
 */
export { makeDossier } from "../app/make-dossier";
export { runRegister } from "../app/run-register";
export { createDecisionSheet } from "../app/create-decision-sheet";
export { nextYearRegister } from "../app/next-year-register";
export { writeYearReport } from "../app/write-year-report";
export { mergeUnitFiles, splitUnitFiles } from "../app/unit-files";
export { lockResults, unlockResults } from "../app/lock-results";
export { INDEX_FILE_NAME, dossierIndexText } from "../domain/dossier/dossier-index";
export { describeNextYear } from "../domain/year/next-year";
