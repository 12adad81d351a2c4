/**
 * A rule parameter: a number or text a rule uses, with its default, its legal source and the
 * Vietnamese label under which `Cấu hình` may override it. Values are parsed here so that every
 * rule sees a clean value (shares as fractions, months as numbers, discipline as a known form).
 */
import type { DateOnly } from "../model";
import { disciplineLevel } from "./discipline";
import { formatNumberVi, formatPercentVi } from "./format-vi";

export const PARAMETER_KINDS = [
  "share",
  "optionalShare",
  "count",
  "score",
  "discipline",
  "codeList",
  "yesNo",
] as const;

/**
 * - share: a fraction 0–1, typed as "80%", "80", 0.8 or "0,8";
 * - optionalShare: a share, or empty/"không" for none (quotas);
 * - count: a whole number ≥ 0 (months, years);
 * - score: a number ≥ 0 (classification bands);
 * - discipline: a disciplinary form of the ladder ("Khiển trách", "Cảnh cáo", …);
 * - codeList: criterion codes separated by ";" or "," (tie-break keys), or empty;
 * - yesNo: "có" (1) or "không" (0).
 */
export type ParameterKind = (typeof PARAMETER_KINDS)[number];

export type ParameterValue = number | string | null;

/** Parameter id → value. Shares are fractions (0.8 = 80 %). */
export type ParameterValues = Readonly<Record<string, ParameterValue>>;

export interface ParameterDefinition {
  /** Stable id used by rules, e.g. "cstdcsVoteShare". */
  readonly id: string;
  /** The `Tham số` label in `Cấu hình`, e.g. "Tỷ lệ phiếu CSTĐCS". */
  readonly label: string;
  /** Other labels accepted for the same parameter. */
  readonly aliases?: readonly string[];
  readonly kind: ParameterKind;
  readonly defaultValue: ParameterValue;
  /** Bounds for count and score parameters (e.g. months 0–12). */
  readonly min?: number;
  readonly max?: number;
  /** One line: where the default comes from. */
  readonly source: string;
}

/** A typed value, or a Vietnamese explanation of what was expected. */
export type ParsedParameter =
  { readonly ok: true; readonly value: ParameterValue } | { readonly ok: false };

const NONE_WORDS = new Set(["", "không", "khong", "none", "-", "không giới hạn"]);

function parseNumber(raw: string | number): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  const text = raw.trim().replace(/\s+/g, "");
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return null;
  return Number(text.replace(",", "."));
}

function parseShare(raw: string | number): number | null {
  if (typeof raw === "string" && raw.trim().endsWith("%")) {
    const n = parseNumber(raw.trim().slice(0, -1));
    return n === null ? null : n / 100;
  }
  const n = parseNumber(raw);
  if (n === null) return null;
  // 0.8 and 80 both mean 80 %: a number above 1 can only be a percentage.
  return n > 1 ? n / 100 : n;
}

/** Parses a `Cấu hình` value for a parameter. */
export function parseParameterValue(
  definition: ParameterDefinition,
  raw: string | number | DateOnly
): ParsedParameter {
  const parsed = parseByKind(definition.kind, raw);
  if (!parsed.ok || typeof parsed.value !== "number") return parsed;
  const { min, max } = definition;
  if ((min !== undefined && parsed.value < min) || (max !== undefined && parsed.value > max)) {
    return { ok: false };
  }
  return parsed;
}

function parseByKind(kind: ParameterKind, raw: string | number | DateOnly): ParsedParameter {
  if (typeof raw === "object") return { ok: false };
  const text = typeof raw === "string" ? raw.trim() : raw;
  switch (kind) {
    case "share":
    case "optionalShare": {
      if (
        kind === "optionalShare" &&
        typeof text === "string" &&
        NONE_WORDS.has(text.toLocaleLowerCase("vi"))
      ) {
        return { ok: true, value: null };
      }
      const share = parseShare(text);
      if (share === null || share < 0 || share > 1) return { ok: false };
      return { ok: true, value: share };
    }
    case "count": {
      const n = parseNumber(text);
      if (n === null || n < 0 || !Number.isInteger(n)) return { ok: false };
      return { ok: true, value: n };
    }
    case "score": {
      const n = parseNumber(text);
      if (n === null || n < 0) return { ok: false };
      return { ok: true, value: n };
    }
    case "discipline": {
      const level = disciplineLevel(String(text));
      return level === null ? { ok: false } : { ok: true, value: level };
    }
    case "yesNo": {
      const word = String(text).trim().toLocaleLowerCase("vi");
      if (["có", "co", "1", "x", "yes", "true"].includes(word)) return { ok: true, value: 1 };
      if (["không", "khong", "0", "no", "false", "-"].includes(word)) return { ok: true, value: 0 };
      return { ok: false };
    }
    case "codeList": {
      const codes = String(text)
        .split(/[;,]/)
        .map((c) => c.trim())
        .filter((c) => c !== "");
      return { ok: true, value: codes.length === 0 ? null : codes.join(";") };
    }
  }
}

/** A value as a person reads it in a message: 0.8 → "80%", null → "không giới hạn". */
export function describeParameterValue(kind: ParameterKind, value: ParameterValue): string {
  if (value === null) return kind === "codeList" ? "không có" : "không giới hạn";
  if (kind === "yesNo") return value === 1 ? "có" : "không";
  if (typeof value === "number")
    return kind === "share" || kind === "optionalShare"
      ? formatPercentVi(value)
      : formatNumberVi(value);
  return value;
}
