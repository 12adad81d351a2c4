/**
 * Disciplinary forms, mildest first. `Kỷ luật` is free text in `Cán bộ`; a rule compares its level
 * with a threshold ("from Khiển trách", "from Cảnh cáo"), so the text is mapped onto this ladder.
 */
import { foldKey } from "../text/normalize";

export const DISCIPLINE_LEVELS = [
  "Khiển trách",
  "Cảnh cáo",
  "Hạ bậc lương",
  "Giáng chức",
  "Cách chức",
  "Bãi nhiệm",
  "Buộc thôi việc",
] as const;

export type DisciplineLevel = (typeof DISCIPLINE_LEVELS)[number];

const FOLDED = DISCIPLINE_LEVELS.map((level) => ({ level, key: foldKey(level) }));

/**
 * The level named in a discipline text ("Cảnh cáo", "kỷ luật cảnh cáo (QĐ 12)"), the heaviest if
 * several are named, or null when none is recognised.
 */
export function disciplineLevel(text: string): DisciplineLevel | null {
  const key = foldKey(text);
  let found: DisciplineLevel | null = null;
  for (const { level, key: levelKey } of FOLDED) {
    if (key.includes(levelKey)) found = level;
  }
  return found;
}

/** Position on the ladder, 0 = Khiển trách. */
export function disciplineSeverity(level: DisciplineLevel): number {
  return DISCIPLINE_LEVELS.indexOf(level);
}

/**
 * Whether a discipline text reaches `threshold`. Text naming no known form counts as reaching
 * it: a rule must not pass a disciplined person because the form was typed unusually.
 */
export function disciplineReaches(
  text: string,
  threshold: DisciplineLevel
): { readonly reaches: boolean; readonly level: DisciplineLevel | null } {
  const level = disciplineLevel(text);
  if (level === null) return { reaches: true, level };
  return { reaches: disciplineSeverity(level) >= disciplineSeverity(threshold), level };
}
