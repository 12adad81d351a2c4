/**
 * Builders for registers in rule, scoring and output tests: each test states only what it is
 * about; everything else is a neutral default (a 12-month, HTTNV-rated person with no discipline).
 */
import type {
  AwardKey,
  Criterion,
  CriterionKind,
  HistoryRecord,
  Initiative,
  InitiativeScope,
  PledgeSheet,
  Rating,
  Register,
  ScoreSheet,
  SettingValue,
  Settings,
  Staff,
  Unit,
  Vote,
} from "../../../src/domain/model";
import { reasonTexts } from "../../../src/domain/messages/proposal-reason-text";
import type { Proposal } from "../../../src/domain/report";
import { evaluateProposals } from "../../../src/domain/proposals/evaluate-proposals";
import { resolveParameters } from "../../../src/domain/rulebook/parameters";
import { rulebookForRegister } from "../../../src/domain/rulebook/default-rulebook";
import { scoreUnits } from "../../../src/domain/scoring/score-units";
import { foldKey } from "../../../src/domain/text/normalize";
import type { Issue } from "../../../src/domain/issue";

export const YEAR = 2024;

let rowCounter = 2;
function nextRow(): number {
  rowCounter += 1;
  return rowCounter;
}

/** Settings with optional `Cấu hình` parameter rows (label → value). */
export function settings(
  over: Partial<Settings> = {},
  params: Readonly<Record<string, string | number>> = {}
): Settings {
  const values = new Map<string, SettingValue>();
  let row = 10;
  for (const [label, value] of Object.entries(params)) {
    row += 1;
    values.set(foldKey(label), { label, value, cell: `B${row}` });
  }
  return {
    agency: "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh",
    superiorBody: "UBND tỉnh Hà Tĩnh",
    year: YEAR,
    campaign: `Phong trào thi đua năm ${YEAR}`,
    pledgeDeadline: null,
    assessmentDate: { year: YEAR, month: 11, day: 5 },
    councilMembers: 9,
    values,
    ...over,
  };
}

export function unit(code: string, over: Partial<Unit> = {}): Unit {
  const row = nextRow();
  return {
    code,
    name: `Phòng ${code}`,
    kind: "Phòng",
    order: null,
    head: "",
    rating: "HTXSNV",
    bloc: "",
    blocRank: null,
    src: {
      sheet: "Đơn vị",
      row,
      cells: { code: `A${row}`, name: `B${row}`, rating: `F${row}`, blocRank: `H${row}` },
    },
    ...over,
  };
}

export function staff(code: string, unitCode: string, over: Partial<Staff> = {}): Staff {
  const row = nextRow();
  return {
    code,
    name: `Người ${code}`,
    unitCode,
    position: "Chuyên viên",
    birthDate: null,
    gender: "Nam",
    monthsWorked: 12,
    maternityLeave: false,
    rating: "HTTNV",
    discipline: null,
    note: "",
    src: {
      sheet: "Cán bộ",
      row,
      cells: {
        code: `A${row}`,
        name: `B${row}`,
        unitCode: `C${row}`,
        monthsWorked: `G${row}`,
        maternityLeave: `H${row}`,
        rating: `I${row}`,
        discipline: `J${row}`,
      },
    },
    ...over,
  };
}

/** A `Lịch sử` row holding an award (key) or a rating. */
export function history(
  subject: string,
  year: number,
  what: AwardKey | Rating,
  decisionNo = "",
  over: Partial<HistoryRecord> = {}
): HistoryRecord {
  const row = nextRow();
  const isRating = what === "HTXSNV" || what === "HTTNV" || what === "HTNV" || what === "KHTNV";
  return {
    subject,
    year,
    text: what,
    awardKey: isRating ? null : what,
    rating: isRating ? what : null,
    decisionNo,
    decisionDate: null,
    periodFrom: null,
    periodTo: null,
    awardKind: "CONG_TRANG",
    src: { sheet: "Lịch sử", row, cells: { subject: `A${row}`, year: `B${row}`, text: `C${row}` } },
    ...over,
  };
}

export function initiative(
  staffCode: string,
  year: number | null,
  scope: InitiativeScope | null = "CO_SO",
  over: Partial<Initiative> = {}
): Initiative {
  const row = nextRow();
  return {
    staffCode,
    title: `Sáng kiến của ${staffCode}`,
    kind: "Sáng kiến",
    scope,
    decisionNo: `${row}/QĐ-SKHCN`,
    recognisedOn: year === null ? null : { year, month: 10, day: 1 },
    src: { sheet: "Sáng kiến", row, cells: { staffCode: `A${row}` } },
    ...over,
  };
}

