/**
 * The minutes of the Council's meeting (biên bản họp Hội đồng TĐKT, with the vote result that
 * Decree 98/2023 Art. 34(2) asks for) and the minutes of the ballot count (biên bản kiểm phiếu).
 */
import { FEMALE, type AwardKey, type Vote } from "../model";
import type { SubjectKind } from "../report";
import { awardByKey } from "../rulebook/award-catalogue";
import { formatPercentVi, formatShareAgainst, meetsShare } from "../rulebook/format-vi";
import { COUNCIL_ROLE_TEXT } from "../codec/council.codec";
import { SHEET } from "../codec/register-layout";
import type { DossierContext } from "./dossier-context";
import { OWN_AUTHORITY, count2 } from "./dossier-context";
import {
  BLANK,
  SHORT_BLANK,
  columns,
  paragraph,
  run,
  type Block,
  type DossierDocument,
  type TableRow,
} from "./document";
import { countText, groupProposals } from "./proposal-table";
import { addresseeOf } from "./submission.document";
import { DOCUMENT_TEXTS } from "../messages/document-texts";

const C = DOCUMENT_TEXTS.common;
const T = DOCUMENT_TEXTS.councilMinutes;
const B = DOCUMENT_TEXTS.ballotMinutes;

/** A recorded vote with what the minutes print about it. */
interface VoteLine {
  readonly vote: Vote;
  readonly award: AwardKey;
  readonly kind: SubjectKind;
  readonly members: number | null;
  readonly threshold: number | null;
}

/** The council-vote threshold of an award for a kind of subject, from the rulebook and parameters. */
export function voteThreshold(
  ctx: DossierContext,
  award: AwardKey,
  kind: SubjectKind
): number | null {
  const rule = ctx.rulebook.byKey.get(award);
  const threshold = rule?.[kind]?.vote?.threshold;
  if (threshold === undefined) return null;
  if (typeof threshold === "number") return threshold;
  const value = ctx.analysis.params[threshold.param];
  return typeof value === "number" ? value : null;
}

function voteLines(ctx: DossierContext): VoteLine[] {
  const lines: VoteLine[] = [];
  for (const vote of ctx.register.votes) {
    if (vote.awardKey === null || vote.yes === null) continue;
    const kind: SubjectKind = ctx.staff.has(vote.subject) ? "individual" : "collective";
    lines.push({
      vote,
      award: vote.awardKey,
      kind,
      members: vote.members ?? ctx.register.settings.councilMembers,
      threshold: voteThreshold(ctx, vote.awardKey, kind),
    });
  }
  return lines;
}

function shareText(line: VoteLine): string {
  const yes = line.vote.yes ?? 0;
  if (line.members === null || line.members <= 0) return BLANK;
  const share = yes / line.members;
  return line.threshold === null
    ? formatPercentVi(share)
    : formatShareAgainst(share, line.threshold);
}

function passText(line: VoteLine): string {
  if (line.members === null || line.threshold === null) return "";
  return meetsShare(line.vote.yes ?? 0, line.members, line.threshold) ? T.pass : T.fail;
}

function honorific(ctx: DossierContext, name: string): string {
  const person = ctx.register.staff.find((s) => s.name === name);
  const gender = person?.gender ?? null;
  return gender === null ? T.sirOrMadam : gender === FEMALE ? T.madam : T.sir;
}

/** The council's letterhead: the Sở above, the Council as issuer. */
function councilLetterhead(ctx: DossierContext, code: string): Block {
  const meeting = ctx.dateSetting("meetingDate");
  return ctx.letterhead(code, T.councilIssuer, ctx.register.settings.agency, meeting);
}

