/**
 * Rulebook v2 through the command line (issue 8): registers written with exceljs, one planted case
 * per rule family (tests/helpers/xlsx/v2-case-register.ts), run by the built `tdkt`; the JSON
 * report, the written sheets and the dossier's "Căn cứ" lines say what the law says.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { OpcPackage } from "../../src/adapters/xlsx/opc-package";
import { XlsxReader } from "../../src/adapters/xlsx/xlsx-reader";
import type { CellValue, Grid } from "../../src/domain/grid";
import { BIN, ensureCliBuilt } from "../helpers/xlsx/build-cli";
import { awardByKey, type AwardKey } from "../../src/domain/rulebook/award-catalogue";
import {
  caseRegister,
  caseRegisterBytes,
  type CaseOptions,
} from "../helpers/xlsx/v2-case-register";
import { BUILD_TIMEOUT, CHILD_PROCESS_TIMEOUT } from "../support/timeouts";

jest.setTimeout(CHILD_PROCESS_TIMEOUT);

interface ReportIssue {
  readonly severity: "error" | "warning";
  readonly code: string;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly message: string;
}
interface ReportProposal {
  readonly award: string;
  readonly subjectKind: "individual" | "collective";
  readonly subject: string;
  readonly status: string;
  readonly reasons: readonly string[];
  readonly decidedBy: string;
  readonly nextStep: string | null;
}
interface Report {
  readonly register: { readonly agency: string; readonly year: number | null };
  readonly issues: readonly ReportIssue[];
  readonly units: readonly {
    readonly unit: string;
    readonly selfScore: number | null;
    readonly councilScore: number | null;
    readonly rank: number | null;
    readonly classification: string | null;
  }[];
  readonly proposals: readonly ReportProposal[];
}

interface Run {
  readonly status: number | null;
  readonly stderr: string;
  readonly report: Report;
  /** The written workbook (absent for `check`). */
  readonly out: XlsxReader | null;
  /** The dossier's Tờ trình: its paragraphs' text. */
  readonly submission: readonly string[];
}

let dir: string;
const runs = new Map<string, Run>();

function tdkt(args: readonly string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: "utf8",
    timeout: CHILD_PROCESS_TIMEOUT,
  });
  return { status: r.status, stderr: r.stderr };
}

/** The text of each `<w:t>` of the dossier's Tờ trình (one run per line in these documents). */
function submissionLines(folder: string): string[] {
  const file = fs.readdirSync(folder).find((f) => f.includes("Tờ trình"));
  if (file === undefined) throw new Error(`no Tờ trình in ${folder}`);
  const xml = strFromU8(unzipSync(fs.readFileSync(path.join(folder, file)))["word/document.xml"]!);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!);
}

async function runCase(
  name: string,
  options: CaseOptions,
  mode: "run" | "check" = "run"
): Promise<void> {
  fs.writeFileSync(path.join(dir, `${name}.xlsx`), await caseRegisterBytes(options));
  const r = tdkt(
    mode === "run"
      ? ["run", `${name}.xlsx`, "--out", `${name}-out.xlsx`, "--json", `${name}.json`]
      : ["check", `${name}.xlsx`, "--json", `${name}.json`]
  );
  const report = JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), "utf8")) as Report;
  let out: XlsxReader | null = null;
  let submission: string[] = [];
  if (mode === "run") {
    out = new XlsxReader(OpcPackage.open(fs.readFileSync(path.join(dir, `${name}-out.xlsx`))));
    tdkt(["dossier", `${name}.xlsx`, "--out", `${name}-dossier`]);
    submission = submissionLines(path.join(dir, `${name}-dossier`));
  }
  runs.set(name, { status: r.status, stderr: r.stderr, report, out, submission });
}

function run(name: string): Run {
  const r = runs.get(name);
  if (r === undefined) throw new Error(`no run ${name}`);
  return r;
}

function proposal(name: string, award: string, subject: string): ReportProposal {
  const p = run(name).report.proposals.find((x) => x.award === award && x.subject === subject);
  if (p === undefined) throw new Error(`${name}: no proposal ${award} for ${subject}`);
  return p;
}

function issuesOf(name: string, code: string): ReportIssue[] {
  return run(name).report.issues.filter((i) => i.code === code);
}

