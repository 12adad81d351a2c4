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
import { BLANK, paragraph, run, type Block, type DossierDocument, type TableRow } from "./document";

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
    paragraph([run(`[Phần ${what} tự viết]`, { italic: true, bold: true })], { indent: true }),
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
  return [...byYear].sort((a, b) => a[0] - b[0]).map(([year, text]) => `- Năm ${year}: ${text}.`);
}

function awardsTable(records: readonly HistoryRecord[]): Block {
  const rows: TableRow[] = records
    .filter((h) => h.awardKey !== null)
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
    .map((h) => ({
      cells: [
        h.year === null ? "" : String(h.year),
        h.text,
        [h.decisionNo, h.decisionDate === null ? "" : `ngày ${formatDateVi(h.decisionDate)}`]
          .filter((s) => s !== "")
          .join(", "),
        h.awardKey === null ? "" : awardByKey(h.awardKey).decidedBy,
      ],
    }));
  if (rows.length === 0) return line("Sổ chưa ghi nhận hình thức khen thưởng nào (trang Lịch sử).");
  return {
    kind: "table",
    size: 12,
    columns: [
      { header: "Năm", width: 8, align: "center" },
      { header: "Danh hiệu thi đua / hình thức khen thưởng", width: 36 },
      { header: "Số, ngày quyết định", width: 28 },
      { header: "Cơ quan ban hành", width: 22 },
    ],
    rows,
  };
}

function title(p: Proposal, yearText: string): Block[] {
  const info = awardByKey(p.award);
  return [
    paragraph([run("BÁO CÁO THÀNH TÍCH", { bold: true })], { align: "center", spaceBefore: 12 }),
    paragraph(
      [
        run(
          `Đề nghị ${info.form === "title" ? `xét tặng danh hiệu “${info.name}”` : `tặng ${info.name}`}`,
          { bold: true }
        ),
      ],
      { align: "center" }
    ),
    paragraph([run(`(Thành tích ${yearText})`, { italic: true })], { align: "center" }),
    paragraph([run("_____________", { bold: true })], { align: "center" }),
  ];
}

