/**
 * English wording of every issue. Sheet names, column headers and the register's own words
 * (titles, ratings) stay as the register writes them: they are what the user sees in Excel.
 */
import type { IssueCatalogue } from "./catalogue";
import type {
  CellParams,
  MissingKind,
  ParamValue,
  ParameterKindParam,
  RecordKind,
  Scorer,
  UnitSheetKind,
} from "./issue-codes";

const RECORD: Readonly<Record<RecordKind, (subject: string) => string>> = {
  unit: (s) => `of unit ${s}`,
  staff: (s) => `of staff member ${s}`,
  criterion: (s) => `of criterion ${s}`,
  history: (s) => `in the past awards of ${s}`,
  vote: (s) => `in the council vote on ${s}`,
  decision: (s) => `in the award decision on ${s}`,
  council: (s) => `of a Council member${s === "" ? "" : ` ${s}`}`,
};

/** `Cell D7 (column "Ngày sinh")` */
function at(p: CellParams): string {
  return `Cell ${p.cell} (column "${p.column}")`;
}

function notAllowed(p: CellParams & { value: string; accepted: string }): string {
  return `${at(p)} holds a value that is not allowed: "${p.value}". Choose one of: ${p.accepted}.`;
}

const ENCODING = {
  TCVN3: "TCVN3 (ABC, .VnTime fonts)",
  VNI: "VNI (VNI-Times fonts)",
} as const;

const UNIT_SHEET: Readonly<Record<UnitSheetKind, string>> = { pledge: "pledge", score: "score" };
const PREFIX: Readonly<Record<UnitSheetKind, string>> = { pledge: "ĐK-", score: "CĐ-" };
const SCORER: Readonly<Record<Scorer, string>> = { self: "self score", council: "council score" };

function num(n: number): string {
  return String(n);
}

/** A fraction as a percentage figure: 0.2 → "20". */
function percent(share: number): string {
  return num(Math.round(share * 1000) / 10);
}

const COUNCIL_ROLE = { chair: "chair", secretary: "secretary" } as const;

/** What a rule parameter of each kind accepts (`accepted`: the discipline levels). */
const PARAMETER_EXPECTED: Readonly<Record<ParameterKindParam, (accepted: string) => string>> = {
  share: () => "a share from 0% to 100% (e.g. 80% or 0.8)",
  optionalShare: () => "a share from 0% to 100% (e.g. 15%), or empty for no limit",
  count: () => "a whole number, 0 or more (e.g. 10)",
  score: () => "a score, 0 or more (e.g. 90)",
  discipline: (accepted) => `a disciplinary measure: ${accepted}`,
  codeList: () => "criterion codes separated by semicolons",
  yesNo: () => "có (yes) or không (no)",
};

/** A parameter's value as a person reads it: 0.8 → "80%", "" → "no limit". */
function parameterValue(kind: ParameterKindParam, value: ParamValue): string {
  if (value === "") return kind === "codeList" ? "none" : "no limit";
  if (kind === "yesNo") return value === 1 ? "yes" : "no";
  if (typeof value !== "number") return value;
  return kind === "share" || kind === "optionalShare" ? `${percent(value)}%` : num(value);
}

function range(p: { min: number | ""; max: number | "" }): string {
  if (p.min === "" && p.max === "") return "";
  return `, from ${num(p.min === "" ? 0 : p.min)}${p.max === "" ? "" : ` to ${num(p.max)}`}`;
}

/** The value a pledge's evaluation lacks. */
const MISSING: Readonly<Record<MissingKind, (p: { year: number | ""; name: string }) => string>> = {
  rating: (p) => `the ${p.year} rating of ${p.name}`,
  "council-score": (p) => `the council score of unit ${p.name}`,
  criteria: () => "the scoring criteria (sheet Tiêu chí is empty)",
  "bloc-rank": (p) => `the bloc ranking (Xếp hạng trong khối) of ${p.name}`,
  "council-members": () => "the council's total membership (Số thành viên Hội đồng)",
};

