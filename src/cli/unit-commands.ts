/**
 * `tdkt lock`, `unlock`, `split`, `merge` and `rollup` (issue 12): units' files out and back, the
 * council's lock and the province's roll-up. Like `run`, none of them changes its input files.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { XlsxFileAdapter } from "../adapters/xlsx/xlsx-file.adapter";
import { lockResults, unlockResults } from "../app/lock-results";
import { rollupRegisters, type RegisterFile } from "../app/rollup-registers";
import { mergeUnitFiles, splitUnitFiles } from "../app/unit-files";
import type { ReturnedFile } from "../domain/unit-files/plan-merge";
import { formatLogTime } from "../domain/integrity/audit-log";
import type { Language } from "../domain/messages/language";
import { mergeFindingText } from "../domain/messages/merge-finding-text";
import { sheetTexts } from "../domain/messages/sheet-texts";
import { UsageError } from "./args";
import { unusableReasonText } from "../domain/messages/unusable-reason-text";
import { UnusableRegister } from "./unusable-register";
import { assertFolderFor, openWorkbook, sameFile, UnusableInput, type Io } from "./main";

/** Who acts when neither --by nor `Cấu hình` says: the system user. */
export function systemUser(): string | null {
  try {
    return os.userInfo().username;
  } catch {
    return null;
  }
}

async function assertDistinct(file: string, out: string, command: string): Promise<void> {
  if (await sameFile(file, out)) {
    throw new UsageError(`--out phải khác tệp đầu vào (tdkt ${command} không sửa tệp đầu vào)`);
  }
  await assertFolderFor(out);
}

export async function lockCommand(
  command: {
    readonly kind: "lock" | "unlock";
    readonly file: string;
    readonly out: string;
    readonly by: string | null;
  },
  io: Io
): Promise<number> {
  await assertDistinct(command.file, command.out, command.kind);
  const port = await openWorkbook(command.file);
  const options = { time: formatLogTime(new Date()), hostUser: command.by ?? systemUser() };
  if (command.kind === "lock") {
    const outcome = await lockResults(port, options);
    switch (outcome.kind) {
      case "unusable":
        throw new UnusableRegister(command.file, outcome.reason);
      case "unsupported":
        throw new UnusableInput("không ghi được bản ghi khóa vào tệp này");
      case "already-locked":
        throw new UnusableInput(
          `${command.file}: kết quả đã được khóa lúc ${outcome.lockedAt} (dấu vân tay ${outcome.fingerprint}); hãy mở khóa trước khi khóa lại`
        );
      case "locked":
        await port.save(command.out);
        io.out(
          `Đã khóa kết quả: ${outcome.values} giá trị (Tiêu chí, CĐ-…, Bình xét, xếp loại).\n` +
            `Dấu vân tay SHA-256: ${outcome.fingerprint}\n` +
            `Người thực hiện: ${outcome.by === "" ? "(chưa rõ)" : outcome.by}. Đã ghi Nhật ký.\n` +
            `Đã ghi ${command.out}.\n`
        );
        return 0;
    }
  }
  const outcome = await unlockResults(port, options);
  switch (outcome.kind) {
    case "unsupported":
      throw new UnusableInput("không sửa được bản ghi khóa trong tệp này");
    case "not-locked":
      throw new UnusableInput(`${command.file}: kết quả chưa được khóa`);
    case "unlocked":
      await port.save(command.out);
      io.out(
        `Đã mở khóa kết quả (dấu vân tay lúc khóa: ${outcome.fingerprint}). Đã ghi Nhật ký.\n` +
          `Đã ghi ${command.out}.\n`
      );
      return 0;
  }
}

export async function splitCommand(
  file: string,
  out: string,
  io: Io,
  language: Language = "vi"
): Promise<number> {
  let stat;
  try {
    stat = await fs.stat(out);
  } catch {
    throw new UnusableInput(`không có thư mục ${out} để ghi phiếu đơn vị`);
  }
  if (!stat.isDirectory()) throw new UnusableInput(`${out} không phải thư mục`);
  const port = await openWorkbook(file);
  const outcome = await splitUnitFiles(port, language);
  if (outcome.kind === "unusable") throw new UnusableRegister(file, outcome.reason);
  const lines: string[] = [];
  for (const unitFile of outcome.files) {
    const target = path.join(out, unitFile.fileName);
    const workbook = XlsxFileAdapter.blank();
    await workbook.createSheets(unitFile.sheets);
    await workbook.save(target);
    lines.push(`  ${unitFile.unit.padEnd(8)} ${unitFile.unitName} → ${target}`);
  }
  io.out(
    `Đã xuất ${outcome.files.length} phiếu đơn vị (chỉ các ô nền vàng được điền):\n${lines.join("\n")}\n` +
      `Khi các đơn vị gửi lại: tdkt merge "${path.basename(file)}" PHIẾU.xlsx… --out KẾT-QUẢ.xlsx\n`
  );
  return 0;
}

