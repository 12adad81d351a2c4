/**
 * What every document of the dossier reads: the register's settings for documents (with a
 * warning for each one missing, once), lookups of people, units and proposals, and the shared
 * pieces (letterhead, legal bases, the Sở's signature).
 */
import type { Analysis } from "../analyse-register";
import type { Issue } from "../issue";
import { createIssue } from "../messages/create-issue";
import type { IssueCode, IssueParams } from "../messages/issue-codes";
import type { AwardKey, CouncilMember, DateOnly, Register, Staff, Unit } from "../model";
import type { Proposal, SubjectKind } from "../report";
import { DOCUMENT_SETTING_LABELS, SHEET } from "../codec/register-layout";
import { compareCodes } from "../rulebook/compare-codes";
import { DEFAULT_RULEBOOK } from "../rulebook/default-rulebook";
import type { Rulebook } from "../rulebook/rule-definition";
import { vietnameseNameOrder } from "../text/name-order";
import { foldKey } from "../text/normalize";
import { DOCUMENT_TEXTS } from "../messages/document-texts";
import { AUTHORITY_TEXT } from "../rulebook/award-catalogue";
import { BLANK, SHORT_BLANK, type LetterheadBlock, type Signer } from "./document";

export type DocumentSetting = keyof typeof DOCUMENT_SETTING_LABELS;

const T = DOCUMENT_TEXTS.common;

/** An example value for each document setting, shown in its warning. */
const EXAMPLES: Readonly<Record<DocumentSetting, string>> = DOCUMENT_TEXTS.settingExamples;

/** The deciding authority of the Sở's own decisions (award catalogue `decidedBy`). */
export const OWN_AUTHORITY = AUTHORITY_TEXT.GIAM_DOC_SO;

/** Input of the dossier besides the analysed register. */
export interface DossierOptions {
  /** The register's lock fingerprint (council lock), printed in the minutes when given. */
  readonly lockFingerprint?: string | null;
  readonly rulebook?: Rulebook;
}

/** "05 tháng 11 năm 2024" as "ngày 05 tháng 11 năm 2024" reads. */
export function longDate(date: DateOnly | null): string {
  if (date === null) return T.blankLongDate();
  const pad = (n: number): string => String(n).padStart(2, "0");
  return T.longDate({ day: pad(date.day), month: pad(date.month), year: String(date.year) });
}

/** Two digits, as counts are written in Vietnamese lists ("02 cá nhân"). */
export function count2(n: number): string {
  return String(n).padStart(2, "0");
}

export class DossierContext {
  readonly register: Register;
  readonly analysis: Analysis;
  readonly rulebook: Rulebook;
  readonly lockFingerprint: string | null;
  readonly issues: Issue[] = [];
  private readonly warned = new Set<string>();
  readonly staff: ReadonlyMap<string, Staff>;
  readonly units: ReadonlyMap<string, Unit>;
  private readonly unitPosition: ReadonlyMap<string, number>;
  private readonly keyOrder: ReadonlyMap<AwardKey, number>;
  /** The people's name order, ranked once for the dossier's sorts. */
  private nameOrder: ((a: string, b: string) => number) | null = null;
  /** Every proposed proposal in list order: several documents list them, sorted once. */
  private proposedInOrder: readonly Proposal[] | null = null;

  constructor(analysis: Analysis, options: DossierOptions = {}) {
    this.analysis = analysis;
    this.register = analysis.register;
    this.rulebook = options.rulebook ?? DEFAULT_RULEBOOK;
    this.lockFingerprint = options.lockFingerprint ?? null;
    this.staff = new Map(this.register.staff.map((s) => [s.code, s]));
    this.units = new Map(this.register.units.map((u) => [u.code, u]));
    this.unitPosition = new Map(this.register.units.map((u, i) => [u.code, i]));
    this.keyOrder = new Map(this.rulebook.rules.map((r, i) => [r.key, i]));
  }

  get year(): number | null {
    return this.register.settings.year;
  }

  /** "năm 2024", or a blank year. */
  get yearText(): string {
    return T.yearText({ year: this.year === null ? SHORT_BLANK : String(this.year) });
  }

  /** "Sở Khoa học và Công nghệ" without the province, for "Hội đồng … Sở". */
  get agencyShort(): string {
    const agency = this.register.settings.agency;
    return agency === "" ? T.agencyFallback : agency.replace(/\s+(tỉnh|thành phố)\s+.+$/iu, "");
  }

  /** A warning, once per code and subject of the dossier. */
  warn<C extends IssueCode>(
    code: C,
    key: string,
    params: IssueParams<C>,
    at: { sheet: string | null; cell: string | null }
  ): void {
    const id = `${code}\u0000${key}`;
    if (this.warned.has(id)) return;
    this.warned.add(id);
    this.issues.push(createIssue("warning", code, params, at));
  }

  /**
   * A document setting of `Cấu hình` as text, or null with a warning naming the row that fills
   * the blank left in its place.
   */
  setting(name: DocumentSetting): string | null {
    const label = DOCUMENT_SETTING_LABELS[name];
    const found = this.register.settings.values.get(foldKey(label));
    const value = found?.value;
    if (value !== null && value !== undefined) {
      const text =
        typeof value === "object"
          ? `${String(value.day).padStart(2, "0")}/${String(value.month).padStart(2, "0")}/${value.year}`
          : String(value).trim();
      if (text !== "") return text;
    }
    this.warn(
      "dossier-missing-setting",
      label,
      { sheet: SHEET.settings, cell: found?.cell ?? "", label, example: EXAMPLES[name] },
      { sheet: SHEET.settings, cell: found?.cell ?? null }
    );
    return null;
  }

