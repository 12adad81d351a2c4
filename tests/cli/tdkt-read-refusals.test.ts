/**
 * The reader's refusals on the console (issue 10 item 1): real files made here that the reader
 * refuses (not a zip, an old .xls, a zip cut short, a part declared over the size limit, a FIFO)
 * are exit 2 with one line, worded in English under `--lang en` and, without it, exactly the
 * Vietnamese tdkt has always printed.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ROOT, ensureCliBuilt, runTdkt } from "../helpers/xlsx/build-cli";
import { VIETNAMESE_LETTERS } from "../support/vietnamese-letters";
import { BUILD_TIMEOUT, CHILD_PROCESS_TIMEOUT } from "../support/timeouts";

jest.setTimeout(CHILD_PROCESS_TIMEOUT);

const SAMPLE = path.join(ROOT, "assets", "sample-register.xlsx");
let dir: string;

function tdkt(args: readonly string[]) {
  return runTdkt(args, dir);
}

/** The sample with the first central-directory entry's uncompressed size set to `size`. */
function withDeclaredSize(bytes: Buffer, size: number): Buffer {
  const out = Buffer.from(bytes);
  let end = out.length - 22;
  while (end >= 0 && out.readUInt32LE(end) !== 0x06054b50) end--;
  const cd = out.readUInt32LE(end + 16);
  out.writeUInt32LE(size, cd + 24);
  return out;
}

beforeAll(() => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-refusals-"));
  const sample = fs.readFileSync(SAMPLE);
  fs.writeFileSync(path.join(dir, "text.xlsx"), "Họ và tên;Đơn vị\n");
  fs.writeFileSync(
    path.join(dir, "old.xlsx"),
    Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
    ])
  );
  fs.writeFileSync(path.join(dir, "cut.xlsx"), sample.subarray(0, Math.floor(sample.length / 2)));
  fs.writeFileSync(path.join(dir, "huge.xlsx"), withDeclaredSize(sample, 300 * 1024 * 1024));
  execFileSync("mkfifo", [path.join(dir, "fifo.xlsx")]);
}, BUILD_TIMEOUT);

afterAll(() => {
  if ((dir as string | undefined) !== undefined) fs.rmSync(dir, { recursive: true, force: true });
});

/** The line as printed: tdkt names the file by its full path. */
const printed = (line: string, file: string): string =>
  `${line.replace(`tdkt: ${file}`, `tdkt: ${path.join(dir, file)}`)}\n`;

/** File, today's Vietnamese line, the English line. */
const CASES: readonly (readonly [string, string, string])[] = [
  [
    "text.xlsx",
    "tdkt: text.xlsx: tệp không phải sổ Excel .xlsx",
    "tdkt: text.xlsx: cannot be read (the file is not an Excel .xlsx workbook)",
  ],
  [
    "old.xlsx",
    "tdkt: old.xlsx: tệp là sổ Excel cũ (.xls) hoặc được đặt mật khẩu mở; hãy lưu lại dưới dạng .xlsx không mật khẩu",
    "tdkt: old.xlsx: cannot be read (the file is an old Excel workbook (.xls) or has an opening password; save it as .xlsx without a password)",
  ],
  [
    "cut.xlsx",
    "tdkt: cut.xlsx: tệp .xlsx bị hỏng (không tìm thấy mục lục zip; tệp có thể bị cắt cụt)",
    "tdkt: cut.xlsx: cannot be read (the .xlsx file is damaged (no zip directory found; the file may have been cut short))",
  ],
  [
    "huge.xlsx",
    'tdkt: huge.xlsx: phần "[Content_Types].xml" khi giải nén lớn 300 MB, vượt giới hạn 200 MB cho một phần',
    'tdkt: huge.xlsx: cannot be read (part "[Content_Types].xml" is 300 MB decompressed, over the limit of 200 MB for one part)',
  ],
  [
    "fifo.xlsx",
    "tdkt: fifo.xlsx: không phải tệp thường (thư mục, thiết bị hay đường ống), không đọc được",
    "tdkt: fifo.xlsx: cannot be read (not a regular file (a folder, device or pipe); cannot be read)",
  ],
];

describe("the reader's refusals on the console", () => {
  it.each(CASES)("%s: exit 2 with today's Vietnamese line without --lang", (file, vi) => {
    const r = tdkt(["check", file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(printed(vi, file));
  });

  it.each(CASES)("%s: exit 2 with an English line under --lang en", (file, _vi, en) => {
    const r = tdkt(["check", file, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(printed(en, file));
    expect(r.stderr).not.toMatch(VIETNAMESE_LETTERS);
  });

  it("words a folder given as FILE in the language asked for", () => {
    fs.mkdirSync(path.join(dir, "folder.xlsx"), { recursive: true });
    const vi = tdkt(["check", "folder.xlsx"]);
    const en = tdkt(["check", "folder.xlsx", "--lang", "en"]);
    expect([vi.status, en.status]).toEqual([2, 2]);
    expect(vi.stderr).toMatch(VIETNAMESE_LETTERS);
    expect(en.stderr).toBe(
      `tdkt: ${path.join(dir, "folder.xlsx")} is a folder, not an .xlsx file\n`
    );
    expect(en.stderr).not.toMatch(VIETNAMESE_LETTERS);
  });
});