function sheet(name: string, sheetName: string): Grid {
  const grid = run(name).out?.readGrid(sheetName);
  if (grid === undefined) throw new Error(`${name}: no sheet ${sheetName}`);
  return grid;
}

/** A cell's text (numbers as written; dates and errors as empty). */
function cellText(value: CellValue | undefined): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}

beforeAll(async () => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-rules-v2-"));
  await runCase("y2024", { year: 2024, invalidScore: true });
  await runCase("y2025", { year: 2025 });
  await runCase("y2025-nd98", { year: 2025, legalBasis: "Nghị định 98/2023/NĐ-CP" });
  await runCase("v1", { year: 2024, v1: true, bothBangKhen: false }, "check");
}, BUILD_TIMEOUT);

afterAll(() => {
  if ((dir as string | undefined) !== undefined) fs.rmSync(dir, { recursive: true, force: true });
});

const PERIOD_98 = "Nghị định 98/2023/NĐ-CP Điều 30 khoản 9";
const PERIOD_152 = "Nghị định 98/2023/NĐ-CP Điều 30 khoản 9, được Nghị định 152/2025/NĐ-CP kế thừa";
const DECREE_98_LINE =
  "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;";
const DECREE_152_LINE_START = "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ";

describe("legal basis by year", () => {
  it("judges a 2024 register under Decree 98/2023: its reasons and the Tờ trình cite it", () => {
    const [reason] = proposal("y2024", "BK_TINH", "V1").reasons;
    expect(reason).toContain(`${PERIOD_98})`);
    expect(reason).not.toContain("152/2025");
    expect(run("y2024").submission).toContain(DECREE_98_LINE);
    expect(run("y2024").submission.join("\n")).not.toContain("152/2025");
  });

  it("judges a 2025 register under Decree 152/2025", () => {
    const [reason] = proposal("y2025", "BK_TINH", "V1").reasons;
    expect(reason).toContain(PERIOD_152);
    expect(run("y2025").submission.some((l) => l.startsWith(DECREE_152_LINE_START))).toBe(true);
    expect(run("y2025").submission).not.toContain(DECREE_98_LINE);
  });

  it("follows `Căn cứ pháp lý` in Cấu hình over the year", () => {
    const [reason] = proposal("y2025-nd98", "BK_TINH", "V1").reasons;
    expect(reason).toContain(`${PERIOD_98})`);
    expect(reason).not.toContain("152/2025");
    expect(run("y2025-nd98").submission).toContain(DECREE_98_LINE);
    expect(issuesOf("y2025-nd98", "unknown-legal-basis")).toEqual([]);
  });
});

