import { analyseRegister, type Analysis } from "../../../src/domain/analyse-register";
import type { CellValue, GridSet } from "../../../src/domain/grid";
import type { OutputSheet } from "../../../src/domain/output/sheet-spec";
import { DECISION_COLUMNS, DECISION_SHEET } from "../../../src/domain/year/decision-layout";
import { buildDecisionSheet } from "../../../src/domain/year/decision-sheet";
import { NO_LONGER_PROPOSED } from "../../../src/domain/year/decision-layout";
import { resolveRewards, totalRewards } from "../../../src/domain/year/rewards";
import { addRow, changed, sampleGrids, sampleSheets, toGridSet } from "../helpers/register-grids";

function analyse(grids: GridSet): Analysis {
  const outcome = analyseRegister(grids);
  if (outcome.kind !== "analysed") throw new Error(JSON.stringify(outcome.reason));
  return outcome.analysis;
}

/** The grid a workbook would hold after the sheet is written. */
function asGrid(sheet: OutputSheet): CellValue[][] {
  return sheet.rows.map((r) => r.map((c) => c?.value ?? null));
}

const col = (field: (typeof DECISION_COLUMNS)[number]["field"]): number =>
  DECISION_COLUMNS.findIndex((c) => c.field === field);

function build(grids: GridSet) {
  const analysis = analyse(grids);
  const { rewards } = resolveRewards(analysis.register.settings);
  return { analysis, ...buildDecisionSheet(analysis.register, analysis.proposals, rewards) };
}

describe("the Quyết định sheet", () => {
  it("has one row per proposed (subject, award) with its deciding authority", () => {
    const { analysis, rows, sheet } = build(sampleGrids());
    const proposed = analysis.proposals.filter((p) => p.status === "proposed");
    expect(proposed.length).toBeGreaterThan(0);
    expect(rows.map((r) => `${r.subject}:${r.award}`)).toEqual(
      proposed.map((p) => `${p.subject}:${p.award}`)
    );
    const grid = asGrid(sheet);
    expect(grid[3]?.slice(0, DECISION_COLUMNS.length)).toEqual(
      DECISION_COLUMNS.map((c) => c.header)
    );
    const cstdcs = grid.find((r) => r[col("award")] === "Chiến sĩ thi đua cơ sở");
    expect(cstdcs?.[col("authority")]).toBe("Giám đốc Sở");
  });

  it("keeps what people typed when re-created, and keeps typed rows no longer proposed", () => {
    const first = build(sampleGrids());
    const grid = asGrid(first.sheet);
    const row = grid.findIndex((r) => r[col("award")] === "Lao động tiên tiến");
    const target = grid[row] ?? [];
    target[col("decisionNo")] = "12/QĐ-SKHCN";
    target[col("decisionDate")] = new Date(Date.UTC(2024, 11, 20));
    target[col("outcome")] = "Được khen";
    target[col("note")] = "đã nhận";
    // A row typed for a pair that is not proposed at all.
    grid.push([
      99,
      "KHTC",
      null,
      null,
      "Giấy khen của Giám đốc Sở",
      null,
      "3/QĐ",
      null,
      "Không được khen",
    ]);
    const sheets = { ...sampleSheets(), [DECISION_SHEET]: grid };
    const second = build(toGridSet(sheets));
    expect(second.analysis.issues.filter((i) => i.sheet === DECISION_SHEET)).toEqual([]);
    const again = asGrid(second.sheet);
    const kept = again.find(
      (r) =>
        r[col("subject")] === target[col("subject")] && r[col("award")] === "Lao động tiên tiến"
    );
    expect(kept?.[col("decisionNo")]).toBe("12/QĐ-SKHCN");
    expect(kept?.[col("decisionDate")]).toBe(45646); // 20/12/2024 as an Excel serial
    expect(kept?.[col("outcome")]).toBe("Được khen");
    expect(kept?.[col("note")]).toBe("đã nhận");
    const gone = again.find(
      (r) => r[col("subject")] === "KHTC" && r[col("award")] === "Giấy khen của Giám đốc Sở"
    );
    expect(gone?.[col("decisionNo")]).toBe("3/QĐ");
    expect(gone?.[col("note")]).toBe(NO_LONGER_PROPOSED);
    expect(second.kept).toBe(2);
    // Re-creating a third time does not repeat the flag.
    const third = build(toGridSet({ ...sampleSheets(), [DECISION_SHEET]: again }));
    const flagged = asGrid(third.sheet).find((r) => r[col("subject")] === "KHTC");
    expect(flagged?.[col("note")]).toBe(NO_LONGER_PROPOSED);
  });

  it.each([
    [
      ["CB001", "Lao động tiên tiến", "", "", "Được khen"],
      ["decision-without-number", "decision-without-date"],
    ],
    [["CB001", "Lao động tiên tiến", "1/QĐ", "01/02/2025", "có lẽ"], ["invalid-outcome"]],
    [["CB001", "Huân chương", "1/QĐ", "01/02/2025", "Được khen"], ["unknown-award"]],
    [
      ["CB999", "Lao động tiên tiến", "1/QĐ", "01/02/2025", "Được khen"],
      ["unknown-decision-subject"],
    ],
    [["CB001", "Lao động tiên tiến", "1/QĐ", "01/02/2023", "Được khen"], ["decision-before-year"]],
    [["CB001", "Lao động tiên tiến", "1/QĐ", "", ""], ["decision-without-result"]],
  ])("validates a typed row %j like every input sheet", (cells, codes) => {
    const [subject, award, no, date, outcome] = cells;
    const grids = changed((s) => {
      s[DECISION_SHEET] = [
        ["Đối tượng", "Danh hiệu / hình thức", "Số quyết định", "Ngày quyết định", "Kết quả"],
      ];
      addRow(s, DECISION_SHEET, [subject ?? "", award ?? "", no ?? "", date ?? "", outcome ?? ""]);
    });
    const issues = analyse(grids).issues.filter((i) => i.sheet === DECISION_SHEET);
    expect(issues.map((i) => i.code)).toEqual(codes);
    expect(issues.every((i) => i.cell !== null)).toBe(true);
  });

  it("reports the same pair twice", () => {
    const grids = changed((s) => {
      s[DECISION_SHEET] = [
        ["Đối tượng", "Danh hiệu / hình thức", "Kết quả"],
        ["CB001", "Lao động tiên tiến", "Không được khen"],
        ["cb001", "LĐTT", "Không được khen"],
      ];
    });
    const issues = analyse(grids).issues.filter((i) => i.sheet === DECISION_SHEET);
    expect(issues.map((i) => `${i.code}@${i.cell ?? ""}`)).toEqual(["duplicate-decision@B3"]);
  });
});

