import { registerOverview } from "../../src/app/register-overview";
import { actionAvailability, type ActionId } from "../../src/taskpane/availability";
import { groupIssues, openAtFirst } from "../../src/taskpane/components/IssuePanel";
import { describeFailure } from "../../src/taskpane/errors";
import { languageFromOffice } from "../../src/taskpane/i18n";
import { en } from "../../src/taskpane/strings.en";
import { vi } from "../../src/taskpane/strings.vi";
import type { Issue } from "../../src/domain/issue";
import { FakePort, sampleRegister } from "./fake-port";

describe("languageFromOffice", () => {
  it.each([
    ["vi-VN", "vi"],
    ["vi", "vi"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    ["", "vi"],
    [undefined, "vi"],
  ])("%s → %s", (display, language) => {
    expect(languageFromOffice(display)).toBe(language);
  });
});

describe("describeFailure", () => {
  it.each([
    ["InvalidOperationInCellEditMode", vi.errorCellEditing],
    ["ItemNotFound", vi.errorSheetMissing],
    ["AccessDenied", vi.errorProtected],
    ["RequestPayloadSizeLimitExceeded", vi.errorTooLarge],
    ["ApiNotFound", vi.errorUnsupported],
    ["SomethingNew", vi.errorGeneric],
  ])("explains %s in plain Vietnamese, the raw error only in the details", (code, message) => {
    const error = Object.assign(new Error("The operation failed (raw Office text)"), { code });
    const text = describeFailure(error, vi);
    expect(text.message).toBe(message);
    expect(text.message).not.toContain("raw Office text");
    expect(text.details).toBe(`${code}: The operation failed (raw Office text)`);
  });

  it("handles things thrown that are not errors", () => {
    expect(describeFailure("boom", en)).toEqual({ message: en.errorGeneric, details: "boom" });
  });
});

describe("actionAvailability", () => {
  const ids: ActionId[] = ["createRegister", "createUnitSheets", "check", "score", "propose"];

  it("disables everything while busy or before the overview, with the reason", () => {
    for (const id of ids) {
      expect(actionAvailability(id, null, { busy: true, loading: false }, vi)).toEqual({
        enabled: false,
        reason: vi.reasonBusy,
      });
      expect(actionAvailability(id, null, { busy: false, loading: true }, vi).reason).toBe(
        vi.reasonLoading
      );
    }
  });

  it("allows only Tạo sổ in an empty workbook", async () => {
    const overview = await registerOverview(new FakePort({}), new Date());
    const result = ids.map((id) => [
      id,
      actionAvailability(id, overview, { busy: false, loading: false }, vi).enabled,
    ]);
    expect(result).toEqual([
      ["createRegister", true],
      ["createUnitSheets", false],
      ["check", false],
      ["score", false],
      ["propose", false],
    ]);
    expect(actionAvailability("check", overview, { busy: false, loading: false }, vi).reason).toBe(
      vi.reasonMissingSheets("Cấu hình, Đơn vị, Cán bộ")
    );
  });

  it("allows the whole workflow on a filled register", async () => {
    const overview = await registerOverview(new FakePort(sampleRegister()), new Date());
    for (const id of ids)
      expect(actionAvailability(id, overview, { busy: false, loading: false }, vi).enabled).toBe(
        true
      );
  });
});

it("asks for score sheets before scoring", async () => {
  const sheets = sampleRegister();
  delete sheets["CĐ-VP"];
  delete sheets["CĐ-KT"];
  const overview = await registerOverview(new FakePort(sheets), new Date());
  expect(actionAvailability("score", overview, { busy: false, loading: false }, vi)).toEqual({
    enabled: false,
    reason: vi.reasonNoScoreSheets,
  });
  expect(actionAvailability("propose", overview, { busy: false, loading: false }, vi).enabled).toBe(
    true
  );
});

describe("groupIssues", () => {
  const issue = (
    severity: Issue["severity"],
    sheet: string | null,
    cell: string | null
  ): Issue => ({
    severity,
    code: "missing-value",
    sheet,
    cell,
    message: "m",
  });

  it("groups by sheet in order met, errors first, with counts", () => {
    const groups = groupIssues([
      issue("warning", "Cán bộ", "A2"),
      issue("error", "ĐK-VP", "B5"),
      issue("error", "Cán bộ", "C3"),
      issue("warning", null, null),
    ]);
    expect(groups.map((g) => [g.sheet, g.errors, g.warnings, g.issues.map((i) => i.cell)])).toEqual(
      [
        ["Cán bộ", 1, 1, ["C3", "A2"]],
        ["ĐK-VP", 1, 0, ["B5"]],
        [null, 0, 1, [null]],
      ]
    );
  });
});

describe("openAtFirst", () => {
  const group = (sheet: string | null, errors: number, warnings: number) => ({
    sheet,
    issues: [],
    errors,
    warnings,
  });

  it.each([
    ["no groups", [], []],
    ["the first group when it has errors", [group("A", 1, 0), group("B", 2, 0)], ["A"]],
    [
      "the first group and the first with errors",
      [group("A", 0, 2), group("B", 0, 1), group("C", 1, 0), group("D", 3, 0)],
      ["A", "C"],
    ],
    ["the first group when none has errors", [group("A", 0, 2), group("B", 0, 1)], ["A"]],
    ["the whole-register group by its key", [group(null, 0, 1), group("B", 1, 0)], ["", "B"]],
  ])("%s", (_name, groups, open) => {
    expect(openAtFirst(groups)).toEqual(open);
  });
});

describe("issue texts", () => {
  it.each([
    [2, 3, "2 lỗi · 3 cảnh báo", "2 errors · 3 warnings"],
    [0, 2, "2 cảnh báo", "2 warnings"],
    [1, 0, "1 lỗi", "1 error"],
    [0, 1, "1 cảnh báo", "1 warning"],
  ])("%i errors, %i warnings → %s / %s", (errors, warnings, inVi, inEn) => {
    expect(vi.groupCounts(errors, warnings)).toBe(inVi);
    expect(en.groupCounts(errors, warnings)).toBe(inEn);
  });
});

it("shows 'already done' as settled, not as a problem", async () => {
  const read = await registerOverview(new FakePort(sampleRegister()), new Date());
  const overview = { ...read, inputSheets: read.inputSheets.map((s) => ({ ...s, present: true })) };
  const state = { busy: false, loading: false };
  expect(actionAvailability("createRegister", overview, state, vi)).toEqual({
    enabled: false,
    reason: vi.reasonRegisterComplete,
    settled: true,
  });
  expect(
    actionAvailability("createRegister", overview, { busy: true, loading: false }, vi)
  ).toEqual({ enabled: false, reason: vi.reasonBusy });
});

describe("strings", () => {
  it("has the same keys in Vietnamese and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    expect(Object.keys(en.status).sort()).toEqual(Object.keys(vi.status).sort());
  });
});