export function buildCouncilMinutes(ctx: DossierContext, fileNumber: string): DossierDocument {
  const { settings } = ctx.register;
  const total = settings.councilMembers;
  const meeting = ctx.dateSetting("meetingDate");
  const time = ctx.setting("meetingTime") ?? BLANK;
  const place = ctx.setting("meetingPlace") ?? BLANK;
  const chair = ctx.councilOfficer("chair") ?? BLANK;
  const secretary = ctx.councilOfficer("secretary") ?? BLANK;
  const council = ctx.council;
  if (council.length === 0)
    ctx.warn(
      "dossier-no-council",
      "council",
      { sheet: SHEET.council },
      { sheet: SHEET.council, cell: null }
    );
  const present = council.filter((m) => m.present);
  const absent = council.filter((m) => !m.present);
  const totalText = total === null ? SHORT_BLANK : String(total);
  const member = (m: (typeof council)[number]): string =>
    T.member({
      honorific: honorific(ctx, m.name),
      name: m.name,
      position: m.position,
      role: m.role === null ? "" : COUNCIL_ROLE_TEXT[m.role],
    });

  const lines = voteLines(ctx);
  const voteRows: TableRow[] = lines.map((line, i) => ({
    cells: [
      String(i + 1),
      ctx.subjectName(line.kind, line.vote.subject),
      line.kind === "individual" ? (ctx.unitOf(line.vote.subject)?.name ?? "") : "",
      awardByKey(line.award).name,
      `${line.vote.yes ?? 0}/${line.members ?? SHORT_BLANK}`,
      shareText(line),
      line.threshold === null ? "" : `≥ ${formatPercentVi(line.threshold)}`,
      passText(line),
    ],
  }));

  const proposed = ctx.proposed();
  const own = proposed.filter((p) => ctx.decidedBy(p) === OWN_AUTHORITY);
  const higher = proposed.filter((p) => ctx.decidedBy(p) !== OWN_AUTHORITY);
  const conclusion = (items: typeof proposed): Block[] =>
    groupProposals(items).map((g) => {
      const info = awardByKey(g.award);
      return paragraph(
        T.conclusionItem({
          award: C.awardName({ title: info.form === "title", name: info.name }),
          count: countText(g.items.length, g.kind),
        }),
        { indent: true }
      );
    });
  const authorities = [...new Set(higher.map((p) => ctx.decidedBy(p)))];

  const blocks: Block[] = [
    councilLetterhead(ctx, C.kindCodes.councilMinutes),
    paragraph([run(T.heading, { bold: true })], { align: "center", spaceBefore: 12 }),
    paragraph([run(T.about({ yearText: ctx.yearText }), { bold: true })], {
      align: "center",
    }),
    paragraph([run("_____________", { bold: true })], { align: "center" }),
    paragraph(
      T.time({
        time,
        date:
          meeting === null
            ? T.blankDate
            : `${String(meeting.day).padStart(2, "0")}/${String(meeting.month).padStart(2, "0")}/${meeting.year}`,
      }),
      { indent: true, spaceBefore: 6 }
    ),
    paragraph(T.place({ place }), { indent: true }),
    paragraph([run(T.members, { bold: true })], { indent: true }),
    paragraph(T.chair({ name: chair }), { indent: true }),
    paragraph(T.secretary({ name: secretary }), { indent: true }),
    paragraph(
      T.attendance({
        present: council.length === 0 ? SHORT_BLANK : count2(present.length),
        total: totalText,
        absent: council.length === 0 ? SHORT_BLANK : count2(absent.length),
        absentVoted: absent.length > 0,
      }),
      { indent: true }
    ),
    ...(council.length === 0
      ? [paragraph(BLANK.repeat(4), { indent: true })]
      : [
          paragraph(T.present, { indent: true }),
          ...present.map((m) => paragraph(member(m), { indent: true })),
          ...(absent.length === 0
            ? []
            : [
                paragraph(T.absent, { indent: true }),
                ...absent.map((m) => paragraph(member(m), { indent: true })),
              ]),
        ]),
    paragraph([run(T.content, { bold: true })], { indent: true, spaceBefore: 6 }),
    paragraph(T.proceedings({ total: totalText }), { indent: true, align: "justify" }),
    paragraph([run(T.votes, { bold: true })], { indent: true, keepWithNext: true }),
    ...(voteRows.length === 0
      ? [
          paragraph(C.noVotes, {
            indent: true,
          }),
        ]
      : [
          {
            kind: "table" as const,
            size: 12,
            columns: columns(T.voteColumns, [5, 20, 16, 20, 12, 9, 9, 9], {
              0: "center",
              4: "center",
              5: "center",
              6: "center",
              7: "center",
            }),
            rows: voteRows,
          },
        ]),
    paragraph([run(T.conclusion, { bold: true })], {
      indent: true,
      spaceBefore: 6,
      keepWithNext: true,
    }),
    paragraph(T.ownProposals({ none: own.length === 0 }), {
      indent: true,
    }),
    ...conclusion(own),
    ...authorities.flatMap((authority, i) => {
      const addressee = addresseeOf(ctx, authority);
      return [
        paragraph(T.higherProposals({ index: i + 2, to: addressee.to, ask: addressee.ask }), {
          indent: true,
        }),
        ...conclusion(higher.filter((p) => ctx.decidedBy(p) === authority)),
      ];
    }),
    ...(ctx.lockFingerprint === null
      ? []
      : [
          paragraph([run(T.locked({ fingerprint: ctx.lockFingerprint }), { italic: true })], {
            indent: true,
          }),
        ]),
    paragraph(T.closing, { indent: true, align: "justify", spaceBefore: 6 }),
    {
      kind: "signature",
      recipients: null,
      signers: [
        { title: T.secretarySigns, note: C.signName, name: secretary },
        { title: T.chairSigns, note: C.signName, name: chair },
      ],
    },
  ];
  return {
    id: "council-minutes",
    kind: "council-minutes",
    title: T.title,
    fileName: T.fileName({ number: fileNumber }),
    sections: [{ orientation: "portrait", blocks }],
  };
}

