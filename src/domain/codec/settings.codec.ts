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
      r.report(
        "label",
        "warning",
        "duplicate-setting",
        `Tham số "${label}" ở ô ${r.cell("label") ?? ""} đã có ở dòng trên (giá trị ô ${earlier.cell}); dòng này bị bỏ qua. Hãy xoá một trong hai dòng.`,
        { label }
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
  const bad = (setting: SettingValue, what: string, todo: string): void => {
    log.add(
      "error",
      "invalid-setting",
      sheet,
      setting.cell,
      `Ô ${setting.cell} (tham số "${setting.label}") ${what}. ${todo}`,
      { label: setting.label }
    );
  };
  const date = (label: string): DateOnly | null => {
    const s = get(label);
    if (!s || s.value === null) return null;
    if (typeof s.value === "object") return s.value;
    bad(
      s,
      `không phải ngày hợp lệ: "${String(s.value)}"`,
      "Hãy nhập ngày dạng dd/mm/yyyy, ví dụ 05/11/2024."
    );
    return null;
  };
  const integer = (label: string, min: number, max: number, todo: string): number | null => {
    const s = get(label);
    if (!s || s.value === null) return null;
    if (
      typeof s.value === "number" &&
      Number.isInteger(s.value) &&
      s.value >= min &&
      s.value <= max
    )
      return s.value;
    bad(
      s,
      `phải là số nguyên từ ${min} đến ${max}, đang là "${typeof s.value === "object" ? "một ngày" : String(s.value)}"`,
      todo
    );
    return null;
  };

  const year = integer(
    SETTING_LABELS.year,
    1900,
    2100,
    "Hãy nhập năm thi đua bằng 4 chữ số, ví dụ 2024."
  );
  if (year === null && get(SETTING_LABELS.year)?.value == null) {
    const cell = get(SETTING_LABELS.year)?.cell ?? null;
    log.add(
      "error",
      "missing-setting",
      sheet,
      cell,
      cell === null
        ? `Trang "${sheet}" chưa có năm thi đua (tham số "${SETTING_LABELS.year}"). Hãy thêm dòng "${SETTING_LABELS.year}" với giá trị, ví dụ 2024.`
        : `Ô ${cell} (tham số "${SETTING_LABELS.year}") đang để trống: chưa biết năm thi đua. Hãy nhập năm, ví dụ 2024.`,
      { label: SETTING_LABELS.year }
    );
  }
  if (text(SETTING_LABELS.agency) === "") {
    const cell = get(SETTING_LABELS.agency)?.cell ?? null;
    log.add(
      "warning",
      "missing-setting",
      sheet,
      cell,
      (cell === null
        ? `Trang "${sheet}" chưa có tên cơ quan (tham số "${SETTING_LABELS.agency}"). Hãy thêm dòng "${SETTING_LABELS.agency}" với tên cơ quan`
        : `Ô ${cell} (tham số "${SETTING_LABELS.agency}") đang để trống. Hãy nhập tên cơ quan`) +
        "; tên này in ở đầu các danh sách.",
      { label: SETTING_LABELS.agency }
    );
  }
  return {
    agency: text(SETTING_LABELS.agency),
    superiorBody: text(SETTING_LABELS.superiorBody),
    year,
    campaign: text(SETTING_LABELS.campaign),
    pledgeDeadline: date(SETTING_LABELS.pledgeDeadline),
    assessmentDate: date(SETTING_LABELS.assessmentDate),
    councilMembers: integer(
      SETTING_LABELS.councilMembers,
      1,
      999,
      "Hãy nhập tổng số thành viên Hội đồng Thi đua - Khen thưởng, ví dụ 9."
    ),
    values,
  };
}
