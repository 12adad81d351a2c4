/**
 * `tdkt lock`, `unlock`, `split`, `merge` and `rollup` (issue 12): units' files out and back, the
 * council's lock and the province's roll-up. Like `run`, none of them changes its input files.
 */
import { promises as fs } from "node:fs";
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
import { assertFolderFor, openWorkbook, sameFile, UnusableInput, type CliIo } from "./main";
import type { CliTexts } from "./messages/cli-texts";
import { systemUser } from "./system-user";

async function assertDistinct(
  file: string,
  out: string,
  command: string,
  t: CliTexts
): Promise<void> {
  if (await sameFile(file, out)) throw new UsageError(t.sameFile.outNotInput({ command }));
  await assertFolderFor(out, t);
}

export async function lockCommand(
  command: {
    readonly kind: "lock" | "unlock";
    readonly file: string;
    readonly out: string;
    readonly by: string | null;
  },
  io: CliIo
): Promise<number> {
  const t = io.texts;
  await assertDistinct(command.file, command.out, command.kind, t);
  const port = await openWorkbook(command.file, t);
  const options = { time: formatLogTime(new Date()), hostUser: command.by ?? systemUser() };
  if (command.kind === "lock") {
    const outcome = await lockResults(port, options);
    switch (outcome.kind) {
      case "unusable":
        throw new UnusableRegister(command.file, outcome.reason);
      case "unsupported":
        throw new UnusableInput(t.lock.cannotWrite);
      case "already-locked":
        throw new UnusableInput(
          t.lock.alreadyLocked({
            file: command.file,
            lockedAt: outcome.lockedAt,
            fingerprint: outcome.fingerprint,
          })
        );
      case "locked": {
        await port.save(command.out);
        const lines = t.lock.locked({
          values: outcome.values,
          fingerprint: outcome.fingerprint,
          by: outcome.by === "" ? null : outcome.by,
          out: command.out,
        });
        io.out(`${lines.join("\n")}\n`);
        return 0;
      }
    }
  }
  const outcome = await unlockResults(port, options);
  switch (outcome.kind) {
    case "unsupported":
      throw new UnusableInput(t.lock.cannotEdit);
    case "not-locked":
      throw new UnusableInput(t.lock.notLocked({ file: command.file }));
    case "unlocked": {
      await port.save(command.out);
      const lines = t.lock.unlocked({ fingerprint: outcome.fingerprint, out: command.out });
      io.out(`${lines.join("\n")}\n`);
      return 0;
    }
  }
}

export async function splitCommand(
  file: string,
  out: string,
  io: CliIo,
  language: Language = "vi"
): Promise<number> {
  const t = io.texts;
  let stat;
  try {
    stat = await fs.stat(out);
  } catch {
    throw new UnusableInput(t.split.noFolder({ folder: out }));
  }
  if (!stat.isDirectory()) throw new UnusableInput(t.split.notFolder({ folder: out }));
  const port = await openWorkbook(file, t);
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
  const said = [
    t.split.exported({ count: outcome.files.length }),
    ...lines,
    t.split.next({ file: path.basename(file) }),
  ];
  io.out(`${said.join("\n")}\n`);
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
  io: CliIo,
  language: Language = "vi"
): Promise<number> {
  const t = io.texts;
  await assertDistinct(command.file, command.out, "merge", t);
  for (const returned of command.returned) {
    if (await sameFile(returned, command.out)) throw new UsageError(t.sameFile.outNotUnitFile);
  }
  const port = await openWorkbook(command.file, t);
  const returned: ReturnedFile[] = [];
  for (const file of command.returned) {
    const unitFile = await openWorkbook(file, t);
    const names = await unitFile.listSheets();
    returned.push({ file: path.basename(file), grids: await unitFile.readSheets(names) });
  }
  const outcome = await mergeUnitFiles(port, returned, {
    force: command.force,
    time: formatLogTime(new Date()),
    hostUser: command.by ?? systemUser(),
    language,
  });
  if (outcome.kind === "unsupported") throw new UnusableInput(t.merge.cannotWrite);
  await port.save(command.out);
  const lines = [
    t.merge.heading,
    ...outcome.files.map((f) =>
      t.merge.file({
        file: f.file,
        cells: f.accepted ? (outcome.written.get(f.file) ?? 0) : null,
        unit: f.unit,
      })
    ),
  ];
  const errors = outcome.findings.filter((f) => f.severity === "error");
  const warnings = outcome.findings.filter((f) => f.severity === "warning");
  lines.push(t.merge.problems({ errors: errors.length, warnings: warnings.length }));
  for (const f of [...errors, ...warnings].slice(0, 20)) {
    lines.push(
      t.merge.finding({ error: f.severity === "error", text: mergeFindingText(f, language) })
    );
  }
  if (errors.length + warnings.length > 20) {
    lines.push(t.merge.more({ more: errors.length + warnings.length - 20 }));
  }
  if (outcome.createdSheets.length > 0)
    lines.push(t.merge.createdSheets({ sheets: outcome.createdSheets.join(", ") }));
  lines.push(t.merge.written({ out: command.out }));
  io.out(`${lines.join("\n")}\n`);
  return errors.length > 0 ? 1 : 0;
}

export async function rollupCommand(
  files: readonly string[],
  out: string,
  io: CliIo,
  language: Language = "vi"
): Promise<number> {
  const t = io.texts;
  for (const file of files) {
    if (await sameFile(file, out)) throw new UsageError(t.sameFile.outNotRegister);
  }
  await assertFolderFor(out, t);
  const registers: RegisterFile[] = [];
  for (const file of files) {
    registers.push({ file: path.basename(file), port: await openWorkbook(file, t) });
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
    t.rollup.read({ count: files.length }),
    ...rollup.lists.map((l) =>
      t.rollup.list({
        authority: l.authority,
        count: l.rows.length,
        duplicates: l.rows.some((r) => r.duplicate !== null)
          ? l.rows.filter((r) => r.duplicate?.kind === "of").length
          : null,
      })
    ),
  ];
  if (rollup.lists.length === 0) lines.push(t.rollup.none);
  for (const f of rollup.files) {
    if (f.unusable !== null)
      lines.push(
        t.rollup.unusable({ file: f.file, reason: unusableReasonText(f.unusable, language) })
      );
    if (f.repeats !== null) lines.push(t.rollup.repeats({ file: f.file, other: f.repeats }));
  }
  lines.push(t.rollup.written({ out }));
  io.out(`${lines.join("\n")}\n`);
  return rollup.files.some((f) => f.unusable !== null) ? 1 : 0;
}