export const ISSUES_EN: IssueCatalogue = {
  "audit-log-row-edited": (p) =>
    `Row ${p.row} of ${p.sheet} was edited by hand (its check code no longer matches). ` +
    `The program only appends to the log; restore this row from an earlier copy.`,
  "audit-log-rows-deleted": (p) =>
    `${p.sheet} lacks row number ${p.from}${p.to > p.from ? ` to ${p.to}` : ""}: these rows were deleted. ` +
    `The program only appends to the log; restore them from an earlier copy.`,
  "audit-log-truncated": (p) =>
    `${p.sheet} holds ${p.found} rows but the program wrote ${p.expected}: the last rows (or the ` +
    `whole sheet) were deleted. Restore them from an earlier copy.`,
  "ambiguous-code": (p) =>
    `Mã CB "${p.code}" in cell ${p.cell} is also a Mã đơn vị, so the "Đối tượng" column of "Lịch sử" and "Bình xét" cannot tell them apart ` +
    `(the code is read as the staff member). Give the person or the unit another code.`,
  "award-in-title-column": (p) =>
    `Cell ${p.cell} (column "${p.column}") holds "${p.awardName}", which is an award, not an emulation title. ` +
    `Move it to column "${p.target}".`,
  "ballot-counts": (p) =>
    `The number in cell ${p.cell} (${p.small}) is greater than the one in cell ${p.bigCell} (${p.big}): ballots issued ≥ returned ≥ valid ≥ in favour. Check the ballot-counting record.`,
  "birth-date-out-of-range": (p) =>
    `The birth date of ${p.name} (${p.staff}) in cell ${p.cell} gives age ${p.age} in ${p.year}, outside ${p.minAge}–${p.maxAge}. Check the birth date.`,
  "cell-error": (p) =>
    `${at(p)} holds the error value ${p.error}. Correct the formula or type the value again.`,
  "council-role-count": (p) =>
    p.count === 0
      ? `Sheet "${p.sheet}" has no one in the role of ${COUNCIL_ROLE[p.role]}. Give one member this role (the meeting minutes name the ${COUNCIL_ROLE[p.role]}).`
      : `Sheet "${p.sheet}" has ${p.count} people in the role of ${COUNCIL_ROLE[p.role]} (${p.names}). The council has one ${COUNCIL_ROLE[p.role]}; correct the roles.`,
  "council-size-mismatch": (p) =>
    `Sheet "${p.sheet}" lists ${p.listed} members but setting "${p.label}" in sheet "${p.settingsSheet}"${p.cell === "" ? "" : ` (cell ${p.cell})`} says ${p.total}. Make them agree: the minutes give members present out of the total.`,
  "decision-before-year": (p) =>
    `${at(p)}: the decision date ${p.date} is before the emulation year ${p.year}. Check the date.`,
  "decision-without-date": (p) =>
    `${at(p)}: ${p.subject} – "${p.award}" is marked "${p.awarded}" but has no decision date. Type the date as day/month/year.`,
  "decision-without-number": (p) =>
    `${at(p)}: ${p.subject} – "${p.award}" is marked "${p.awarded}" but has no decision number. The next year's register takes awards without a decision number into its history only when you ask for it.`,
  "decision-without-result": (p) =>
    `${at(p)}: the row of ${p.subject} – "${p.award}" has a decision number or date but no result. Choose "${p.awarded}" or "${p.refused}".`,
  "dossier-ballot-counts-differ": (p) =>
    `Dossier: the rows of round ${p.round} in sheet "${p.sheet}" give different ballot counts (${p.values}); the ballot minutes use ${p.used}. Give the same number for the whole round.`,
  "dossier-invalid-setting": (p) =>
    `Dossier: setting "${p.label}" in cell ${p.cell} of sheet "${p.sheet}" is not a valid date: "${p.value}"; the documents leave a blank there. Type a date, e.g. 05/11/2024.`,
  "dossier-missing-ballot-counts": (p) =>
    `Dossier: sheet "${p.sheet}" does not give the ballot counts of the voting round (columns "Vòng", "Số phiếu phát ra", "Số phiếu thu về", "Số phiếu hợp lệ"), so the ballot minutes leave them blank. Add those columns to sheet "${p.sheet}".`,
  "dossier-missing-setting": (p) =>
    `Dossier: setting "${p.label}" is ${p.cell === "" ? "missing" : `empty (cell ${p.cell})`} in sheet "${p.sheet}", so the documents leave a blank "…" there to fill in by hand. ${p.cell === "" ? "Add a row" : "Fill in"} "${p.label}" (e.g. ${p.example}).`,
  "dossier-no-council": (p) =>
    `Dossier: the register has no sheet "${p.sheet}" (name, position, role in the council, present), so the meeting minutes leave the attendance blank. Add sheet "${p.sheet}" with the council's members.`,
  "duplicate-decision": (p) =>
    `Row ${p.row}: ${p.subject} – "${p.award}" is already on row ${p.firstRow} of the decisions sheet. Keep one row per subject and award; delete one of them.`,
  "collective-title-for-person": (p) =>
    `Cell ${p.cell} holds "${p.awardName}", a title for collectives, which a person cannot pledge. ` +
    `Write it in the "${p.target}" cell above the table, or choose a title for individuals.`,
  "criteria-total-not-100": (p) =>
    `The top-level "Cộng" criteria add up to ${num(p.total)} points, not the usual ${p.expected}. ` +
    `Check the criteria table (bonus and deduction points do not count in this total).`,
  "criterion-kind-mismatch": (p) =>
    `Criterion ${p.criterion} is of kind "${p.kind}" but its parent ${p.parent} is of kind "${p.parentKind}". ` +
    `A sub-criterion is usually of its parent's kind: check cell ${p.cell}.`,
  "criterion-max-negative": (p) =>
    `The maximum of criterion ${p.criterion} in cell ${p.cell} is ${num(p.max)}; it must be 0 or more ` +
    `(deductions are also written as positive numbers, with kind "Trừ"). Correct it.`,
  "criterion-parent-missing": (p) =>
    `Criterion ${p.criterion} in cell ${p.cell} is a sub-criterion of ${p.parent}, but there is no criterion ${p.parent}. ` +
    `Add criterion ${p.parent} or correct the code.`,
  "criterion-sum-mismatch": (p) =>
    `The maximum of criterion ${p.criterion} in cell ${p.cell} is ${num(p.max)}, but its sub-criteria ` +
    `(${p.children}) add up to ${num(p.sum)}. Make them equal.`,
  "date-out-of-range": (p) =>
    `The ${p.what === "decision" ? "decision date" : "initiative's recognition date"} in cell ${p.cell} is ${p.date}, after ` +
    `${p.limitKind === "assessment-date" ? `the assessment date ${p.limit}` : `the year ${p.limit}`}. Check the date.`,
  "duplicate-code": (p) =>
    `${p.column} "${p.code}" in cell ${p.cell} repeats row ${p.firstRow} (cell ${p.firstCell}). ` +
    `Each code is used once: change the code or delete the repeated row.`,
  "duplicate-pledge": (p) =>
    `Mã CB "${p.staff}" in cell ${p.cell} already pledged in row ${p.firstRow} of this sheet. ` +
    `One row per person: merge them into one row and delete the other.`,
  "duplicate-score-row": (p) =>
    `Criterion ${p.criterion} in cell ${p.cell} is already in row ${p.firstRow} of this sheet. Delete the repeated row.`,
  "duplicate-setting": (p) =>
    `Setting "${p.label}" in cell ${p.cell} is already given in a row above (value in cell ${p.firstCell}); this row is ignored. Delete one of the two rows.`,
  "duplicate-sheet": (p) =>
    `Sheets "${p.other}" and "${p.sheet}" have the same name (they differ only in case, spacing or how the accents were typed), so it is unclear which is the right one; the program reads "${p.other}" (the first). Rename or delete one of them.`,
  "duplicate-unit-sheet": (p) =>
    `Unit ${p.unit} has two ${UNIT_SHEET[p.kind]} sheets: "${p.other}" and "${p.sheet}"; there should be one. Merge them and delete one.`,
  "duplicate-vote": (p) =>
    `The vote on "${p.awardName}" for ${p.subject} is already in row ${p.firstRow}; row ${p.row} repeats it. ` +
    `Keep the right row and delete the other.`,
  "eligible-not-pledged": (p) =>
    `${p.subjectKind === "individual" ? `${p.name} (${p.subject}, unit ${p.unit})` : `Unit "${p.name}" (${p.subject})`} is eligible for "${p.awardName}"` +
    `${p.voteLeft === "yes" ? " (the council's vote aside)" : ""} but did not pledge it. To propose it, add it to sheet ${p.pledgeSheet}.`,
  "history-period-after-award": (p) =>
    `Cell ${p.cell}: the achievement runs to ${p.to}, after the award year ${p.year}. A decision rewards only achievements already made; correct the year to match the decision.`,
  "history-period-reversed": (p) =>
    `Cell ${p.cell}: the achievement starts in ${p.from}, after it ends in ${p.to}. Correct "Thành tích từ năm" / "Thành tích đến năm" to match the decision.`,
  "history-year-out-of-range": (p) =>
    `Year ${p.year} in cell ${p.cell} is after the register's year ${p.registerYear}; sheet "Lịch sử" holds earlier years only. Correct the year.`,
  "individual-title-for-unit": (p) =>
    `Cell ${p.cell} holds "${p.awardName}", a title for individuals, which a collective cannot pledge. ` +
    `Choose a collective title, or pledge it for each person in the table.`,
  "initiative-used-twice": (p) =>
    `Initiative "${p.title}"${p.decision === "" ? "" : ` (decision ${p.decision})`} is the only ground of both ${p.awards} for ${p.name} (${p.staff}): an initiative grounds one proposal only (Official Letter No. 5007 of the Ministry of Home Affairs). Choose one proposal for it; the other needs another ground.`,
  "initiative-without-decision": (p) =>
    `Initiative "${p.title}" of ${p.staff} lacks its decision number or date of recognition (cell ${p.cell}): it cannot ground a proposal until both are filled.`,
  "invalid-award-kind": notAllowed,
  "invalid-bloc-rank": (p) =>
    `${at(p)} is not a valid rank: "${p.value}". Type the unit's rank in its emulation bloc, a whole number from 1 (first).`,
  "invalid-council-role": notAllowed,
  "invalid-criterion-kind": notAllowed,
  "invalid-date": (p) =>
    p.cellFormat === "number"
      ? `${at(p)} must be a date, but the cell is formatted as a number: "${p.value}". Format the cell as a date (Format Cells › Date), then type the date as day/month/year, e.g. 05/11/2024.`
      : `${at(p)} must be a date: "${p.value}". Type the date as day/month/year, e.g. 05/11/2024.`,
  "invalid-gender": notAllowed,
  "invalid-milestone": (p) =>
    `Cell ${p.cell} (setting "${p.label}") is not a valid date: "${p.value}". Type the date as day/month/year, e.g. 05/11/${p.year}.`,
  "invalid-outcome": notAllowed,
  "invalid-number": (p) =>
    p.cellFormat === "date"
      ? `${at(p)} must be a number, but the cell is formatted as a date: "${p.value}". Format the cell as a number (Format Cells › Number), then type the number again, e.g. 8 or 8,5.`
      : `${at(p)} must be a number: "${p.value}". Type a number, e.g. 8 or 8,5.`,
  "invalid-rating": notAllowed,
  "invalid-scope": notAllowed,
  "invalid-setting": (p) =>
    p.expected === "date"
      ? `Cell ${p.cell} (setting "${p.label}") is not a valid date: "${p.value}". Type a date, e.g. 05/11/2024.`
      : `Cell ${p.cell} (setting "${p.label}") must be a whole number from ${p.min} to ${p.max}, not "${p.value}". ` +
        (p.expected === "year"
          ? "Type the emulation year in 4 digits, e.g. 2024."
          : "Type the total membership of the Emulation and Commendation Council, e.g. 9."),
  "invalid-vote-count": (p) =>
    `${p.field === "members" ? "The number of members" : "The number of yes votes"} in cell ${p.cell} is ${num(p.value)}; ` +
    `it must be a ${p.field === "members" ? "positive" : "non-negative"} whole number. Correct it.`,
  "invalid-year": (p) =>
    `${at(p)} is not a valid year: "${p.value}". Type the year with 4 digits, e.g. 2024.`,
  "invalid-yes-no": notAllowed,
  "legacy-encoding": (p) =>
    `Cell ${p.cell} was typed in the old ${ENCODING[p.encoding]} encoding: "${p.original}" was read as ` +
    `"${p.converted}". Check it and type the cell again in Unicode (or convert it with Unikey).`,
  "milestone-outside-year": (p) =>
    `Milestone "${p.label}" (${p.date}, cell ${p.cell}) lies outside the emulation year ${p.year}. Check the year of this date.`,
  "lock-record-damaged": () =>
    "The lock record of the results is damaged, so nothing can confirm they are unchanged. " +
    "Use the locked copy of the register, or unlock and lock again once the council confirms.",
  "lock-record-missing": (p) =>
    `${p.sheet} says the results are locked but the register no longer holds the lock record ` +
    "(copied by another program, or removed): nothing can confirm the results are unchanged. " +
    "Use the locked copy of the register, or unlock and lock again once the council confirms.",
  "locked-value-changed": (p) =>
    `Cell ${p.sheet}!${p.cell} was changed after the results were locked (${p.lockedAt}): was ` +
    `${p.before === "" ? "(blank)" : `"${p.before}"`}, now ${p.after === "" ? "(blank)" : `"${p.after}"`}. ` +
    "Put the locked value back, or unlock the results (the unlock is logged) if the council decides to change it.",
  "missing-code": (p) =>
    `Row ${p.row} of sheet "${p.sheet}" has data but cell ${p.cell} (column "${p.column}") is empty; ` +
    `the row is left out. Type a code (every row of "${p.table}" needs its own) or delete the row.`,
  "missing-council-members": (p) =>
    `Row ${p.row} has no council size: the "Số thành viên" cell is empty and sheet "Cấu hình" has no "Số thành viên Hội đồng". ` +
    `Fill in one of them.`,
  "missing-headers": (p) =>
    `Sheet "${p.sheet}" has no header row with every required column; missing: ${p.missing}. ` +
    `Add these columns to the table's header row (within the first ${p.searchRows} rows), named as in the template.`,
  "missing-pledge-sheet": (p) =>
    `Unit ${p.unit} (${p.name}) has no pledge sheet "ĐK-${p.unit}", so its pledges are not assessed yet. ` +
    `Create the sheet ("Create unit sheets") and fill it in.`,
  "missing-score-sheet": (p) =>
    `Unit ${p.unit} (${p.name}) has no score sheet "CĐ-${p.unit}", so it is not scored yet. ` +
    `Create the sheet ("Create unit sheets") and fill it in.`,
  "missing-setting": (p) =>
    p.setting === "year"
      ? p.cell === ""
        ? `Sheet "${p.sheet}" has no emulation year (setting "${p.label}"). Add a row "${p.label}" with its value, e.g. 2024.`
        : `Cell ${p.cell} (setting "${p.label}") is empty: the emulation year is unknown. Type the year, e.g. 2024.`
      : (p.cell === ""
          ? `Sheet "${p.sheet}" has no agency name (setting "${p.label}"). Add a row "${p.label}" with the agency's name`
          : `Cell ${p.cell} (setting "${p.label}") is empty. Type the agency's name`) +
        "; it heads every list.",
  "missing-sheet": (p) =>
    p.required === "yes"
      ? `The register lacks the required sheet "${p.sheet}", so it cannot be checked. Add sheet "${p.sheet}" with exactly this name (the "Create register" button or "tdkt init" makes template sheets).`
      : `The register has no sheet "${p.sheet}"; it is read as empty. Add sheet "${p.sheet}" (the "Create register" button makes every template sheet) if you have its data.`,
  "missing-value": (p) =>
    `${at(p)} ${RECORD[p.record](p.subject)} is empty. Fill in "${p.column}".`,
  "months-out-of-range": (p) =>
    `Months worked by ${p.name} (${p.staff}) in cell ${p.cell} is ${num(p.months)}; it must be 0 to 12. Type the months actually worked this year.`,
  "name-mismatch": (p) =>
    `The name "${p.name}" in cell ${p.cell} differs from sheet "Cán bộ" ("${p.rosterName}") for code ${p.staff}. ` +
    `Check the code or correct the name.`,
  "parameter-bands-order": (p) =>
    `The classification score bands must descend (HTXSNV ${p.htxsnv} ≥ HTTNV ${p.httnv} ≥ HTNV ${p.htnv}). The program uses the default bands 90, 70, 50.`,
  "parameter-invalid": (p) =>
    `Parameter "${p.label}" has an invalid value "${p.value}": it needs ${PARAMETER_EXPECTED[p.kind](p.accepted)}${range(p)}. ` +
    `The program uses the default value ${parameterValue(p.kind, p.fallback)}.`,
  "pledge-not-evaluable": (p) =>
    p.missing === "rule"
      ? `The pledge of "${p.awardName}" by ${p.subject} cannot be evaluated: the rulebook in use has no conditions for this title or award.`
      : `Missing ${MISSING[p.missing](p)}: ${p.awards} cannot be evaluated yet. Add the data and run again.`,
  "pledge-wrong-unit": (p) =>
    `${p.name} (${p.staff}) belongs to unit ${p.unit}, not ${p.sheetUnit}, so cannot pledge on sheet "${p.sheet}". ` +
    `Move the row to sheet ĐK-${p.unit}, or correct the person's unit in sheet "Cán bộ".`,
  "pledges-not-evaluable": (p) =>
    `Sheet ${p.sheet} has no year, so no pledge can be evaluated. Type the emulation year (e.g. 2024).`,
  "provincial-title-and-award": (p) =>
    `${p.name} (${p.staff}) is proposed for both the provincial emulation fighter title and the provincial Certificate of Merit in the same year. ` +
    `Both reward the same achievement: consider proposing only one.`,
  "rating-despite-discipline": (p) =>
    `${p.name} (${p.staff}) was disciplined ("${p.discipline}") this year but is rated "Hoàn thành tốt nhiệm vụ" or better in cell ${p.cell}. ` +
    `A person disciplined in the year cannot be rated above "did not complete duties" (KHTNV; Decree 233/2026 Art. 12(4)(c)): check the rating or the discipline.`,
  "rating-short-service": (p) =>
    `${p.name} (${p.staff}) worked ${num(p.months)} months this year (under ${p.minimum}) but has a rating in cell ${p.cell}. ` +
    `People who worked under ${p.minimum} months are not rated (maternity leave excepted): empty the rating or correct the months.`,
  "score-council-blocked": (p) =>
    `Sheet ${p.sheet}: the council total is not summed because ${p.count === 1 ? "cell" : "cells"} ${p.shown} ${p.count === 1 ? "holds" : "hold"} a score outside 0 to the maximum. ` +
    `Correct these scores; until then the unit is not ranked.`,
  "score-council-incomplete": (p) =>
    `Sheet ${p.sheet}: ${p.count} criteria have no council score (${p.shown}). The council total cannot be computed, so the unit is not ranked.`,
  "score-criteria-missing": (p) =>
    `Sheet "${p.sheet}" lacks ${p.count} criteria of sheet "Tiêu chí": ${p.shown}. ` +
    `Add these rows (or create the score sheet again with "Create unit sheets").`,
  "score-on-parent": (p) =>
    `Cell ${p.cell} (${SCORER[p.scorer]}) gives ${num(p.score)} points to criterion ${p.criterion}, not the sum of its sub-criteria (${num(p.sum)}). ` +
    `A parent's score is always the sum of its sub-criteria, so this cell is not used: score the sub-criteria, empty this cell or use a sum formula.`,
  "score-out-of-range": (p) =>
    `The ${SCORER[p.scorer]} of criterion ${p.criterion} in cell ${p.cell} is ${num(p.score)}, outside 0 to ${num(p.max)}. ` +
    `Score within this range${p.minus === "yes" ? " (deductions are written as positive numbers)" : ""}.`,
  "score-self-incomplete": (p) =>
    `Sheet ${p.sheet}: ${p.count} criteria have no self score (${p.shown}). The self total cannot be computed.`,
  "scoring-no-criteria": (p) =>
    `Sheet ${p.sheet} has no criteria: no score can be computed and no unit ranked. Enter the scoring criteria.`,
  "setting-date-out-of-year": (p) =>
    `"${p.label}" in cell ${p.cell} is ${p.date}, not in ${p.years.split(" / ").join(" or ")} of the ${p.year} emulation year. Check the year.`,
  "title-in-award-column": (p) =>
    `Cell ${p.cell} (column "${p.column}") holds "${p.awardName}", which is an emulation title, not an award. ` +
    `Move it to column "${p.target}".`,
  "score-self-blocked": (p) =>
    `Sheet ${p.sheet}: the self total is not summed because ${p.count === 1 ? "cell" : "cells"} ${p.shown} ${p.count === 1 ? "holds" : "hold"} a score outside 0 to the maximum. Correct these scores.`,
  "unit-htxsnv-share-exceeded": (p) =>
    `Unit ${p.unitName} has ${p.excellent} ${p.excellent === 1 ? "person" : "people"} rated "Hoàn thành xuất sắc nhiệm vụ" of ${p.good} rated "Hoàn thành tốt nhiệm vụ" or better, ` +
    `above ${percent(p.share)}% (at most ${p.cap}${p.excellentUnit === 1 ? ', the share of a unit rated "Hoàn thành xuất sắc nhiệm vụ"' : ""}). Review the unit's ratings.`,
  "unit-rating-differs": (p) =>
    `Unit "${p.unitName}" (${p.unit}) is rated "${p.ratingName}" but its council score (${p.points} points) classifies it as "${p.suggestedName}". Check the rating.`,
  "unit-rating-missing": (p) =>
    `Unit "${p.unitName}" (${p.unit}) has no rating${p.year === "" ? "" : ` for ${p.year}`}: its collective titles cannot be evaluated (not rated). ` +
    (p.suggested === "" || p.points === ""
      ? "Its council score is not complete enough to suggest a rating."
      : `Its council score (${p.points} points) suggests "${p.suggestedName}".`),
  "unknown-award": (p) =>
    `${at(p)} is not a known title or award${p.ratingAllowed === "yes" ? " nor a rating" : ""}: "${p.value}". ` +
    `Use the name exactly as in the drop-down list of titles and awards` +
    `${p.ratingAllowed === "yes" ? " or a rating" : ""}.`,
  "unknown-decision-subject": (p) =>
    `${at(p)} is neither a staff code nor a unit code of the register: "${p.value}". Correct the code, or create the decisions sheet again from the proposals.`,
  "unknown-criterion": (p) =>
    `Criterion code "${p.criterion}" in cell ${p.cell} is not in sheet "Tiêu chí". ` +
    `Correct the code or delete the row (a score sheet follows the criteria table).`,
  "unknown-discipline": (p) =>
    `Discipline "${p.discipline}" of ${p.name} (${p.staff}) in cell ${p.cell} is not in the list (${p.accepted}); ` +
    `the person is still treated as disciplined. Write the discipline's exact name, or leave it empty if there is none.`,
  "unknown-legal-basis": (p) =>
    `Legal basis "${p.value}" is not known to the program; the register is checked under ${p.used} (by Năm). Leave the cell empty or choose a basis from its list.`,
  "unknown-staff": (p) =>
    p.where === "pledge"
      ? `Mã CB "${p.staff}" in cell ${p.cell} is not in sheet "Cán bộ". Correct the code or add the person to sheet "Cán bộ".`
      : `Mã CB "${p.staff}" in cell ${p.cell} is not in sheet "Cán bộ", so this initiative counts for nobody. Correct the code if it is a typo.`,
  "unknown-subject": (p) =>
    p.where === "history"
      ? `"Đối tượng" "${p.subject}" in cell ${p.cell} is neither a Mã CB nor a Mã đơn vị of this year's register, so the row counts for nobody. ` +
        `Correct the code if it is a typo.`
      : `"Đối tượng" "${p.subject}" in cell ${p.cell} is neither a Mã CB nor a Mã đơn vị of the register. Correct the code.`,
  "unknown-unit": (p) =>
    p.where === "staff"
      ? `Staff member ${p.staff} (${p.name}) belongs to unit code "${p.unit}", which is not in sheet "Đơn vị". ` +
        `Correct the unit code or add the unit to sheet "Đơn vị".`
      : `Sheet "${p.sheet}" is the ${UNIT_SHEET[p.where]} sheet of unit code "${p.unit}", which is not in sheet "Đơn vị". ` +
        `Rename the sheet ${PREFIX[p.where]}<unit code> with the right code, or add the unit to sheet "Đơn vị".`,
  "vote-wrong-subject": (p) =>
    `"${p.awardName}" in cell ${p.cell} is a ${p.subjectKind === "individual" ? "collective" : "individual"} title, ` +
    `but ${p.subject} is ${p.subjectKind === "individual" ? "a staff member" : "a unit"}. Correct the subject or the title voted on.`,
  "votes-above-members": (p) =>
    `The yes votes in cell ${p.cell} are ${num(p.yes)}, more than the council's ${num(p.members)} members. ` +
    `Check the voting record.`,
};