/** Ballot counts of one round, from the first row of the round that gives each. */
function roundCounts(ctx: DossierContext, votes: readonly Vote[], round: number) {
  const pick = (field: "issued" | "returned" | "valid"): number | null => {
    const values = votes.map((v) => v[field]).filter((n): n is number => typeof n === "number");
    const first = values[0] ?? null;
    if (values.some((v) => v !== first)) {
      const vote = votes.find((v) => typeof v[field] === "number" && v[field] !== first);
      ctx.warn(
        "dossier-ballot-counts-differ",
        `${round}-${field}`,
        {
          sheet: vote?.src.sheet ?? SHEET.votes,
          round: String(round),
          values: [...new Set(values)].join(", "),
          used: first ?? 0,
        },
        { sheet: vote?.src.sheet ?? SHEET.votes, cell: vote?.src.cells[field] ?? null }
      );
    }
    return first;
  };
  return { issued: pick("issued"), returned: pick("returned"), valid: pick("valid") };
}

export function buildBallotMinutes(ctx: DossierContext, fileNumber: string): DossierDocument {
  const lines = voteLines(ctx);
  const rounds = new Map<number, VoteLine[]>();
  for (const line of lines) {
    const round = line.vote.round ?? 1;
    const list = rounds.get(round) ?? [];
    list.push(line);
    rounds.set(round, list);
  }
  const blocks: Block[] = [
    councilLetterhead(ctx, C.kindCodes.ballotMinutes),
    paragraph([run(B.heading, { bold: true })], { align: "center", spaceBefore: 12 }),
    paragraph([run(B.about({ yearText: ctx.yearText }), { bold: true })], {
      align: "center",
    }),
    paragraph([run("_____________", { bold: true })], { align: "center" }),
    paragraph(B.tellers, { indent: true, spaceBefore: 6 }),
    paragraph(B.members({ total: String(ctx.register.settings.councilMembers ?? SHORT_BLANK) }), {
      indent: true,
    }),
  ];
  if (lines.length === 0) blocks.push(paragraph(C.noVotes, { indent: true }));
  const missing = { counts: false };
  for (const [round, list] of [...rounds].sort((a, b) => a[0] - b[0])) {
    const counts = roundCounts(
      ctx,
      list.map((l) => l.vote),
      round
    );
    const show = (n: number | null): string => {
      if (n === null) missing.counts = true;
      return n === null ? SHORT_BLANK : String(n);
    };
    const invalid =
      counts.returned !== null && counts.valid !== null
        ? String(counts.returned - counts.valid)
        : SHORT_BLANK;
    blocks.push(
      paragraph([run(B.round({ round }), { bold: true })], {
        indent: true,
        spaceBefore: 6,
        keepWithNext: true,
      }),
      paragraph(
        B.counts({
          issued: show(counts.issued),
          returned: show(counts.returned),
          valid: show(counts.valid),
          invalid,
        }),
        { indent: true }
      ),
      paragraph(B.results, { indent: true, keepWithNext: true }),
      {
        kind: "table",
        size: 12,
        columns: columns(B.columns, [5, 24, 24, 11, 12, 10], {
          0: "center",
          3: "center",
          4: "center",
          5: "center",
        }),
        rows: [...list]
          .sort(
            (a, b) =>
              (b.vote.yes ?? 0) - (a.vote.yes ?? 0) ||
              ctx.awardRank(a.award) - ctx.awardRank(b.award) ||
              ctx.compareSubjects(a.kind, a.vote.subject, b.vote.subject)
          )
          .map((line, i) => ({
            cells: [
              String(i + 1),
              ctx.subjectName(line.kind, line.vote.subject),
              awardByKey(line.award).name,
              String(line.vote.yes ?? 0),
              shareText(line),
              passText(line),
            ],
          })),
      }
    );
  }
  if (missing.counts)
    ctx.warn(
      "dossier-missing-ballot-counts",
      "ballots",
      { sheet: SHEET.votes },
      { sheet: SHEET.votes, cell: null }
    );
  blocks.push(paragraph(B.closing, { indent: true, spaceBefore: 6 }), {
    kind: "signature",
    recipients: null,
    signers: [
      { title: B.tellersSign, note: C.signName, name: BLANK },
      { title: B.headTellerSigns, note: C.signName, name: BLANK },
    ],
  });
  return {
    id: "ballot-minutes",
    kind: "ballot-minutes",
    title: B.title,
    fileName: B.fileName({ number: fileNumber }),
    sections: [{ orientation: "portrait", blocks }],
  };
}
