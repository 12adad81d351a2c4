/** English wording of what merging the units' files finds (sheet names as the register writes them). */
import type { MergeFindingCatalogue } from "./merge-findings";

/** `"value"` (cut at 50 letters) or "(empty)". */
function quoted(value: string): string {
  if (value === "") return "(empty)";
  return `"${value.length > 50 ? `${value.slice(0, 50)}…` : value}"`;
}

export const MERGE_FINDINGS_EN: MergeFindingCatalogue = {
  "changed-meanwhile": (_, at) =>
    `Cell ${at.sheet ?? ""}!${at.cell ?? ""} was changed by someone else during the merge; it was not merged. Merge the file "${at.file}" again.`,
  "changed-outside-input": (p, at) =>
    at.cell === null
      ? `The "${at.sheet ?? ""}" sheet in the file "${at.file}" was changed (it is for reference only); those changes are not merged. Make any correction in the register itself.`
      : `Cell ${at.sheet ?? ""}!${at.cell} in the file "${at.file}" is outside the input cells but was changed (${quoted(p.before)} → ${quoted(p.theirs)}); it was not merged.`,
  conflict: (p, at) =>
    `Conflict in cell ${at.sheet ?? ""}!${at.cell ?? ""}: the register now holds ${quoted(p.ours)}, the unit sent ${quoted(p.theirs)} (it was ${quoted(p.base)} when the file was made); not merged. Choose the right value and type it, or merge again with --force to take the unit's value.`,
  "conflict-forced": (p, at) =>
    `Cell ${at.sheet ?? ""}!${at.cell ?? ""}: the register now holds ${quoted(p.ours)}, the unit sent ${quoted(p.theirs)} (it was ${quoted(p.base)} when the file was made); the unit's value was taken (--force).`,
  "legacy-text": (p, at) =>
    `Cell ${at.sheet ?? ""}!${at.cell ?? ""} was typed in the legacy ${p.encoding} font; converted to Unicode: "${p.text}". Please check it.`,
  "missing-sheet-in-file": (_, at) =>
    `The file "${at.file}" no longer has the "${at.sheet ?? ""}" sheet (deleted or renamed); that sheet was not merged.`,
  "not-a-unit-file": (_, at) =>
    `The file "${at.file}" is not a unit file made by Sổ Thi đua (it has no identifying stamp); not merged. Use the file that was sent to the unit.`,
  "register-sheet-changed": (_, at) =>
    `The register's "${at.sheet ?? ""}" sheet changed after the unit files were made; only cells the register did not change are merged, and cells both sides changed are reported as conflicts.`,
  "register-sheet-missing": (_, at) =>
    `The register no longer has the "${at.sheet ?? ""}" sheet (deleted or renamed after the unit files were made); that sheet was not merged. Restore the sheet and merge again.`,
  "same-unit-twice": (p, at) =>
    `Unit "${at.unit ?? ""}" has two files in this merge ("${at.file}" and "${p.others.split(", ").join('", "')}"); none of this unit's files was merged. Choose one file and merge again.`,
  "wrong-register": (p, at) =>
    `The file "${at.file}" belongs to the register "${p.register}", not to this one ("${p.ours}"); not merged.`,
  "wrong-unit": (p, at) =>
    p.sheets === ""
      ? `The file "${at.file}" belongs to unit "${at.unit ?? ""}", which is not on the register's Đơn vị sheet; not merged.`
      : `The file "${at.file}" belongs to unit "${at.unit ?? ""}" but holds the sheets "${p.sheets}" of another unit; not merged. Each unit sends back its own file.`,
  "wrong-year": (p, at) =>
    `The file "${at.file}" is for the year ${p.year === "" ? "(unknown)" : p.year}, while this register is for ${p.ours === "" ? "(unknown)" : p.ours}; not merged.`,
};
