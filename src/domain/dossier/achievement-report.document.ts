/**
 * One báo cáo thành tích per candidate of a higher authority, in the order of the Decree
 * 152/2025 appendix forms for an individual (Mẫu 05) and a collective (Mẫu 04): particulars,
 * achievements (the facts the register holds, and a marked place for the candidate's own
 * account), the awards already received, the signatures.
 */
import type { HistoryRecord } from "../model";
import type { Proposal } from "../report";
import { awardByKey } from "../rulebook/award-catalogue";
import { formatDateVi, formatNumberVi } from "../rulebook/format-vi";
import { RATING_TEXT, SCOPE_TEXT } from "../codec/vocabulary";
import { groundTexts } from "../messages/proposal-reason-text";
import type { DossierContext } from "./dossier-context";
import {
  BLANK,
  columns,
  paragraph,
  run,
  type Block,
  type DossierDocument,
  type TableRow,
} from "./document";
import { DOCUMENT_TEXTS } from "../messages/document-texts";

const C = DOCUMENT_TEXTS.common;
const T = DOCUMENT_TEXTS.achievementReport;

const OWN_ACCOUNT = `${BLANK}${BLANK}${BLANK}`;

function heading(text: string): Block {
  return paragraph([run(text, { bold: true })], {
    indent: true,
    spaceBefore: 6,
    keepWithNext: true,
  });
}

function line(text: string): Block {
  return paragraph(text, { indent: true, align: "justify" });
}

/** A marked place for what only the candidate can write. */
function ownAccount(what: string): Block[] {
  return [
    paragraph([run(T.ownAccount({ who: what }), { italic: true, bold: true })], { indent: true }),
    line(OWN_ACCOUNT),
    line(OWN_ACCOUNT),
  ];
}

/** Ratings by year: `Lịch sử` rows that are ratings, and this year's rating. */
function ratingLines(
  ctx: DossierContext,
  history: readonly HistoryRecord[],
  current: string | null
): string[] {
  const byYear = new Map<number, string>();
  for (const h of history)
    if (h.rating !== null && h.year !== null) byYear.set(h.year, RATING_TEXT[h.rating]);
  if (current !== null && ctx.year !== null) byYear.set(ctx.year, current);
  return [...byYear]
    .sort((a, b) => a[0] - b[0])
    .map(([year, text]) => T.ratingYear({ year, rating: text }));
}

function awardsTable(records: readonly HistoryRecord[]): Block {
  const rows: TableRow[] = records
    .filter((h) => h.awardKey !== null)
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
    .map((h) => ({
      cells: [
        h.year === null ? "" : String(h.year),
        h.text,
        [
          h.decisionNo,
          h.decisionDate === null ? "" : T.decisionDate({ date: formatDateVi(h.decisionDate) }),
        ]
          .filter((s) => s !== "")
          .join(", "),
        h.awardKey === null ? "" : awardByKey(h.awardKey).decidedBy,
      ],
    }));
  if (rows.length === 0) return line(T.noAwards);
  return {
    kind: "table",
    size: 12,
    columns: columns(T.awardColumns, [8, 36, 28, 22], { 0: "center" }),
    rows,
  };
}

function title(p: Proposal, yearText: string): Block[] {
  const info = awardByKey(p.award);
  return [
    paragraph([run(T.heading, { bold: true })], { align: "center", spaceBefore: 12 }),
    paragraph(
      [run(T.proposal({ title: info.form === "title", name: info.name }), { bold: true })],
      { align: "center" }
    ),
    paragraph([run(T.period({ yearText }), { italic: true })], { align: "center" }),
    paragraph([run(C.rule, { bold: true })], { align: "center" }),
  ];
}

/** The grounds the register found, without the vote line (that is in the minutes). */
function groundLines(p: Proposal): string[] {
  return groundTexts(p.grounds, "vi").map((g) => T.ground({ ground: g }));
}