  /** A document setting that is a date (e.g. Ngày họp Hội đồng), or null (warned). */
  dateSetting(name: DocumentSetting): DateOnly | null {
    const found = this.register.settings.values.get(foldKey(DOCUMENT_SETTING_LABELS[name]));
    if (found && typeof found.value === "object" && found.value !== null) return found.value;
    const text = this.setting(name);
    if (text !== null)
      this.warn(
        "dossier-invalid-setting",
        DOCUMENT_SETTING_LABELS[name],
        {
          sheet: SHEET.settings,
          cell: found?.cell ?? "",
          label: DOCUMENT_SETTING_LABELS[name],
          value: text,
        },
        { sheet: SHEET.settings, cell: found?.cell ?? null }
      );
    return null;
  }

  /** "Hà Tĩnh, ngày …… tháng …… năm ……" (the date is written when the document is signed). */
  placeDate(date: DateOnly | null = null): string {
    return `${this.setting("place") ?? BLANK}, ${longDate(date)}`;
  }

  /** "Số:      /TTr-SKHCN": the number is the văn thư's, left blank. */
  numberLine(kindCode: string): string {
    const symbol = this.setting("agencySymbol") ?? SHORT_BLANK;
    return T.numberLine({ kind: kindCode, symbol });
  }

  /** The agency's letterhead. */
  letterhead(
    kindCode: string | null,
    issuer = this.register.settings.agency,
    superior = this.register.settings.superiorBody,
    date: DateOnly | null = null
  ): LetterheadBlock {
    return {
      kind: "letterhead",
      superior,
      issuer: issuer === "" ? BLANK : issuer,
      number: kindCode === null ? null : this.numberLine(kindCode),
      placeDate: this.placeDate(date),
    };
  }

  /** The Giám đốc Sở's signature from `Người ký` / `Chức vụ người ký`. */
  agencySigner(): Signer {
    const title = this.setting("signerTitle");
    const lines = title === null ? [BLANK] : signerTitleLines(title);
    return { title: lines, note: null, name: this.setting("signer") ?? BLANK };
  }

  /** Council members from `Hội đồng`. */
  get council(): readonly CouncilMember[] {
    return this.register.council ?? [];
  }

  /** The name for a council role: the `Cấu hình` row first, else the `Hội đồng` sheet. */
  councilOfficer(role: "chair" | "secretary"): string | null {
    const member = this.council.find((m) => m.role === role);
    const label =
      role === "chair"
        ? DOCUMENT_SETTING_LABELS.councilChair
        : DOCUMENT_SETTING_LABELS.councilSecretary;
    const typed = this.register.settings.values.get(foldKey(label))?.value;
    if (typeof typed === "string" && typed.trim() !== "") return typed.trim();
    if (member) return member.name;
    return this.setting(role === "chair" ? "councilChair" : "councilSecretary");
  }

  /** The name, position and unit name of a subject. */
  subjectName(kind: SubjectKind, code: string): string {
    return kind === "collective"
      ? (this.units.get(code)?.name ?? code)
      : (this.staff.get(code)?.name ?? code);
  }

  unitOf(code: string): Unit | undefined {
    const person = this.staff.get(code);
    return person ? this.units.get(person.unitCode) : this.units.get(code);
  }

  /** Proposals with status `proposed`, in list order: award, people before units, unit order, name. */
  proposed(filter?: (p: Proposal) => boolean): Proposal[] {
    this.proposedInOrder ??= this.analysis.proposals
      .filter((p) => p.status === "proposed")
      .sort((a, b) => this.compareProposals(a, b));
    return filter === undefined ? [...this.proposedInOrder] : this.proposedInOrder.filter(filter);
  }

  compareProposals(a: Proposal, b: Proposal): number {
    return (
      (this.keyOrder.get(a.award) ?? 99) - (this.keyOrder.get(b.award) ?? 99) ||
      (a.subjectKind === b.subjectKind ? 0 : a.subjectKind === "individual" ? -1 : 1) ||
      this.compareSubjects(a.subjectKind, a.subject, b.subject)
    );
  }

  compareSubjects(kind: SubjectKind, a: string, b: string): number {
    if (kind === "collective") return this.unitRank(a) - this.unitRank(b) || compareCodes(a, b);
    const pa = this.staff.get(a);
    const pb = this.staff.get(b);
    this.nameOrder ??= vietnameseNameOrder(this.register.staff.map((s) => s.name));
    return (
      this.unitRank(pa?.unitCode ?? "") - this.unitRank(pb?.unitCode ?? "") ||
      this.nameOrder(pa?.name ?? "", pb?.name ?? "") ||
      compareCodes(a, b)
    );
  }

  private unitRank(code: string): number {
    const unit = this.units.get(code);
    const position = this.unitPosition.get(code) ?? Number.MAX_SAFE_INTEGER;
    return unit?.order !== null && unit?.order !== undefined ? unit.order : 1e9 + position;
  }

  /** Who decides an award: the proposal's `decidedBy` (rulebook v2). */
  decidedBy(p: Proposal): string {
    return p.decidedBy;
  }

  /** The award order of the rulebook. */
  awardRank(key: AwardKey): number {
    return this.keyOrder.get(key) ?? 99;
  }
}

/** "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" → two lines; "KT. GIÁM ĐỐC" alone gets "PHÓ GIÁM ĐỐC" under it. */
export function signerTitleLines(title: string): string[] {
  const lines = title
    .split(/\s*(?:\/|\n)\s*/)
    .map((l) => l.trim().toLocaleUpperCase("vi"))
    .filter((l) => l !== "");
  const first = lines[0] ?? "";
  if (lines.length === 1 && /^KT\.\s*/.test(first))
    lines.push(T.deputy({ title: first.replace(/^KT\.\s*/, "") }));
  return lines;
}
