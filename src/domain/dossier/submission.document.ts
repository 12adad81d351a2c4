/**
 * A tờ trình to a higher authority (Decree 152/2025 appendix, Mẫu 01 shape) with the list of
 * proposals as its appendix: one per deciding authority above the Giám đốc Sở.
 */
import type { Proposal } from "../report";
import { awardByKey } from "../rulebook/award-catalogue";
import type { DossierContext } from "./dossier-context";
import { BLANK, SHORT_BLANK, paragraph, run, type Block, type DossierDocument } from "./document";
import { basisLines } from "./legal-bases";
import { countText, groupProposals, proposalTable } from "./proposal-table";
import { DOCUMENT_TEXTS } from "../messages/document-texts";

const C = DOCUMENT_TEXTS.common;
const T = DOCUMENT_TEXTS.submission;

/**
 * Whom the tờ trình goes to and what it asks, by deciding authority. A Sở proposes the Prime
 * Minister's and the Government's awards through the Chủ tịch UBND tỉnh (Law Art. 84, 85).
 */
export interface Addressee {
  /** "Chủ tịch UBND tỉnh Hà Tĩnh". */
  readonly to: string;
  /** "xem xét, quyết định tặng" / "xem xét, trình Thủ tướng Chính phủ tặng". */
  readonly ask: string;
  /** Short name for the file ("Chủ tịch UBND tỉnh", "Thủ tướng Chính phủ"). */
  readonly short: string;
}

export function addresseeOf(ctx: DossierContext, decidedBy: string): Addressee {
  const superior = ctx.register.settings.superiorBody.trim();
  const chair = T.chair({ province: superior === "" ? T.blankProvince : superior });
  const known = T.asks[decidedBy];
  if (known === undefined) return { to: decidedBy, ask: T.defaultAsk, short: decidedBy };
  const { ask, short } = known;
  if (known.via === "chair") return { to: chair, ask, short };
  // The Sở's own ministry: "Sở Khoa học và Công nghệ" → "Bộ Khoa học và Công nghệ".
  const ministry = /^Sở\s+(.+)$/u.exec(ctx.agencyShort)?.[1];
  return { to: T.minister({ ministry: ministry ?? BLANK }), ask, short };
}

export function buildSubmission(
  ctx: DossierContext,
  decidedBy: string,
  items: readonly Proposal[],
  fileNumber: string
): DossierDocument {
  const agency = ctx.register.settings.agency || BLANK;
  const symbol = ctx.setting("agencySymbol") ?? SHORT_BLANK;
  const addressee = addresseeOf(ctx, decidedBy);
  const groups = groupProposals(items);
  const forms = new Set(groups.map((g) => awardByKey(g.award).form));
  const what = forms.size === 2 ? T.titlesAndAwards : forms.has("title") ? T.titles : T.awards;
  const trichYeu = T.about({ what, yearText: ctx.yearText });
  const body: Block[] = [
    ctx.letterhead(C.kindCodes.submission),
    paragraph([run(T.heading, { bold: true })], { align: "center", spaceBefore: 12 }),
    paragraph([run(trichYeu, { bold: true })], { align: "center" }),
    paragraph([run(C.rule, { bold: true })], { align: "center" }),
    paragraph(T.to({ to: addressee.to }), { align: "center", spaceBefore: 6 }),
    ...basisLines(ctx).map((line) => paragraph(line, { indent: true, align: "justify" })),
    paragraph(T.asksFor({ agency, to: addressee.to, ask: addressee.ask, what }), {
      indent: true,
      align: "justify",
    }),
    ...groups.map((g, i) => {
      const info = awardByKey(g.award);
      return paragraph(
        T.item({
          index: i + 1,
          award: C.awardName({ title: info.form === "title", name: info.name }),
          count: countText(g.items.length, g.kind),
        }),
        { indent: true }
      );
    }),
    paragraph([run(T.attachments, { italic: true })], {
      indent: true,
    }),
    paragraph(T.closing({ agency, to: addressee.to }), {
      indent: true,
      align: "justify",
    }),
    {
      kind: "signature",
      recipients: T.recipients,
      signers: [ctx.agencySigner()],
    },
  ];
  const appendix: Block[] = [
    paragraph([run(C.list, { bold: true })], { align: "center" }),
    paragraph([run(T.listTitle({ what, yearText: ctx.yearText }), { bold: true })], {
      align: "center",
    }),
    paragraph(
      [
        run(
          C.attachedTo({
            document: T.attachedDocument,
            kind: C.kindCodes.submission,
            symbol,
            issuer: agency,
          }),
          { italic: true }
        ),
      ],
      { align: "center" }
    ),
    proposalTable(ctx, items, true),
  ];
  return {
    id: `submission-${decidedBy}`,
    kind: "submission",
    title: T.title({ short: addressee.short, what }),
    fileName: T.fileName({ number: fileNumber, short: addressee.short, what }),
    sections: [
      { orientation: "portrait", blocks: body },
      { orientation: "landscape", blocks: appendix },
    ],
  };
}