export interface PledgeLine {
  readonly code: string;
  readonly title?: AwardKey;
  readonly award?: AwardKey;
}

export function pledgeSheet(
  unitCode: string,
  lines: readonly PledgeLine[],
  collective: { title?: AwardKey; award?: AwardKey } = {}
): PledgeSheet {
  const sheet = `ĐK-${unitCode}`;
  return {
    sheet,
    unitCode,
    collectiveTitle: collective.title ?? null,
    collectiveTitleCell: collective.title ? "C3" : null,
    collectiveAward: collective.award ?? null,
    collectiveAwardCell: collective.award ? "C4" : null,
    rows: lines.map((l, i) => ({
      staffCode: l.code,
      name: "",
      title: l.title ?? null,
      award: l.award ?? null,
      note: "",
      src: {
        sheet,
        row: 7 + i,
        cells: { staffCode: `B${7 + i}`, title: `D${7 + i}`, award: `E${7 + i}` },
      },
    })),
  };
}

export function vote(
  subject: string,
  awardKey: AwardKey,
  yes: number | null,
  members: number | null = null
): Vote {
  const row = nextRow();
  return {
    subject,
    awardKey,
    members,
    yes,
    src: { sheet: "Bình xét", row, cells: { members: `C${row}`, yes: `D${row}` } },
  };
}

export function criterion(
  code: string,
  max: number,
  kind: CriterionKind = "plus",
  isLeaf = true
): Criterion {
  const row = nextRow();
  const dot = code.lastIndexOf(".");
  return {
    code,
    content: `Tiêu chí ${code}`,
    max,
    kind,
    parentCode: dot < 0 ? null : code.slice(0, dot),
    isLeaf,
    src: { sheet: "Tiêu chí", row, cells: {} },
  };
}

/** Score rows: criterion code → [self, council]. */
export function scoreSheet(
  unitCode: string,
  scores: Readonly<Record<string, readonly [number | null, number | null]>>
): ScoreSheet {
  const sheet = `CĐ-${unitCode}`;
  return {
    sheet,
    unitCode,
    rows: Object.entries(scores).map(([criterionCode, [selfScore, councilScore]], i) => ({
      criterionCode,
      selfScore,
      councilScore,
      evidence: "",
      src: { sheet, row: 5 + i, cells: { selfScore: `D${5 + i}`, councilScore: `E${5 + i}` } },
    })),
  };
}

export function register(parts: Partial<Register> = {}): Register {
  return {
    settings: settings(),
    units: [],
    staff: [],
    history: [],
    initiatives: [],
    pledges: [],
    criteria: [],
    scoreSheets: [],
    votes: [],
    ...parts,
  };
}

/**
 * A proposal with its reasons and grounds worded in Vietnamese, as the lists print them (the
 * rule tests check the wording); `typed` is the proposal as the domain gives it.
 */
export interface WordedProposal extends Omit<Proposal, "reasons" | "grounds"> {
  readonly reasons: readonly string[];
  readonly grounds: readonly string[];
  readonly typed: Proposal;
}

/** `p` with its reasons and grounds worded in Vietnamese. */
export function worded(p: Proposal): WordedProposal {
  return { ...p, reasons: reasonTexts(p.reasons), grounds: reasonTexts(p.grounds), typed: p };
}

export interface Evaluation {
  readonly proposals: readonly WordedProposal[];
  readonly issues: readonly Issue[];
  /** The proposal of (award, subject), or undefined. */
  find(award: AwardKey, subject: string): WordedProposal | undefined;
}

/** Runs parameters, scoring and evaluation as the pipeline does. */
export function evaluate(reg: Register): Evaluation {
  const { rulebook } = rulebookForRegister(reg.settings);
  const params = resolveParameters(reg.settings, rulebook);
  const scoring = scoreUnits(reg, params.values);
  const result = evaluateProposals(reg, scoring.scores, params.values, rulebook);
  const proposals = result.proposals.map(worded);
  return {
    proposals,
    issues: [...params.issues, ...scoring.issues, ...result.issues],
    find: (award, subject) => proposals.find((p) => p.award === award && p.subject === subject),
  };
}
