/**
 * Builds assets/sample-register.xlsx: the register of a provincial Department of Science and
 * Technology (Sở Khoa học và Công nghệ tỉnh Hà Tĩnh) for the emulation year 2024, made with
 * exceljs the way a secretariat would type it (title rows above tables, a few of the usual
 * mistakes). Deterministic: names come from a seeded generator and the zip is written with a
 * fixed time stamp, so `npm run sample` rebuilds the same file.
 *
 * What it is designed to show (rules.md, register-format.md):
 * - every proposal status: proposed, awaiting_vote (a CSTĐCS pledge without a vote row),
 *   not_eligible (low rating, discipline, months worked, a 7/9 vote, a gap year for CSTĐ cấp tỉnh,
 *   an unrated unit, a unit with a "Cảnh cáo", a second Cờ thi đua), over_quota (`Tỷ lệ CSTĐCS
 *   tối đa` = 10 %);
 * - checks: a name differing from the roster, a TCVN3-typed name, a self score above its maximum,
 *   a person pledged in another unit's sheet, a unit without a score sheet, the HTXSNV share above
 *   20 %, a unit rating that disagrees with its council score, a date typed as text and a score
 *   typed with a decimal comma;
 * - rulebook v2: achievement periods written in `Lịch sử`, a đột xuất Bằng khen that blocks
 *   nothing, a bloc leader with its Cờ thi đua and a unit without a bloc result, a new recruit
 *   with no rating, a transferee whose months include the previous agency, an initiative without
 *   its decision, and one initiative grounding both CSTĐCS and CSTĐ cấp tỉnh (a warning).
 *
 * Usage: node dist/scripts/make-sample.js [OUT.xlsx]   (npm run sample)
 */
import * as path from "node:path";
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { encodeTcvn3 } from "../src/domain/text/legacy-encoding";
import { OpcPackage } from "../src/adapters/xlsx/opc-package";
import { XlsxFileAdapter } from "../src/adapters/xlsx/xlsx-file.adapter";
import { createDecisionSheet } from "../src/app/create-decision-sheet";
import { cellAddress } from "../src/domain/grid";
import { awardByKey } from "../src/domain/rulebook/award-catalogue";
import { excelSerial } from "../src/domain/year/decision-sheet";
import { unusableReasonText } from "../src/domain/messages/unusable-reason-text";
import type { CellUpdate } from "../src/ports/workbook.port";
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
  COUNCIL_COLUMNS,
} from "../src/domain/codec/register-layout";

// ---------------------------------------------------------------------------------------------
// Deterministic names

/** mulberry32: a small seeded generator, so the sample is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Family names weighted roughly as in Hà Tĩnh.
const FAMILY = [
  ["Nguyễn", 30],
  ["Trần", 12],
  ["Lê", 10],
  ["Phan", 7],
  ["Võ", 6],
  ["Đặng", 5],
  ["Hồ", 5],
  ["Bùi", 4],
  ["Đinh", 4],
  ["Phạm", 4],
  ["Hoàng", 3],
  ["Thái", 3],
  ["Dương", 2],
  ["Đoàn", 2],
  ["Trương", 2],
] as const;
const MIDDLE_MALE = ["Văn", "Đức", "Hữu", "Minh", "Quang", "Xuân", "Đình", "Công", "Thanh", "Anh"];
const MIDDLE_FEMALE = [
  "Thị",
  "Thị",
  "Thị",
  "Thu",
  "Thanh",
  "Ngọc",
  "Hồng",
  "Phương",
  "Minh",
  "Thùy",
];
const GIVEN_MALE = [
  "Hùng",
  "Dũng",
  "Tuấn",
  "Hải",
  "Sơn",
  "Long",
  "Nam",
  "Thắng",
  "Cường",
  "Quân",
  "Hoàng",
  "Trung",
  "Tùng",
  "Phong",
  "Hiếu",
  "Lâm",
  "Bình",
  "An",
  "Toàn",
  "Khánh",
  "Đạt",
  "Vinh",
  "Hưng",
  "Lợi",
];
const GIVEN_FEMALE = [
  "Hương",
  "Lan",
  "Hà",
  "Trang",
  "Hằng",
  "Nga",
  "Thủy",
  "Mai",
  "Linh",
  "Hoa",
  "Hạnh",
  "Yến",
  "Thảo",
  "Dung",
  "Nhung",
  "Vân",
  "Huyền",
  "Oanh",
  "Quỳnh",
  "Giang",
  "Ly",
  "Phượng",
];

class NameMaker {
  private readonly used = new Set<string>();
  constructor(private readonly rnd: () => number) {}

  make(gender: Gender): string {
    for (;;) {
      const name =
        `${this.family()} ${this.pick(gender === "Nam" ? MIDDLE_MALE : MIDDLE_FEMALE)} ${this.pick(
          gender === "Nam" ? GIVEN_MALE : GIVEN_FEMALE
        )}`.normalize("NFC");
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rnd() * list.length)] as T;
  }

  private family(): string {
    const total = FAMILY.reduce((s, [, w]) => s + w, 0);
    let r = this.rnd() * total;
    for (const [name, weight] of FAMILY) {
      r -= weight;
      if (r < 0) return name;
    }
    return "Nguyễn";
  }
}

// ---------------------------------------------------------------------------------------------
// The register's content

const YEAR = 2024;
const AGENCY = "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh";
const AGENCY_UPPER = "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ TĨNH";

type Gender = "Nam" | "Nữ";
type RatingKey = "HTXSNV" | "HTTNV" | "HTNV" | "KHTNV";
const RATING: Readonly<Record<RatingKey, string>> = {
  HTXSNV: "Hoàn thành xuất sắc nhiệm vụ",
  HTTNV: "Hoàn thành tốt nhiệm vụ",
  HTNV: "Hoàn thành nhiệm vụ",
  KHTNV: "Không hoàn thành nhiệm vụ",
};

const T = {
  LDTT: "Lao động tiên tiến",
  CSTDCS: "Chiến sĩ thi đua cơ sở",
  CSTD_TINH: "Chiến sĩ thi đua cấp tỉnh",
  TTLDTT: "Tập thể lao động tiên tiến",
  TTLDXS: "Tập thể lao động xuất sắc",
  CO_TINH: "Cờ thi đua của UBND tỉnh",
  GK: "Giấy khen của Giám đốc Sở",
  BK_TINH: "Bằng khen của Chủ tịch UBND tỉnh",
  BK_TTG: "Bằng khen của Thủ tướng Chính phủ",
} as const;

interface PersonSpec {
  readonly pos: string;
  readonly g: Gender;
  /** null = not rated yet. */
  readonly rating: RatingKey | null;
  readonly months?: number;
  readonly maternity?: boolean;
  readonly discipline?: string;
  readonly note?: string;
  /** Title pledged (as typed), "" = none. */
  readonly title?: string;
  readonly award?: string;
  /** Ratings of 2021, 2022, 2023 (default from this year's). */
  readonly past?: readonly (RatingKey | null)[];
  /** Years with CSTĐCS in Lịch sử (LĐTT is recorded for every HTTNV+ year). */
  readonly cstdcsYears?: readonly number[];
  /** Other history rows: [year, title, decision no]. */
  readonly extraHistory?: readonly (readonly [number, string])[];
  /** CSTĐCS / CSTĐ tỉnh votes as [award, yes]. */
  readonly votes?: readonly (readonly [string, number])[];
  /** A key to find this person when planting things. */
  readonly tag?: string;
}

