/**
 * LibreOffice Calc, when installed, as a second reader of the packages tdkt writes: it refuses to
 * load a workbook whose workbook-level XML is broken (a truncated workbook.xml, a duplicated
 * attribute), and it refuses broken charts. Machines without it skip what needs it.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/**
 * Converts `probe` and `files` to `format` ("csv", "pdf": also the extension LibreOffice gives)
 * into `outDir` with one headless LibreOffice process, and returns the files it converted; null
 * when LibreOffice Calc is not here (no `soffice`, or only LibreOffice's core: the probe, a file
 * known good, is not converted). Files must have distinct base names. A LibreOffice that runs
 * past `timeoutMs` is killed and the call throws.
 */
export function convertWithCalc(
  probe: string,
  files: readonly string[],
  outDir: string,
  format: string,
  timeoutMs: number
): Set<string> | null {
  try {
    execFileSync(
      "soffice",
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=file://${path.join(outDir, "lo-profile")}`,
        "--convert-to",
        format,
        "--outdir",
        outDir,
        probe,
        ...files,
      ],
      { timeout: timeoutMs, killSignal: "SIGKILL", stdio: "ignore" }
    );
  } catch (error: unknown) {
    const { code, signal } = error as { code?: string; signal?: string | null };
    if (code === "ENOENT") return null;
    // A file it could not load can make the exit status non-zero; a kill is a hang.
    if (typeof signal === "string") throw error;
  }
  const converted = (file: string): boolean =>
    fs.existsSync(path.join(outDir, `${path.parse(file).name}.${format}`));
  if (!converted(probe)) return null;
  return new Set(files.filter(converted));
}
