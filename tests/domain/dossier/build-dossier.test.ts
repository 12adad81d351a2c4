import { buildDossier } from "../../../src/domain/dossier/build-dossier";
import { BLANK, documentText, type DossierDocument } from "../../../src/domain/dossier/document";
import { signerTitleLines } from "../../../src/domain/dossier/dossier-context";
import { FIVE_MEMBERS, FULL_DOCUMENT_SETTINGS, analyseSmall } from "./small-register";

function doc(docs: readonly DossierDocument[], kind: DossierDocument["kind"]): string {
  const found = docs.filter((d) => d.kind === kind);
  if (found.length === 0) throw new Error(`no ${kind}`);
  return found.map(documentText).join("\n");
}

describe("the proposal dossier of a small register", () => {
  const full = analyseSmall({ settings: FULL_DOCUMENT_SETTINGS, council: FIVE_MEMBERS });
  const dossier = buildDossier(full);
  const kinds = dossier.documents.map((d) => d.kind);

  it("proposes what the documents are about", () => {
    const proposed = full.proposals
      .filter((p) => p.status === "proposed")
      .map((p) => `${p.award} ${p.subject}`);
    expect(proposed).toEqual(expect.arrayContaining(["CSTDCS CB1", "CSTD_TINH CB1", "LDTT CB3"]));
    expect(proposed).not.toContain("CSTDCS CB2"); // 3/5 = 60% < 80%
  });

  it("has a decision per own title, a tờ trình per higher authority, minutes, reports and the checklist, numbered", () => {
    expect(kinds[0]).toBe("decision");
    expect(kinds).toContain("submission");
    expect(kinds.filter((k) => k === "council-minutes")).toHaveLength(1);
    expect(kinds.filter((k) => k === "ballot-minutes")).toHaveLength(1);
    expect(kinds.filter((k) => k === "achievement-report")).toHaveLength(1); // CSTĐ cấp tỉnh of CB1
    expect(kinds[kinds.length - 1]).toBe("checklist");
    dossier.documents.forEach((d, i) => {
      expect(d.fileName.startsWith(`${String(i + 1).padStart(2, "0")} - `)).toBe(true);
    });
  });

  it("fills the settings in: place, symbol, signer with KT. lines, meeting date", () => {
    const decision = doc(dossier.documents, "decision");
    expect(decision).toContain("Số:        /QĐ-SKHCN");
    expect(decision).toContain("Hà Tĩnh, ngày …… tháng …… năm ……");
    expect(decision).toContain("{KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC — Nguyễn Văn Giám}");
    expect(decision).toContain(
      "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng Sở Khoa học và Công nghệ ngày 05 tháng 11 năm 2024;"
    );
    expect(dossier.issues.filter((i) => i.code === "dossier-missing-setting")).toEqual([]);
  });

  it("addresses the tờ trình to the province's chair with counts, and appends the list", () => {
    const submission = dossier.documents.find((d) => d.kind === "submission");
    expect(submission?.sections.map((s) => s.orientation)).toEqual(["portrait", "landscape"]);
    const text = doc(dossier.documents, "submission");
    expect(text).toContain("Kính gửi: Chủ tịch UBND tỉnh Hà Tĩnh.");
    expect(text).toContain("1. Danh hiệu “Chiến sĩ thi đua cấp tỉnh”: 01 cá nhân;");
    expect(text).toContain("(Có biên bản, danh sách, báo cáo thành tích kèm theo)");
    expect(text).toContain(
      "(Kèm theo Tờ trình số        /TTr-SKHCN ngày …… tháng …… năm …… của Sở Khoa học và Công nghệ tỉnh Hà Tĩnh)"
    );
    expect(text).toMatch(/\| 1 \| Nguyễn Thị An \| Chánh Văn phòng \| Văn phòng Sở \|/);
  });

  it("writes the minutes with members present and absent out of the total, votes against thresholds", () => {
    const minutes = doc(dossier.documents, "council-minutes");
    expect(minutes).toContain("- Chủ trì: Nguyễn Văn Giám, Chủ tịch Hội đồng.");
    expect(minutes).toContain("- Thư ký: Nguyễn Thị An.");
    expect(minutes).toContain("- Thành viên có mặt: 04/5 thành viên Hội đồng; vắng mặt: 01");
    expect(minutes).toContain("- Ông Lê Văn Trưởng, Trưởng phòng — Ủy viên Hội đồng");
    expect(minutes).toContain(
      "| 2 | Trần Văn Bình | Văn phòng Sở | Chiến sĩ thi đua cơ sở | 3/5 | 60% | ≥ 80% | Không đạt |"
    );
    expect(minutes).toContain(
      "| 1 | Nguyễn Thị An | Văn phòng Sở | Chiến sĩ thi đua cơ sở | 5/5 | 100% | ≥ 80% | Đạt |"
    );
    expect(minutes).toContain("{THƯ KÝ (Ký, ghi rõ họ tên) — Nguyễn Thị An}");
    expect(minutes).not.toContain("đã được khóa");
  });

  it("prints the lock fingerprint in the minutes when given", () => {
    const locked = buildDossier(full, { lockFingerprint: "ABCD-1234" });
    const minutes = doc(locked.documents, "council-minutes");
    expect(minutes).toContain("đã được khóa sau cuộc họp");
    expect(minutes).toContain("khóa sổ: ABCD-1234");
  });

  it("counts ballots per round and sorts the results by votes", () => {
    const ballots = doc(dossier.documents, "ballot-minutes");
    expect(ballots).toContain(
      "Số phiếu phát ra: 5; số phiếu thu về: 5; số phiếu hợp lệ: 5; số phiếu không hợp lệ: 0."
    );
    const rows = ballots.split("\n").filter((l) => /^\| \d/.test(l));
    expect(rows.map((r) => r.split(" | ")[3])).toEqual(["5", "5", "3"]);
  });

  it("reports the candidate's facts: ratings by year, initiative with decision, earlier awards", () => {
    const report = doc(dossier.documents, "achievement-report");
    expect(report).toContain("- Năm 2022: Hoàn thành xuất sắc nhiệm vụ.");
    expect(report).toContain("- Năm 2024: Hoàn thành xuất sắc nhiệm vụ.");
    expect(report).toContain(
      "Số hóa hồ sơ thi đua (Sáng kiến, phạm vi ảnh hưởng: Tỉnh), Quyết định số 99/QĐ-UBND ngày 01/09/2024."
    );
    expect(report).toContain(
      "| 2023 | Chiến sĩ thi đua cơ sở | 11/QĐ-SKHCN, ngày 11/12/2023 | Giám đốc Sở |"
    );
    expect(report).toContain("[Phần cá nhân tự viết]");
    expect(report).toContain("{NGƯỜI BÁO CÁO THÀNH TÍCH (Ký, ghi rõ họ và tên) — Nguyễn Thị An}");
  });

  it("checks the components per candidate", () => {
    const checklist = doc(dossier.documents, "checklist");
    expect(checklist).toMatch(
      /Nguyễn Thị An \| CSTĐ cấp tỉnh \| Chủ tịch UBND tỉnh \| Có: Tờ trình kèm danh sách \| Có: biên bản và kết quả bỏ phiếu \(5\/5 phiếu = 100%\) \| [^|]+ \| Có: Quyết định số 99\/QĐ-UBND/
    );
  });
});

