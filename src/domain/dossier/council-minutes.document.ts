/**
 * The minutes of the Council's meeting (biên bản họp Hội đồng TĐKT, with the vote result that
 * Decree 98/2023 Art. 34(2) asks for) and the minutes of the ballot count (biên bản kiểm phiếu).
 */
import type { AwardKey, Vote } from "../model";
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
  paragraph,
  run,
  type Block,
  type DossierDocument,
  type TableRow,
} from "./document";
import { countText, groupProposals } from "./proposal-table";
import { addresseeOf } from "./submission.document";

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
  return meetsShare(line.vote.yes ?? 0, line.members, line.threshold) ? "Đạt" : "Không đạt";
}

function honorific(ctx: DossierContext, name: string): string {
  const person = ctx.register.staff.find((s) => s.name === name);
  return person?.gender === "Nữ" ? "Bà" : person?.gender === "Nam" ? "Ông" : "Ông (Bà)";
}

/** The council's letterhead: the Sở above, the Council as issuer. */
function councilLetterhead(ctx: DossierContext, code: string): Block {
  const meeting = ctx.dateSetting("meetingDate");
  return ctx.letterhead(
    code,
    "Hội đồng Thi đua - Khen thưởng",
    ctx.register.settings.agency,
    meeting
  );
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
    `- ${honorific(ctx, m.name)} ${m.name}${m.position === "" ? "" : `, ${m.position}`}${m.role === null ? "" : ` — ${COUNCIL_ROLE_TEXT[m.role]} Hội đồng`}`;

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
        `- ${info.form === "title" ? `Danh hiệu “${info.name}”` : info.name}: ${countText(g.items.length, g.kind)};`,
        { indent: true }
      );
    });
  const authorities = [...new Set(higher.map((p) => ctx.decidedBy(p)))];

  const blocks: Block[] = [
    councilLetterhead(ctx, "BB-HĐTĐKT"),
    paragraph([run("BIÊN BẢN", { bold: true })], { align: "center", spaceBefore: 12 }),
    paragraph(
      [run(`Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng ${ctx.yearText}`, { bold: true })],
      {
        align: "center",
      }
    ),
    paragraph([run("_____________", { bold: true })], { align: "center" }),
    paragraph(
      `Thời gian: ${time}, ${meeting === null ? `ngày ${SHORT_BLANK}/${SHORT_BLANK}/${SHORT_BLANK}` : `${String(meeting.day).padStart(2, "0")}/${String(meeting.month).padStart(2, "0")}/${meeting.year}`}.`,
      { indent: true, spaceBefore: 6 }
    ),
    paragraph(`Địa điểm: ${place}.`, { indent: true }),
    paragraph([run("Thành phần:", { bold: true })], { indent: true }),
    paragraph(`- Chủ trì: ${chair}, Chủ tịch Hội đồng.`, { indent: true }),
    paragraph(`- Thư ký: ${secretary}.`, { indent: true }),
    paragraph(
      `- Thành viên có mặt: ${council.length === 0 ? SHORT_BLANK : count2(present.length)}/${totalText} thành viên Hội đồng; vắng mặt: ${council.length === 0 ? SHORT_BLANK : count2(absent.length)}${absent.length > 0 ? " (có phiếu bầu bằng văn bản gửi Hội đồng)" : ""}.`,
      { indent: true }
    ),
    ...(council.length === 0
      ? [paragraph(BLANK.repeat(4), { indent: true })]
      : [
          paragraph("Các thành viên có mặt:", { indent: true }),
          ...present.map((m) => paragraph(member(m), { indent: true })),
          ...(absent.length === 0
            ? []
            : [
                paragraph("Các thành viên vắng mặt:", { indent: true }),
                ...absent.map((m) => paragraph(member(m), { indent: true })),
              ]),
        ]),
    paragraph([run("Nội dung:", { bold: true })], { indent: true, spaceBefore: 6 }),
    paragraph(
      `Hội đồng xem xét kết quả đăng ký, chấm điểm và đề nghị của các phòng, đơn vị; đối chiếu tiêu chuẩn, điều kiện theo Luật Thi đua, khen thưởng và các văn bản hướng dẫn; bỏ phiếu kín đối với các danh hiệu, hình thức khen thưởng phải bỏ phiếu. Tỷ lệ phiếu đồng ý tính trên tổng số ${totalText} thành viên Hội đồng.`,
      { indent: true, align: "justify" }
    ),
    paragraph([run("I. Kết quả bỏ phiếu", { bold: true })], { indent: true, keepWithNext: true }),
    ...(voteRows.length === 0
      ? [
          paragraph("Không có danh hiệu, hình thức khen thưởng nào phải bỏ phiếu.", {
            indent: true,
          }),
        ]
      : [
          {
            kind: "table" as const,
            size: 12,
            columns: [
              { header: "STT", width: 5, align: "center" as const },
              { header: "Họ và tên / Tên tập thể", width: 20 },
              { header: "Đơn vị", width: 16 },
              { header: "Danh hiệu / hình thức", width: 20 },
              { header: "Phiếu đồng ý / tổng số thành viên", width: 12, align: "center" as const },
              { header: "Tỷ lệ", width: 9, align: "center" as const },
              { header: "Ngưỡng", width: 9, align: "center" as const },
              { header: "Kết quả", width: 9, align: "center" as const },
            ],
            rows: voteRows,
          },
        ]),
    paragraph([run("II. Kết luận", { bold: true })], {
      indent: true,
      spaceBefore: 6,
      keepWithNext: true,
    }),
    paragraph(
      `1. Đề nghị Giám đốc Sở công nhận danh hiệu, tặng Giấy khen:${own.length === 0 ? " không có." : ""}`,
      {
        indent: true,
      }
    ),
    ...conclusion(own),
    ...authorities.flatMap((authority, i) => {
      const addressee = addresseeOf(ctx, authority);
      return [
        paragraph(`${i + 2}. Đề nghị ${addressee.to} ${addressee.ask}:`, { indent: true }),
        ...conclusion(higher.filter((p) => ctx.decidedBy(p) === authority)),
      ];
    }),
    ...(ctx.lockFingerprint === null
      ? []
      : [
          paragraph(
            [
              run(
                `Kết quả chấm điểm, bình xét và xếp loại trong sổ thi đua đã được khóa sau cuộc họp; dấu xác thực (SHA-256) khi khóa sổ: ${ctx.lockFingerprint}`,
                { italic: true }
              ),
            ],
            { indent: true }
          ),
        ]),
    paragraph(
      `Biên bản kết thúc lúc ${SHORT_BLANK} giờ ${SHORT_BLANK} cùng ngày, đã được thông qua trước Hội đồng và các thành viên dự họp nhất trí./.`,
      { indent: true, align: "justify", spaceBefore: 6 }
    ),
    {
      kind: "signature",
      recipients: null,
      signers: [
        { title: ["THƯ KÝ"], note: "(Ký, ghi rõ họ tên)", name: secretary },
        { title: ["CHỦ TỌA", "CHỦ TỊCH HỘI ĐỒNG"], note: "(Ký, ghi rõ họ tên)", name: chair },
      ],
    },
  ];
  return {
    id: "council-minutes",
    kind: "council-minutes",
    title: "Biên bản họp Hội đồng Thi đua - Khen thưởng",
    fileName: `${fileNumber} - Biên bản họp Hội đồng Thi đua - Khen thưởng`,
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
    councilLetterhead(ctx, "BB-KP"),
    paragraph([run("BIÊN BẢN KIỂM PHIẾU", { bold: true })], { align: "center", spaceBefore: 12 }),
    paragraph(
      [run(`Bầu chọn danh hiệu thi đua, hình thức khen thưởng ${ctx.yearText}`, { bold: true })],
      {
        align: "center",
      }
    ),
    paragraph([run("_____________", { bold: true })], { align: "center" }),
    paragraph(`Ban kiểm phiếu gồm: ${BLANK}${BLANK}`, { indent: true, spaceBefore: 6 }),
    paragraph(
      `Tổng số thành viên Hội đồng: ${ctx.register.settings.councilMembers ?? SHORT_BLANK}. Tỷ lệ phiếu đồng ý tính trên tổng số thành viên Hội đồng.`,
      { indent: true }
    ),
  ];
  if (lines.length === 0)
    blocks.push(
      paragraph("Không có danh hiệu, hình thức khen thưởng nào phải bỏ phiếu.", { indent: true })
    );
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
      paragraph([run(`Vòng ${round}`, { bold: true })], {
        indent: true,
        spaceBefore: 6,
        keepWithNext: true,
      }),
      paragraph(
        `Số phiếu phát ra: ${show(counts.issued)}; số phiếu thu về: ${show(counts.returned)}; số phiếu hợp lệ: ${show(counts.valid)}; số phiếu không hợp lệ: ${invalid}.`,
        { indent: true }
      ),
      paragraph("Kết quả (xếp theo số phiếu đồng ý):", { indent: true, keepWithNext: true }),
      {
        kind: "table",
        size: 12,
        columns: [
          { header: "STT", width: 5, align: "center" },
          { header: "Họ và tên / Tên tập thể", width: 24 },
          { header: "Danh hiệu / hình thức", width: 24 },
          { header: "Số phiếu đồng ý", width: 11, align: "center" },
          { header: "Tỷ lệ trên tổng số thành viên", width: 12, align: "center" },
          { header: "Kết quả", width: 10, align: "center" },
        ],
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
  blocks.push(
    paragraph(
      `Biên bản kiểm phiếu được lập lúc ${SHORT_BLANK} giờ ${SHORT_BLANK} và công bố trước Hội đồng./.`,
      { indent: true, spaceBefore: 6 }
    ),
    {
      kind: "signature",
      recipients: null,
      signers: [
        { title: ["CÁC THÀNH VIÊN BAN KIỂM PHIẾU"], note: "(Ký, ghi rõ họ tên)", name: BLANK },
        { title: ["TRƯỞNG BAN KIỂM PHIẾU"], note: "(Ký, ghi rõ họ tên)", name: BLANK },
      ],
    }
  );
  return {
    id: "ballot-minutes",
    kind: "ballot-minutes",
    title: "Biên bản kiểm phiếu",
    fileName: `${fileNumber} - Biên bản kiểm phiếu`,
    sections: [{ orientation: "portrait", blocks }],
  };
}
