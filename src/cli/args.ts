/** argv → a command, or a usage error (exit status 2) worded in the chosen language. */
import { CLI_TEXTS_VI, type CliTexts } from "./messages/cli-texts";

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
  | { readonly kind: "dossier"; readonly file: string; readonly out: string }
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
    }
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

/** A problem with the command line itself; its message is one line in the chosen language. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

const VALUE_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  init: [],
  check: ["--json"],
  run: ["--json", "--out"],
  sheets: ["--out"],
  dossier: ["--out"],
  demo: ["--dir"],
  decisions: ["--out"],
  report: ["--out", "--kind"],
  "next-year": ["--out"],
  lock: ["--out", "--by"],
  unlock: ["--out", "--by"],
  split: ["--out"],
  merge: ["--out", "--by"],
  rollup: ["--out"],
};

/** How many file arguments each command takes: [at least, at most]; others take exactly one. */
const FILE_COUNTS: Readonly<Record<string, readonly [number, number]>> = {
  demo: [0, 0],
  merge: [2, Infinity],
  rollup: [1, Infinity],
};

/** Options without a value. `--force`: replace an existing file tdkt did not write. */
const FLAG_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  init: [],
  check: ["--force"],
  run: ["--force"],
  sheets: ["--force", "--protect"],
  dossier: [],
  demo: ["--force"],
  decisions: [],
  report: [],
  "next-year": ["--include-undecided"],
  merge: ["--force"],
};

/** An .xlsx/.xlsm/.xls name: `--json` must never name a workbook. */
const WORKBOOK_NAME = /\.xls[xmb]?$/i;

export function parseArgs(argv: readonly string[], t: CliTexts = CLI_TEXTS_VI): Command {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h") || argv[0] === "help") {
    return { kind: "help" };
  }
  if (argv[0] === "--version" || argv[0] === "-v" || argv[0] === "version") {
    return { kind: "version" };
  }
  const [name = "", ...rest] = argv;
  const allowed = VALUE_OPTIONS[name];
  if (allowed === undefined) {
    throw new UsageError(t.args.unknownCommand({ name }));
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
      if (flagsAllowed.includes(key))
        throw new UsageError(t.args.flagTakesNoValue({ option: key }));
      if (!allowed.includes(key))
        throw new UsageError(t.args.unknownOption({ command: name, option: key }));
      const value = eq < 0 ? rest[++i] : arg.slice(eq + 1);
      if (value === undefined || value === "" || (eq < 0 && value.startsWith("--"))) {
        throw new UsageError(t.args.missingValue({ option: key }));
      }
      if (options.has(key)) throw new UsageError(t.args.repeatedOption({ option: key }));
      options.set(key, value);
    } else positional.push(arg);
  }
  const [least, most] = FILE_COUNTS[name] ?? [1, 1];
  if (positional.length > most) {
    throw new UsageError(t.args.extraArguments({ args: positional.slice(most).join(" ") }));
  }
  const file = positional[0];
  if (least >= 1 && file === undefined) {
    throw new UsageError(t.args.missingFile({ command: name }));
  }
  if (positional.length < least) {
    throw new UsageError(t.args.missingUnitFiles({ usage: t.usage.merge }));
  }
  const needOut = (usage: string): string => {
    const out = options.get("--out");
    if (out === undefined) throw new UsageError(t.args.missingOut({ usage }));
    return out;
  };
  const json = options.get("--json") ?? null;
  if (json !== null && WORKBOOK_NAME.test(json)) {
    throw new UsageError(t.args.jsonIsWorkbook({ file: json }));
  }
  const force = flags.has("--force");
  switch (name) {
    case "init":
      return { kind: "init", file: file ?? "" };
    case "check":
      return { kind: "check", file: file ?? "", json, force };
    case "run":
      return {
        kind: "run",
        file: file ?? "",
        out: needOut(t.usage.withOut({ command: name })),
        json,
        force,
      };
    case "sheets": {
      const out = needOut(t.usage.sheets);
      return { kind: "sheets", file: file ?? "", out, protect: flags.has("--protect"), force };
    }
    case "decisions":
      return {
        kind: "decisions",
        file: file ?? "",
        out: needOut(t.usage.withOut({ command: name })),
      };
    case "report": {
      const kindText = options.get("--kind") ?? null;
      const report =
        kindText === "so-ket" ? "mid-year" : kindText === "tong-ket" ? "year-end" : null;
      if (kindText !== null && report === null)
        throw new UsageError(t.args.badReportKind({ kind: kindText }));
      return {
        kind: "report",
        file: file ?? "",
        out: needOut(t.usage.withOut({ command: name })),
        report,
      };
    }
    case "next-year":
      return {
        kind: "next-year",
        file: file ?? "",
        out: needOut(t.usage.withOut({ command: name })),
        includeUndecided: flags.has("--include-undecided"),
      };
    case "lock":
    case "unlock":
      return {
        kind: name,
        file: file ?? "",
        out: needOut(t.usage.withOut({ command: name })),
        by: options.get("--by") ?? null,
      };
    case "split":
      return { kind: "split", file: file ?? "", out: needOut(t.usage.split) };
    case "merge":
      return {
        kind: "merge",
        file: file ?? "",
        returned: positional.slice(1),
        out: needOut(t.usage.merge),
        force: flags.has("--force"),
        by: options.get("--by") ?? null,
      };
    case "rollup":
      return {
        kind: "rollup",
        files: positional,
        out: needOut(t.usage.rollup),
      };
    case "dossier":
      return { kind: "dossier", file: file ?? "", out: needOut(t.usage.dossier) };
    default:
      return { kind: "demo", dir: options.get("--dir") ?? null, force };
  }
}