describe("achievement periods: one achievement is rewarded once", () => {
  it("refuses a ground year inside the previous award's period, naming that award", () => {
    const p = proposal("y2024", "BK_TINH", "V1");
    expect(p.status).toBe("not_eligible");
    expect(p.reasons).toHaveLength(1);
    expect(p.reasons[0]).toMatch(
      /^Thành tích năm 2023 đã được khen thưởng: Bằng khen tỉnh năm 2023 \(QĐ số 55\/QĐ-UBND ngày 20\/12\/2023\), thành tích 2022–2023; căn cứ xét phải sau năm 2023 /
    );
    // The same case a year later moves with the register's year.
    expect(proposal("y2025", "BK_TINH", "V1").reasons[0]).toContain(
      "Bằng khen tỉnh năm 2024 (QĐ số 55/QĐ-UBND ngày 20/12/2024), thành tích 2023–2024"
    );
  });

  it("accepts the year right after the previous period, and lists it with its grounds", () => {
    expect(proposal("y2024", "BK_TINH", "V2")).toMatchObject({ status: "proposed", reasons: [] });
    const row = sheet("y2024", "Đề nghị khen thưởng").find(
      (r) => r[1] === "Trần Thị Bình" && r[4] === "Bằng khen của Chủ tịch UBND tỉnh"
    );
    expect(row?.[5]).toBe(
      "- CSTĐCS 2 năm liên tục 2023–2024: năm 2023 (QĐ số 101/QĐ-SKHCN), năm 2024 (đề nghị lần này)"
    );
  });

  it("takes a đột xuất award as no ground and no block; without the kind column it is công trạng", () => {
    expect(proposal("y2024", "BK_TINH", "T2")).toMatchObject({ status: "proposed", reasons: [] });
    const v1 = proposal("v1", "BK_TINH", "T2");
    expect(v1.status).toBe("not_eligible");
    expect(v1.reasons[0]).toContain("Bằng khen tỉnh năm 2023 (QĐ số 77/QĐ-UBND ngày 22/12/2023)");
  });

  it("evaluates one of Bằng khen tỉnh and Bằng khen Bộ per person: the one pledged first", () => {
    const bkBo = proposal("y2024", "BK_BO", "V3");
    expect(bkBo.status).toBe("not_eligible");
    expect(bkBo.reasons).toEqual([
      "Cùng thành tích đã đề nghị Bằng khen tỉnh (ĐK-VP!E8): mỗi thành tích chỉ khen thưởng một hình thức (Luật Thi đua, khen thưởng 2022 Điều 5 khoản 2 điểm c)",
    ]);
    // Bằng khen tỉnh is judged on its own conditions (V3 has no CSTĐCS streak).
    const bkTinh = proposal("y2024", "BK_TINH", "V3");
    expect(bkTinh.status).toBe("not_eligible");
    expect(bkTinh.reasons.join(" ")).not.toContain("Cùng thành tích");
    // The second row is flagged as a duplicate pledge; Bằng khen Bộ alone goes forward for K2.
    expect(issuesOf("y2024", "duplicate-pledge").map((i) => `${i.sheet}!${i.cell}`)).toEqual([
      "ĐK-VP!B9",
    ]);
    expect(proposal("y2024", "BK_BO", "K2").status).toBe("proposed");
  });
});

describe("flags go to the leader of a provincial bloc", () => {
  it("proposes the bloc's leader though the Sở ranks it second", () => {
    const units = run("y2024").report.units;
    expect(units.find((u) => u.unit === "VP")?.rank).toBe(2);
    expect(units.find((u) => u.unit === "KT")?.rank).toBe(1);
    expect(proposal("y2024", "CO_TINH", "VP")).toMatchObject({ status: "proposed" });
    const row = sheet("y2024", "Đề nghị khen thưởng").find(
      (r) => r[1] === "Văn phòng Sở" && r[4] === "Cờ thi đua của UBND tỉnh"
    );
    expect(cellText(row?.[5])).toContain("- Dẫn đầu khối “Khối các cơ quan tổng hợp” (xếp hạng 1)");
  });

  it("refuses the Sở's first-ranked unit placed second in its bloc", () => {
    expect(proposal("y2024", "CO_TINH", "KT")).toMatchObject({
      status: "not_eligible",
      reasons: [
        "Xếp hạng 2 trong khối “Khối các cơ quan tổng hợp” — cần dẫn đầu khối (xếp hạng 1)",
      ],
    });
  });

  it("refuses a unit without a bloc result and says which cell to fill", () => {
    const p = proposal("y2024", "CO_TINH", "TC");
    expect(p.status).toBe("not_eligible");
    expect(p.reasons[0]).toMatch(/^Chưa có kết quả xếp hạng khối/);
    const missing = issuesOf("y2024", "pledge-not-evaluable");
    expect(missing.map((i) => `${i.sheet}!${i.cell}`)).toEqual(["Đơn vị!H6"]);
    expect(missing[0]?.message).toContain("Phòng Tổ chức");
  });
});

describe("collective titles imply the lower ones", () => {
  it("evaluates TTLĐXS and TTLĐTT for a unit that pledged only a flag", () => {
    for (const unit of ["VP", "KT", "TC"]) {
      expect(proposal("y2024", "TTLDXS", unit)).toBeDefined();
      expect(proposal("y2024", "TTLDTT", unit)).toBeDefined();
    }
    expect(proposal("y2024", "TTLDXS", "VP").status).toBe("proposed");
    expect(proposal("y2024", "CO_TINH", "TC").reasons).toContain(
      "Không đủ điều kiện TTLĐXS năm 2024"
    );
  });

  it("refuses TTLĐXS when TTLĐTT fails (a member disciplined at Cảnh cáo)", () => {
    expect(proposal("y2024", "TTLDTT", "TC")).toMatchObject({
      status: "not_eligible",
      reasons: [
        "2/3 cá nhân đạt LĐTT = 66,7% < 70%",
        "Có 1 cá nhân bị kỷ luật từ Cảnh cáo trở lên năm 2024: Ngô Văn Minh (T1, Cảnh cáo)",
      ],
    });
    expect(proposal("y2024", "TTLDXS", "TC")).toMatchObject({
      status: "not_eligible",
      reasons: ["Không đủ điều kiện TTLĐTT năm 2024"],
    });
  });
});

