/**
 * Rule parameters for one run: every parameter of the rulebook at its default, overridden by the
 * `Cấu hình` row whose `Tham số` is the parameter's Vietnamese label (or an accepted alias).
 */
import { SHEET } from "../codec/register-layout";
import type { Issue } from "../issue";
import { createIssue } from "../messages/create-issue";
import type { SettingValue, Settings } from "../model";
import { foldKey } from "../text/normalize";
import { DEFAULT_RULEBOOK } from "./default-rulebook";
import { DISCIPLINE_LEVELS } from "./discipline";
import {
  parseParameterValue,
  type ParameterDefinition,
  type ParameterValue,
  type ParameterValues,
} from "./parameter-definition";
import { defaultsOf, type Rulebook } from "./rule-definition";

export type { ParameterValues };

/** Defaults by parameter id. Shares are fractions (0.8 = 80 %). */
export const DEFAULT_PARAMETER_VALUES: ParameterValues = defaultsOf(DEFAULT_RULEBOOK.parameters);

const SETTINGS_SHEET = SHEET.settings;

function invalid(definition: ParameterDefinition, shown: string, cell: string): Issue {
  const fallback = definition.defaultValue;
  return createIssue(
    "error",
    "parameter-invalid",
    {
      cell,
      parameter: definition.id,
      label: definition.label,
      value: shown,
      kind: definition.kind,
      fallback: fallback ?? "",
      accepted: definition.kind === "discipline" ? DISCIPLINE_LEVELS.join(", ") : "",
      min: definition.min ?? "",
      max: definition.max ?? "",
    },
    { sheet: SETTINGS_SHEET, cell }
  );
}

/** A label as compared: folded, without a trailing colon or "(%)" ("Tỷ lệ phiếu CSTĐCS (%):"). */
function labelKey(label: string): string {
  return foldKey(label)
    .replace(/\s*:$/u, "")
    .replace(/\s*\(%\)$/u, "")
    .trim();
}

function labelIndex(settings: Settings): Map<string, SettingValue> {
  const index = new Map<string, SettingValue>();
  for (const [key, value] of settings.values) {
    const k = labelKey(key);
    if (!index.has(k)) index.set(k, value);
  }
  return index;
}

/** The parameter values of a run, and an issue at each `Cấu hình` cell whose value is unusable. */
export function resolveParameters(
  settings: Settings,
  rulebook: Rulebook = DEFAULT_RULEBOOK
): { readonly values: ParameterValues; readonly issues: readonly Issue[] } {
  const values: Record<string, ParameterValue> = { ...defaultsOf(rulebook.parameters) };
  const issues: Issue[] = [];
  const byLabel = labelIndex(settings);
  for (const definition of rulebook.parameters) {
    const setting = [definition.label, ...(definition.aliases ?? [])]
      .map((l) => byLabel.get(labelKey(l)))
      .find((s) => s !== undefined);
    if (!setting || setting.value === null) continue;
    if (
      typeof setting.value === "string" &&
      setting.value.trim() === "" &&
      definition.kind !== "optionalShare"
    )
      continue;
    const parsed = parseParameterValue(definition, setting.value);
    if (parsed.ok) values[definition.id] = parsed.value;
    else {
      const shown =
        typeof setting.value === "object"
          ? `${setting.value.day}/${setting.value.month}/${setting.value.year}`
          : String(setting.value);
      issues.push(invalid(definition, shown, setting.cell));
    }
  }
  checkBands(values, rulebook, settings, issues);
  return { values, issues };
}

/** Bands must descend (HTXSNV ≥ HTTNV ≥ HTNV); otherwise the defaults are kept for all three. */
function checkBands(
  values: Record<string, ParameterValue>,
  rulebook: Rulebook,
  settings: Settings,
  issues: Issue[]
): void {
  const ids = ["bandHtxsnv", "bandHttnv", "bandHtnv"];
  const [a, b, c] = ids.map((id) => values[id]);
  if (typeof a !== "number" || typeof b !== "number" || typeof c !== "number" || (a >= b && b >= c))
    return;
  const defs = rulebook.parameters.filter((p) => ids.includes(p.id));
  const cell =
    defs.map((d) => settings.values.get(foldKey(d.label))?.cell).find((x) => x !== undefined) ??
    null;
  for (const d of defs) values[d.id] = d.defaultValue;
  issues.push(
    createIssue(
      "error",
      "parameter-bands-order",
      { htxsnv: a, httnv: b, htnv: c },
      { sheet: SETTINGS_SHEET, cell }
    )
  );
}
