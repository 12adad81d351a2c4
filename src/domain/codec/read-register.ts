/**
 * Grids → the typed register and the issues met while reading it (register-format.md). Sheets
 * are found by name after NFC, case folding and trimming; pledge and score sheets by their
 * prefix (`ĐK-`, `CĐ-`, also typed without the diacritic). Codes that refer to units and staff are
 * rewritten to the spelling of `Đơn vị` / `Cán bộ`, so every later step compares codes exactly.
 */
import type { Grid, GridSet } from "../grid";
import type { Issue } from "../issue";
import type { PledgeSheet, Register, ScoreSheet } from "../model";
import { foldKey, looseKey, normalizeText } from "../text/normalize";
import { CodeBook } from "./code-book";
import { readCouncil } from "./council.codec";
import { readCriteria } from "./criteria.codec";
import { readHistory } from "./history.codec";
import { readInitiatives } from "./initiatives.codec";
import { readPledgeSheet } from "./pledge-sheet.codec";
import { PLEDGE_PREFIX, REQUIRED_SHEETS, SCORE_PREFIX, SHEET } from "./register-layout";
import { readScoreSheet } from "./score-sheet.codec";
import { readSettings } from "./settings.codec";
import { readStaff } from "./staff.codec";
import { IssueLog } from "./table-reader";
import { readUnits } from "./units.codec";
import { readVotes } from "./votes.codec";
import { DECISION_SHEET } from "../year/decision-layout";
import { readDecisions } from "../year/decisions.codec";

/** What reading a workbook gives: the register, the reading issues, and missing required sheets. */
export interface RegisterReadResult {
  readonly register: Register;
  readonly issues: readonly Issue[];
  /**
   * Required sheets (by contract name) that the workbook lacks: the register is unusable.
   * Required are `Cấu hình`, `Đơn vị` and `Cán bộ` (see REQUIRED_SHEETS); any other missing
   * input sheet is a `missing-sheet` warning and is read as empty.
   */
  readonly missingSheets: readonly string[];
}

const OPTIONAL_SHEETS = [SHEET.history, SHEET.initiatives, SHEET.criteria, SHEET.votes] as const;

/** Prefixes as compared: "đk-" and "dk-" (typed without the diacritic), "cđ-" and "cd-". */
const PLEDGE_KEYS = [foldKey(PLEDGE_PREFIX), "dk-"];
const SCORE_KEYS = [foldKey(SCORE_PREFIX), "cd-"];

/** The unit code a per-unit sheet name carries after its prefix, or null if not such a sheet. */
export function unitCodeOfSheet(name: string, prefixes: readonly string[]): string | null {
  const key = foldKey(name);
  const prefix = prefixes.find((p) => key.startsWith(p));
  if (prefix === undefined) return null;
  const code = normalizeText(normalizeText(name).slice(prefix.length));
  return code === "" ? null : code;
}

/** Reads every input sheet of the contract from `grids`. Never throws on any grid content. */
export function readRegister(grids: GridSet): RegisterReadResult {
  const log = new IssueLog();
  const byKey = new Map<string, string>();
  for (const name of grids.keys()) {
    const key = foldKey(name);
    const first = byKey.get(key);
    if (first === undefined) {
      byKey.set(key, name);
    } else {
      // A package can hold both (Excel compares names case-insensitively but without Unicode
      // normalisation; other writers check less). The register format cannot tell them apart:
      // an error naming both, saying which one is read, rather than a silent choice.
      log.issue("error", "duplicate-sheet", { sheet: name, other: first }, name, null);
    }
  }
  // Sheet names typed without diacritics ("Can bo") are found by their letters when no sheet
  // has the exact name.
  const byLooseKey = new Map<string, string>();
  for (const name of byKey.values()) {
    const key = looseKey(name);
    if (!byLooseKey.has(key)) byLooseKey.set(key, name);
  }
  const sheetOf = (contractName: string): { name: string; grid: Grid } | null => {
    const name = byKey.get(foldKey(contractName)) ?? byLooseKey.get(looseKey(contractName));
    if (name === undefined) return null;
    return { name, grid: grids.get(name) ?? [] };
  };

  const missingSheets = REQUIRED_SHEETS.filter((s) => sheetOf(s) === null);
  for (const name of missingSheets) {
    log.issue("error", "missing-sheet", { sheet: name, required: "yes" }, name, null);
  }
  for (const name of OPTIONAL_SHEETS) {
    if (sheetOf(name) !== null) continue;
    log.issue("warning", "missing-sheet", { sheet: name, required: "no" }, name, null);
  }

  const settingsSheet = sheetOf(SHEET.settings);
  const settings = settingsSheet
    ? readSettings(settingsSheet.grid, settingsSheet.name, log)
    : readSettings([], SHEET.settings, new IssueLog());

  const unitsSheet = sheetOf(SHEET.units);
  const units = unitsSheet ? readUnits(unitsSheet.grid, unitsSheet.name, log) : [];
  const unitBook = new CodeBook(units.map((u) => u.code));

  const staffSheet = sheetOf(SHEET.staff);
  const staff = staffSheet ? readStaff(staffSheet.grid, staffSheet.name, unitBook, log) : [];
  const staffBook = new CodeBook(staff.map((s) => s.code));
  const subjectBook = staffBook.extendedWith(units.map((u) => u.code));

  const historySheet = sheetOf(SHEET.history);
  const history = historySheet
    ? readHistory(historySheet.grid, historySheet.name, subjectBook, log)
    : [];

  const initiativesSheet = sheetOf(SHEET.initiatives);
  const initiatives = initiativesSheet
    ? readInitiatives(initiativesSheet.grid, initiativesSheet.name, staffBook, log)
    : [];

  const criteriaSheet = sheetOf(SHEET.criteria);
  const criteria = criteriaSheet ? readCriteria(criteriaSheet.grid, criteriaSheet.name, log) : [];

  const pledges: PledgeSheet[] = [];
  const scoreSheets: ScoreSheet[] = [];
  for (const name of byKey.values()) {
    const grid = grids.get(name) ?? [];
    const pledgeUnit = unitCodeOfSheet(name, PLEDGE_KEYS);
    if (pledgeUnit !== null) {
      pledges.push(readPledgeSheet(grid, name, unitBook.canonical(pledgeUnit), staffBook, log));
      continue;
    }
    const scoreUnit = unitCodeOfSheet(name, SCORE_KEYS);
    if (scoreUnit !== null)
      scoreSheets.push(readScoreSheet(grid, name, unitBook.canonical(scoreUnit), log));
  }

  const votesSheet = sheetOf(SHEET.votes);
  const votes = votesSheet ? readVotes(votesSheet.grid, votesSheet.name, subjectBook, log) : [];

  // `Quyết định` exists only once the user asked for it (issue 11); no warning when absent.
  const decisionSheet = sheetOf(DECISION_SHEET);
  const decisions = decisionSheet
    ? readDecisions(decisionSheet.grid, decisionSheet.name, subjectBook, settings.year, log)
    : undefined;
  // `Hội đồng` is optional and only feeds the dossier: no warning when a register lacks it.
  const councilSheet = sheetOf(SHEET.council);
  const council = councilSheet ? readCouncil(councilSheet.grid, councilSheet.name, log) : [];

  return {
    register: {
      settings,
      units,
      staff,
      history,
      initiatives,
      pledges,
      criteria,
      scoreSheets,
      votes,
      ...(decisions === undefined ? {} : { decisions }),
      council,
    },
    issues: log.issues,
    missingSheets,
  };
}
