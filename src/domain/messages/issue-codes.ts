/**
 * Every issue code the domain emits, with the parameters its message is built from. This is the
 * vocabulary of findings: the code is stable (never reworded), the params are plain values, and
 * the wording lives only in the catalogues (`issues.vi.ts`, `issues.en.ts`).
 *
 * Adding a code: add it here (keep alphabetical order, so parallel additions merge cleanly), then
 * its message in both catalogues; the compiler lists what is missing. Param shapes come from the
 * vocabulary every catalogue shares (param-types.ts).
 */
import type { CellParams, MissingKind, ParamValue, RecordKind } from "./param-types";

export type { CellParams, MissingKind, ParamValue, RecordKind } from "./param-types";

/** Which per-unit sheet: `ĐK-` (pledges) or `CĐ-` (scores). */
export type UnitSheetKind = "pledge" | "score";

/** Who gave a score: the unit itself or the council. */
export type Scorer = "self" | "council";

/** A person's cell: address, code and name. */
export type StaffCellParams = {
  readonly cell: string;
  readonly staff: string;
  readonly name: string;
};

/** Scores outside 0…max that block a total: the sheet, the unit and the cells (first ten shown). */
export type ScoreBlockedParams = {
  readonly sheet: string;
  readonly unit: string;
  readonly count: number;
  /** The first cells with their criteria, e.g. "D5 (tiêu chí 1.1)". */
  readonly shown: string;
  /** Every blocking cell, comma-separated. */
  readonly cells: string;
};

/** A pledge of a title in the award column, or of an award in the title column. */
export type PledgeColumnParams = {
  readonly cell: string;
  readonly column: string;
  readonly award: string;
  readonly awardName: string;
  readonly target: string;
};

/**
 * Why a pledge cannot be evaluated: the rulebook in use has no rule for it (`missing` "rule"), or
 * a value it needs is empty (`awards`: the short names of the titles it blocks, comma-separated;
 * `year`, `name`: whose value, where the kind has them, else "").
 */
export type PledgeNotEvaluableParams =
  | {
      readonly missing: "rule";
      readonly award: string;
      readonly awardName: string;
      readonly subject: string;
    }
  | {
      readonly missing: MissingKind;
      readonly year: number | "";
      readonly name: string;
      readonly awards: string;
    };

/** Empty scores of one kind on a score sheet (the first codes shown, ", …" when more). */
export type ScoreIncompleteParams = {
  readonly sheet: string;
  readonly unit: string;
  readonly count: number;
  readonly shown: string;
};

/** The kinds of rule parameter (as parameter-definition.ts names them). */
export type ParameterKindParam =
  "share" | "optionalShare" | "count" | "score" | "discipline" | "codeList" | "yesNo";