describe("initiatives need their decision", () => {
  it("does not count an initiative without a decision number, and warns at its row", () => {
    const p = proposal("y2024", "CSTDCS", "K3");
    expect(p.status).toBe("not_eligible");
    expect(p.reasons[0]).toContain(
      "Không có sáng kiến/đề tài được công nhận năm 2024 (1 dòng chưa có đủ số quyết định và ngày công nhận nên chưa được tính)"
    );
    const warnings = issuesOf("y2024", "initiative-without-decision");
    expect(warnings.map((i) => [i.severity, `${i.sheet}!${i.cell}`])).toEqual([
      ["warning", "Sáng kiến!E6"],
    ]);
    expect(warnings[0]?.message).toContain("“Sổ tay kế toán đơn vị” của K3");
    // With its decision, T2's initiative is a ground.
    expect(proposal("y2024", "CSTDCS", "T2").status).toBe("proposed");
  });
});

describe("v2 warnings", () => {
  it("warns per unit when HTXSNV exceeds the cap (25% in a unit rated HTXSNV)", () => {
    const warnings = issuesOf("y2024", "unit-htxsnv-share-exceeded");
    // KT: 2 of 3; VP: 1 of 5 (20%) and TC: none stay within it.
    expect(warnings.map((i) => `${i.sheet}!${i.cell}`)).toEqual(["Đơn vị!A5"]);
    expect(warnings[0]?.message).toMatch(
      /Phòng Kế hoạch - Tài chính có 2 người .* trong 3 người .* 25%/
    );
  });

  it("warns when a person disciplined at Cảnh cáo is rated HTTNV", () => {
    const warnings = issuesOf("y2024", "rating-despite-discipline");
    expect(warnings.map((i) => `${i.sheet}!${i.cell}`)).toEqual(["Cán bộ!G12"]);
    expect(warnings[0]?.message).toContain("Ngô Văn Minh (T1)");
  });

  it("warns when one person is proposed for CSTĐ cấp tỉnh and Bằng khen tỉnh in one year", () => {
    expect(proposal("y2024", "CSTD_TINH", "K1").status).toBe("proposed");
    expect(proposal("y2024", "BK_TINH", "K1").status).toBe("proposed");
    const warnings = issuesOf("y2024", "provincial-title-and-award");
    expect(warnings.map((i) => [i.severity, `${i.sheet}!${i.cell}`])).toEqual([
      ["warning", "Cán bộ!A9"],
    ]);
    expect(warnings[0]?.message).toContain("Đặng Thị Giang (K1)");
  });
});

describe("invalid scores are not summed", () => {
  it("leaves the council total null and names the blocking cell", () => {
    const tc = run("y2024").report.units.find((u) => u.unit === "TC");
    expect(tc).toEqual({
      unit: "TC",
      selfScore: 94,
      councilScore: null,
      rank: null,
      classification: null,
    });
    expect(issuesOf("y2024", "score-out-of-range").map((i) => `${i.sheet}!${i.cell}`)).toEqual([
      "CĐ-TC!E5",
    ]);
    const blocked = issuesOf("y2024", "score-council-blocked");
    expect(blocked.map((i) => `${i.sheet}!${i.cell}`)).toEqual(["CĐ-TC!E5"]);
    expect(blocked[0]?.message).toContain("ô E5 (1.1)");
    const row = sheet("y2024", "Kết quả chấm điểm").find((r) => r[1] === "TC");
    expect(row?.slice(3, 5)).toEqual([94, null]);
    // With a valid score the same unit is summed and ranked.
    expect(run("y2025").report.units.find((u) => u.unit === "TC")?.councilScore).toBe(92);
  });
});

