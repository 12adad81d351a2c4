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

/** "02 cá nhân và 01 tập thể". */
function subjectsText(items: readonly Proposal[]): string {
  const people = items.filter((p) => p.subjectKind === "individual").length;
  const units = items.length - people;
  return [
    people > 0 ? countText(people, "individual") : "",
    units > 0 ? countText(units, "collective") : "",
  ]
    .filter((s) => s !== "")
    .join(" và ");
}

/** "công nhận danh hiệu “Lao động tiên tiến” năm 2024" / "tặng Giấy khen của Giám đốc Sở". */
function actText(ctx: DossierContext, award: AwardKey): string {
  const info = awardByKey(award);
  return info.form === "title"
    ? `công nhận danh hiệu “${info.name}” ${ctx.yearText}`
    : `tặng ${info.name}`;
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
    info.form === "title"
      ? ""
      : ` đã có thành tích xuất sắc${campaign === "" ? ` ${ctx.yearText}` : ` trong ${campaign}`}`;
  const decision: Block[] = [
    ctx.letterhead("QĐ"),
    paragraph([run("QUYẾT ĐỊNH", { bold: true })], { align: "center", spaceBefore: 12 }),
    paragraph([run(`Về việc ${act}`, { bold: true })], { align: "center" }),
    paragraph([run("_____________", { bold: true })], { align: "center" }),
    paragraph([run(`GIÁM ĐỐC ${agency.toLocaleUpperCase("vi")}`, { bold: true })], {
      align: "center",
      spaceBefore: 6,
    }),
    ...basisLines(ctx).map((line) => paragraph([run(line, { italic: true })], { indent: true })),
    paragraph(
      [run(`Xét đề nghị của Hội đồng Thi đua - Khen thưởng ${ctx.agencyShort}.`, { italic: true })],
      {
        indent: true,
      }
    ),
    paragraph([run("QUYẾT ĐỊNH:", { bold: true })], { align: "center", spaceBefore: 6 }),
    paragraph(
      [
        run("Điều 1. ", { bold: true }),
        run(
          `${act.charAt(0).toLocaleUpperCase("vi")}${act.slice(1)} cho ${subjectsText(items)}${achievement} (có danh sách kèm theo).`
        ),
      ],
      { indent: true, align: "justify" }
    ),
    paragraph(
      [
        run("Điều 2. ", { bold: true }),
        run(
          "Tiền thưởng kèm theo thực hiện theo quy định hiện hành về thi đua, khen thưởng, chi từ Quỹ thi đua, khen thưởng của cơ quan."
        ),
      ],
      { indent: true, align: "justify" }
    ),
    paragraph(
      [
        run("Điều 3. ", { bold: true }),
        run(
          "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng các phòng, đơn vị thuộc và trực thuộc và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."
        ),
      ],
      { indent: true, align: "justify" }
    ),
    {
      kind: "signature",
      recipients: ["- Như Điều 3;", "- Lưu: VT, VP."],
      signers: [ctx.agencySigner()],
    },
  ];
  const list: Block[] = [
    paragraph([run("DANH SÁCH", { bold: true })], { align: "center" }),
    paragraph([run(`${act.charAt(0).toLocaleUpperCase("vi")}${act.slice(1)}`, { bold: true })], {
      align: "center",
    }),
    paragraph(
      [
        run(
          `(Kèm theo Quyết định số        /QĐ-${symbol} ngày ${SHORT_BLANK} tháng ${SHORT_BLANK} năm ${SHORT_BLANK} của Giám đốc ${agency})`,
          { italic: true }
        ),
      ],
      { align: "center" }
    ),
    proposalTable(ctx, items, false),
  ];
  const title = `Quyết định ${act}`;
  return {
    id: `decision-${award}`,
    kind: "decision",
    title,
    fileName: `${fileNumber} - Dự thảo Quyết định ${act}`,
    sections: [
      { orientation: "portrait", blocks: decision },
      { orientation: "portrait", blocks: list },
    ],
  };
}
