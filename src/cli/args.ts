/** argv → a command, or a usage error (exit status 2). */

export type Command =
  | { readonly kind: "help" }
  | { readonly kind: "version" }
  | { readonly kind: "init"; readonly file: string }
  | {
      readonly kind: "check";
      readonly file: string;
      readonly json: string | null;
      readonly force: boolean;
    }
  | {
      readonly kind: "run";
      readonly file: string;
      readonly out: string;
      readonly json: string | null;
      readonly force: boolean;
    }
  | {
      readonly kind: "sheets";
      readonly file: string;
      readonly out: string;
      readonly protect: boolean;
      readonly force: boolean;
    }
  | { readonly kind: "demo"; readonly dir: string | null; readonly force: boolean }
  | { readonly kind: "decisions"; readonly file: string; readonly out: string }
  | {
      readonly kind: "report";
      readonly file: string;
      readonly out: string;
      readonly report: "mid-year" | "year-end" | null;
    }
  | {
      readonly kind: "next-year";
      readonly file: string;
      readonly out: string;
      readonly includeUndecided: boolean;
    };

/** A problem with the command line itself; its message is one Vietnamese line. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

const VALUE_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  init: [],
  check: ["--json"],
  run: ["--json", "--out"],
  sheets: ["--out"],
  demo: ["--dir"],
  decisions: ["--out"],
  report: ["--out", "--kind"],
  "next-year": ["--out"],
};

/** Options without a value. `--force`: replace an existing file tdkt did not write. */
const FLAG_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  init: [],
  check: ["--force"],
  run: ["--force"],
  sheets: ["--force", "--protect"],
  demo: ["--force"],
  decisions: [],
  report: [],
  "next-year": ["--include-undecided"],
};

/** An .xlsx/.xlsm/.xls name: `--json` must never name a workbook. */
const WORKBOOK_NAME = /\.xls[xmb]?$/i;

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h") || argv[0] === "help") {
    return { kind: "help" };
  }
  if (argv[0] === "--version" || argv[0] === "-v" || argv[0] === "version") {
    return { kind: "version" };
  }
  const [name = "", ...rest] = argv;
  const allowed = VALUE_OPTIONS[name];
  if (allowed === undefined) {
    throw new UsageError(
      `lệnh không hợp lệ "${name}" (dùng init, check, sheets, run, decisions, report, next-year hoặc demo; xem tdkt --help)`
    );
  }
  const flagsAllowed = FLAG_OPTIONS[name] ?? [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? "";
    if (flagsAllowed.includes(arg)) {
      flags.add(arg);
      continue;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const key = eq < 0 ? arg : arg.slice(0, eq);
      if (flagsAllowed.includes(key)) throw new UsageError(`${key} không nhận giá trị`);
      if (!allowed.includes(key))
        throw new UsageError(`tùy chọn không hợp lệ cho "${name}": ${key}`);
      const value = eq < 0 ? rest[++i] : arg.slice(eq + 1);
      if (value === undefined || value === "" || (eq < 0 && value.startsWith("--"))) {
        throw new UsageError(`thiếu giá trị sau ${key}`);
      }
      if (options.has(key)) throw new UsageError(`tùy chọn ${key} được nêu hai lần`);
      options.set(key, value);
    } else positional.push(arg);
  }
  const expected = name === "demo" ? 0 : 1;
  if (positional.length > expected) {
    throw new UsageError(`thừa tham số: ${positional.slice(expected).join(" ")}`);
  }
  const file = positional[0];
  if (expected === 1 && file === undefined) {
    throw new UsageError(`thiếu tên tệp: tdkt ${name} TỆP.xlsx`);
  }
  const json = options.get("--json") ?? null;
  if (json !== null && WORKBOOK_NAME.test(json)) {
    throw new UsageError(
      `--json là tệp báo cáo .json, không phải sổ Excel: ${json} (kết quả dạng sổ ghi bằng --out)`
    );
  }
  const force = flags.has("--force");
  switch (name) {
    case "init":
      return { kind: "init", file: file ?? "" };
    case "check":
      return { kind: "check", file: file ?? "", json, force };
    case "run": {
      const out = options.get("--out");
      if (out === undefined)
        throw new UsageError("thiếu --out: tdkt run TỆP.xlsx --out KẾT-QUẢ.xlsx");
      return { kind: "run", file: file ?? "", out, json, force };
    }
    case "sheets": {
      const out = options.get("--out");
      if (out === undefined)
        throw new UsageError("thiếu --out: tdkt sheets TỆP.xlsx --out SỔ-CÓ-PHIẾU.xlsx");
      return { kind: "sheets", file: file ?? "", out, protect: flags.has("--protect"), force };
    }
    case "decisions":
      return { kind: "decisions", file: file ?? "", out: requireOut(options, name) };
    case "report": {
      const kindText = options.get("--kind") ?? null;
      const report =
        kindText === "so-ket" ? "mid-year" : kindText === "tong-ket" ? "year-end" : null;
      if (kindText !== null && report === null)
        throw new UsageError(`--kind phải là so-ket hoặc tong-ket, không phải "${kindText}"`);
      return { kind: "report", file: file ?? "", out: requireOut(options, name), report };
    }
    case "next-year":
      return {
        kind: "next-year",
        file: file ?? "",
        out: requireOut(options, name),
        includeUndecided: flags.has("--include-undecided"),
      };
    default:
      return { kind: "demo", dir: options.get("--dir") ?? null, force };
  }
}