interface UnitSpec {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly rating: RatingKey | null;
  readonly past: readonly RatingKey[]; // 2021–2023
  readonly pastTitles: readonly string[]; // 2021–2023 collective titles ("" = none)
  readonly title: string;
  readonly award: string;
  /** Target council total; null = no score sheet. */
  readonly council: number | null;
  readonly bonus: readonly [number, number];
  readonly minus: readonly [number, number];
  /** How much the unit over-scores itself, in points. */
  readonly overScore: number;
  readonly staff: readonly PersonSpec[];
}

const ld = (
  pos: string,
  g: Gender,
  rating: RatingKey = "HTTNV",
  extra: Partial<PersonSpec> = {}
): PersonSpec => ({
  pos,
  g,
  rating,
  title: rating === "HTXSNV" || rating === "HTTNV" || rating === "HTNV" ? T.LDTT : "",
  ...extra,
});

const UNITS: readonly UnitSpec[] = [
  {
    code: "VP",
    name: "Văn phòng Sở",
    kind: "Phòng chuyên môn",
    rating: "HTXSNV",
    past: ["HTXSNV", "HTTNV", "HTXSNV"],
    pastTitles: [T.TTLDXS, T.TTLDTT, T.TTLDXS],
    title: T.TTLDXS,
    award: T.GK,
    council: 94,
    bonus: [2, 0],
    minus: [0, 0],
    overScore: 1.5,
    staff: [
      {
        pos: "Chánh Văn phòng",
        g: "Nam",
        rating: "HTXSNV",
        title: T.CSTD_TINH,
        cstdcsYears: [2022, 2023],
        past: ["HTXSNV", "HTXSNV", "HTXSNV"],
        votes: [
          [T.CSTDCS, 9],
          [T.CSTD_TINH, 9],
        ],
        tag: "A",
      },
      {
        pos: "Phó Chánh Văn phòng",
        g: "Nữ",
        rating: "HTTNV",
        title: T.LDTT,
        award: T.BK_TTG,
        past: ["HTXSNV", "HTTNV", "HTXSNV"],
        cstdcsYears: [2020, 2021, 2023],
        extraHistory: [
          [2020, RATING.HTXSNV],
          [2020, T.LDTT],
          [2021, "Bằng khen của Chủ tịch UBND tỉnh"],
        ],
        tag: "L",
      },
      ld("Chuyên viên", "Nữ"),
      ld("Chuyên viên", "Nam"),
      ld("Kế toán", "Nữ", "HTTNV", { award: T.GK }),
      ld("Văn thư", "Nữ"),
      ld("Chuyên viên", "Nam"),
      ld("Nhân viên lái xe", "Nam", "HTNV", { past: ["HTTNV", "HTNV", "HTTNV"] }),
      ld("Nhân viên bảo vệ", "Nam"),
    ],
  },
  {
    code: "KHTC",
    name: "Phòng Kế hoạch - Tài chính",
    kind: "Phòng chuyên môn",
    // Rated HTXSNV although its council score (88,5) gives HTTNV: the check warns.
    rating: "HTXSNV",
    past: ["HTTNV", "HTTNV", "HTXSNV"],
    pastTitles: [T.TTLDTT, T.TTLDTT, T.TTLDXS],
    title: T.TTLDTT,
    award: "",
    council: 88.5,
    bonus: [0, 0],
    minus: [0, 0],
    overScore: 6,
    staff: [
      {
        pos: "Trưởng phòng",
        g: "Nam",
        rating: "HTXSNV",
        title: T.CSTDCS,
        award: T.BK_TINH,
        cstdcsYears: [2023],
        past: ["HTTNV", "HTXSNV", "HTXSNV"],
        votes: [[T.CSTDCS, 9]],
        tag: "B",
      },
      ld("Phó Trưởng phòng", "Nữ", "HTTNV", { tag: "misspelt" }),
      ld("Chuyên viên", "Nữ"),
      ld("Chuyên viên", "Nam"),
      ld("Chuyên viên", "Nữ"),
    ],
  },
  {
    code: "QLKH",
    name: "Phòng Quản lý khoa học",
    kind: "Phòng chuyên môn",
    rating: "HTXSNV",
    past: ["HTTNV", "HTXSNV", "HTXSNV"],
    pastTitles: [T.TTLDTT, T.TTLDXS, T.TTLDXS],
    title: T.TTLDXS,
    award: "",
    council: 92,
    bonus: [0, 3],
    minus: [0, 0],
    overScore: 2,
    staff: [
      {
        pos: "Trưởng phòng",
        g: "Nam",
        rating: "HTXSNV",
        title: "CSTĐCS",
        past: ["HTTNV", "HTXSNV", "HTTNV"],
        votes: [[T.CSTDCS, 8]],
        tag: "C",
      },
      {
        pos: "Phó Trưởng phòng",
        g: "Nữ",
        rating: "HTXSNV",
        title: T.LDTT,
        award: "Bằng khen UBND tỉnh",
        past: ["HTTNV", "HTTNV", "HTXSNV"],
        tag: "M",
      },
      ld("Chuyên viên chính", "Nam"),
      ld("Chuyên viên", "Nữ"),
      ld("Chuyên viên", "Nam"),
      {
        pos: "Chuyên viên",
        g: "Nữ",
        rating: null,
        months: 3,
        title: "",
        note: "Tuyển dụng từ 01/10/2024, chưa xếp loại",
        past: [null, null, null],
      },
    ],
  },
  {
    code: "QLCN",
    name: "Phòng Quản lý công nghệ và Thị trường công nghệ",
    kind: "Phòng chuyên môn",
    rating: "HTTNV",
    past: ["HTTNV", "HTTNV", "HTTNV"],
    pastTitles: [T.TTLDTT, T.TTLDTT, T.TTLDTT],
    title: T.TTLDTT,
    award: "",
    council: 88.5,
    bonus: [0, 0],
    minus: [0, 0],
    overScore: 3,
    staff: [
      {
        // Rated HTTNV: CSTĐCS rests on the provincial initiative of 2024, and so does CSTĐ cấp
        // tỉnh, so the check warns that one initiative grounds one proposal only (5007/BNV-TĐKT).
        pos: "Trưởng phòng",
        g: "Nam",
        rating: "HTTNV",
        title: T.CSTD_TINH,
        cstdcsYears: [2022, 2023],
        votes: [
          [T.CSTDCS, 9],
          [T.CSTD_TINH, 9],
        ],
        tag: "D",
      },
      ld("Phó Trưởng phòng", "Nam"),
      ld("Chuyên viên", "Nữ"),
      ld("Chuyên viên", "Nam"),
      ld("Chuyên viên", "Nữ"),
      ld("Chuyên viên", "Nam", "HTTNV", { tag: "wrong-unit" }),
    ],
  },
  {
    code: "QLCNG",
    name: "Phòng Quản lý chuyên ngành",
    kind: "Phòng chuyên môn",
    // Not rated yet: its collective title is not_eligible and a warning suggests HTTNV.
    rating: null,
    past: ["HTTNV", "HTTNV", "HTXSNV"],
    pastTitles: [T.TTLDTT, T.TTLDTT, T.TTLDXS],
    title: T.TTLDTT,
    award: "",
    council: 86,
    bonus: [0, 0],
    minus: [0, 1],
    overScore: 7,
    staff: [
      {
        pos: "Trưởng phòng",
        g: "Nam",
        rating: "HTXSNV",
        title: T.CSTDCS,
        votes: [[T.CSTDCS, 8]],
        tag: "E",
      },
      ld("Phó Trưởng phòng", "Nữ"),
      ld("Chuyên viên", "Nam", "HTTNV", {
        discipline: "Khiển trách",
        note: "Kỷ luật theo QĐ 58/QĐ-SKHCN ngày 12/6/2024",
      }),
      ld("Chuyên viên", "Nữ"),
      ld("Chuyên viên", "Nam"),
    ],
  },
  {
    code: "TTRA",
    name: "Thanh tra Sở",
    kind: "Phòng chuyên môn",
    rating: "HTTNV",
    past: ["HTTNV", "HTXSNV", "HTTNV"],
    pastTitles: [T.TTLDTT, T.TTLDXS, T.TTLDTT],
    title: T.TTLDTT,
    award: "",
    council: 79,
    bonus: [0, 0],
    minus: [0, 3],
    overScore: 8,
    staff: [
      {
        pos: "Chánh Thanh tra",
        g: "Nam",
        rating: "HTXSNV",
        title: T.CSTDCS,
        votes: [[T.CSTDCS, 7]],
        tag: "F",
      },
      ld("Phó Chánh Thanh tra", "Nam"),
      ld("Thanh tra viên", "Nam", "HTTNV", {
        discipline: "Cảnh cáo",
        note: "Kỷ luật theo QĐ 91/QĐ-SKHCN ngày 20/8/2024",
      }),
      ld("Thanh tra viên", "Nữ", "HTNV"),
      ld("Thanh tra viên", "Nữ"),
    ],
  },
  {
    code: "CCTDC",
    name: "Chi cục Tiêu chuẩn Đo lường Chất lượng",
    kind: "Đơn vị trực thuộc",
    rating: "HTXSNV",
    past: ["HTXSNV", "HTXSNV", "HTXSNV"],
    pastTitles: [T.TTLDXS, T.TTLDXS, T.TTLDXS],
    title: T.CO_TINH,
    award: T.BK_TINH,
    council: 97,
    bonus: [3, 2],
    minus: [0, 0],
    overScore: 1,
    staff: [
      {
        pos: "Chi cục trưởng",
        g: "Nam",
        rating: "HTXSNV",
        title: T.CSTD_TINH,
        // A gap year (2022): CSTĐ cấp tỉnh needs three consecutive years.
        cstdcsYears: [2021, 2023],
        past: ["HTXSNV", "HTTNV", "HTXSNV"],
        votes: [
          [T.CSTDCS, 9],
          [T.CSTD_TINH, 9],
        ],
        tag: "G",
      },
      {
        pos: "Phó Chi cục trưởng",
        g: "Nữ",
        rating: "HTXSNV",
        title: T.CSTDCS,
        past: ["HTTNV", "HTXSNV", "HTXSNV"],
        tag: "H",
      },
      ld("Trưởng phòng Quản lý Tiêu chuẩn Chất lượng", "Nam"),
      // Transferred in: `Số tháng công tác` counts the months at the previous agency too.
      ld("Kiểm định viên", "Nam", "HTTNV", {
        months: 12,
        note: "Chuyển công tác từ Sở Công Thương đến từ 01/5/2024 (tính cả 4 tháng ở cơ quan cũ)",
      }),
      ld("Trưởng phòng Quản lý Đo lường", "Nữ"),
      ld("Kiểm định viên", "Nam"),
      ld("Chuyên viên", "Nữ"),
      ld("Kiểm định viên", "Nam"),
      ld("Chuyên viên", "Nữ", "HTTNV", { award: T.GK }),
      ld("Kế toán", "Nữ"),
      ld("Kiểm định viên", "Nam"),
      ld("Nhân viên", "Nam"),
    ],
  },
  {
    code: "TTUD",
    name: "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
    kind: "Đơn vị sự nghiệp trực thuộc",
    rating: "HTXSNV",
    past: ["HTTNV", "HTXSNV", "HTXSNV"],
    pastTitles: [T.TTLDTT, T.TTLDXS, T.TTLDXS],
    title: T.CO_TINH,
    award: "",
    council: 95.5,
    bonus: [0, 2],
    minus: [0, 0],
    overScore: 2.5,
    staff: [
      {
        pos: "Giám đốc Trung tâm",
        g: "Nam",
        rating: "HTXSNV",
        title: T.CSTDCS,
        votes: [[T.CSTDCS, 8]],
        tag: "I",
      },
      {
        pos: "Phó Giám đốc Trung tâm",
        g: "Nữ",
        rating: "HTXSNV",
        title: T.CSTDCS,
        votes: [[T.CSTDCS, 8]],
        tag: "J",
      },
      {
        pos: "Phó Giám đốc Trung tâm",
        g: "Nam",
        rating: "HTXSNV",
        title: T.CSTDCS,
        votes: [[T.CSTDCS, 8]],
        tag: "K",
      },
      ld("Kỹ sư", "Nữ", "HTTNV", {
        months: 6,
        maternity: true,
        note: "Nghỉ thai sản từ 15/6/2024 đến 14/12/2024",
      }),
      ld("Trưởng phòng Ứng dụng và Chuyển giao công nghệ", "Nam"),
      ld("Kỹ sư", "Nam"),
      ld("Kỹ sư", "Nam", "HTTNV", { tag: "tcvn3" }),
      ld("Trưởng phòng Hành chính - Tổng hợp", "Nữ"),
      ld("Kỹ sư", "Nữ"),
      ld("Kỹ thuật viên", "Nam"),
      ld("Kỹ sư", "Nam"),
      ld("Kế toán", "Nữ"),
      ld("Kỹ thuật viên", "Nữ"),
      ld("Kỹ sư", "Nam"),
      ld("Nhân viên", "Nam"),
      ld("Kỹ thuật viên", "Nữ"),
    ],
  },
  {
    code: "CDCS",
    name: "Công đoàn cơ sở Sở Khoa học và Công nghệ",
    kind: "Tổ chức đoàn thể",
    rating: "HTXSNV",
    past: ["HTXSNV", "HTXSNV", "HTTNV"],
    pastTitles: ["", "", ""],
    title: "",
    award: T.GK,
    council: 91,
    bonus: [0, 0],
    minus: [0, 0],
    overScore: 1,
    staff: [],
  },
  {
    code: "DTN",
    name: "Chi đoàn Thanh niên Sở Khoa học và Công nghệ",
    kind: "Tổ chức đoàn thể",
    rating: "HTTNV",
    past: ["HTTNV", "HTTNV", "HTTNV"],
    pastTitles: ["", "", ""],
    title: "",
    award: T.GK,
    // No score sheet: the check warns that CĐ-DTN is missing.
    council: null,
    bonus: [0, 0],
    minus: [0, 0],
    overScore: 0,
    staff: [],
  },
];

