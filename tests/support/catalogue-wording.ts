/**
 * What the message-catalogue tests share: the letters only Vietnamese uses, the register's own
 * words an English text may quote, a walk over a nested catalogue and the wording of each entry.
 * One copy, so that every catalogue is held to the same rule: English speaks English apart from
 * the words the user sees typed in Excel and the values the message was given.
 */
import * as layout from "../../src/domain/codec/register-layout";
import { RATING_TEXT } from "../../src/domain/codec/vocabulary";
import { AUDIT_LOG_SHEET } from "../../src/domain/integrity/audit-log";
import { CHECK_SHEET_NAME, MERGE_REPORT_SHEET } from "../../src/domain/output/program-sheets";
import { AWARD_CATALOGUE } from "../../src/domain/rulebook/award-catalogue";
import {
  DECISION_COLUMNS,
  DECISION_SHEET,
  OUTCOME_TEXT,
} from "../../src/domain/year/decision-layout";
import { VIETNAMESE_LETTERS } from "./vietnamese-letters";

export { VIETNAMESE_LETTERS };

/**
 * The register's contract, which stays Vietnamese in every language: sheet names and prefixes,
 * setting labels, column headers, typed values (ratings, outcomes, criterion kinds), the titles'
 * short names, the product's name and the decrees' numbering ("152/2025/NĐ-CP").
 */
export const REGISTER_WORDS: readonly string[] = [
  ...Object.values(layout.SHEET),
  layout.PLEDGE_PREFIX,
  layout.SCORE_PREFIX,
  DECISION_SHEET,
  CHECK_SHEET_NAME,
  MERGE_REPORT_SHEET,
  AUDIT_LOG_SHEET,
  ...Object.values(layout.SETTING_LABELS),
  ...Object.values(layout.PLEDGE_LABELS),
  ...Object.values(layout.DOCUMENT_SETTING_LABELS),
  ...[
    layout.SETTINGS_COLUMNS,
    layout.UNIT_COLUMNS,
    layout.STAFF_COLUMNS,
    layout.HISTORY_COLUMNS,
    layout.INITIATIVE_COLUMNS,
    layout.PLEDGE_COLUMNS,
    layout.CRITERIA_COLUMNS,
    layout.SCORE_COLUMNS,
    layout.VOTE_COLUMNS,
    layout.COUNCIL_COLUMNS,
    DECISION_COLUMNS,
  ].flatMap((columns) => columns.map((c) => c.header)),
  ...Object.values(RATING_TEXT),
  ...Object.values(OUTCOME_TEXT),
  ...AWARD_CATALOGUE.map((award) => award.shortName),
  // Labels people type beside the tables, and the initiative kinds a reason names.
  "Số thành viên Hội đồng",
  "Số thành viên",
  "Mã CB",
  "Sáng kiến, Đề tài",
  "Sáng kiến",
  "Đề tài",
  "Giải pháp",
  "Cộng",
  "Trừ",
  "Sổ Thi đua",
  "NĐ-CP",
].filter((word): word is string => typeof word === "string" && word !== "");

/** Every string inside a value (params, nested reasons' params), in order. */
export function leafStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(leafStrings);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(leafStrings);
  return [];
}

/**
 * The text with each word blanked out, longest first, so that a short value ("x") does not cut a
 * longer one ("xuất") apart and a long header is not left half quoted.
 */
export function withoutWords(text: string, words: readonly string[]): string {
  let rest = text;
  for (const word of words.filter((w) => w !== "").sort((a, b) => b.length - a.length)) {
    rest = rest.split(word).join(" ");
  }
  return rest;
}

/** What the catalogue itself says: the text without the register's words and the params' values. */
export function catalogueOwnWords(text: string, params: unknown = {}): string {
  return withoutWords(text, [...leafStrings(params), ...REGISTER_WORDS]);
}

/** A catalogue entry: its dotted path and its value (a text, a list of texts or a wording). */
export type CatalogueEntry = readonly [path: string, value: unknown];

/** Every leaf of a nested catalogue, with its dotted path ("args.unknownOption"). */
export function catalogueEntries(node: unknown, prefix = ""): CatalogueEntry[] {
  if (typeof node !== "object" || node === null || Array.isArray(node)) return [[prefix, node]];
  return Object.entries(node).flatMap(([key, value]) =>
    catalogueEntries(value, prefix === "" ? key : `${prefix}.${key}`)
  );
}

/** How a catalogue's entries are worded for the test. */
export interface WordingOptions {
  /** The params a wording function at that path is called with; undefined fails the test. */
  readonly exampleFor: (path: string) => object | undefined;
  /** Whether an entry may be a list of texts (headers, steps) rather than a text. */
  readonly lists: boolean;
}

/** The texts an entry words: a text, each text of a list, or a wording function's line(s). */
export function wordingsOf(path: string, value: unknown, options: WordingOptions): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) {
    if (!options.lists) throw new Error(`${path}: a list where a text was expected`);
    return value.map((item) => {
      if (typeof item !== "string") throw new Error(`${path}: a ${typeof item} in a list`);
      return item;
    });
  }
  if (typeof value === "function") {
    const example = options.exampleFor(path);
    if (example === undefined) throw new Error(`no example for ${path}`);
    // A wording function words a line, or several (a summary's lines, a unit file's steps).
    const worded: unknown = (value as (params: object) => unknown)(example);
    const lines = Array.isArray(worded) ? worded : [worded];
    return lines.map((line) => {
      if (typeof line !== "string") throw new Error(`${path}: worded a ${typeof line}`);
      return line;
    });
  }
  throw new Error(`${path}: ${typeof value}`);
}