/** Code → params. */
export interface IssueParamsByCode {
  /** A row of `Nhật ký` whose check code no longer matches its fields. */
  readonly "audit-log-row-edited": { readonly sheet: string; readonly row: number };
  /** Numbers missing from `Nhật ký`'s sequence: rows deleted by hand. */
  readonly "audit-log-rows-deleted": {
    readonly sheet: string;
    readonly from: number;
    readonly to: number;
  };
  /** `Nhật ký` holds fewer rows than the program wrote (rows deleted at its end, or the sheet). */
  readonly "audit-log-truncated": {
    readonly sheet: string;
    readonly found: number;
    readonly expected: number;
  };
  /** A Mã CB that is also a Mã đơn vị: `Đối tượng` cannot tell them apart. */
  readonly "ambiguous-code": { readonly cell: string; readonly code: string };
  readonly "award-in-title-column": PledgeColumnParams;
  /** A ballot count of `Bình xét` above the one before it (issued ≥ returned ≥ valid ≥ yes). */
  readonly "ballot-counts": {
    readonly cell: string;
    readonly subject: string;
    readonly small: number;
    readonly big: number;
    readonly bigCell: string;
  };
  readonly "birth-date-out-of-range": StaffCellParams & {
    readonly age: number;
    readonly year: number;
    readonly minAge: number;
    readonly maxAge: number;
  };
  /** A cell holds an Excel error value (#N/A, #REF!, …). */
  readonly "cell-error": CellParams & { readonly error: string };
  /** No one, or more than one, in the role of chair / secretary in `Hội đồng`. */
  readonly "council-role-count": {
    readonly sheet: string;
    readonly role: "chair" | "secretary";
    readonly count: number;
    /** The holders' names, comma-separated ("" when none). */
    readonly names: string;
  };
  /** `Hội đồng` lists another number of members than `Số thành viên Hội đồng` ("" cell: no row). */
  readonly "council-size-mismatch": {
    readonly sheet: string;
    readonly listed: number;
    readonly total: number;
    readonly label: string;
    readonly settingsSheet: string;
    readonly cell: string;
  };
  /** A `Quyết định` date before the register's year. */
  readonly "decision-before-year": CellParams & { readonly date: string; readonly year: number };
  readonly "decision-without-date": CellParams & {
    readonly subject: string;
    readonly award: string;
    readonly awarded: string;
  };
  /** Granted without a decision number: next year takes it only when the user says so. */
  readonly "decision-without-number": CellParams & {
    readonly subject: string;
    readonly award: string;
    readonly awarded: string;
  };
  readonly "decision-without-result": CellParams & {
    readonly subject: string;
    readonly award: string;
    readonly awarded: string;
    readonly refused: string;
  };
  /** The rows of one round of `Bình xét` give different ballot counts; the minutes use `used`. */
  readonly "dossier-ballot-counts-differ": {
    readonly sheet: string;
    readonly round: string;
    readonly values: string;
    readonly used: number;
  };
  /** A document date setting that is not a date: the documents leave a blank. */
  readonly "dossier-invalid-setting": {
    readonly sheet: string;
    readonly cell: string;
    readonly label: string;
    readonly value: string;
  };
  /** `Bình xét` without the round's ballot counts: the ballot minutes leave them blank. */
  readonly "dossier-missing-ballot-counts": { readonly sheet: string };
  /** A document setting missing or empty ("" cell: no row): the documents leave a blank. */
  readonly "dossier-missing-setting": {
    readonly sheet: string;
    readonly cell: string;
    readonly label: string;
    readonly example: string;
  };
  /** No `Hội đồng` sheet: the meeting minutes leave the attendance blank. */
  readonly "dossier-no-council": { readonly sheet: string };
  /** The same (subject, award) twice in `Quyết định`. */
  readonly "duplicate-decision": CellParams & {
    readonly subject: string;
    readonly award: string;
    readonly row: number;
    readonly firstRow: number;
  };
  readonly "collective-title-for-person": {
    readonly cell: string;
    readonly award: string;
    readonly awardName: string;
    readonly target: string;
  };
  readonly "criteria-total-not-100": { readonly total: number; readonly expected: number };
  readonly "criterion-kind-mismatch": {
    readonly cell: string;
    readonly criterion: string;
    readonly kind: string;
    readonly parent: string;
    readonly parentKind: string;
  };
  readonly "criterion-max-negative": {
    readonly cell: string;
    readonly criterion: string;
    readonly max: number;
  };
  readonly "criterion-parent-missing": {
    readonly cell: string;
    readonly criterion: string;
    readonly parent: string;
  };
  readonly "criterion-sum-mismatch": {
    readonly cell: string;
    readonly criterion: string;
    readonly max: number;
    readonly sum: number;
    readonly children: string;
  };
  /** A decision or recognition dated after the day of assessment (or the register's year). */
  readonly "date-out-of-range": {
    readonly cell: string;
    readonly what: "decision" | "recognition";
    readonly date: string;
    readonly limit: string;
    readonly limitKind: "assessment-date" | "year";
  };
  readonly "duplicate-code": {
    readonly cell: string;
    readonly column: string;
    readonly code: string;
    readonly firstRow: number;
    readonly firstCell: string;
  };
  readonly "duplicate-pledge": {
    readonly cell: string;
    readonly staff: string;
    readonly firstRow: number;
  };
  readonly "duplicate-score-row": {
    readonly cell: string;
    readonly criterion: string;
    readonly firstRow: number;
  };
  /** A `Cấu hình` label given twice: the later row is ignored. */
  readonly "duplicate-setting": {
    readonly cell: string;
    readonly label: string;
    readonly firstCell: string;
  };
  /** Two sheets whose names differ only in case, spacing or how the accents were typed. */
  readonly "duplicate-sheet": { readonly sheet: string; readonly other: string };
  readonly "duplicate-unit-sheet": {
    readonly unit: string;
    readonly sheet: string;
    readonly other: string;
    readonly kind: UnitSheetKind;
  };
  readonly "duplicate-vote": {
    readonly subject: string;
    readonly award: string;
    readonly awardName: string;
    readonly firstRow: number;
    readonly row: number;
  };
  /** A person or unit eligible for a title it did not pledge. */
  readonly "eligible-not-pledged": {
    readonly award: string;
    readonly awardName: string;
    readonly subject: string;
    readonly subjectKind: "individual" | "collective";
    /** The person's or unit's name. */
    readonly name: string;
    /** The person's unit (a unit's own code). */
    readonly unit: string;
    /** The pledge sheet to add it to. */
    readonly pledgeSheet: string;
    /** "yes" when a council vote still has to be taken. */
    readonly voteLeft: "yes" | "no";
  };
  /** `Thành tích đến năm` after the year of the decision. */
  readonly "history-period-after-award": CellParams & {
    readonly to: number;
    readonly year: number;
  };
  /** `Thành tích từ năm` after the period's end. */
  readonly "history-period-reversed": CellParams & { readonly from: number; readonly to: number };
  readonly "history-year-out-of-range": {
    readonly cell: string;
    readonly year: number;
    readonly registerYear: number;
  };
  readonly "individual-title-for-unit": {
    readonly cell: string;
    readonly award: string;
    readonly awardName: string;
  };
  /** One initiative is the only ground of two proposals of one person (Công văn 5007/BNV-TĐKT). */
  readonly "initiative-used-twice": {
    readonly cell: string;
    readonly staff: string;
    readonly name: string;
    readonly title: string;
    readonly decision: string;
    /** The proposals' short names, comma-separated. */
    readonly awards: string;
  };
  /** A `Sáng kiến` row without both its decision number and date of recognition. */
  readonly "initiative-without-decision": {
    readonly cell: string;
    readonly staff: string;
    readonly title: string;
  };
  readonly "invalid-award-kind": CellParams & { readonly value: string; readonly accepted: string };
  readonly "invalid-bloc-rank": CellParams & { readonly value: string };
  readonly "invalid-council-role": CellParams & {
    readonly value: string;
    readonly accepted: string;
  };
  readonly "invalid-criterion-kind": CellParams & {
    readonly value: string;
    readonly accepted: string;
  };
  /** `cellFormat`: the cell is formatted as a number, so a day cannot be read from it. */
  readonly "invalid-date": CellParams & { readonly value: string; readonly cellFormat?: "number" };
  readonly "invalid-gender": CellParams & { readonly value: string; readonly accepted: string };
  /** A `Hạn …` row of `Cấu hình` that is not a date. */
  readonly "invalid-milestone": {
    readonly cell: string;
    readonly label: string;
    readonly value: string;
    readonly year: number;
  };
  readonly "invalid-outcome": CellParams & { readonly value: string; readonly accepted: string };
  /** `cellFormat`: the cell is formatted as a date, so the number typed shows as a day. */
  readonly "invalid-number": CellParams & { readonly value: string; readonly cellFormat?: "date" };
  readonly "invalid-rating": CellParams & { readonly value: string; readonly accepted: string };
  readonly "invalid-scope": CellParams & { readonly value: string; readonly accepted: string };
  /** A contract setting of `Cấu hình` with an unusable value (a date, or a whole number in range). */
  readonly "invalid-setting": {
    readonly cell: string;
    readonly label: string;
    readonly value: string;
    readonly expected: "date" | "year" | "council-members";
    readonly min: number;
    readonly max: number;
  };
  readonly "invalid-vote-count": {
    readonly cell: string;
    readonly value: number;
    readonly field: "members" | "yes";
  };
  readonly "invalid-year": CellParams & { readonly value: string };
  readonly "invalid-yes-no": CellParams & { readonly value: string; readonly accepted: string };
  /** Text typed with an old font encoding, read as its Unicode conversion. */
  readonly "legacy-encoding": {
    readonly cell: string;
    readonly encoding: "TCVN3" | "VNI";
    readonly original: string;
    readonly converted: string;
  };
  readonly "milestone-outside-year": {
    readonly cell: string;
    readonly label: string;
    readonly date: string;
    readonly year: number;
  };
  /** A data row without its code: it is left out. */
  /** The council's lock record is unreadable. */
  readonly "lock-record-damaged": Readonly<Record<string, never>>;
  /** The log says the results are locked but the lock record is gone. */
  readonly "lock-record-missing": { readonly sheet: string };
  /** A value the council's lock covers changed after the lock ("" = blank). */
  readonly "locked-value-changed": {
    readonly sheet: string;
    readonly cell: string;
    readonly lockedAt: string;
    readonly before: string;
    readonly after: string;
  };
  readonly "missing-code": CellParams & {
    readonly row: number;
    readonly sheet: string;
    readonly table: string;
  };
  readonly "missing-council-members": { readonly row: number };
  /** No row among the first ones holds every required header. */
  readonly "missing-headers": {
    readonly sheet: string;
    readonly missing: string;
    readonly searchRows: number;
  };
  readonly "missing-pledge-sheet": { readonly unit: string; readonly name: string };
  readonly "missing-score-sheet": { readonly unit: string; readonly name: string };
  /** `Năm` or `Cơ quan` missing from `Cấu hình` ("" cell: no row at all). */
  readonly "missing-setting": {
    readonly sheet: string;
    readonly cell: string;
    readonly label: string;
    readonly setting: "year" | "agency";
  };
  /** A sheet of the contract is absent: a required one (error) or an optional one (read as empty). */
  readonly "missing-sheet": { readonly sheet: string; readonly required: "yes" | "no" };
  /** A required value left empty; `record`/`subject` say whose. */
  readonly "missing-value": CellParams & {
    readonly record: RecordKind;
    readonly subject: string;
  };
  readonly "months-out-of-range": StaffCellParams & { readonly months: number };
  readonly "name-mismatch": {
    readonly cell: string;
    readonly staff: string;
    readonly name: string;
    readonly rosterName: string;
  };
  /** The score bands of the classification do not descend: the defaults are used. */
  readonly "parameter-bands-order": {
    readonly htxsnv: number;
    readonly httnv: number;
    readonly htnv: number;
  };
  /**
   * A rule parameter in `Cấu hình` with an unusable value; the default is used. `fallback` is the
   * default as a number (a share as a fraction), text, or "" for none; `accepted` lists
   * discipline levels where the kind is a discipline.
   */
  readonly "parameter-invalid": {
    readonly cell: string;
    readonly parameter: string;
    readonly label: string;
    readonly value: string;
    readonly kind: ParameterKindParam;
    readonly fallback: ParamValue;
    readonly accepted: string;
    /** The parameter's bounds where it has them, else "". */
    readonly min: number | "";
    readonly max: number | "";
  };
  /** A pledge that cannot be evaluated: no rule for it, or data it needs is missing. */
  readonly "pledge-not-evaluable": PledgeNotEvaluableParams;
  readonly "pledge-wrong-unit": {
    readonly staff: string;
    readonly name: string;
    readonly unit: string;
    readonly sheetUnit: string;
    readonly sheet: string;
  };
  /** No year in `Cấu hình`: no pledge can be evaluated. */
  readonly "pledges-not-evaluable": { readonly sheet: string; readonly cell: string };
  /** Disciplined at Cảnh cáo or heavier in the year, yet rated HTTNV or better. */
  /** CSTĐ tỉnh and Bằng khen tỉnh both going forward for one person in the year. */
  readonly "provincial-title-and-award": { readonly staff: string; readonly name: string };
  readonly "rating-despite-discipline": StaffCellParams & { readonly discipline: string };
  readonly "rating-short-service": StaffCellParams & {
    readonly months: number;
    readonly minimum: number;
  };
  /** Invalid council scores keep the council total from being summed. */
  readonly "score-council-blocked": ScoreBlockedParams;
  /** Council scores missing on a score sheet: no council total, so the unit is unranked. */
  readonly "score-council-incomplete": ScoreIncompleteParams;
  readonly "score-criteria-missing": {
    readonly sheet: string;
    readonly count: number;
    /** The first codes, ", …" when there are more; `missing` has them all. */
    readonly shown: string;
    readonly missing: string;
  };
  readonly "score-on-parent": {
    readonly cell: string;
    readonly scorer: Scorer;
    readonly criterion: string;
    readonly score: number;
    readonly sum: number;
  };
  readonly "score-out-of-range": {
    readonly cell: string;
    readonly scorer: Scorer;
    readonly criterion: string;
    readonly score: number;
    readonly max: number;
    readonly minus: "yes" | "no";
  };
  /** Invalid self scores keep the self total from being summed. */
  readonly "score-self-blocked": ScoreBlockedParams;
  /** Self scores missing on a score sheet: no self total. */
  readonly "score-self-incomplete": ScoreIncompleteParams;
  /** `Tiêu chí` has no criterion: nothing can be scored or ranked. */
  readonly "scoring-no-criteria": { readonly sheet: string };
  readonly "setting-date-out-of-year": {
    readonly cell: string;
    readonly label: string;
    readonly date: string;
    readonly years: string;
    readonly year: number;
  };
  readonly "title-in-award-column": PledgeColumnParams;
  /** A unit's `Xếp loại` differs from the classification of its council score. */
  readonly "unit-rating-differs": {
    readonly unit: string;
    readonly unitName: string;
    readonly rating: string;
    readonly ratingName: string;
    readonly points: number;
    readonly suggested: string;
    readonly suggestedName: string;
  };
  /** A unit without `Xếp loại`: its collective titles cannot be evaluated ("" suggested: no score). */
  readonly "unit-rating-missing": {
    readonly unit: string;
    readonly unitName: string;
    readonly year: number | "";
    readonly points: number | "";
    readonly suggested: string;
    readonly suggestedName: string;
  };
  /** Not a title or award of the catalogue (nor, where `ratingAllowed`, a rating). */
  readonly "unknown-award": CellParams & {
    readonly value: string;
    readonly ratingAllowed: "yes" | "no";
  };
  /** A `Quyết định` subject that is neither a Mã CB nor a Mã đơn vị. */
  readonly "unknown-decision-subject": CellParams & { readonly value: string };
  readonly "unknown-criterion": { readonly cell: string; readonly criterion: string };
  readonly "unknown-discipline": StaffCellParams & {
    readonly discipline: string;
    readonly accepted: string;
  };
  /** `Căn cứ pháp lý` not known to the program; `used` is the basis applied instead. */
  readonly "unknown-legal-basis": {
    readonly cell: string;
    readonly value: string;
    readonly used: string;
  };
  /** A Mã CB that is not in `Cán bộ`: in a pledge sheet (an error) or an initiative (a warning). */
  readonly "unknown-staff": {
    readonly cell: string;
    readonly staff: string;
    readonly where: "pledge" | "initiative";
  };
  /** A `Đối tượng` that is neither a Mã CB nor a Mã đơn vị. */
  readonly "unknown-subject": {
    readonly cell: string;
    readonly subject: string;
    readonly where: "history" | "vote";
  };
  /** A unit code that is not in `Đơn vị`: a per-unit sheet's, or a person's. */
  readonly "unknown-unit":
    | { readonly where: UnitSheetKind; readonly unit: string; readonly sheet: string }
    | {
        readonly where: "staff";
        readonly unit: string;
        readonly staff: string;
        readonly name: string;
      };
  /** HTXSNV above the unit's share of those rated HTTNV or better (25% for a unit rated HTXSNV). */
  readonly "unit-htxsnv-share-exceeded": {
    readonly unit: string;
    readonly unitName: string;
    readonly excellent: number;
    readonly good: number;
    readonly cap: number;
    /** A fraction: 0.25 is 25 %. */
    readonly share: number;
    /** 1 when the unit itself is rated HTXSNV (the higher share), else 0. */
    readonly excellentUnit: number;
  };
  readonly "vote-wrong-subject": {
    readonly cell: string;
    readonly subject: string;
    readonly award: string;
    readonly awardName: string;
    readonly subjectKind: "individual" | "collective";
  };
  readonly "votes-above-members": {
    readonly cell: string;
    readonly yes: number;
    readonly members: number;
  };
}

/** A stable issue code. */
export type IssueCode = keyof IssueParamsByCode;

/** The params of one code. */
export type IssueParams<C extends IssueCode> = IssueParamsByCode[C];
