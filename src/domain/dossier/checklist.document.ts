/**
 * The dossier checklist: for every proposed candidate, the components Law 06/2022 Art. 84 asks
 * for, and whether the register shows them, the dossier drafts them, or they are missing.
 */
import type { AwardKey } from "../model";
import type { Proposal } from "../report";
import { awardByKey } from "../rulebook/award-catalogue";
import type { DossierContext } from "./dossier-context";
import { OWN_AUTHORITY } from "./dossier-context";
import { paragraph, run, type DossierDocument, type TableRow } from "./document";
import { voteOf } from "./proposal-table";
import { voteThreshold } from "./council-minutes.document";

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
  let minutes = "Có: biên bản họp Hội đồng";
  if (voteNeeded) {
    if (vote === "") {
      minutes = "Thiếu kết quả bỏ phiếu";
      missing.push("kết quả bỏ phiếu");
    } else minutes = `Có: biên bản và kết quả bỏ phiếu (${vote.replace(/ \(.*\)$/, "")})`;
  }
  const report = own ? "Đơn vị, cá nhân nộp" : "Bản nháp trong hồ sơ: cần phần tự viết, chữ ký";
  if (!own) missing.push("phần tự viết và chữ ký của báo cáo thành tích");
  let initiative = "Không yêu cầu";
  if (NEEDS_INITIATIVE.has(p.award) && p.subjectKind === "individual") {
    const list = ctx.register.initiatives.filter((i) => i.staffCode === p.subject);
    const recognised = list.filter((i) => i.decisionNo !== "");
    if (recognised.length > 0)
      initiative = `Có: Quyết định số ${recognised.map((i) => i.decisionNo).join("; ")}`;
    else if (list.length > 0) {
      initiative = "Thiếu số quyết định công nhận";
      missing.push("quyết định công nhận sáng kiến, đề tài");
    } else if (p.award === "CSTDCS") initiative = "Không yêu cầu (căn cứ xếp loại)";
    else {
      initiative = "Thiếu";
      missing.push("chứng nhận sáng kiến, đề tài");
    }
  }
  let opinions = "Không yêu cầu";
  if (NEEDS_OPINIONS.has(p.award)) {
    opinions = "Cần bổ sung (sổ không có)";
    missing.push("ý kiến của cơ quan liên quan");
  }
  return {
    proposal: p,
    submission: own ? "Có: dự thảo Quyết định" : "Có: Tờ trình kèm danh sách",
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
        line.missing.length === 0 ? "Đủ" : line.missing.join("; "),
      ],
    };
  });
  return {
    id: "checklist",
    kind: "checklist",
    title: "Danh mục kiểm tra thành phần hồ sơ (Điều 84 Luật Thi đua, khen thưởng)",
    fileName: `${fileNumber} - Danh mục kiểm tra thành phần hồ sơ`,
    sections: [
      {
        orientation: "landscape",
        blocks: [
          paragraph(
            [run("DANH MỤC KIỂM TRA THÀNH PHẦN HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG", { bold: true })],
            {
              align: "center",
            }
          ),
          paragraph(
            [
              run(
                `(Theo Điều 84 Luật Thi đua, khen thưởng; ${ctx.yearText}; tài liệu theo dõi của Văn phòng, không thuộc hồ sơ trình)`,
                { italic: true }
              ),
            ],
            { align: "center" }
          ),
          rows.length === 0
            ? paragraph("Chưa có cá nhân, tập thể nào được đề nghị.", { align: "center" })
            : {
                kind: "table",
                size: 11,
                columns: [
                  { header: "STT", width: 4, align: "center" },
                  { header: "Họ và tên / Tên tập thể", width: 16 },
                  { header: "Danh hiệu / hình thức", width: 11 },
                  { header: "Cấp quyết định", width: 10 },
                  { header: "Tờ trình / Quyết định", width: 11 },
                  { header: "Biên bản, kết quả bỏ phiếu", width: 14 },
                  { header: "Báo cáo thành tích", width: 13 },
                  { header: "Chứng nhận sáng kiến, đề tài", width: 13 },
                  { header: "Ý kiến cơ quan liên quan", width: 10 },
                  { header: "Còn thiếu", width: 16 },
                ],
                rows,
              },
        ],
      },
    ],
  };
}