export async function mergeCommand(
  command: {
    readonly file: string;
    readonly returned: readonly string[];
    readonly out: string;
    readonly force: boolean;
    readonly by: string | null;
  },
  io: Io,
  language: Language = "vi"
): Promise<number> {
  await assertDistinct(command.file, command.out, "merge");
  for (const returned of command.returned) {
    if (await sameFile(returned, command.out)) {
      throw new UsageError("--out phải khác các tệp phiếu đơn vị");
    }
  }
  const port = await openWorkbook(command.file);
  const returned: ReturnedFile[] = [];
  for (const file of command.returned) {
    const unitFile = await openWorkbook(file);
    const names = await unitFile.listSheets();
    returned.push({ file: path.basename(file), grids: await unitFile.readSheets(names) });
  }
  const outcome = await mergeUnitFiles(port, returned, {
    force: command.force,
    time: formatLogTime(new Date()),
    hostUser: command.by ?? systemUser(),
    language,
  });
  if (outcome.kind === "unsupported") throw new UnusableInput("không ghi được vào tệp này");
  await port.save(command.out);
  const lines = outcome.files.map(
    (f) =>
      `  ${f.file}: ${f.accepted ? `đã gộp ${outcome.written.get(f.file) ?? 0} ô` : "không gộp"}` +
      (f.unit === null ? "" : ` (đơn vị ${f.unit})`)
  );
  const errors = outcome.findings.filter((f) => f.severity === "error");
  const warnings = outcome.findings.filter((f) => f.severity === "warning");
  lines.push(`Vấn đề: ${errors.length} lỗi, ${warnings.length} cảnh báo.`);
  for (const f of [...errors, ...warnings].slice(0, 20)) {
    lines.push(
      `  [${f.severity === "error" ? "Lỗi" : "Cảnh báo"}] ${mergeFindingText(f, language)}`
    );
  }
  if (errors.length + warnings.length > 20) {
    lines.push(`  … và ${errors.length + warnings.length - 20} vấn đề khác (xem trang Gộp phiếu).`);
  }
  if (outcome.createdSheets.length > 0)
    lines.push(`Đã tạo trang: ${outcome.createdSheets.join(", ")}.`);
  lines.push(`Đã ghi ${command.out} (báo cáo ở trang Gộp phiếu; đã ghi Nhật ký).`);
  io.out(`Gộp phiếu đơn vị:\n${lines.join("\n")}\n`);
  return errors.length > 0 ? 1 : 0;
}

export async function rollupCommand(
  files: readonly string[],
  out: string,
  io: Io,
  language: Language = "vi"
): Promise<number> {
  for (const file of files) {
    if (await sameFile(file, out)) {
      throw new UsageError("--out phải khác các sổ đầu vào (tdkt rollup không sửa sổ nào)");
    }
  }
  await assertFolderFor(out);
  const registers: RegisterFile[] = [];
  for (const file of files) {
    registers.push({ file: path.basename(file), port: await openWorkbook(file) });
  }
  const workbook = XlsxFileAdapter.blank();
  const rollup = await rollupRegisters(
    registers,
    workbook,
    sheetTexts(language).rollup.title({
      registers: files.length,
      date: formatLogTime(new Date()).slice(0, 10),
    }),
    language
  );
  await workbook.save(out);
  const lines = [
    `Đã đọc ${files.length} sổ; đề nghị vượt thẩm quyền Sở:`,
    ...rollup.lists.map(
      (l) =>
        `  ${l.authority}: ${l.rows.length} đề nghị` +
        (l.rows.some((r) => r.duplicate !== null)
          ? ` (${l.rows.filter((r) => r.duplicate?.kind === "of").length} trùng)`
          : "")
    ),
  ];
  if (rollup.lists.length === 0) lines.push("  (không có)");
  for (const f of rollup.files) {
    if (f.unusable !== null)
      lines.push(`Không đọc được ${f.file}: ${unusableReasonText(f.unusable, language)}`);
    if (f.repeats !== null) lines.push(`${f.file} trùng sổ với ${f.repeats}: không lấy lại.`);
  }
  lines.push(`Đã ghi ${out}.`);
  io.out(`${lines.join("\n")}\n`);
  return rollup.files.some((f) => f.unusable !== null) ? 1 : 0;
}
