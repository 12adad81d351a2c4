/**
 * The wording of the official documents the program drafts for the agency to sign (Decree
 * 30/2020/NĐ-CP layout: decisions, tờ trình, biên bản, reports, the dossier's index): Vietnamese
 * by law, so this catalogue has one language. Builders read it through `DOCUMENT_TEXTS`; a key
 * that is not here is a compile error. Grouped by document, each group in the document's order.
 */
import { SHORT_BLANK } from "./document-blanks";

/** "ngày 05 tháng 11 năm 2024" (`null` parts are dotted blanks). */
function dayMonthYear(day: string, month: string, year: string): string {
  return `ngày ${day} tháng ${month} năm ${year}`;
}

export const DOCUMENT_TEXTS_VI = {
  /** Pieces every document shares: heading, dates, signature. */
  common: {
    nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    recipients: "Nơi nhận:",
    /** The text rendering's marks for golden files: page orientation and breaks. */
    portrait: "A4 dọc",
    landscape: "A4 ngang",
    pageBreak: "<ngắt trang>",
    /** "ngày 05 tháng 11 năm 2024", or dotted blanks. */
    longDate: (p: { day: string; month: string; year: string }) =>
      dayMonthYear(p.day, p.month, p.year),
    blankLongDate: () => dayMonthYear(SHORT_BLANK, SHORT_BLANK, SHORT_BLANK),
    /** "năm 2024" / "năm ……". */
    yearText: (p: { year: string }) => `năm ${p.year}`,
    /** The agency's short name when `Cơ quan` is empty. */
    agencyFallback: "Sở",
    /** "Số:        /TTr-SKHCN": the number is the văn thư's, left blank. */
    numberLine: (p: { kind: string; symbol: string }) => `Số:        /${p.kind}-${p.symbol}`,
    /** "KT. GIÁM ĐỐC" alone gets "PHÓ GIÁM ĐỐC" under it. */
    deputy: (p: { title: string }) => `PHÓ ${p.title}`,
    noDocuments: "Không có văn bản nào loại này trong hồ sơ năm nay.",
  },
  /** Example values shown in the warning for a missing document setting of `Cấu hình`. */
  settingExamples: {
    place: "Hà Tĩnh",
    agencySymbol: "SKHCN",
    signer: "Nguyễn Văn A",
    signerTitle: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC",
    councilChair: "Nguyễn Văn A",
    councilSecretary: "Trần Thị B",
    meetingDate: "05/11/2024",
    meetingTime: "08 giờ 00",
    meetingPlace: "Phòng họp Sở",
  },
  /** The "Căn cứ …;" lines. */
  legalBases: {
    basis: (p: { source: string }) => `Căn cứ ${p.source};`,
    minutes: (p: { agency: string; date: string }) =>
      `Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng ${p.agency} ${p.date};`,
  },
  /** The dossier's index file ("00 - Mục lục hồ sơ"). */
  index: {
    fileName: "00 - Mục lục hồ sơ",
    title: (p: { year: number | null }) =>
      `HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG${p.year === null ? "" : ` NĂM ${p.year}`}`,
    documents: "Các văn bản (bản dự thảo, kiểm tra và ký trước khi trình):",
    warnings: (p: { count: number }) => `Chỗ còn để trống (……) cần bổ sung — ${p.count} cảnh báo:`,
  },
};