/**
 * The provincial emulation blocs (cụm, khối thi đua do tỉnh tổ chức) of the units that compete in
 * one, with their place from the bloc's result (null: not announced yet). Only a bloc leader may
 * get a Cờ thi đua (rules.md): CCTDC leads its bloc, TTUD has no result yet.
 */
const BLOCS: Readonly<Record<string, readonly [string, number | null]>> = {
  CCTDC: ["Khối các cơ quan quản lý nhà nước chuyên ngành", 1],
  TTUD: ["Khối các đơn vị sự nghiệp công lập", null],
};

interface Criterion {
  readonly code: string;
  readonly content: string;
  readonly max: number;
  readonly kind: "Cộng" | "Thưởng" | "Trừ";
  readonly leaf: boolean;
}

const CRITERIA: readonly Criterion[] = [
  {
    code: "1",
    content: "Thực hiện nhiệm vụ chuyên môn được giao",
    max: 50,
    kind: "Cộng",
    leaf: false,
  },
  {
    code: "1.1",
    content: "Hoàn thành kế hoạch công tác năm đúng tiến độ, đạt chất lượng",
    max: 20,
    kind: "Cộng",
    leaf: true,
  },
  {
    code: "1.2",
    content: "Chất lượng tham mưu văn bản, đề án, chương trình được cấp có thẩm quyền ban hành",
    max: 15,
    kind: "Cộng",
    leaf: true,
  },
  {
    code: "1.3",
    content: "Giải quyết thủ tục hành chính, hồ sơ công việc đúng hạn, không để quá hạn",
    max: 10,
    kind: "Cộng",
    leaf: true,
  },
  {
    code: "1.4",
    content: "Ứng dụng công nghệ thông tin, chuyển đổi số trong xử lý công việc",
    max: 5,
    kind: "Cộng",
    leaf: true,
  },
  {
    code: "2",
    content: "Công tác thi đua, khen thưởng và các phong trào",
    max: 15,
    kind: "Cộng",
    leaf: false,
  },
  {
    code: "2.1",
    content: "Đăng ký thi đua đúng hạn; tổ chức phát động, sơ kết, tổng kết phong trào",
    max: 5,
    kind: "Cộng",
    leaf: true,
  },
  {
    code: "2.2",
    content: "Có sáng kiến, giải pháp, đề tài được công nhận trong năm",
    max: 5,
    kind: "Cộng",
    leaf: true,
  },
  {
    code: "2.3",
    content: "Tham gia các phong trào do Sở, Công đoàn, Đoàn thanh niên phát động",
    max: 5,
    kind: "Cộng",
    leaf: true,
  },
  {
    code: "3",
    content: "Chấp hành kỷ luật, kỷ cương hành chính",
    max: 20,
    kind: "Cộng",
    leaf: false,
  },
  {
    code: "3.1",
    content: "Chấp hành thời giờ làm việc, nội quy, quy chế của cơ quan",
    max: 10,
    kind: "Cộng",
    leaf: true,
  },
  {
    code: "3.2",
    content: "Thực hành tiết kiệm, chống lãng phí; phòng, chống tham nhũng, tiêu cực",
    max: 5,
    kind: "Cộng",
    leaf: true,
  },
  {
    code: "3.3",
    content: "Thực hiện chế độ thông tin, báo cáo đầy đủ, đúng hạn",
    max: 5,
    kind: "Cộng",
    leaf: true,
  },
  { code: "4", content: "Xây dựng đơn vị, đoàn kết nội bộ", max: 15, kind: "Cộng", leaf: false },
  {
    code: "4.1",
    content: "Nội bộ đoàn kết; không có đơn thư khiếu nại, tố cáo đúng sự thật",
    max: 8,
    kind: "Cộng",
    leaf: true,
  },
  {
    code: "4.2",
    content: "Đào tạo, bồi dưỡng, nâng cao trình độ cho công chức, viên chức",
    max: 7,
    kind: "Cộng",
    leaf: true,
  },
  { code: "5", content: "Điểm thưởng", max: 10, kind: "Thưởng", leaf: false },
  {
    code: "5.1",
    content: "Được cấp có thẩm quyền khen thưởng đột xuất, chuyên đề trong năm",
    max: 5,
    kind: "Thưởng",
    leaf: true,
  },
  {
    code: "5.2",
    content: "Có sáng kiến, đề tài được công nhận phạm vi cấp tỉnh trở lên",
    max: 5,
    kind: "Thưởng",
    leaf: true,
  },
  { code: "6", content: "Điểm trừ", max: 10, kind: "Trừ", leaf: false },
  {
    code: "6.1",
    content: "Chậm tiến độ nhiệm vụ được UBND tỉnh, Giám đốc Sở giao",
    max: 5,
    kind: "Trừ",
    leaf: true,
  },
  {
    code: "6.2",
    content: "Có công chức, viên chức, người lao động bị xử lý kỷ luật trong năm",
    max: 5,
    kind: "Trừ",
    leaf: true,
  },
];