/** The grounds the register found, without the vote line (that is in the minutes). */
function groundLines(p: Proposal): string[] {
  return groundTexts(p.grounds, "vi").map((g) => `- ${g}.`);
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
    heading("I. SƠ LƯỢC LÝ LỊCH"),
    line(`- Họ và tên: ${person?.name ?? p.subject}. Giới tính: ${person?.gender ?? BLANK}.`),
    line(`- Ngày, tháng, năm sinh: ${person?.birthDate ? formatDateVi(person.birthDate) : BLANK}.`),
    line(`- Quê quán: ${BLANK}. Nơi thường trú: ${BLANK}.`),
    line(`- Chức vụ (Đảng, chính quyền, đoàn thể): ${person?.position || BLANK}.`),
    line(`- Đơn vị công tác: ${unit?.name ?? BLANK}, ${ctx.register.settings.agency || BLANK}.`),
    line(`- Trình độ chuyên môn, nghiệp vụ: ${BLANK}. Học hàm, học vị: ${BLANK}.`),
    heading("II. THÀNH TÍCH ĐẠT ĐƯỢC"),
    heading("1. Quyền hạn, nhiệm vụ được giao"),
    ...ownAccount("cá nhân"),
    heading("2. Thành tích đạt được (theo sổ theo dõi thi đua)"),
    line("a) Kết quả đánh giá, xếp loại chất lượng:"),
    ...(ratings.length === 0 ? [line(`- ${BLANK}`)] : ratings.map(line)),
    line("b) Sáng kiến, đề tài, giải pháp được công nhận:"),
    ...(initiatives.length === 0
      ? [line("- Sổ chưa ghi nhận sáng kiến, đề tài nào (trang Sáng kiến).")]
      : initiatives.map((i) =>
          line(
            `- ${i.title} (${i.kind || "Sáng kiến"}${i.scope === null ? "" : `, phạm vi ảnh hưởng: ${SCOPE_TEXT[i.scope]}`}), ${i.decisionNo === "" ? `chưa có số quyết định công nhận (${BLANK})` : `Quyết định số ${i.decisionNo}`}${i.recognisedOn === null ? "" : ` ngày ${formatDateVi(i.recognisedOn)}`}.`
          )
        )),
    line("c) Căn cứ đề nghị:"),
    ...groundLines(p).map(line),
    heading("3. Thành tích nổi bật, giải pháp, hiệu quả mang lại"),
    ...ownAccount("cá nhân"),
    heading("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"),
    awardsTable(history),
    {
      kind: "signature",
      recipients: null,
      signers: [
        {
          title: ["THỦ TRƯỞNG ĐƠN VỊ", "XÁC NHẬN, ĐÓNG DẤU"],
          note: "(Ký, đóng dấu)",
          name: unit?.head || BLANK,
        },
        {
          title: ["NGƯỜI BÁO CÁO THÀNH TÍCH"],
          note: "(Ký, ghi rõ họ và tên)",
          name: person?.name ?? BLANK,
        },
      ],
    },
    {
      kind: "signature",
      recipients: null,
      signers: [
        { title: ["XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG"], note: "(Ký, đóng dấu)", name: BLANK },
      ],
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
    heading("I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH"),
    line(`- Tên tập thể: ${unit?.name ?? p.subject}${unit?.kind ? ` (${unit.kind})` : ""}.`),
    line(`- Trực thuộc: ${ctx.register.settings.agency || BLANK}.`),
    line(`- Người đứng đầu: ${unit?.head || BLANK}.`),
    line(
      `- Số cán bộ, công chức, viên chức và người lao động: ${staff.length} người (theo trang Cán bộ).`
    ),
    line(`- Chức năng, nhiệm vụ được giao: ${BLANK}`),
    heading("II. THÀNH TÍCH ĐẠT ĐƯỢC"),
    heading("1. Kết quả thực hiện nhiệm vụ (theo sổ theo dõi thi đua)"),
    line("a) Kết quả đánh giá, xếp loại tập thể:"),
    ...(ratings.length === 0 ? [line(`- ${BLANK}`)] : ratings.map(line)),
    line(
      `b) Kết quả chấm điểm thi đua ${ctx.yearText}: ${score?.councilScore === null || score === undefined ? BLANK : `Hội đồng chấm ${formatNumberVi(score.councilScore)} điểm`}${score?.selfScore === null || score === undefined ? "" : ` (tự chấm ${formatNumberVi(score.selfScore)} điểm)`}${score?.rank == null ? "" : `, xếp thứ ${score.rank}/${ranked} đơn vị`}.`
    ),
    line("c) Cá nhân của tập thể được đề nghị khen thưởng năm nay:"),
    ...(titleCounts.size === 0
      ? [line("- Không có.")]
      : [...titleCounts].map(([name, n]) => line(`- ${name}: ${n} cá nhân.`))),
    line("d) Căn cứ đề nghị:"),
    ...groundLines(p).map(line),
    heading("2. Thành tích nổi bật, các giải pháp, biện pháp đã thực hiện"),
    ...ownAccount("tập thể"),
    heading("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"),
    awardsTable(history),
    {
      kind: "signature",
      recipients: null,
      signers: [
        { title: ["XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG"], note: "(Ký, đóng dấu)", name: BLANK },
        { title: ["THỦ TRƯỞNG ĐƠN VỊ"], note: "(Ký, đóng dấu)", name: unit?.head || BLANK },
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
    title: `Báo cáo thành tích đề nghị ${info.shortName}: ${name}`,
    fileName: `${fileNumber} - Báo cáo thành tích - ${info.shortName} - ${name}`,
    sections: [
      {
        orientation: "portrait",
        blocks:
          p.subjectKind === "individual" ? individualReport(ctx, p) : collectiveReport(ctx, p),
      },
    ],
  };
}