describe("reward amounts (Decree 152/2025 Art. 50 × Lương cơ sở)", () => {
  it("multiplies the base salary of Cấu hình and totals per title and kind", () => {
    const grids = changed((s) => {
      addRow(s, "Cấu hình", ["Lương cơ sở", "2.000.000"]);
    });
    const analysis = analyse(grids);
    // "2.000.000" with dots is not a number: an issue at the cell, the default stays.
    expect(analysis.issues.find((i) => i.code === "parameter-invalid")?.cell).toBe("B9");
    const ok = changed((s) => {
      addRow(s, "Cấu hình", ["Lương cơ sở", 2_000_000]);
    });
    const { rewards } = resolveRewards(analyse(ok).register.settings);
    expect(rewards.amount("CSTDCS", "individual")).toBe(2_000_000);
    expect(rewards.amount("LDTT", "individual")).toBe(600_000);
    expect(rewards.amount("GK", "collective")).toBe(1_200_000);
    expect(
      totalRewards(
        [
          { award: "LDTT", kind: "individual" },
          { award: "LDTT", kind: "individual" },
          { award: "GK", kind: "collective" },
          { award: "GK", kind: "individual" },
        ],
        rewards
      ).map((t) => [t.award, t.kind, t.count, t.amount])
    ).toEqual([
      ["LDTT", "individual", 2, 1_200_000],
      ["GK", "individual", 1, 600_000],
      ["GK", "collective", 1, 1_200_000],
    ]);
  });

  it("takes a multiple overridden in Cấu hình", () => {
    const grids = changed((s) => {
      addRow(s, "Cấu hình", ["Hệ số thưởng LĐTT", "0,5"]);
    });
    const { rewards } = resolveRewards(analyse(grids).register.settings);
    expect(rewards.multiple("LDTT", "individual")).toBe(0.5);
    expect(rewards.amount("LDTT", "individual")).toBe(1_170_000);
  });
});