const PLUS_LEAVES = CRITERIA.filter((c) => c.leaf && c.kind === "Cộng");

interface Person extends PersonSpec {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly birth: Date;
}

function buildPeople(rnd: () => number): Person[] {
  const names = new NameMaker(rnd);
  const people: Person[] = [];
  let n = 0;
  for (const unit of UNITS) {
    for (const spec of unit.staff) {
      n++;
      const age = 24 + Math.floor(rnd() * 32);
      const birth = new Date(
        Date.UTC(YEAR - age, Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28))
      );
      people.push({
        ...spec,
        code: `CB${String(n).padStart(3, "0")}`,
        name: names.make(spec.g),
        unit: unit.code,
        birth,
      });
    }
  }
  return people;
}

function byTag(people: readonly Person[], tag: string): Person {
  const p = people.find((x) => x.tag === tag);
  if (p === undefined) throw new Error(`no person tagged ${tag}`);
  return p;
}

/** Council leaf scores reaching the unit's target total, in half points; self scores above them. */
function unitScores(
  unit: UnitSpec,
  rnd: () => number
): Map<string, { self: number; council: number }> {
  const target = unit.council ?? 0;
  const council = new Map<string, number>(PLUS_LEAVES.map((c) => [c.code, c.max]));
  let deficit = 100 - (target - unit.bonus[0] - unit.bonus[1] + unit.minus[0] + unit.minus[1]);
  const order = PLUS_LEAVES.map((c) => c.code);
  let guard = 0;
  while (deficit > 1e-9 && guard++ < 10_000) {
    const code = order[Math.floor(rnd() * order.length)] ?? "1.1";
    const value = council.get(code) ?? 0;
    const max = PLUS_LEAVES.find((c) => c.code === code)?.max ?? 0;
    // Keep every leaf above 60 % of its maximum: a believable register.
    if (value - 0.5 >= max * 0.6) {
      council.set(code, value - 0.5);
      deficit -= 0.5;
    }
  }
  const result = new Map<string, { self: number; council: number }>();
  for (const c of PLUS_LEAVES) {
    const v = council.get(c.code) ?? 0;
    result.set(c.code, { self: v, council: v });
  }
  result.set("5.1", { self: unit.bonus[0], council: unit.bonus[0] });
  result.set("5.2", { self: unit.bonus[1], council: unit.bonus[1] });
  result.set("6.1", { self: unit.minus[0], council: unit.minus[0] });
  result.set("6.2", { self: unit.minus[1], council: unit.minus[1] });
  // Units tend to score themselves higher than the council does.
  let over = unit.overScore;
  guard = 0;
  while (over > 1e-9 && guard++ < 10_000) {
    const code = order[Math.floor(rnd() * order.length)] ?? "1.1";
    const s = result.get(code);
    const max = PLUS_LEAVES.find((c) => c.code === code)?.max ?? 0;
    if (s !== undefined && s.self + 0.5 <= max) {
      result.set(code, { ...s, self: s.self + 0.5 });
      over -= 0.5;
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Writing with exceljs

const FONT = "Times New Roman";
const THIN = { style: "thin" as const, color: { argb: "FF808080" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function titleRows(ws: ExcelJS.Worksheet, lines: readonly string[], width: number): void {
  lines.forEach((text, i) => {
    const row = i + 1;
    ws.mergeCells(row, 1, row, width);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = { name: FONT, size: i === 0 ? 12 : 13, bold: true };
    cell.alignment = { horizontal: i === 0 ? "left" : "center" };
  });
}

function headerRow(
  ws: ExcelJS.Worksheet,
  row: number,
  columns: readonly { readonly header: string; readonly width: number }[]
): void {
  columns.forEach((col, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = col.header;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDER;
    ws.getColumn(i + 1).width = col.width;
  });
  ws.getRow(row).height = 32;
  ws.views = [{ state: "frozen", ySplit: row, xSplit: 0 }];
}

function dataRow(ws: ExcelJS.Worksheet, row: number, values: readonly ExcelJS.CellValue[]): void {
  values.forEach((v, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = v === undefined ? null : v;
    cell.font = { name: FONT, size: 12 };
    cell.border = BORDER;
    if (v instanceof Date) cell.numFmt = "dd/mm/yyyy";
  });
}

function listValidation(ws: ExcelJS.Worksheet, range: string, values: readonly string[]): void {
  // exceljs supports range validations but its typings do not declare them.
  (
    ws as unknown as { dataValidations: { add(range: string, v: object): void } }
  ).dataValidations.add(range, {
    type: "list",
    allowBlank: true,
    formulae: [`"${values.join(",")}"`],
    showErrorMessage: true,
  });
}

const dmy = (d: number, m: number, y: number): Date => new Date(Date.UTC(y, m - 1, d));

export function buildSampleWorkbook(): ExcelJS.Workbook {
  const rnd = seededRandom(20_241_105);
  const people = buildPeople(rnd);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Văn phòng Sở - Bộ phận Thi đua, Khen thưởng";
  wb.created = new Date(Date.UTC(2024, 10, 5));
  wb.modified = new Date(Date.UTC(2024, 10, 5));

  // Cấu hình ----------------------------------------------------------------------------------
  const settings = wb.addWorksheet(SHEET.settings, {
    properties: { tabColor: { argb: "FF1F4E79" } },
  });
  titleRows(settings, [AGENCY_UPPER, `CẤU HÌNH SỔ THEO DÕI THI ĐUA, KHEN THƯỞNG NĂM ${YEAR}`], 2);
  headerRow(settings, 4, SETTINGS_COLUMNS);
  const settingRows: [string, ExcelJS.CellValue][] = [
    ["Cơ quan", AGENCY],
    ["Cơ quan cấp trên", "UBND tỉnh Hà Tĩnh"],
    ["Năm", YEAR],
    [
      "Phong trào",
      `Phong trào thi đua "Đổi mới sáng tạo, ứng dụng khoa học và công nghệ" năm ${YEAR}`,
    ],
    ["Hạn đăng ký", dmy(31, 1, YEAR)],
    // Typed as text, as people often do: the codec reads dd/mm/yyyy text as a date.
    ["Ngày xét", "05/11/2024"],
    ["Số thành viên Hội đồng", 9],
    // Rows for the dossier's documents (Chủ tịch and Thư ký come from the Hội đồng sheet).
    ["Địa danh", "Hà Tĩnh"],
    ["Ký hiệu cơ quan", "SKHCN"],
    ["Người ký", "Nguyễn Văn Thanh"],
    ["Chức vụ người ký", "GIÁM ĐỐC"],
    ["Ngày họp Hội đồng", "05/11/2024"],
    ["Giờ họp Hội đồng", "08 giờ 00"],
    ["Địa điểm họp Hội đồng", "Phòng họp tầng 2, Sở Khoa học và Công nghệ"],
    ["Tỷ lệ phiếu CSTĐCS", "80%"],
    // The Sở's own cap, so that the quota cuts (Decree 152 leaves the share to the agency).
    ["Tỷ lệ CSTĐCS tối đa", "10%"],
  ];
  settingRows.forEach(([label, value], i) => {
    dataRow(settings, 5 + i, [label, value]);
  });

  // Đơn vị ------------------------------------------------------------------------------------
  const units = wb.addWorksheet(SHEET.units);
  titleRows(units, [AGENCY_UPPER, `DANH SÁCH ĐƠN VỊ THUỘC SỞ NĂM ${YEAR}`], UNIT_COLUMNS.length);
  headerRow(units, 4, UNIT_COLUMNS);
  UNITS.forEach((u, i) => {
    const head = people.find((p) => p.unit === u.code);
    const headName =
      u.staff.length === 0
        ? u.code === "CDCS"
          ? byTag(people, "L").name
          : byTag(people, "J").name
        : (head?.name ?? "");
    const bloc = BLOCS[u.code];
    dataRow(units, 5 + i, [
      u.code,
      u.name,
      u.kind,
      i + 1,
      headName,
      u.rating === null ? null : RATING[u.rating],
      bloc?.[0] ?? null,
      bloc?.[1] ?? null,
    ]);
  });
  listValidation(units, "F5:F40", Object.values(RATING));

  // Cán bộ ------------------------------------------------------------------------------------
  const staff = wb.addWorksheet(SHEET.staff);
  titleRows(
    staff,
    [AGENCY_UPPER, `DANH SÁCH CÔNG CHỨC, VIÊN CHỨC VÀ NGƯỜI LAO ĐỘNG NĂM ${YEAR}`],
    STAFF_COLUMNS.length
  );
  headerRow(staff, 4, STAFF_COLUMNS);
  const tcvn3 = byTag(people, "tcvn3");
  people.forEach((p, i) => {
    const row = 5 + i;
    // One name typed long ago with a TCVN3 (.VnTime) font: the check converts it and warns.
    const name = p === tcvn3 ? encodeTcvn3(p.name) : p.name;
    // One birth date typed as text.
    const birth: ExcelJS.CellValue =
      i === 12
        ? `${String(p.birth.getUTCDate()).padStart(2, "0")}/${String(p.birth.getUTCMonth() + 1).padStart(2, "0")}/${p.birth.getUTCFullYear()}`
        : p.birth;
    dataRow(staff, row, [
      p.code,
      name,
      p.unit,
      p.pos,
      birth,
      p.g,
      p.months ?? 12,
      p.maternity === true ? "có" : "không",
      p.rating === null ? null : RATING[p.rating],
      p.discipline ?? null,
      p.note ?? null,
    ]);
    if (p === tcvn3) staff.getCell(row, 2).font = { name: ".VnTime", size: 12 };
  });
  listValidation(staff, `I5:I${5 + people.length + 50}`, Object.values(RATING));
  listValidation(staff, `H5:H${5 + people.length + 50}`, ["có", "không"]);

  // Lịch sử -----------------------------------------------------------------------------------
  const history = wb.addWorksheet(SHEET.history);
  titleRows(
    history,
    [AGENCY_UPPER, "DANH HIỆU, HÌNH THỨC KHEN THƯỞNG VÀ XẾP LOẠI CÁC NĂM TRƯỚC"],
    HISTORY_COLUMNS.length
  );
  headerRow(history, 4, HISTORY_COLUMNS);
  const histRows: ExcelJS.CellValue[][] = [];
  const decision = (year: number, kind: "so" | "tinh"): [string, Date] =>
    kind === "so"
      ? [`${180 + (year % 10) * 7}/QĐ-SKHCN`, dmy(22, 12, year)]
      : [`${3100 + (year % 10) * 37}/QĐ-UBND`, dmy(28, 12, year)];
  for (const p of people) {
    const past = p.past ?? [p.rating, p.rating, p.rating];
    [2021, 2022, 2023].forEach((year, k) => {
      const r = past[k] ?? null;
      if (r === null) return;
      histRows.push([p.code, year, RATING[r], ...decision(year, "so")]);
      if (r === "HTXSNV" || r === "HTTNV")
        histRows.push([p.code, year, T.LDTT, ...decision(year, "so")]);
    });
    for (const year of p.cstdcsYears ?? [])
      histRows.push([p.code, year, T.CSTDCS, ...decision(year, "so")]);
    for (const [year, text] of p.extraHistory ?? []) {
      histRows.push([
        p.code,
        year,
        text,
        ...decision(year, text.includes("UBND") ? "tinh" : "so"),
        // A provincial Bằng khen with its achievement period written as in its decision.
        ...(text === T.BK_TINH ? [year - 1, year, "Công trạng"] : []),
      ]);
    }
  }
  for (const u of UNITS) {
    [2021, 2022, 2023].forEach((year, k) => {
      const r = u.past[k];
      if (r !== undefined) histRows.push([u.code, year, RATING[r], ...decision(year, "so")]);
      const title = u.pastTitles[k];
      if (title !== undefined && title !== "")
        // TTLĐXS is decided by the Chủ tịch UBND tỉnh (rules.md catalogue): a province decision number.
        histRows.push([u.code, year, title, ...decision(year, title === T.TTLDXS ? "tinh" : "so")]);
    });
  }
  histRows.push(["CCTDC", 2022, T.BK_TINH, ...decision(2022, "tinh"), 2021, 2022, "Công trạng"]);
  // CSTĐ cấp tỉnh 2021 rewarded the three years 2019–2021 (its default window, written out).
  histRows.push([
    byTag(people, "G").code,
    2021,
    T.CSTD_TINH,
    ...decision(2021, "tinh"),
    2019,
    2021,
  ]);
  // An award for a one-off achievement (đột xuất) rewards another achievement: it is no ground
  // and blocks nothing, so B's Bằng khen tỉnh of this year still rests on CSTĐCS 2023 and 2024.
  histRows.push([
    byTag(people, "B").code,
    2023,
    T.BK_TINH,
    "1520/QĐ-UBND",
    dmy(12, 7, 2023),
    null,
    null,
    "Đột xuất",
  ]);
  histRows.forEach((r, i) => {
    // Every row as wide as the table, so the optional v2 columns have their borders too.
    dataRow(history, 5 + i, [...r, ...Array<null>(HISTORY_COLUMNS.length - r.length).fill(null)]);
  });
  listValidation(history, "H5:H400", ["Công trạng", "Đột xuất", "Chuyên đề"]);

  // Sáng kiến ---------------------------------------------------------------------------------
  const initiatives = wb.addWorksheet(SHEET.initiatives);
  titleRows(
    initiatives,
    [AGENCY_UPPER, "SÁNG KIẾN, ĐỀ TÀI, GIẢI PHÁP ĐƯỢC CÔNG NHẬN"],
    INITIATIVE_COLUMNS.length
  );
  headerRow(initiatives, 4, INITIATIVE_COLUMNS);
  const initiativeRows: ExcelJS.CellValue[][] = [
    [
      byTag(people, "A").code,
      "Xây dựng hệ thống quản lý hồ sơ nhiệm vụ khoa học và công nghệ trực tuyến của tỉnh",
      "Giải pháp",
      "Tỉnh",
      "2150/QĐ-UBND",
      dmy(18, 9, 2024),
    ],
    [
      byTag(people, "A").code,
      "Số hóa quy trình tiếp nhận, trả kết quả thủ tục hành chính tại Văn phòng Sở",
      "Sáng kiến",
      "Cơ sở",
      "12/QĐ-HĐSK",
      dmy(15, 10, 2023),
    ],
    [
      byTag(people, "G").code,
      "Ứng dụng phần mềm quản lý phương tiện đo nhóm 2 trên địa bàn tỉnh Hà Tĩnh",
      "Giải pháp",
      "Tỉnh",
      "2150/QĐ-UBND",
      dmy(18, 9, 2024),
    ],
    [
      byTag(people, "D").code,
      "Xây dựng cơ sở dữ liệu cung - cầu công nghệ tỉnh Hà Tĩnh",
      "Sáng kiến",
      "Tỉnh",
      "2150/QĐ-UBND",
      dmy(18, 9, 2024),
    ],
    // Recognition not entered yet: it grounds nothing until both cells are filled (a warning).
    [
      byTag(people, "H").code,
      "Cải tiến quy trình kiểm định phương tiện đo khối lượng tại chỗ",
      "Sáng kiến",
      "Cơ sở",
      null,
      null,
    ],
    // Typed as text.
    [
      byTag(people, "M").code,
      "Quy trình thẩm định, tuyển chọn nhiệm vụ khoa học và công nghệ cấp tỉnh theo hướng mở",
      "Sáng kiến",
      "Cơ sở",
      "21/QĐ-HĐSK",
      "14/10/2024",
    ],
    [
      byTag(people, "M").code,
      "Nghiên cứu giải pháp đánh giá hiệu quả ứng dụng kết quả nhiệm vụ khoa học và công nghệ",
      "Đề tài",
      "Tỉnh",
      "1875/QĐ-UBND",
      dmy(25, 8, 2023),
    ],
    [
      byTag(people, "I").code,
      "Nghiên cứu ứng dụng chế phẩm sinh học xử lý phụ phẩm nông nghiệp làm phân bón hữu cơ",
      "Đề tài",
      "Tỉnh",
      "2150/QĐ-UBND",
      dmy(18, 9, 2024),
    ],
    [
      byTag(people, "J").code,
      "Giải pháp nhân giống cây dược liệu bằng nuôi cấy mô tại Trung tâm",
      "Sáng kiến",
      "Cơ sở",
      "21/QĐ-HĐSK",
      dmy(14, 10, 2024),
    ],
    [
      byTag(people, "L").code,
      "Chuẩn hóa hệ thống văn bản nội bộ và lưu trữ điện tử của Sở",
      "Sáng kiến",
      "Cơ sở",
      "12/QĐ-HĐSK",
      dmy(15, 10, 2023),
    ],
    [
      byTag(people, "B").code,
      "Giải pháp lập dự toán kinh phí nhiệm vụ khoa học và công nghệ theo định mức mới",
      "Sáng kiến",
      "Cơ sở",
      "21/QĐ-HĐSK",
      dmy(14, 10, 2024),
    ],
  ];
  initiativeRows.forEach((r, i) => {
    dataRow(initiatives, 5 + i, r);
  });
  listValidation(initiatives, "D5:D200", ["Cơ sở", "Tỉnh", "Toàn quốc"]);

  // Tiêu chí ----------------------------------------------------------------------------------
  const criteria = wb.addWorksheet(SHEET.criteria);
  titleRows(
    criteria,
    [AGENCY_UPPER, `BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM ${YEAR} (THANG ĐIỂM 100)`],
    CRITERIA_COLUMNS.length
  );
  headerRow(criteria, 4, CRITERIA_COLUMNS);
  CRITERIA.forEach((c, i) => {
    dataRow(criteria, 5 + i, [c.code, c.content, c.max, c.kind]);
    if (!c.leaf)
      for (let col = 1; col <= 4; col++)
        criteria.getCell(5 + i, col).font = { name: FONT, size: 12, bold: true };
  });
  criteria.getColumn(2).alignment = { wrapText: true };

  // ĐK-<unit> ---------------------------------------------------------------------------------
  const misspelt = byTag(people, "misspelt");
  const wrongUnit = byTag(people, "wrong-unit");
  for (const u of UNITS) {
    const ws = wb.addWorksheet(`ĐK-${u.code}`, { properties: { tabColor: { argb: "FF70AD47" } } });
    titleRows(
      ws,
      [AGENCY_UPPER, u.name.toUpperCase(), `BẢN ĐĂNG KÝ THI ĐUA NĂM ${YEAR}`],
      PLEDGE_COLUMNS.length
    );
    ws.getCell("B5").value = PLEDGE_LABELS.collectiveTitle;
    ws.getCell("C5").value = u.title === "" ? null : u.title;
    ws.getCell("B6").value = PLEDGE_LABELS.collectiveAward;
    ws.getCell("C6").value = u.award === "" ? null : u.award;
    for (const a of ["B5", "B6"]) ws.getCell(a).font = { name: FONT, size: 12, bold: true };
    for (const a of ["C5", "C6"])
      ws.getCell(a).font = { name: FONT, size: 12, color: { argb: "FF1F4E79" } };
    headerRow(ws, 8, PLEDGE_COLUMNS);
    const members = people.filter((p) => p.unit === u.code && p !== wrongUnit);
    // The person who moved from QLCN was put on the QLKH list by mistake.
    if (u.code === "QLKH") members.push(wrongUnit);
    members.forEach((p, i) => {
      const name =
        p === misspelt
          ? p.name
              .normalize("NFD")
              .replace(/[\u0300-\u036f]/g, "")
              .replace(/đ/g, "d")
              .replace(/Đ/g, "D")
          : p.name;
      dataRow(ws, 9 + i, [
        i + 1,
        p.code,
        name,
        p.title === "" ? null : (p.title ?? null),
        p.award ?? null,
        null,
      ]);
    });
    listValidation(ws, "D9:D100", [T.LDTT, T.CSTDCS, T.CSTD_TINH, "Chiến sĩ thi đua toàn quốc"]);
  }

  // CĐ-<unit> ---------------------------------------------------------------------------------
  for (const u of UNITS) {
    if (u.council === null) continue;
    const scores = unitScores(u, rnd);
    const ws = wb.addWorksheet(`CĐ-${u.code}`, { properties: { tabColor: { argb: "FFED7D31" } } });
    titleRows(
      ws,
      [AGENCY_UPPER, u.name.toUpperCase(), `PHIẾU CHẤM ĐIỂM THI ĐUA NĂM ${YEAR}`],
      SCORE_COLUMNS.length
    );
    headerRow(ws, 5, SCORE_COLUMNS);
    let decimalCommaDone = false;
    CRITERIA.forEach((c, i) => {
      const row = 6 + i;
      const s = scores.get(c.code);
      let self: ExcelJS.CellValue = c.leaf ? (s?.self ?? null) : null;
      let council: ExcelJS.CellValue = c.leaf ? (s?.council ?? null) : null;
      // A self score above the maximum (7 for a 5-point criterion).
      if (u.code === "QLCN" && c.code === "1.4") self = 7;
      // One council score typed as text with a decimal comma.
      if (
        u.code === "TTUD" &&
        !decimalCommaDone &&
        typeof council === "number" &&
        !Number.isInteger(council)
      ) {
        council = String(council).replace(".", ",");
        decimalCommaDone = true;
      }
      const evidence = c.leaf && typeof self === "number" && self > 0 ? evidenceFor(c.code) : null;
      dataRow(ws, row, [c.code, c.content, c.max, self, council, evidence]);
      if (!c.leaf)
        for (let col = 1; col <= 6; col++)
          ws.getCell(row, col).font = { name: FONT, size: 12, bold: true };
    });
    ws.getColumn(2).alignment = { wrapText: true };
  }

  // Bình xét ----------------------------------------------------------------------------------
  const votes = wb.addWorksheet(SHEET.votes, { properties: { tabColor: { argb: "FFC00000" } } });
  titleRows(
    votes,
    [AGENCY_UPPER, `KẾT QUẢ BỎ PHIẾU CỦA HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG NĂM ${YEAR}`],
    VOTE_COLUMNS.length + 1
  );
  headerRow(votes, 4, [...VOTE_COLUMNS, { header: "Tỷ lệ đồng ý", width: 13 }]);
  const voteRows: [string, string, number | null, number][] = [];
  const tally = VOTE_COLUMNS.length + 1; // the formula column after the table's own
  for (const p of people)
    for (const [award, yes] of p.votes ?? [])
      voteRows.push([p.code, award, voteRows.length % 3 === 0 ? 9 : null, yes]);
  voteRows.push(["CCTDC", T.CO_TINH, 9, 8]);
  voteRows.push(["TTUD", T.CO_TINH, 9, 7]);
  voteRows.forEach(([subject, award, members, yes], i) => {
    const row = 5 + i;
    // Round 1 voted the Sở's own CSTĐCS, round 2 what goes to the province; 9 ballots each
    // (the absent member's written vote included).
    const round = award === T.CSTDCS ? 1 : 2;
    dataRow(votes, row, [subject, award, members, yes, round, 9, 9, 9]);
    // A formula column people keep beside the table (extra columns are ignored).
    const cell = votes.getCell(row, tally);
    cell.value = {
      formula: `IF(C${row}="",D${row}/9,D${row}/C${row})`,
      result: yes / (members ?? 9),
    };
    cell.numFmt = "0.0%";
    cell.font = { name: FONT, size: 12 };
    cell.border = BORDER;
  });

  // Hội đồng ----------------------------------------------------------------------------------
  const council = wb.addWorksheet(SHEET.council, {
    properties: { tabColor: { argb: "FFC00000" } },
  });
  titleRows(
    council,
    [AGENCY_UPPER, `THÀNH VIÊN HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG NĂM ${YEAR}`],
    COUNCIL_COLUMNS.length
  );
  headerRow(council, 4, COUNCIL_COLUMNS);
  const headOf = (unit: string): Person | undefined => people.find((p) => p.unit === unit);
  const secretary = headOf("VP");
  const heads = UNITS.map((u) => headOf(u.code))
    .filter((p): p is Person => p !== undefined && p !== secretary)
    .slice(0, 6);
  const members: [string, string, string, string][] = [
    ["Nguyễn Văn Thanh", "Giám đốc Sở", "Chủ tịch", "có"],
    ["Trần Thị Hương", "Phó Giám đốc Sở", "Phó Chủ tịch", "có"],
    // One member away on the day, voting in writing.
    ...heads.map((p, i): [string, string, string, string] => [
      p.name,
      p.pos,
      "Ủy viên",
      i === 3 ? "không" : "có",
    ]),
    [secretary?.name ?? "", secretary?.pos ?? "", "Thư ký", "có"],
  ];
  members.forEach((m, i) => {
    dataRow(council, 5 + i, m);
  });

  return wb;
}

function evidenceFor(code: string): string | null {
  const texts: Readonly<Record<string, string>> = {
    "1.1": "Báo cáo tổng kết công tác năm",
    "1.2": "Danh mục văn bản tham mưu đã ban hành",
    "1.3": "Số liệu Hệ thống thông tin giải quyết TTHC",
    "2.2": "Quyết định công nhận sáng kiến",
    "5.1": "Quyết định khen thưởng đột xuất",
    "5.2": "Quyết định công nhận cấp tỉnh",
    "6.1": "Thông báo chậm tiến độ của Văn phòng UBND tỉnh",
    "6.2": "Quyết định kỷ luật",
  };
  return texts[code] ?? null;
}

/** The sample as deterministic .xlsx bytes (exceljs output re-zipped with fixed time stamps). */
export async function buildSampleBytes(): Promise<Uint8Array> {
  const wb = buildSampleWorkbook();
  const buffer = await wb.xlsx.writeBuffer();
  // exceljs stamps each zip entry with the build time: rewrite every entry for the same bytes twice.
  const bytes = OpcPackage.open(new Uint8Array(buffer)).normaliseAll().toBytes();
  return withSignedDecisions(bytes);
}

/** The Giám đốc Sở's decision on the Sở's own titles, as the secretariat types it in the sample. */
const SO_DECISION = { number: "268/QĐ-SKHCN", date: { year: 2024, month: 12, day: 20 } };

/**
 * The sample's `Quyết định` sheet, made by the program itself from the proposals (issue 11), with
 * what the secretariat types once the Giám đốc Sở has signed: the number, date and result of the
 * titles the Sở decides. Titles decided above the Sở stay blank (still with the province).
 */
async function withSignedDecisions(bytes: Uint8Array): Promise<Uint8Array> {
  const port = XlsxFileAdapter.fromBytes(bytes);
  const made = await createDecisionSheet(port);
  if (made.kind !== "written") throw new Error(`Quyết định: ${unusableReasonText(made.reason)}`);
  const grid = (await port.readSheets([made.sheet])).get(made.sheet) ?? [];
  const headerRow = grid.findIndex((r) => r.includes("Số quyết định"));
  const header = grid[headerRow] ?? [];
  const col = (name: string): number => header.indexOf(name);
  const [authority, number, date, outcome] = [
    "Cấp quyết định",
    "Số quyết định",
    "Ngày quyết định",
    "Kết quả",
  ].map(col);
  const soDecides = awardByKey("GK").decidedBy;
  const serial = excelSerial(SO_DECISION.date);
  const updates: CellUpdate[] = [];
  grid.forEach((row, r) => {
    if (r <= headerRow || row[authority ?? -1] !== soDecides) return;
    const at = (c: number | undefined): string => cellAddress(r, c ?? 0);
    updates.push(
      { sheet: made.sheet, cell: at(number), expected: null, value: SO_DECISION.number },
      { sheet: made.sheet, cell: at(date), expected: null, value: serial },
      { sheet: made.sheet, cell: at(outcome), expected: null, value: "Được khen" }
    );
  });
  const written = await port.writeCells(updates);
  if (written.changedMeanwhile.length > 0) throw new Error("Quyết định: cells not blank");
  return port.toBytes();
}

async function cli(): Promise<void> {
  const out = path.resolve(
    process.argv[2] ?? path.join(__dirname, "..", "..", "assets", "sample-register.xlsx")
  );
  await fs.mkdir(path.dirname(out), { recursive: true });
  await fs.writeFile(out, await buildSampleBytes());
  process.stdout.write(`Đã ghi sổ mẫu: ${out}\n`);
}

if (require.main === module) {
  cli().catch((error: unknown) => {
    process.stderr.write(
      `make-sample: ${error instanceof Error ? error.message : String(error)}\n`
    );
    process.exitCode = 1;
  });
}