function requireOut(options: ReadonlyMap<string, string>, name: string): string {
  const out = options.get("--out");
  if (out === undefined)
    throw new UsageError(`thiếu --out: tdkt ${name} TỆP.xlsx --out KẾT-QUẢ.xlsx`);
  return out;
}

export const HELP_TEXT = `tdkt — Sổ Thi đua: kiểm tra sổ theo dõi thi đua, chấm điểm, lập danh sách đề nghị khen thưởng

Cách dùng:
  tdkt init TỆP.xlsx                          Tạo sổ trống với đủ các trang nhập liệu
  tdkt check TỆP.xlsx [--json BÁO-CÁO.json]   Kiểm tra sổ, in tóm tắt các lỗi và cảnh báo
  tdkt sheets TỆP.xlsx --out SỔ-CÓ-PHIẾU.xlsx [--protect]
                                              Tạo phiếu: mỗi đơn vị một trang đăng ký (ĐK-) và
                                              một trang chấm điểm (CĐ-); --protect khoá trang,
                                              chỉ để mở các ô nhập liệu (TỆP.xlsx giữ nguyên)
  tdkt run TỆP.xlsx --out KẾT-QUẢ.xlsx [--json BÁO-CÁO.json]
                                              Chấm điểm, xếp hạng, lập danh sách đề nghị;
                                              ghi ra KẾT-QUẢ.xlsx (TỆP.xlsx giữ nguyên)
  tdkt decisions TỆP.xlsx --out KẾT-QUẢ.xlsx   Tạo (hoặc tạo lại) trang Quyết định từ danh sách đề nghị,
                                              giữ nguyên số, ngày, kết quả đã nhập; tính tiền thưởng
  tdkt report TỆP.xlsx --out KẾT-QUẢ.xlsx [--kind so-ket|tong-ket]
                                              Báo cáo sơ kết / tổng kết kèm biểu đồ
  tdkt next-year TỆP.xlsx --out NĂM-SAU.xlsx [--include-undecided]
                                              Sổ của năm sau: giữ cấu hình, đơn vị, cán bộ, tiêu chí,
                                              sáng kiến; Lịch sử thêm xếp loại và khen thưởng năm nay
  tdkt demo [--dir THƯ-MỤC]                   Chạy thử trên sổ mẫu kèm theo (mặc định ./tdkt-demo)
  tdkt --help | --version

--out và --json không ghi đè tệp đã có mà tdkt không ghi ra (ví dụ sổ của bạn);
thêm --force nếu thật sự muốn ghi đè.

Mã thoát: 0 = sổ không có lỗi; 1 = sổ có lỗi (báo cáo và tệp kết quả vẫn được ghi);
          2 = không dùng được đầu vào (không có tệp, không phải .xlsx, thiếu trang bắt buộc, sai tham số).
`;