describe("nominations: who decides, what comes next, one part per authority", () => {
  it("gives every proposal its deciding authority and, above the Sở, its next step", () => {
    const byAward = new Map(run("y2024").report.proposals.map((p) => [p.award, p]));
    expect(byAward.get("LDTT")).toMatchObject({ decidedBy: "Giám đốc Sở", nextStep: null });
    expect(byAward.get("CSTD_TINH")?.decidedBy).toBe("Chủ tịch UBND tỉnh");
    expect(byAward.get("CSTD_TINH")?.nextStep).toContain(
      "Hội đồng Thi đua - Khen thưởng tỉnh bỏ phiếu (cần từ 90% tổng số thành viên trở lên)"
    );
    expect(byAward.get("BK_BO")).toMatchObject({
      decidedBy: "Bộ trưởng",
      nextStep: "Sở gửi hồ sơ đề nghị Bộ Khoa học và Công nghệ; Bộ trưởng xét, quyết định",
    });
  });

  it("splits `Đề nghị khen thưởng` by deciding authority, each part with its signature", () => {
    const grid = sheet("y2024", "Đề nghị khen thưởng");
    const parts = grid
      .map((r, i) => ({ text: cellText(r[0]), row: i }))
      .filter((r) => r.text.startsWith("PHẦN "));
    expect(parts.map((p) => p.text)).toEqual([
      "PHẦN I. THUỘC THẨM QUYỀN QUYẾT ĐỊNH CỦA GIÁM ĐỐC SỞ",
      "PHẦN II. ĐỀ NGHỊ CHỦ TỊCH UBND TỈNH XÉT, QUYẾT ĐỊNH",
      "PHẦN III. ĐỀ NGHỊ BỘ TRƯỞNG XÉT, QUYẾT ĐỊNH",
    ]);
    const tracking = grid.findIndex((r) => r[0] === "KHÔNG ĐỦ ĐIỀU KIỆN / CHỜ BỎ PHIẾU");
    const bounds = [...parts.map((p) => p.row), tracking];
    for (let i = 0; i < parts.length; i++) {
      // Each part ends with its own signature block, ready to print alone.
      expect(grid.slice(bounds[i]! + 1, bounds[i + 1]).some((r) => r[5] === "GIÁM ĐỐC")).toBe(true);
    }
    const partOf: Record<string, number> = {
      "Giám đốc Sở": 0,
      "Chủ tịch UBND tỉnh": 1,
      "Bộ trưởng": 2,
    };
    const register = caseRegister({ year: 2024 });
    const names = new Map(
      [...register.staff.rows, ...register.units.rows].map((r) => [r[0] as string, r[1] as string])
    );
    const proposed = run("y2024").report.proposals.filter((p) => p.status === "proposed");
    for (const p of proposed) {
      const row = grid.findIndex(
        (r) =>
          typeof r[0] === "number" &&
          r[1] === names.get(p.subject) &&
          r[4] === awardByKey(p.award as AwardKey).name
      );
      const part = partOf[p.decidedBy]!;
      expect([p.award, p.subject, row > bounds[part]! && row < bounds[part + 1]!]).toEqual([
        p.award,
        p.subject,
        true,
      ]);
      // Above the Sở, the note column carries the next step.
      if (p.nextStep !== null) expect(cellText(grid[row]![7])).toContain(p.nextStep);
    }
    const listed = grid.slice(bounds[0], tracking).filter((r) => typeof r[0] === "number");
    expect(listed).toHaveLength(proposed.length);
  });
});

describe("a register written by v1 (no v2 columns)", () => {
  it("reads with v2's defaults and no error", () => {
    const v1 = run("v1");
    expect(v1.stderr).toBe("");
    expect(v1.status).toBe(0);
    expect(v1.report.issues.filter((i) => i.severity === "error")).toEqual([]);
    // Default periods: the Bằng khen of y−2 rewarded y−3…y−2, so V2 goes forward and V1 does not.
    expect(proposal("v1", "BK_TINH", "V2").status).toBe("proposed");
    expect(proposal("v1", "BK_TINH", "V1").status).toBe("not_eligible");
    // No bloc result: no flag, with the reason, not an error.
    expect(proposal("v1", "CO_TINH", "VP").reasons[0]).toMatch(/^Chưa có kết quả xếp hạng khối/);
  });
});