describe("missing data", () => {
  const bare = buildDossier(analyseSmall({ votes: [["CB1", "Chiến sĩ thi đua cơ sở", "", 5]] }));

  it("leaves dotted blanks and names every setting in a warning", () => {
    const labels = bare.issues
      .filter((i) => i.code === "dossier-missing-setting")
      .map((i) => i.params?.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        "Địa danh",
        "Ký hiệu cơ quan",
        "Người ký",
        "Chức vụ người ký",
        "Ngày họp Hội đồng",
        "Chủ tịch Hội đồng",
        "Thư ký Hội đồng",
      ])
    );
    expect(bare.issues.every((i) => i.severity === "warning")).toBe(true);
    const decision = doc(bare.documents, "decision");
    expect(decision).toContain(`${BLANK}, ngày …… tháng …… năm ……`);
    expect(decision).toContain("Số:        /QĐ-……");
    expect(decision).toContain(`{${BLANK} — ${BLANK}}`);
  });

  it("warns once per setting however many documents use it", () => {
    const codes = bare.issues.map((i) => `${i.code} ${String(i.params?.label ?? "")}`);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("asks for the Hội đồng sheet and the ballot counts", () => {
    const codes = bare.issues.map((i) => i.code);
    expect(codes).toContain("dossier-no-council");
    expect(codes).toContain("dossier-missing-ballot-counts");
    expect(doc(bare.documents, "council-minutes")).toContain("Thành viên có mặt: ……/5");
  });

  it("marks a missing initiative decision in the checklist", () => {
    const d = buildDossier(analyseSmall({ initiativeDecision: "" }));
    const checklist = doc(d.documents, "checklist");
    expect(checklist).toContain("quyết định công nhận sáng kiến, đề tài");
  });
});

describe("signerTitleLines", () => {
  it.each([
    ["KT. GIÁM ĐỐC", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]],
    ["KT. Giám đốc / Phó Giám đốc", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]],
    ["GIÁM ĐỐC", ["GIÁM ĐỐC"]],
  ])("%s", (input, lines) => {
    expect(signerTitleLines(input)).toEqual(lines);
  });
});
