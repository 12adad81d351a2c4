import { registerOverview } from "../../src/app/register-overview";
import { workflowSteps } from "../../src/app/workflow-steps";
import { groupIssues, openAtFirst } from "../../src/taskpane/components/IssuePanel";
import { describeFailure } from "../../src/taskpane/errors";
import { NO_FILTER, filterIssues, issueUnit, issueUnits } from "../../src/taskpane/issue-filter";
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
    // Labelled in the pane's language around Excel's own code and text.
    expect(text.details).toBe(vi.errorDetailsCode(code, "The operation failed (raw Office text)"));
    expect(describeFailure(error, en).details).toBe(
      `Excel error code: ${code}. Original message: The operation failed (raw Office text)`
    );
  });

  it("handles things thrown that are not errors", () => {
    expect(describeFailure("boom", en)).toEqual({
      message: en.errorGeneric,
      details: "Original message: boom",
    });
  });

  it("names the sheets being replaced when Excel refuses the write, and how to unprotect", () => {
    const error = Object.assign(new Error("locked"), { code: "AccessDenied" });
    const text = describeFailure(error, vi, ["Kiểm tra", "Kết quả chấm điểm"]);
    expect(text.message).toBe(vi.errorProtectedSheets("“Kiểm tra”, “Kết quả chấm điểm”"));
    expect(text.message).toContain("Bỏ bảo vệ trang");
    expect(describeFailure(error, vi).message).toBe(vi.errorProtected);
  });
});

describe("workflow steps on a read register", () => {
  it("in an empty workbook only the register step is open: Tạo sổ is the next step", async () => {
    const flow = workflowSteps(await registerOverview(new FakePort({}), new Date()));
    expect(flow.steps.map((step) => step.status)).toEqual([
      "todo",
      "blocked",
      "blocked",
      "blocked",
      "blocked",
      "blocked",
    ]);
    expect(flow.next).toBe("register");
    expect(flow.steps[2]?.reason.code).toBe("register-not-ready");
  });

  it("on the filled sample nothing is blocked but the vote, which waits for scoring", async () => {
    const flow = workflowSteps(await registerOverview(new FakePort(sampleRegister()), new Date()));
    expect(flow.steps.filter((step) => step.status === "blocked").map((step) => step.id)).toEqual([
      "vote",
    ]);
  });
});

it("asks for score sheets before scoring", async () => {
  const sheets = sampleRegister();
  delete sheets["CĐ-VP"];
  delete sheets["CĐ-KT"];
  const flow = workflowSteps(await registerOverview(new FakePort(sheets), new Date()));
  expect(flow.steps[3]).toMatchObject({ status: "blocked", reason: { code: "no-score-sheets" } });
  expect(flow.steps[5]?.status).not.toBe("blocked");
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

  it("groups by sheet, sheets with errors first, errors first within, with counts", () => {
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
    const warningsFirst = groupIssues([
      issue("warning", "Lịch sử", "A2"),
      issue("error", "ĐK-VP", "B5"),
    ]);
    expect(warningsFirst.map((g) => g.sheet)).toEqual(["ĐK-VP", "Lịch sử"]);
  });
});

describe("filterIssues", () => {
  const issue = (severity: Issue["severity"], sheet: string | null, unit?: string): Issue => ({
    severity,
    code: "x" as Issue["code"],
    sheet,
    cell: null,
    message: "m",
    ...(unit === undefined ? {} : { params: { unit } }),
  });
  const issues = [
    issue("error", "ĐK-VP"),
    issue("warning", "CĐ-KT"),
    issue("error", "Cán bộ"),
    issue("warning", null, "KT"),
  ];

  it("finds each issue's unit from its sheet or its params", () => {
    expect(issues.map(issueUnit)).toEqual(["VP", "KT", null, "KT"]);
    expect(issueUnits(issues)).toEqual(["KT", "VP"]);
  });

  it("keeps what matches both unit and severity", () => {
    expect(filterIssues(issues, NO_FILTER)).toHaveLength(4);
    expect(filterIssues(issues, { severity: "error", unit: null })).toEqual([issues[0], issues[2]]);
    expect(filterIssues(issues, { severity: "all", unit: "KT" })).toEqual([issues[1], issues[3]]);
    expect(filterIssues(issues, { severity: "error", unit: "KT" })).toEqual([]);
  });
});

describe("groupIssues order", () => {
  it("is stable for sheets of the same kind", () => {
    expect(
      groupIssues([
        { severity: "warning", code: "x" as Issue["code"], sheet: "B", cell: null, message: "m" },
        { severity: "warning", code: "x" as Issue["code"], sheet: "A", cell: null, message: "m" },
      ]).map((g) => g.sheet)
    ).toEqual(["B", "A"]);
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
    ["every group with errors", [group("A", 1, 0), group("B", 2, 0), group("C", 0, 1)], ["A", "B"]],
    ["the first group when none has errors", [group("A", 0, 2), group("B", 0, 1)], ["A"]],
    ["the whole-register group by its key", [group(null, 2, 1), group("B", 0, 1)], [""]],
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

describe("strings", () => {
  it("has the same keys in Vietnamese and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    expect(Object.keys(en.status).sort()).toEqual(Object.keys(vi.status).sort());
  });
});

describe("amounts of money in the pane's language", () => {
  it("writes đồng the Vietnamese way in Vietnamese and as VND in English", () => {
    expect(vi.money(1_490_000)).toBe("1.490.000 đ");
    expect(en.money(1_490_000)).toBe("VND 1,490,000");
    expect(en.decisionsWritten("Quyết định", 3, 1, en.money(2_980_000))).toContain(
      "Reward budget: VND 2,980,000."
    );
  });
});
