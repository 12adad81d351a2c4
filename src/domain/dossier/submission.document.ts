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
  const province = superior === "" ? `UBND tỉnh ${BLANK}` : superior;
  const chair = `Chủ tịch ${province}`;
  switch (decidedBy) {
    case "Chủ tịch UBND tỉnh":
      return { to: chair, ask: "xem xét, quyết định tặng", short: "Chủ tịch UBND tỉnh" };
    case "Thủ tướng":
      return {
        to: chair,
        ask: "xem xét, trình Thủ tướng Chính phủ tặng",
        short: "Thủ tướng Chính phủ",
      };
    case "Chính phủ":
      return { to: chair, ask: "xem xét, trình Chính phủ tặng", short: "Chính phủ" };
    case "Bộ trưởng": {
      // The Sở's own ministry: "Sở Khoa học và Công nghệ" → "Bộ Khoa học và Công nghệ".
      const ministry = /^Sở\s+(.+)$/u.exec(ctx.agencyShort)?.[1];
      return {
        to: `Bộ trưởng Bộ ${ministry ?? BLANK}`,
        ask: "xem xét, quyết định tặng",
        short: "Bộ trưởng",
      };
    }
    default:
      return { to: decidedBy, ask: "xem xét, quyết định tặng", short: decidedBy };
  }
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
  const what =
    forms.size === 2
      ? "danh hiệu thi đua và hình thức khen thưởng"
      : forms.has("title")
        ? "danh hiệu thi đua"
        : "hình thức khen thưởng";
  const trichYeu = `Về việc đề nghị xét tặng ${what} ${ctx.yearText}`;
  const body: Block[] = [
    ctx.letterhead("TTr"),
    paragraph([run("TỜ TRÌNH", { bold: true })], { align: "center", spaceBefore: 12 }),
    paragraph([run(trichYeu, { bold: true })], { align: "center" }),
    paragraph([run("_____________", { bold: true })], { align: "center" }),
    paragraph(`Kính gửi: ${addressee.to}.`, { align: "center", spaceBefore: 6 }),
    ...basisLines(ctx).map((line) => paragraph(line, { indent: true, align: "justify" })),
    paragraph(
      `${agency} kính đề nghị ${addressee.to} ${addressee.ask} ${what} cho các cá nhân, tập thể sau:`,
      { indent: true, align: "justify" }
    ),
    ...groups.map((g, i) => {
      const info = awardByKey(g.award);
      return paragraph(
        `${i + 1}. ${info.form === "title" ? `Danh hiệu “${info.name}”` : info.name}: ${countText(g.items.length, g.kind)};`,
        { indent: true }
      );
    }),
    paragraph([run("(Có biên bản, danh sách, báo cáo thành tích kèm theo)", { italic: true })], {
      indent: true,
    }),
    paragraph(`${agency} kính trình ${addressee.to} xem xét, quyết định./.`, {
      indent: true,
      align: "justify",
    }),
    {
      kind: "signature",
      recipients: ["- Như trên;", "- Lưu: VT, VP."],
      signers: [ctx.agencySigner()],
    },
  ];
  const appendix: Block[] = [
    paragraph([run("DANH SÁCH", { bold: true })], { align: "center" }),
    paragraph([run(`Đề nghị xét tặng ${what} ${ctx.yearText}`, { bold: true })], {
      align: "center",
    }),
    paragraph(
      [
        run(
          `(Kèm theo Tờ trình số        /TTr-${symbol} ngày ${SHORT_BLANK} tháng ${SHORT_BLANK} năm ${SHORT_BLANK} của ${agency})`,
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
    title: `Tờ trình đề nghị ${addressee.short} xét tặng ${what} (kèm danh sách)`,
    fileName: `${fileNumber} - Tờ trình đề nghị ${addressee.short} xét tặng ${what}`,
    sections: [
      { orientation: "portrait", blocks: body },
      { orientation: "landscape", blocks: appendix },
    ],
  };
}
