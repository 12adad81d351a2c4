/**
 * The wording of the official documents the program drafts for the agency to sign (Decree
 * 30/2020/NĐ-CP layout: decisions, tờ trình, biên bản, reports, the dossier's index): Vietnamese
 * by law, so this catalogue has one language. Builders read it through `DOCUMENT_TEXTS`; a key
 * that is not here is a compile error. Grouped by document, each group in the document's order.
 */
import { BLANK, SHORT_BLANK } from "./document-blanks";

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
    /** The short rule under a document's title. */
    rule: "_____________",
    /** Signature notes. */
    signName: "(Ký, ghi rõ họ tên)",
    signFullName: "(Ký, ghi rõ họ và tên)",
    signSeal: "(Ký, đóng dấu)",
    /** "Danh hiệu “Lao động tiên tiến”" / "Giấy khen của Giám đốc Sở". */
    awardName: (p: { title: boolean; name: string }) =>
      p.title ? `Danh hiệu “${p.name}”` : p.name,
    /** "(Kèm theo Tờ trình số /TTr-SKHCN ngày …… tháng …… năm …… của Sở …)". */
    attachedTo: (p: { document: string; kind: string; symbol: string; issuer: string }) =>
      `(Kèm theo ${p.document} số        /${p.kind}-${p.symbol} ngày ${SHORT_BLANK} tháng ${SHORT_BLANK} năm ${SHORT_BLANK} của ${p.issuer})`,
    list: "DANH SÁCH",
    /** The documents' kind codes in their number line (Decree 30/2020, Appendix III). */
    kindCodes: {
      decision: "QĐ",
      submission: "TTr",
      councilMinutes: "BB-HĐTĐKT",
      ballotMinutes: "BB-KP",
    },
    noVotes: "Không có danh hiệu, hình thức khen thưởng nào phải bỏ phiếu.",
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
  /** The draft decision of the Giám đốc Sở, with its list. */
  decision: {
    /** "công nhận danh hiệu “Lao động tiên tiến” năm 2024" / "tặng Giấy khen của Giám đốc Sở". */
    act: (p: { title: boolean; name: string; yearText: string }) =>
      p.title ? `công nhận danh hiệu “${p.name}” ${p.yearText}` : `tặng ${p.name}`,
    /** " đã có thành tích xuất sắc năm 2024" / "… trong <phong trào>". */
    achievement: (p: { campaign: string; yearText: string }) =>
      ` đã có thành tích xuất sắc${p.campaign === "" ? ` ${p.yearText}` : ` trong ${p.campaign}`}`,
    and: " và ",
    heading: "QUYẾT ĐỊNH",
    about: (p: { act: string }) => `Về việc ${p.act}`,
    issuer: (p: { agency: string }) => `GIÁM ĐỐC ${p.agency}`,
    proposedBy: (p: { agency: string }) =>
      `Xét đề nghị của Hội đồng Thi đua - Khen thưởng ${p.agency}.`,
    decides: "QUYẾT ĐỊNH:",
    article1: "Điều 1. ",
    article1Text: (p: { act: string; subjects: string; achievement: string }) =>
      `${p.act} cho ${p.subjects}${p.achievement} (có danh sách kèm theo).`,
    article2: "Điều 2. ",
    article2Text:
      "Tiền thưởng kèm theo thực hiện theo quy định hiện hành về thi đua, khen thưởng, chi từ Quỹ thi đua, khen thưởng của cơ quan.",
    article3: "Điều 3. ",
    article3Text:
      "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng các phòng, đơn vị thuộc và trực thuộc và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
    recipients: ["- Như Điều 3;", "- Lưu: VT, VP."],
    attachedDocument: "Quyết định",
    attachedIssuer: (p: { agency: string }) => `Giám đốc ${p.agency}`,
    title: (p: { act: string }) => `Quyết định ${p.act}`,
    fileName: (p: { number: string; act: string }) => `${p.number} - Dự thảo Quyết định ${p.act}`,
  },
  /** The tờ trình to a higher authority, with its list. */
  submission: {
    /** "Chủ tịch UBND tỉnh Hà Tĩnh"; the province left blank when `Cơ quan chủ quản` is empty. */
    chair: (p: { province: string }) => `Chủ tịch ${p.province}`,
    blankProvince: `UBND tỉnh ${BLANK}`,
    minister: (p: { ministry: string }) => `Bộ trưởng Bộ ${p.ministry}`,
    /**
     * What the tờ trình asks each authority (keyed by `decidedBy`), its short name, and whom it
     * goes to: a Sở proposes the Prime Minister's and the Government's awards through the Chủ
     * tịch UBND tỉnh (Law Art. 84, 85), a minister's to its own ministry.
     */
    asks: {
      "Chủ tịch UBND tỉnh": {
        via: "chair",
        ask: "xem xét, quyết định tặng",
        short: "Chủ tịch UBND tỉnh",
      },
      "Thủ tướng": {
        via: "chair",
        ask: "xem xét, trình Thủ tướng Chính phủ tặng",
        short: "Thủ tướng Chính phủ",
      },
      "Chính phủ": { via: "chair", ask: "xem xét, trình Chính phủ tặng", short: "Chính phủ" },
      "Bộ trưởng": { via: "minister", ask: "xem xét, quyết định tặng", short: "Bộ trưởng" },
    } as Readonly<
      Record<
        string,
        { readonly via: "chair" | "minister"; readonly ask: string; readonly short: string }
      >
    >,
    /** What is asked of any other authority. */
    defaultAsk: "xem xét, quyết định tặng",
    titlesAndAwards: "danh hiệu thi đua và hình thức khen thưởng",
    titles: "danh hiệu thi đua",
    awards: "hình thức khen thưởng",
    about: (p: { what: string; yearText: string }) =>
      `Về việc đề nghị xét tặng ${p.what} ${p.yearText}`,
    heading: "TỜ TRÌNH",
    to: (p: { to: string }) => `Kính gửi: ${p.to}.`,
    asksFor: (p: { agency: string; to: string; ask: string; what: string }) =>
      `${p.agency} kính đề nghị ${p.to} ${p.ask} ${p.what} cho các cá nhân, tập thể sau:`,
    item: (p: { index: number; award: string; count: string }) =>
      `${p.index}. ${p.award}: ${p.count};`,
    attachments: "(Có biên bản, danh sách, báo cáo thành tích kèm theo)",
    closing: (p: { agency: string; to: string }) =>
      `${p.agency} kính trình ${p.to} xem xét, quyết định./.`,
    recipients: ["- Như trên;", "- Lưu: VT, VP."],
    listTitle: (p: { what: string; yearText: string }) =>
      `Đề nghị xét tặng ${p.what} ${p.yearText}`,
    attachedDocument: "Tờ trình",
    title: (p: { short: string; what: string }) =>
      `Tờ trình đề nghị ${p.short} xét tặng ${p.what} (kèm danh sách)`,
    fileName: (p: { number: string; short: string; what: string }) =>
      `${p.number} - Tờ trình đề nghị ${p.short} xét tặng ${p.what}`,
  },
  /** The Office's checklist of each candidate's dossier components (Law Art. 84). */
  checklist: {
    minutesOnly: "Có: biên bản họp Hội đồng",
    voteMissing: "Thiếu kết quả bỏ phiếu",
    missingVote: "kết quả bỏ phiếu",
    minutesAndVote: (p: { vote: string }) => `Có: biên bản và kết quả bỏ phiếu (${p.vote})`,
    reportByCandidate: "Đơn vị, cá nhân nộp",
    reportDraft: "Bản nháp trong hồ sơ: cần phần tự viết, chữ ký",
    missingReport: "phần tự viết và chữ ký của báo cáo thành tích",
    notRequired: "Không yêu cầu",
    initiativeDecisions: (p: { numbers: string }) => `Có: Quyết định số ${p.numbers}`,
    initiativeUndecided: "Thiếu số quyết định công nhận",
    missingInitiativeDecision: "quyết định công nhận sáng kiến, đề tài",
    initiativeByRating: "Không yêu cầu (căn cứ xếp loại)",
    initiativeMissing: "Thiếu",
    missingInitiative: "chứng nhận sáng kiến, đề tài",
    opinionsMissing: "Cần bổ sung (sổ không có)",
    missingOpinions: "ý kiến của cơ quan liên quan",
    decisionDraft: "Có: dự thảo Quyết định",
    submissionDraft: "Có: Tờ trình kèm danh sách",
    complete: "Đủ",
    title: "Danh mục kiểm tra thành phần hồ sơ (Điều 84 Luật Thi đua, khen thưởng)",
    fileName: (p: { number: string }) => `${p.number} - Danh mục kiểm tra thành phần hồ sơ`,
    heading: "DANH MỤC KIỂM TRA THÀNH PHẦN HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG",
    subheading: (p: { yearText: string }) =>
      `(Theo Điều 84 Luật Thi đua, khen thưởng; ${p.yearText}; tài liệu theo dõi của Văn phòng, không thuộc hồ sơ trình)`,
    none: "Chưa có cá nhân, tập thể nào được đề nghị.",
    columns: [
      "STT",
      "Họ và tên / Tên tập thể",
      "Danh hiệu / hình thức",
      "Cấp quyết định",
      "Tờ trình / Quyết định",
      "Biên bản, kết quả bỏ phiếu",
      "Báo cáo thành tích",
      "Chứng nhận sáng kiến, đề tài",
      "Ý kiến cơ quan liên quan",
      "Còn thiếu",
    ],
  },
  /** The minutes of the Council's meeting. */
  councilMinutes: {
    pass: "Đạt",
    fail: "Không đạt",
    /** Honorifics by `Giới tính` (a register value: Nữ / Nam). */
    madam: "Bà",
    sir: "Ông",
    sirOrMadam: "Ông (Bà)",
    councilIssuer: "Hội đồng Thi đua - Khen thưởng",
    /** "- Bà Trần Thị B, Phó Giám đốc — Phó Chủ tịch Hội đồng". */
    member: (p: { honorific: string; name: string; position: string; role: string }) =>
      `- ${p.honorific} ${p.name}${p.position === "" ? "" : `, ${p.position}`}${p.role === "" ? "" : ` — ${p.role} Hội đồng`}`,
    heading: "BIÊN BẢN",
    about: (p: { yearText: string }) =>
      `Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng ${p.yearText}`,
    time: (p: { time: string; date: string }) => `Thời gian: ${p.time}, ${p.date}.`,
    blankDate: `ngày ${SHORT_BLANK}/${SHORT_BLANK}/${SHORT_BLANK}`,
    place: (p: { place: string }) => `Địa điểm: ${p.place}.`,
    members: "Thành phần:",
    chair: (p: { name: string }) => `- Chủ trì: ${p.name}, Chủ tịch Hội đồng.`,
    secretary: (p: { name: string }) => `- Thư ký: ${p.name}.`,
    attendance: (p: { present: string; total: string; absent: string; absentVoted: boolean }) =>
      `- Thành viên có mặt: ${p.present}/${p.total} thành viên Hội đồng; vắng mặt: ${p.absent}${p.absentVoted ? " (có phiếu bầu bằng văn bản gửi Hội đồng)" : ""}.`,
    present: "Các thành viên có mặt:",
    absent: "Các thành viên vắng mặt:",
    content: "Nội dung:",
    proceedings: (p: { total: string }) =>
      `Hội đồng xem xét kết quả đăng ký, chấm điểm và đề nghị của các phòng, đơn vị; đối chiếu tiêu chuẩn, điều kiện theo Luật Thi đua, khen thưởng và các văn bản hướng dẫn; bỏ phiếu kín đối với các danh hiệu, hình thức khen thưởng phải bỏ phiếu. Tỷ lệ phiếu đồng ý tính trên tổng số ${p.total} thành viên Hội đồng.`,
    votes: "I. Kết quả bỏ phiếu",
    voteColumns: [
      "STT",
      "Họ và tên / Tên tập thể",
      "Đơn vị",
      "Danh hiệu / hình thức",
      "Phiếu đồng ý / tổng số thành viên",
      "Tỷ lệ",
      "Ngưỡng",
      "Kết quả",
    ],
    conclusion: "II. Kết luận",
    ownProposals: (p: { none: boolean }) =>
      `1. Đề nghị Giám đốc Sở công nhận danh hiệu, tặng Giấy khen:${p.none ? " không có." : ""}`,
    higherProposals: (p: { index: number; to: string; ask: string }) =>
      `${p.index}. Đề nghị ${p.to} ${p.ask}:`,
    conclusionItem: (p: { award: string; count: string }) => `- ${p.award}: ${p.count};`,
    locked: (p: { fingerprint: string }) =>
      `Kết quả chấm điểm, bình xét và xếp loại trong sổ thi đua đã được khóa sau cuộc họp; dấu xác thực (SHA-256) khi khóa sổ: ${p.fingerprint}`,
    closing: `Biên bản kết thúc lúc ${SHORT_BLANK} giờ ${SHORT_BLANK} cùng ngày, đã được thông qua trước Hội đồng và các thành viên dự họp nhất trí./.`,
    secretarySigns: ["THƯ KÝ"],
    chairSigns: ["CHỦ TỌA", "CHỦ TỊCH HỘI ĐỒNG"],
    title: "Biên bản họp Hội đồng Thi đua - Khen thưởng",
    fileName: (p: { number: string }) =>
      `${p.number} - Biên bản họp Hội đồng Thi đua - Khen thưởng`,
  },
  /** The minutes of the ballot count. */
  ballotMinutes: {
    heading: "BIÊN BẢN KIỂM PHIẾU",
    about: (p: { yearText: string }) =>
      `Bầu chọn danh hiệu thi đua, hình thức khen thưởng ${p.yearText}`,
    tellers: `Ban kiểm phiếu gồm: ${BLANK}${BLANK}`,
    members: (p: { total: string }) =>
      `Tổng số thành viên Hội đồng: ${p.total}. Tỷ lệ phiếu đồng ý tính trên tổng số thành viên Hội đồng.`,
    round: (p: { round: number }) => `Vòng ${p.round}`,
    counts: (p: { issued: string; returned: string; valid: string; invalid: string }) =>
      `Số phiếu phát ra: ${p.issued}; số phiếu thu về: ${p.returned}; số phiếu hợp lệ: ${p.valid}; số phiếu không hợp lệ: ${p.invalid}.`,
    results: "Kết quả (xếp theo số phiếu đồng ý):",
    columns: [
      "STT",
      "Họ và tên / Tên tập thể",
      "Danh hiệu / hình thức",
      "Số phiếu đồng ý",
      "Tỷ lệ trên tổng số thành viên",
      "Kết quả",
    ],
    closing: `Biên bản kiểm phiếu được lập lúc ${SHORT_BLANK} giờ ${SHORT_BLANK} và công bố trước Hội đồng./.`,
    tellersSign: ["CÁC THÀNH VIÊN BAN KIỂM PHIẾU"],
    headTellerSigns: ["TRƯỞNG BAN KIỂM PHIẾU"],
    title: "Biên bản kiểm phiếu",
    fileName: (p: { number: string }) => `${p.number} - Biên bản kiểm phiếu`,
  },
  /** The báo cáo thành tích of a candidate of a higher authority. */
  achievementReport: {
    ownAccount: (p: { who: string }) => `[Phần ${p.who} tự viết]`,
    individual: "cá nhân",
    collective: "tập thể",
    ratingYear: (p: { year: number; rating: string }) => `- Năm ${p.year}: ${p.rating}.`,
    decisionDate: (p: { date: string }) => `ngày ${p.date}`,
    noAwards: "Sổ chưa ghi nhận hình thức khen thưởng nào (trang Lịch sử).",
    awardColumns: [
      "Năm",
      "Danh hiệu thi đua / hình thức khen thưởng",
      "Số, ngày quyết định",
      "Cơ quan ban hành",
    ],
    heading: "BÁO CÁO THÀNH TÍCH",
    proposal: (p: { title: boolean; name: string }) =>
      `Đề nghị ${p.title ? `xét tặng danh hiệu “${p.name}”` : `tặng ${p.name}`}`,
    period: (p: { yearText: string }) => `(Thành tích ${p.yearText})`,
    ground: (p: { ground: string }) => `- ${p.ground}.`,
    blankLine: `- ${BLANK}`,
    personParticulars: "I. SƠ LƯỢC LÝ LỊCH",
    nameAndGender: (p: { name: string; gender: string }) =>
      `- Họ và tên: ${p.name}. Giới tính: ${p.gender}.`,
    birthDate: (p: { date: string }) => `- Ngày, tháng, năm sinh: ${p.date}.`,
    homeTown: `- Quê quán: ${BLANK}. Nơi thường trú: ${BLANK}.`,
    position: (p: { position: string }) =>
      `- Chức vụ (Đảng, chính quyền, đoàn thể): ${p.position}.`,
    workplace: (p: { unit: string; agency: string }) =>
      `- Đơn vị công tác: ${p.unit}, ${p.agency}.`,
    qualifications: `- Trình độ chuyên môn, nghiệp vụ: ${BLANK}. Học hàm, học vị: ${BLANK}.`,
    achievements: "II. THÀNH TÍCH ĐẠT ĐƯỢC",
    duties: "1. Quyền hạn, nhiệm vụ được giao",
    personRecord: "2. Thành tích đạt được (theo sổ theo dõi thi đua)",
    personRatings: "a) Kết quả đánh giá, xếp loại chất lượng:",
    initiatives: "b) Sáng kiến, đề tài, giải pháp được công nhận:",
    noInitiatives: "- Sổ chưa ghi nhận sáng kiến, đề tài nào (trang Sáng kiến).",
    defaultInitiativeKind: "Sáng kiến",
    /** "- Tên (Sáng kiến, phạm vi ảnh hưởng: cấp cơ sở), Quyết định số 12 ngày 20/12/2024." */
    initiative: (p: {
      title: string;
      kind: string;
      scope: string;
      decision: string;
      date: string;
    }) =>
      `- ${p.title} (${p.kind}${p.scope === "" ? "" : `, phạm vi ảnh hưởng: ${p.scope}`}), ${p.decision === "" ? `chưa có số quyết định công nhận (${BLANK})` : `Quyết định số ${p.decision}`}${p.date === "" ? "" : ` ngày ${p.date}`}.`,
    personGrounds: "c) Căn cứ đề nghị:",
    personHighlights: "3. Thành tích nổi bật, giải pháp, hiệu quả mang lại",
    awardsReceived: "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
    headConfirms: ["THỦ TRƯỞNG ĐƠN VỊ", "XÁC NHẬN, ĐÓNG DẤU"],
    reporterSigns: ["NGƯỜI BÁO CÁO THÀNH TÍCH"],
    superiorConfirms: ["XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG"],
    headSigns: ["THỦ TRƯỞNG ĐƠN VỊ"],
    unitParticulars: "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH",
    unitName: (p: { name: string; kind: string }) =>
      `- Tên tập thể: ${p.name}${p.kind === "" ? "" : ` (${p.kind})`}.`,
    under: (p: { agency: string }) => `- Trực thuộc: ${p.agency}.`,
    head: (p: { name: string }) => `- Người đứng đầu: ${p.name}.`,
    staff: (p: { count: number }) =>
      `- Số cán bộ, công chức, viên chức và người lao động: ${p.count} người (theo trang Cán bộ).`,
    functions: `- Chức năng, nhiệm vụ được giao: ${BLANK}`,
    unitRecord: "1. Kết quả thực hiện nhiệm vụ (theo sổ theo dõi thi đua)",
    unitRatings: "a) Kết quả đánh giá, xếp loại tập thể:",
    /** "b) Kết quả chấm điểm thi đua năm 2024: Hội đồng chấm 92,5 điểm (tự chấm 95 điểm), xếp thứ 2/8 đơn vị." */
    scores: (p: {
      yearText: string;
      council: string;
      self: string;
      rank: string;
      ranked: number;
    }) =>
      `b) Kết quả chấm điểm thi đua ${p.yearText}: ${p.council === "" ? BLANK : `Hội đồng chấm ${p.council} điểm`}${p.self === "" ? "" : ` (tự chấm ${p.self} điểm)`}${p.rank === "" ? "" : `, xếp thứ ${p.rank}/${p.ranked} đơn vị`}.`,
    unitMembers: "c) Cá nhân của tập thể được đề nghị khen thưởng năm nay:",
    none: "- Không có.",
    memberAwards: (p: { name: string; count: number }) => `- ${p.name}: ${p.count} cá nhân.`,
    unitGrounds: "d) Căn cứ đề nghị:",
    unitHighlights: "2. Thành tích nổi bật, các giải pháp, biện pháp đã thực hiện",
    title: (p: { award: string; name: string }) =>
      `Báo cáo thành tích đề nghị ${p.award}: ${p.name}`,
    fileName: (p: { number: string; award: string; name: string }) =>
      `${p.number} - Báo cáo thành tích - ${p.award} - ${p.name}`,
  },
  /** The list of proposed people and collectives (the decision's list, the tờ trình appendix). */
  proposalTable: {
    individual: "cá nhân",
    collective: "tập thể",
    order: "STT",
    name: "Họ và tên / Tên tập thể",
    position: "Chức vụ",
    unit: "Đơn vị công tác",
    grounds: "Tóm tắt thành tích (căn cứ đề nghị)",
    vote: "Kết quả bỏ phiếu",
    /** A group's heading: "Danh hiệu “Lao động tiên tiến”" or the award's name. */
    titleGroup: (p: { name: string }) => `Danh hiệu “${p.name}”`,
  },
  /** The proposal list sheet (`Danh sách đề nghị`): the list the agency signs and sends. */
  proposalList: {
    header: [
      "STT",
      "Họ và tên / Tên tập thể",
      "Chức vụ",
      "Đơn vị",
      "Danh hiệu / hình thức",
      "Căn cứ",
      "Kết quả bỏ phiếu",
      "Ghi chú",
    ],
    status: {
      proposed: "Đề nghị",
      awaiting_vote: "Chờ bỏ phiếu",
      over_quota: "Vượt chỉ tiêu",
      not_eligible: "Không đủ điều kiện",
    },
    notVoted: "Chưa bỏ phiếu",
    /** "I. DANH HIỆU “LAO ĐỘNG TIÊN TIẾN” (Giám đốc Sở quyết định): 05 cá nhân". */
    section: (p: {
      index: string;
      title: boolean;
      name: string;
      decidedBy: string;
      count: string;
      individual: boolean;
    }) =>
      `${p.index}. ${p.title ? "DANH HIỆU" : "HÌNH THỨC"} “${p.name}” (${p.decidedBy} quyết định): ${p.count} ${p.individual ? "cá nhân" : "tập thể"}`,
    /** "PHẦN I. THUỘC THẨM QUYỀN QUYẾT ĐỊNH CỦA GIÁM ĐỐC SỞ" / "PHẦN II. ĐỀ NGHỊ … XÉT, QUYẾT ĐỊNH". */
    partOwn: (p: { index: string; who: string }) =>
      `PHẦN ${p.index}. THUỘC THẨM QUYỀN QUYẾT ĐỊNH CỦA ${p.who}`,
    partHigher: (p: { index: string; who: string }) =>
      `PHẦN ${p.index}. ĐỀ NGHỊ ${p.who} XÉT, QUYẾT ĐỊNH`,
    withHigherPledge: "Xét kèm danh hiệu cao hơn đã đăng ký",
    withHigher: " (xét kèm)",
    authority: (p: { who: string }) => `Thẩm quyền: ${p.who}`,
    then: (p: { step: string }) => `Sau đó: ${p.step}`,
    preparer: "NGƯỜI LẬP BIỂU",
    director: "GIÁM ĐỐC",
    preparerNote: "(Ký, ghi rõ họ tên)",
    directorNote: "(Ký tên, đóng dấu)",
    /** "Hà Tĩnh, ngày 05 tháng 11 năm 2024", or dotted blanks. */
    placeDate: (p: { place: string; day: string; month: string; year: string }) =>
      `${p.place}, ${dayMonthYear(p.day, p.month, p.year)}`,
    title: (p: { year: number | null }) =>
      `DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG${p.year === null ? "" : ` NĂM ${p.year}`}`,
    noneEligible: "Chưa có cá nhân, tập thể nào đủ điều kiện để đề nghị.",
    trackingTitle: "KHÔNG ĐỦ ĐIỀU KIỆN / CHỜ BỎ PHIẾU",
    trackingNote:
      "(Phần theo dõi của Văn phòng, không thuộc danh sách đề nghị; cột (6) ghi lý do chưa đề nghị, cột (8) ghi tình trạng)",
    nothing: "Không có.",
  },
};
