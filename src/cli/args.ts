/** argv → a command, or a usage error (exit status 2). */

export type Command =
  | { readonly kind: "help" }
  | { readonly kind: "version" }
  | { readonly kind: "init"; readonly file: string }
  | { readonly kind: "check"; readonly file: string; readonly json: string | null }
  | {
      readonly kind: "run";
      readonly file: string;
      readonly out: string;
      readonly json: string | null;
    }
  | { readonly kind: "demo"; readonly dir: string | null }
  | {
      readonly kind: "lock" | "unlock";
      readonly file: string;
      readonly out: string;
      readonly by: string | null;
    }
  | { readonly kind: "split"; readonly file: string; readonly out: string }
  | {
      readonly kind: "merge";
      readonly file: string;
      readonly returned: readonly string[];
      readonly out: string;
      readonly force: boolean;
      readonly by: string | null;
    }
  | { readonly kind: "rollup"; readonly files: readonly string[]; readonly out: string };

/** A problem with the command line itself; its message is one Vietnamese line. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

const VALUE_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  init: [],
  check: ["--json"],
  run: ["--json", "--out"],
  demo: ["--dir"],
  lock: ["--out", "--by"],
  unlock: ["--out", "--by"],
  split: ["--out"],
  merge: ["--out", "--by"],
  rollup: ["--out"],
};

/** Options that take no value. */
const FLAG_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  merge: ["--force"],
};

/** How many file arguments each command takes: [at least, at most]. */
const FILE_COUNTS: Readonly<Record<string, readonly [number, number]>> = {
  demo: [0, 0],
  merge: [2, Infinity],
  rollup: [1, Infinity],
};

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
      `lệnh không hợp lệ "${name}" (dùng init, check, run, demo, split, merge, lock, hoặc unlock; xem tdkt --help)`
    );
  }
  const options = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? "";
    if ((FLAG_OPTIONS[name] ?? []).includes(arg)) {
      flags.add(arg);
    } else if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const key = eq < 0 ? arg : arg.slice(0, eq);
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
  const [least, most] = FILE_COUNTS[name] ?? [1, 1];
  if (positional.length > most) {
    throw new UsageError(`thừa tham số: ${positional.slice(most).join(" ")}`);
  }
  const file = positional[0];
  if (least >= 1 && file === undefined) {
    throw new UsageError(`thiếu tên tệp: tdkt ${name} TỆP.xlsx`);
  }
  if (positional.length < least) {
    throw new UsageError(
      `thiếu tệp phiếu đơn vị: tdkt merge SỔ.xlsx PHIẾU.xlsx… --out KẾT-QUẢ.xlsx`
    );
  }
  const needOut = (usage: string): string => {
    const out = options.get("--out");
    if (out === undefined) throw new UsageError(`thiếu --out: ${usage}`);
    return out;
  };
  switch (name) {
    case "init":
      return { kind: "init", file: file ?? "" };
    case "check":
      return { kind: "check", file: file ?? "", json: options.get("--json") ?? null };
    case "run": {
      const out = options.get("--out");
      if (out === undefined)
        throw new UsageError("thiếu --out: tdkt run TỆP.xlsx --out KẾT-QUẢ.xlsx");
      return { kind: "run", file: file ?? "", out, json: options.get("--json") ?? null };
    }
    case "lock":
    case "unlock":
      return {
        kind: name,
        file: file ?? "",
        out: needOut(`tdkt ${name} TỆP.xlsx --out KẾT-QUẢ.xlsx`),
        by: options.get("--by") ?? null,
      };
    case "split":
      return { kind: "split", file: file ?? "", out: needOut("tdkt split SỔ.xlsx --out THƯ-MỤC") };
    case "merge":
      return {
        kind: "merge",
        file: file ?? "",
        returned: positional.slice(1),
        out: needOut("tdkt merge SỔ.xlsx PHIẾU.xlsx… --out KẾT-QUẢ.xlsx"),
        force: flags.has("--force"),
        by: options.get("--by") ?? null,
      };
    case "rollup":
      return {
        kind: "rollup",
        files: positional,
        out: needOut("tdkt rollup SỔ-1.xlsx SỔ-2.xlsx… --out TỔNG-HỢP.xlsx"),
      };
    default:
      return { kind: "demo", dir: options.get("--dir") ?? null };
  }
}

export const HELP_TEXT = `tdkt — Sổ Thi đua: kiểm tra sổ theo dõi thi đua, chấm điểm, lập danh sách đề nghị khen thưởng

Cách dùng:
  tdkt init TỆP.xlsx                          Tạo sổ trống với đủ các trang nhập liệu
  tdkt check TỆP.xlsx [--json BÁO-CÁO.json]   Kiểm tra sổ, in tóm tắt các lỗi và cảnh báo
  tdkt run TỆP.xlsx --out KẾT-QUẢ.xlsx [--json BÁO-CÁO.json]
                                              Chấm điểm, xếp hạng, lập danh sách đề nghị;
                                              ghi ra KẾT-QUẢ.xlsx (TỆP.xlsx giữ nguyên)
  tdkt demo [--dir THƯ-MỤC]                   Chạy thử trên sổ mẫu kèm theo (mặc định ./tdkt-demo)
  tdkt split SỔ.xlsx --out THƯ-MỤC            Xuất phiếu đơn vị: mỗi đơn vị một tệp để gửi đi
  tdkt merge SỔ.xlsx PHIẾU.xlsx… --out KẾT-QUẢ.xlsx [--force] [--by TÊN]
                                              Gộp phiếu đơn vị gửi về vào sổ (--force: lấy giá
                                              trị của đơn vị cả ở các ô xung đột)
  tdkt lock SỔ.xlsx --out KẾT-QUẢ.xlsx [--by TÊN]
                                              Khóa kết quả sau cuộc họp Hội đồng (dấu vân tay SHA-256)
  tdkt unlock SỔ.xlsx --out KẾT-QUẢ.xlsx [--by TÊN]
                                              Mở khóa kết quả (ghi vào Nhật ký)
  tdkt rollup SỔ-1.xlsx SỔ-2.xlsx… --out TỔNG-HỢP.xlsx
                                              Tổng hợp đề nghị trình cấp trên từ nhiều sổ,
                                              mỗi cấp quyết định một danh sách
  tdkt --help | --version

Mã thoát: 0 = sổ không có lỗi; 1 = sổ có lỗi (báo cáo và tệp kết quả vẫn được ghi);
          2 = không dùng được đầu vào (không có tệp, không phải .xlsx, thiếu trang bắt buộc, sai tham số).
`;
