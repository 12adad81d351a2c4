/**
 * The dossier checklist: for every proposed candidate, the components Law 06/2022 Art. 84 asks
 * for, and whether the register shows them, the dossier drafts them, or they are missing.
 */
import type { AwardKey } from "../model";
import type { Proposal } from "../report";
import { awardByKey } from "../rulebook/award-catalogue";
import type { DossierContext } from "./dossier-context";
import { OWN_AUTHORITY } from "./dossier-context";
import { columns, paragraph, run, type DossierDocument, type TableRow } from "./document";
import { voteOf } from "./proposal-table";
import { voteThreshold } from "./council-minutes.document";
import { DOCUMENT_TEXTS } from "../messages/document-texts";

const T = DOCUMENT_TEXTS.checklist;

/** Titles whose dossier needs the initiative's recognition (Art. 84(1)(d)). */
const NEEDS_INITIATIVE: ReadonlySet<AwardKey> = new Set(["CSTDCS", "CSTD_TINH", "CSTD_TQ"]);
/** Awards whose dossier needs the opinions of the bodies concerned (Art. 84(3)). */
const NEEDS_OPINIONS: ReadonlySet<AwardKey> = new Set(["CO_CP", "BK_TTG"]);

/** One candidate's components: [text per column…], and what is missing. */
export interface ChecklistLine {
  readonly proposal: Proposal;
  readonly submission: string;
  readonly minutes: string;
  readonly report: string;
  readonly initiative: string;
  readonly opinions: string;
  readonly missing: readonly string[];
}

export function checklistLine(ctx: DossierContext, p: Proposal): ChecklistLine {
  const own = ctx.decidedBy(p) === OWN_AUTHORITY;
  const missing: string[] = [];
  const voteNeeded = voteThreshold(ctx, p.award, p.subjectKind) !== null;
  const vote = voteOf(p);
  let minutes = T.minutesOnly;
  if (voteNeeded) {
    if (vote === "") {
      minutes = T.voteMissing;
      missing.push(T.missingVote);
    } else minutes = T.minutesAndVote({ vote: vote.replace(/ \(.*\)$/, "") });
  }
  const report = own ? T.reportByCandidate : T.reportDraft;
  if (!own) missing.push(T.missingReport);
  let initiative = T.notRequired;
  if (NEEDS_INITIATIVE.has(p.award) && p.subjectKind === "individual") {
    const list = ctx.register.initiatives.filter((i) => i.staffCode === p.subject);
    const recognised = list.filter((i) => i.decisionNo !== "");
    if (recognised.length > 0)
      initiative = T.initiativeDecisions({
        numbers: recognised.map((i) => i.decisionNo).join("; "),
      });
    else if (list.length > 0) {
      initiative = T.initiativeUndecided;
      missing.push(T.missingInitiativeDecision);
    } else if (p.award === "CSTDCS") initiative = T.initiativeByRating;
    else {
      initiative = T.initiativeMissing;
      missing.push(T.missingInitiative);
    }
  }
  let opinions = T.notRequired;
  if (NEEDS_OPINIONS.has(p.award)) {
    opinions = T.opinionsMissing;
    missing.push(T.missingOpinions);
  }
  return {
    proposal: p,
    submission: own ? T.decisionDraft : T.submissionDraft,
    minutes,
    report,
    initiative,
    opinions,
    missing,
  };
}

export function buildChecklist(ctx: DossierContext, fileNumber: string): DossierDocument {
  const rows: TableRow[] = ctx.proposed().map((p, i) => {
    const line = checklistLine(ctx, p);
    return {
      cells: [
        String(i + 1),
        ctx.subjectName(p.subjectKind, p.subject),
        awardByKey(p.award).shortName,
        ctx.decidedBy(p),
        line.submission,
        line.minutes,
        line.report,
        line.initiative,
        line.opinions,
        line.missing.length === 0 ? T.complete : line.missing.join("; "),
      ],
    };
  });
  return {
    id: "checklist",
    kind: "checklist",
    title: T.title,
    fileName: T.fileName({ number: fileNumber }),
    sections: [
      {
        orientation: "landscape",
        blocks: [
          paragraph([run(T.heading, { bold: true })], {
            align: "center",
          }),
          paragraph([run(T.subheading({ yearText: ctx.yearText }), { italic: true })], {
            align: "center",
          }),
          rows.length === 0
            ? paragraph(T.none, { align: "center" })
            : {
                kind: "table",
                size: 11,
                columns: columns(T.columns, [4, 16, 11, 10, 11, 14, 13, 13, 10, 16], {
                  0: "center",
                }),
                rows,
              },
        ],
      },
    ],
  };
}
