/**
 * Builds a large register for the benchmark (`npm run bench`): 200 units and 10,000 staff by
 * default, with three years of history, initiatives, a pledge sheet and a score sheet per unit
 * and council votes — the shape of the sample register, scaled up. Written with exceljs as a
 * normal workbook (shared strings, styles), deterministic.
 *
 * Usage: node dist/scripts/make-big-register.js OUT.xlsx [UNITS] [STAFF]
 */
import * as path from "node:path";
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { seededRandom } from "./make-sample";
import {
  CRITERIA_COLUMNS,
  HISTORY_COLUMNS,
  INITIATIVE_COLUMNS,
  PLEDGE_COLUMNS,
  PLEDGE_LABELS,
  SCORE_COLUMNS,
  SETTINGS_COLUMNS,
  SHEET,
  STAFF_COLUMNS,
  UNIT_COLUMNS,
  VOTE_COLUMNS,
} from "../src/domain/codec/register-layout";

const YEAR = 2024;
const RATINGS = [
  "Hoàn thành xuất sắc nhiệm vụ",
  "Hoàn thành tốt nhiệm vụ",
  "Hoàn thành tốt nhiệm vụ",
  "Hoàn thành tốt nhiệm vụ",
  "Hoàn thành tốt nhiệm vụ",
  "Hoàn thành tốt nhiệm vụ",
  "Hoàn thành nhiệm vụ",
];
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"];
const MIDDLE = ["Văn", "Thị", "Đức", "Thu", "Minh", "Ngọc", "Hữu", "Thanh", "Xuân"];
const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dung",
  "Giang",
  "Hà",
  "Hải",
  "Hương",
  "Khánh",
  "Lan",
  "Long",
  "Mai",
  "Nam",
  "Nga",
  "Phong",
  "Quân",
  "Sơn",
  "Thảo",
  "Trang",
  "Tuấn",
  "Vân",
  "Yến",
];

const CRITERIA: readonly (readonly [string, string, number, string])[] = [
  ["1", "Thực hiện nhiệm vụ chuyên môn", 50, "Cộng"],
  ["1.1", "Hoàn thành kế hoạch công tác năm", 20, "Cộng"],
  ["1.2", "Chất lượng tham mưu", 15, "Cộng"],
  ["1.3", "Giải quyết thủ tục hành chính đúng hạn", 10, "Cộng"],
  ["1.4", "Chuyển đổi số", 5, "Cộng"],
  ["2", "Công tác thi đua, khen thưởng", 15, "Cộng"],
  ["2.1", "Đăng ký, phát động thi đua", 5, "Cộng"],
  ["2.2", "Sáng kiến được công nhận", 5, "Cộng"],
  ["2.3", "Tham gia phong trào", 5, "Cộng"],
  ["3", "Kỷ luật, kỷ cương hành chính", 20, "Cộng"],
  ["3.1", "Chấp hành nội quy", 10, "Cộng"],
  ["3.2", "Tiết kiệm, phòng chống tham nhũng", 5, "Cộng"],
  ["3.3", "Chế độ thông tin báo cáo", 5, "Cộng"],
  ["4", "Xây dựng đơn vị", 15, "Cộng"],
  ["4.1", "Đoàn kết nội bộ", 8, "Cộng"],
  ["4.2", "Đào tạo, bồi dưỡng", 7, "Cộng"],
  ["5", "Điểm thưởng", 10, "Thưởng"],
  ["5.1", "Khen thưởng đột xuất", 5, "Thưởng"],
  ["5.2", "Sáng kiến cấp tỉnh", 5, "Thưởng"],
  ["6", "Điểm trừ", 10, "Trừ"],
  ["6.1", "Chậm tiến độ", 5, "Trừ"],
  ["6.2", "Có người bị kỷ luật", 5, "Trừ"],
];

function header(
  ws: ExcelJS.Worksheet,
  row: number,
  columns: readonly { header: string; width: number }[]
): void {
  columns.forEach((c, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    ws.getColumn(i + 1).width = c.width;
  });
  ws.views = [{ state: "frozen", ySplit: row }];
}

