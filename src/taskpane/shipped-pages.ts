/**
 * The pages shipped beside the pane (rendered from docs/ at build time by scripts/markdown-page.js,
 * see webpack.config.js): they open offline, in a window of their own.
 */
import type { AwardKey } from "../domain/rulebook/award-catalogue";

/** The user guide (docs/huong-dan-su-dung.md). */
export const GUIDE_PAGE = "huong-dan-su-dung.html";

/** The rulebook (docs/rulebook.md, generated from the rulebook data). */
export const RULEBOOK_PAGE = "rulebook.html";

/** The rulebook's section on one title or award: its heading's id is the award's key. */
export function rulebookSection(award: AwardKey): string {
  return `${RULEBOOK_PAGE}#${award}`;
}
