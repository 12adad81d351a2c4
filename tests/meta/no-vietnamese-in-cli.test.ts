/**
 * Issue 10 item 1: what `tdkt` prints itself is worded in its console catalogue
 * (src/cli/messages/cli-texts.{vi,en}.ts), so every command can follow `--lang`. No other file of
 * src/cli holds Vietnamese in a string or template (comments may); the English catalogue quotes
 * the register's own words (sheet names, setting labels), as the domain's English catalogues do.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { vietnameseLiterals } from "../support/vietnamese-literals";

const CLI = path.resolve(__dirname, "..", "..", "src", "cli");

/** The files whose Vietnamese is the catalogue, with why. */
const ALLOWED: Readonly<Record<string, string>> = {
  "messages/cli-texts.vi.ts": "the console catalogue",
  "messages/cli-texts.en.ts":
    "the English console catalogue: the register's own words stay as the register writes them",
};

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

describe("no Vietnamese prose in the command line's code", () => {
  const hits = files(CLI).flatMap((file) => {
    const name = path.relative(CLI, file).split(path.sep).join("/");
    return vietnameseLiterals(fs.readFileSync(file, "utf8"), file).map((h) => ({ name, ...h }));
  });

  it("finds what it looks for (the catalogue is full of it)", () => {
    expect(hits.filter((h) => h.name === "messages/cli-texts.vi.ts").length).toBeGreaterThan(50);
  });

  it("keeps Vietnamese out of src/cli but for the catalogue", () => {
    const stray = hits
      .filter((h) => !(h.name in ALLOWED))
      .map((h) => `src/cli/${h.name}:${h.line}: ${JSON.stringify(h.text)}`);
    expect(stray).toEqual([]);
  });

  it("lists only files that exist", () => {
    expect(Object.keys(ALLOWED).filter((f) => !fs.existsSync(path.join(CLI, f)))).toEqual([]);
  });
});