function individualReport(ctx: DossierContext, p: Proposal): Block[] {
  const person = ctx.staff.get(p.subject);
  const unit = ctx.unitOf(p.subject);
  const history = ctx.analysis.register.history.filter((h) => h.subject === p.subject);
  const initiatives = ctx.register.initiatives.filter((i) => i.staffCode === p.subject);
  const ratings = ratingLines(ctx, history, person?.rating ? RATING_TEXT[person.rating] : null);
  return [
    ctx.letterhead(null, unit?.name ?? BLANK, ctx.register.settings.agency),
    ...title(p, ctx.yearText),
    heading(T.personParticulars),
    line(T.nameAndGender({ name: person?.name ?? p.subject, gender: person?.gender ?? BLANK })),
    line(T.birthDate({ date: person?.birthDate ? formatDateVi(person.birthDate) : BLANK })),
    line(T.homeTown),
    line(T.position({ position: person?.position || BLANK })),
    line(T.workplace({ unit: unit?.name ?? BLANK, agency: ctx.register.settings.agency || BLANK })),
    line(T.qualifications),
    heading(T.achievements),
    heading(T.duties),
    ...ownAccount(T.individual),
    heading(T.personRecord),
    line(T.personRatings),
    ...(ratings.length === 0 ? [line(T.blankLine)] : ratings.map(line)),
    line(T.initiatives),
    ...(initiatives.length === 0
      ? [line(T.noInitiatives)]
      : initiatives.map((i) =>
          line(
            T.initiative({
              title: i.title,
              kind: i.kind || T.defaultInitiativeKind,
              scope: i.scope === null ? "" : SCOPE_TEXT[i.scope],
              decision: i.decisionNo,
              date: i.recognisedOn === null ? "" : formatDateVi(i.recognisedOn),
            })
          )
        )),
    line(T.personGrounds),
    ...groundLines(p).map(line),
    heading(T.personHighlights),
    ...ownAccount(T.individual),
    heading(T.awardsReceived),
    awardsTable(history),
    {
      kind: "signature",
      recipients: null,
      signers: [
        {
          title: T.headConfirms,
          note: C.signSeal,
          name: unit?.head || BLANK,
        },
        {
          title: T.reporterSigns,
          note: C.signFullName,
          name: person?.name ?? BLANK,
        },
      ],
    },
    {
      kind: "signature",
      recipients: null,
      signers: [{ title: T.superiorConfirms, note: C.signSeal, name: BLANK }],
    },
  ];
}

function collectiveReport(ctx: DossierContext, p: Proposal): Block[] {
  const unit = ctx.units.get(p.subject);
  const history = ctx.register.history.filter((h) => h.subject === p.subject);
  const staff = ctx.register.staff.filter((s) => s.unitCode === p.subject);
  const score = ctx.analysis.scoring.scores.find((s) => s.unit === p.subject);
  const ranked = ctx.analysis.scoring.scores.filter((s) => s.rank !== null).length;
  const ratings = ratingLines(ctx, history, unit?.rating ? RATING_TEXT[unit.rating] : null);
  const own = ctx.analysis.proposals.filter(
    (q) =>
      q.status === "proposed" &&
      q.subjectKind === "individual" &&
      ctx.staff.get(q.subject)?.unitCode === p.subject
  );
  const titleCounts = new Map<string, number>();
  for (const q of own)
    titleCounts.set(awardByKey(q.award).name, (titleCounts.get(awardByKey(q.award).name) ?? 0) + 1);
  return [
    ctx.letterhead(null, unit?.name ?? p.subject, ctx.register.settings.agency),
    ...title(p, ctx.yearText),
    heading(T.unitParticulars),
    line(T.unitName({ name: unit?.name ?? p.subject, kind: unit?.kind ?? "" })),
    line(T.under({ agency: ctx.register.settings.agency || BLANK })),
    line(T.head({ name: unit?.head || BLANK })),
    line(T.staff({ count: staff.length })),
    line(T.functions),
    heading(T.achievements),
    heading(T.unitRecord),
    line(T.unitRatings),
    ...(ratings.length === 0 ? [line(T.blankLine)] : ratings.map(line)),
    line(
      T.scores({
        yearText: ctx.yearText,
        council:
          score?.councilScore === null || score === undefined
            ? ""
            : formatNumberVi(score.councilScore),
        self:
          score?.selfScore === null || score === undefined ? "" : formatNumberVi(score.selfScore),
        rank: score?.rank == null ? "" : String(score.rank),
        ranked,
      })
    ),
    line(T.unitMembers),
    ...(titleCounts.size === 0
      ? [line(T.none)]
      : [...titleCounts].map(([name, n]) => line(T.memberAwards({ name, count: n })))),
    line(T.unitGrounds),
    ...groundLines(p).map(line),
    heading(T.unitHighlights),
    ...ownAccount(T.collective),
    heading(T.awardsReceived),
    awardsTable(history),
    {
      kind: "signature",
      recipients: null,
      signers: [
        { title: T.superiorConfirms, note: C.signSeal, name: BLANK },
        { title: T.headSigns, note: C.signSeal, name: unit?.head || BLANK },
      ],
    },
  ];
}

export function buildAchievementReport(
  ctx: DossierContext,
  p: Proposal,
  fileNumber: string
): DossierDocument {
  const info = awardByKey(p.award);
  const name = ctx.subjectName(p.subjectKind, p.subject);
  return {
    id: `report-${p.award}-${p.subject}`,
    kind: "achievement-report",
    title: T.title({ award: info.shortName, name }),
    fileName: T.fileName({ number: fileNumber, award: info.shortName, name }),
    sections: [
      {
        orientation: "portrait",
        blocks:
          p.subjectKind === "individual" ? individualReport(ctx, p) : collectiveReport(ctx, p),
      },
    ],
  };
}