export function buildBigRegister(unitCount: number, staffCount: number): ExcelJS.Workbook {
  const rnd = seededRandom(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2024, 10, 5));
  wb.modified = wb.created;

  const settings = wb.addWorksheet(SHEET.settings);
  settings.getCell("A1").value = "CẤU HÌNH";
  header(settings, 3, SETTINGS_COLUMNS);
  const values: [string, ExcelJS.CellValue][] = [
    ["Cơ quan", "Sở Khoa học và Công nghệ (dữ liệu thử hiệu năng)"],
    ["Cơ quan cấp trên", "UBND tỉnh"],
    ["Năm", YEAR],
    ["Phong trào", `Phong trào thi đua năm ${YEAR}`],
    ["Hạn đăng ký", new Date(Date.UTC(YEAR, 0, 31))],
    ["Ngày xét", new Date(Date.UTC(YEAR, 10, 5))],
    ["Số thành viên Hội đồng", 15],
  ];
  values.forEach(([k, v], i) => {
    settings.getRow(4 + i).values = [k, v];
  });

  const units = wb.addWorksheet(SHEET.units);
  units.getCell("A1").value = "DANH SÁCH ĐƠN VỊ";
  header(units, 3, UNIT_COLUMNS);
  const unitCodes: string[] = [];
  for (let u = 0; u < unitCount; u++) {
    const code = `DV${String(u + 1).padStart(3, "0")}`;
    unitCodes.push(code);
    units.getRow(4 + u).values = [
      code,
      `Đơn vị số ${u + 1}`,
      "Phòng chuyên môn",
      u + 1,
      "",
      pick(RATINGS.slice(0, 3)),
    ];
  }

  const staff = wb.addWorksheet(SHEET.staff);
  staff.getCell("A1").value = "DANH SÁCH CÁN BỘ";
  header(staff, 3, STAFF_COLUMNS);
  const people: { code: string; name: string; unit: string; rating: string }[] = [];
  for (let i = 0; i < staffCount; i++) {
    const code = `CB${String(i + 1).padStart(5, "0")}`;
    const unit = unitCodes[i % unitCount] ?? "DV001";
    const name = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
    const rating = pick(RATINGS);
    people.push({ code, name, unit, rating });
    staff.getRow(4 + i).values = [
      code,
      name,
      unit,
      "Chuyên viên",
      new Date(
        Date.UTC(1970 + Math.floor(rnd() * 30), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28))
      ),
      rnd() < 0.5 ? "Nam" : "Nữ",
      12,
      "không",
      rating,
      null,
      null,
    ];
  }
  staff.getColumn(5).numFmt = "dd/mm/yyyy";

  const history = wb.addWorksheet(SHEET.history);
  history.getCell("A1").value = "LỊCH SỬ";
  header(history, 3, HISTORY_COLUMNS);
  let h = 4;
  for (const p of people) {
    for (const year of [YEAR - 3, YEAR - 2, YEAR - 1]) {
      history.getRow(h++).values = [
        p.code,
        year,
        pick(RATINGS),
        `${year % 100}/QĐ-SKHCN`,
        new Date(Date.UTC(year, 11, 20)),
      ];
      if (rnd() < 0.1)
        history.getRow(h++).values = [
          p.code,
          year,
          "Chiến sĩ thi đua cơ sở",
          `${year % 100}/QĐ-SKHCN`,
          new Date(Date.UTC(year, 11, 20)),
        ];
    }
  }
  history.getColumn(5).numFmt = "dd/mm/yyyy";

  const initiatives = wb.addWorksheet(SHEET.initiatives);
  header(initiatives, 1, INITIATIVE_COLUMNS);
  for (let i = 0; i < staffCount / 10; i++) {
    const p = people[Math.floor(rnd() * people.length)];
    if (p === undefined) continue;
    initiatives.getRow(2 + i).values = [
      p.code,
      `Sáng kiến số ${i + 1}`,
      "Sáng kiến",
      pick(["Cơ sở", "Cơ sở", "Tỉnh"]),
      `${i + 1}/QĐ-HĐSK`,
      new Date(Date.UTC(YEAR, 9, 15)),
    ];
  }
  initiatives.getColumn(6).numFmt = "dd/mm/yyyy";

  const criteria = wb.addWorksheet(SHEET.criteria);
  header(criteria, 1, CRITERIA_COLUMNS);
  CRITERIA.forEach((c, i) => {
    criteria.getRow(2 + i).values = [...c];
  });

  const votes: [string, string, number][] = [];
  for (const unit of unitCodes) {
    const ws = wb.addWorksheet(`ĐK-${unit}`);
    ws.getCell("A1").value = "BẢN ĐĂNG KÝ THI ĐUA";
    ws.getCell("B3").value = PLEDGE_LABELS.collectiveTitle;
    ws.getCell("C3").value = "Tập thể lao động tiên tiến";
    ws.getCell("B4").value = PLEDGE_LABELS.collectiveAward;
    header(ws, 6, PLEDGE_COLUMNS);
    let r = 7;
    for (const p of people) {
      if (p.unit !== unit) continue;
      const cstdcs = p.rating === RATINGS[0] && rnd() < 0.5;
      ws.getRow(r).values = [
        r - 6,
        p.code,
        p.name,
        cstdcs ? "Chiến sĩ thi đua cơ sở" : "Lao động tiên tiến",
        null,
        null,
      ];
      if (cstdcs) votes.push([p.code, "Chiến sĩ thi đua cơ sở", 12 + Math.floor(rnd() * 4)]);
      r++;
    }
  }
  for (const unit of unitCodes) {
    const ws = wb.addWorksheet(`CĐ-${unit}`);
    ws.getCell("A1").value = "PHIẾU CHẤM ĐIỂM";
    header(ws, 3, SCORE_COLUMNS);
    CRITERIA.forEach(([code, content, max, kind], i) => {
      const leaf = code.includes(".");
      const score = !leaf
        ? null
        : kind === "Cộng"
          ? max - Math.floor(rnd() * 3) * 0.5
          : Math.floor(rnd() * 3);
      ws.getRow(4 + i).values = [
        code,
        content,
        max,
        score,
        score === null ? null : Math.max(0, score - (rnd() < 0.3 ? 0.5 : 0)),
        null,
      ];
    });
  }

  const voteSheet = wb.addWorksheet(SHEET.votes);
  header(voteSheet, 1, VOTE_COLUMNS);
  votes.forEach(([subject, award, yes], i) => {
    voteSheet.getRow(2 + i).values = [subject, award, null, yes];
  });
  return wb;
}

async function cli(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? "big-register.xlsx");
  const units = Number(process.argv[3] ?? 200);
  const staffCount = Number(process.argv[4] ?? 10_000);
  await fs.mkdir(path.dirname(out), { recursive: true });
  await buildBigRegister(units, staffCount).xlsx.writeFile(out);
  process.stdout.write(`${out}: ${units} đơn vị, ${staffCount} cán bộ\n`);
}

if (require.main === module) {
  cli().catch((error: unknown) => {
    process.stderr.write(
      `make-big-register: ${error instanceof Error ? error.message : String(error)}\n`
    );
    process.exitCode = 1;
  });
}
