/**
 * A draft decision of the Giám đốc Sở (Quyết định công nhận danh hiệu / tặng Giấy khen) with its
 * attached list: one per title or award the Sở decides itself (Law Art. 80(1)).
 */
import type { AwardKey } from "../model";
import type { Proposal } from "../report";
import { awardByKey } from "../rulebook/award-catalogue";
import type { DossierContext } from "./dossier-context";
import { BLANK, SHORT_BLANK, paragraph, run, type Block, type DossierDocument } from "./document";
import { basisLines } from "./legal-bases";
import { countText, proposalTable } from "./proposal-table";
import { DOCUMENT_TEXTS } from "../messages/document-texts";

const C = DOCUMENT_TEXTS.common;
const T = DOCUMENT_TEXTS.decision;

/** "02 cá nhân và 01 tập thể". */
function subjectsText(items: readonly Proposal[]): string {
  const people = items.filter((p) => p.subjectKind === "individual").length;
  const units = items.length - people;
  return [
    people > 0 ? countText(people, "individual") : "",
    units > 0 ? countText(units, "collective") : "",
  ]
    .filter((s) => s !== "")
    .join(T.and);
}

/** "công nhận danh hiệu “Lao động tiên tiến” năm 2024" / "tặng Giấy khen của Giám đốc Sở". */
function actText(ctx: DossierContext, award: AwardKey): string {
  const info = awardByKey(award);
  return T.act({ title: info.form === "title", name: info.name, yearText: ctx.yearText });
}

export function buildDecision(
  ctx: DossierContext,
  award: AwardKey,
  items: readonly Proposal[],
  fileNumber: string
): DossierDocument {
  const info = awardByKey(award);
  const agency = ctx.register.settings.agency || BLANK;
  const symbol = ctx.setting("agencySymbol") ?? SHORT_BLANK;
  const act = actText(ctx, award);
  const campaign = ctx.register.settings.campaign.trim();
  const achievement =
    info.form === "title" ? "" : T.achievement({ campaign, yearText: ctx.yearText });
  const Act = `${act.charAt(0).toLocaleUpperCase("vi")}${act.slice(1)}`;
  const decision: Block[] = [
    ctx.letterhead(C.kindCodes.decision),
    paragraph([run(T.heading, { bold: true })], { align: "center", spaceBefore: 12 }),
    paragraph([run(T.about({ act }), { bold: true })], { align: "center" }),
    paragraph([run(C.rule, { bold: true })], { align: "center" }),
    paragraph([run(T.issuer({ agency: agency.toLocaleUpperCase("vi") }), { bold: true })], {
      align: "center",
      spaceBefore: 6,
    }),
    ...basisLines(ctx).map((line) => paragraph([run(line, { italic: true })], { indent: true })),
    paragraph([run(T.proposedBy({ agency: ctx.agencyShort }), { italic: true })], {
      indent: true,
    }),
    paragraph([run(T.decides, { bold: true })], { align: "center", spaceBefore: 6 }),
    paragraph(
      [
        run(T.article1, { bold: true }),
        run(T.article1Text({ act: Act, subjects: subjectsText(items), achievement })),
      ],
      { indent: true, align: "justify" }
    ),
    paragraph([run(T.article2, { bold: true }), run(T.article2Text)], {
      indent: true,
      align: "justify",
    }),
    paragraph([run(T.article3, { bold: true }), run(T.article3Text)], {
      indent: true,
      align: "justify",
    }),
    {
      kind: "signature",
      recipients: T.recipients,
      signers: [ctx.agencySigner()],
    },
  ];
  const list: Block[] = [
    paragraph([run(C.list, { bold: true })], { align: "center" }),
    paragraph([run(Act, { bold: true })], {
      align: "center",
    }),
    paragraph(
      [
        run(
          C.attachedTo({
            document: T.attachedDocument,
            kind: C.kindCodes.decision,
            symbol,
            issuer: T.attachedIssuer({ agency }),
          }),
          { italic: true }
        ),
      ],
      { align: "center" }
    ),
    proposalTable(ctx, items, false),
  ];
  const title = T.title({ act });
  return {
    id: `decision-${award}`,
    kind: "decision",
    title,
    fileName: T.fileName({ number: fileNumber, act }),
    sections: [
      { orientation: "portrait", blocks: decision },
      { orientation: "portrait", blocks: list },
    ],
  };
}
