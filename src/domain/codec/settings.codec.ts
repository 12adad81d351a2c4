/** `Cấu hình` → settings: the contract's named settings and every other row as a parameter. */
import type { Grid } from "../grid";
import type { DateOnly, SettingValue, Settings } from "../model";
import { foldKey } from "../text/normalize";
import { parseDateValue, parseNumberValue } from "./cell-values";
import { SETTINGS_COLUMNS, SETTING_LABELS } from "./register-layout";
import { IssueLog, readTable, rowReaders, type RowReader } from "./table-reader";

type SettingField = (typeof SETTINGS_COLUMNS)[number]["field"];

/** A setting's value: a number (also "8,5"), a date (also "05/11/2024"), text, or null. */
function readValue(r: RowReader<SettingField>): SettingValue["value"] {
  const raw = r.raw("value");
  if (raw === null || typeof raw === "boolean") return raw === null ? null : String(raw);
  if (raw instanceof Date) {
    const d = parseDateValue(raw);
    return d.kind === "value" ? d.value : null;
  }
  if (typeof raw === "number") return raw;
  const text = r.text("value");
  if (text === "") return null;
  const n = parseNumberValue(text);
  if (n.kind === "value") return n.value;
  const d = parseDateValue(text);
  if (d.kind === "value") return d.value;
  return text;
}

const EMPTY_SETTINGS: Settings = {
  agency: "",
  superiorBody: "",
  year: null,
  campaign: "",
  pledgeDeadline: null,
  assessmentDate: null,
  councilMembers: null,
  values: new Map(),
};

/** Reads `Cấu hình`: the contract's settings, and every row as a parameter value by its label. */
export function readSettings(grid: Grid, sheet: string, log: IssueLog): Settings {
  const table = readTable(grid, sheet, SETTINGS_COLUMNS, log, { emptyIsFine: false });
  const values = new Map<string, SettingValue>();
  for (const r of rowReaders(grid, table, SETTINGS_COLUMNS, log)) {
    const label = r.text("label");
    const value = readValue(r);
    if (label === "") continue; // a stray value without a label names no setting
    const key = foldKey(label);
    const cell = r.cell("value") ?? "";
    const earlier = values.get(key);
    if (earlier) {
      log.issue(
        "warning",
        "duplicate-setting",
        { cell: r.cell("label") ?? "", label, firstCell: earlier.cell },
        sheet,
        r.cell("label")
      );
      continue;
    }
    values.set(key, { label, value, cell });
  }
  if (table.headerRow === null) return { ...EMPTY_SETTINGS, values };
  return interpretSettings(values, sheet, log);
}

function interpretSettings(
  values: ReadonlyMap<string, SettingValue>,
  sheet: string,
  log: IssueLog
): Settings {
  const get = (label: string): SettingValue | undefined => values.get(foldKey(label));
  const text = (label: string): string => {
    const v = get(label)?.value;
    if (v === null || v === undefined) return "";
    return typeof v === "object" ? `${v.day}/${v.month}/${v.year}` : String(v);
  };
  const bad = (
    setting: SettingValue,
    expected: "date" | "year" | "council-members",
    min = 0,
    max = 0
  ): void => {
    const value = setting.value;
    const shown =
      value === null
        ? ""
        : typeof value === "object"
          ? `${value.day}/${value.month}/${value.year}`
          : String(value);
    log.issue(
      "error",
      "invalid-setting",
      { cell: setting.cell, label: setting.label, value: shown, expected, min, max },
      sheet,
      setting.cell
    );
  };
  const date = (label: string): DateOnly | null => {
    const s = get(label);
    if (!s || s.value === null) return null;
    if (typeof s.value === "object") return s.value;
    bad(s, "date");
    return null;
  };
  const integer = (
    label: string,
    min: number,
    max: number,
    expected: "year" | "council-members"
  ): number | null => {
    const s = get(label);
    if (!s || s.value === null) return null;
    if (
      typeof s.value === "number" &&
      Number.isInteger(s.value) &&
      s.value >= min &&
      s.value <= max
    )
      return s.value;
    bad(s, expected, min, max);
    return null;
  };

  const year = integer(SETTING_LABELS.year, 1900, 2100, "year");
  if (year === null && get(SETTING_LABELS.year)?.value == null) {
    const cell = get(SETTING_LABELS.year)?.cell ?? null;
    log.issue(
      "error",
      "missing-setting",
      { sheet, cell: cell ?? "", label: SETTING_LABELS.year, setting: "year" },
      sheet,
      cell
    );
  }
  if (text(SETTING_LABELS.agency) === "") {
    const cell = get(SETTING_LABELS.agency)?.cell ?? null;
    log.issue(
      "warning",
      "missing-setting",
      { sheet, cell: cell ?? "", label: SETTING_LABELS.agency, setting: "agency" },
      sheet,
      cell
    );
  }
  return {
    agency: text(SETTING_LABELS.agency),
    superiorBody: text(SETTING_LABELS.superiorBody),
    year,
    campaign: text(SETTING_LABELS.campaign),
    pledgeDeadline: date(SETTING_LABELS.pledgeDeadline),
    assessmentDate: date(SETTING_LABELS.assessmentDate),
    councilMembers: integer(SETTING_LABELS.councilMembers, 1, 999, "council-members"),
    values,
  };
}
