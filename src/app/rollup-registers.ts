/**
 * Use case "tổng hợp đề nghị" (issue 12, item 5): reads many registers, rolls their proposals
 * that go above the Sở into intake lists, and writes them into a new workbook.
 */
import { buildRollupSheets } from "../domain/rollup/rollup-sheets";
import { rollupProposals, type Rollup, type RollupSource } from "../domain/rollup/rollup-proposals";
import type { Language } from "../domain/messages/language";
import type { WorkbookPort } from "../ports/workbook.port";
import { readInputGrids } from "./read-workbook";

/** A register to roll up: its file name and a port on it. */
export interface RegisterFile {
  readonly file: string;
  readonly port: WorkbookPort;
}

export async function rollupRegisters(
  registers: readonly RegisterFile[],
  out: WorkbookPort,
  title: string,
  language: Language = "vi"
): Promise<Rollup> {
  const sources: RollupSource[] = [];
  for (const r of registers) sources.push({ file: r.file, grids: await readInputGrids(r.port) });
  const rollup = rollupProposals(sources);
  await out.createSheets(buildRollupSheets(rollup, title, language));
  return rollup;
}
