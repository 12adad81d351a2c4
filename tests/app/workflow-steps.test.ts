/** The workflow steps derived from the overview: status, reason and the one next step. */
import fc from "fast-check";
import type { RegisterOverview, UnitOverview } from "../../src/app/register-overview";
import { STEP_IDS, workflowSteps, type StepId } from "../../src/app/workflow-steps";
import { LANGUAGES } from "../../src/domain/messages/language";
import { STEP_REASON_CATALOGUES, stepReasonText } from "../../src/domain/messages/step-reason-text";

const INPUT = ["Cấu hình", "Đơn vị", "Cán bộ", "Lịch sử", "Sáng kiến", "Tiêu chí", "Bình xét"];

function unit(
  code: string,
  pledge: UnitOverview["pledge"],
  score: UnitOverview["score"]
): UnitOverview {
  return {
    code,
    name: code,
    pledge,
    pledgeSheet: pledge === "missing" ? null : `ĐK-${code}`,
    pledgeLate: false,
    score,
    scoreSheet: score === "missing" ? null : `CĐ-${code}`,
    scoreLate: false,
  };
}

/** A filled register, no errors, all unit sheets, nothing written yet. */
function overview(patch: Partial<RegisterOverview> = {}): RegisterOverview {
  const units = patch.units ?? [unit("VP", "valid", "valid"), unit("KT", "valid", "in_progress")];
  return {
    agency: "Sở Tư pháp",
    year: 2024,
    inputSheets: INPUT.map((name) => ({ name, present: true, required: true })),
    outputSheets: [],
    missingRequired: [],
    counts: {
      units: units.length,
      staff: 12,
      criteria: 5,
      history: 0,
      initiatives: 0,
      votes: 0,
      pledgeSheets: 2,
      scoreSheets: 2,
    },
    pledgeDeadline: null,
    daysToDeadline: null,
    units,
    calendar: null,
    errors: 0,
    warnings: 0,
    ...patch,
  };
}

const statuses = (o: RegisterOverview): Record<StepId, string> =>
  Object.fromEntries(
    workflowSteps(o).steps.map((s) => [s.id, `${s.status}:${s.reason.code}`])
  ) as Record<StepId, string>;

describe("workflowSteps", () => {
  it("lists the six steps in the year's order", () => {
    expect(workflowSteps(overview()).steps.map((s) => s.id)).toEqual([
      "register",
      "unitSheets",
      "check",
      "score",
      "vote",
      "list",
    ]);
  });

  it("in an empty workbook: only the register is to do, everything after it is blocked", () => {
    const o = overview({
      missingRequired: ["Cấu hình", "Đơn vị"],
      inputSheets: INPUT.map((name) => ({ name, present: false, required: true })),
      units: [],
      agency: "",
      year: null,
    });
    expect(statuses(o)).toEqual({
      register: "todo:missing-sheets",
      unitSheets: "blocked:register-not-ready",
      check: "blocked:register-not-ready",
      score: "blocked:register-not-ready",
      vote: "blocked:register-not-ready",
      list: "blocked:register-not-ready",
    });
    const flow = workflowSteps(o);
    expect(flow.next).toBe("register");
    expect(flow.steps[0]?.action).toEqual({ kind: "createRegister" });
    expect(flow.steps[0]?.reason).toEqual({
      code: "missing-sheets",
      params: { sheets: "Cấu hình, Đơn vị" },
    });
  });

  it("sends the user to Cấu hình when the year is missing, and blocks the list with that reason", () => {
    const flow = workflowSteps(overview({ year: null }));
    expect(flow.next).toBe("register");
    expect(flow.steps[0]).toMatchObject({
      status: "todo",
      reason: { code: "no-year" },
      action: { kind: "openSheet", sheet: "Cấu hình" },
    });
    expect(flow.steps[5]).toMatchObject({ status: "blocked", reason: { code: "no-year" } });
  });

  it("blocks the list while the agency is missing", () => {
    const list = workflowSteps(overview({ agency: " " })).steps[5];
    expect(list).toMatchObject({ status: "blocked", reason: { code: "no-agency" } });
  });

  it("asks for unit sheets while a unit lacks one, counting those units", () => {
    const o = overview({
      units: [
        unit("VP", "valid", "valid"),
        unit("KT", "missing", "missing"),
        unit("TC", "valid", "missing"),
      ],
    });
    const flow = workflowSteps(o);
    expect(flow.next).toBe("unitSheets");
    expect(flow.steps[1]?.reason).toEqual({ code: "unit-sheets-missing", params: { count: 2 } });
  });

  it("makes Kiểm tra the next step while the register has errors; scoring says it will be a draft", () => {
    const flow = workflowSteps(overview({ errors: 3, warnings: 1 }));
    expect(flow.next).toBe("check");
    expect(flow.steps[2]?.reason).toEqual({ code: "register-has-errors", params: { errors: 3 } });
    expect(flow.steps[3]?.reason).toEqual({ code: "ready-to-score", params: { errors: 3 } });
  });

  it("goes on to scoring, the vote and the list as their sheets appear", () => {
    expect(workflowSteps(overview()).next).toBe("score");
    const scored = overview({ outputSheets: ["Kết quả chấm điểm"] });
    expect(statuses(scored).score).toBe("done:scores-written");
    expect(workflowSteps(scored).next).toBe("vote");
    expect(workflowSteps(scored).steps[4]?.action).toEqual({
      kind: "openSheet",
      sheet: "Bình xét",
    });
    const voted = overview({
      outputSheets: ["Kết quả chấm điểm"],
      counts: { ...overview().counts, votes: 4 },
    });
    expect(workflowSteps(voted).next).toBe("list");
    const listed = overview({
      outputSheets: ["Kết quả chấm điểm", "Đề nghị khen thưởng"],
      counts: { ...overview().counts, votes: 4 },
    });
    expect(workflowSteps(listed).next).toBeNull();
    expect(workflowSteps(listed).steps.every((s) => s.status === "done")).toBe(true);
  });

  it("blocks scoring without criteria or score sheets, and the vote until scored", () => {
    expect(statuses(overview({ counts: { ...overview().counts, criteria: 0 } })).score).toBe(
      "blocked:no-criteria"
    );
    expect(statuses(overview({ counts: { ...overview().counts, scoreSheets: 0 } })).score).toBe(
      "blocked:no-score-sheets"
    );
    expect(statuses(overview()).vote).toBe("blocked:not-scored");
  });

  it("property: the next step is the first to do with an action; blocked steps never are", () => {
    const status = fc.constantFrom<UnitOverview["pledge"]>(
      "missing",
      "in_progress",
      "valid",
      "invalid"
    );
    fc.assert(
      fc.property(
        fc.record({
          missing: fc.boolean(),
          agency: fc.constantFrom("", "Sở Tư pháp"),
          year: fc.constantFrom(null, 2023, 2024),
          units: fc.array(fc.tuple(status, status), { maxLength: 4 }),
          errors: fc.nat(5),
          criteria: fc.nat(3),
          scoreSheets: fc.nat(3),
          votes: fc.nat(2),
          outputs: fc.subarray(["Kết quả chấm điểm", "Đề nghị khen thưởng"]),
        }),
        (r) => {
          const units = r.units.map(([p, s], i) => unit(`U${i}`, p, s));
          const o = overview({
            missingRequired: r.missing ? ["Đơn vị"] : [],
            agency: r.agency,
            year: r.year,
            units,
            errors: r.errors,
            outputSheets: r.outputs,
            counts: {
              ...overview().counts,
              units: units.length,
              criteria: r.criteria,
              scoreSheets: r.scoreSheets,
              votes: r.votes,
            },
          });
          const flow = workflowSteps(o);
          expect(flow.steps.map((s) => s.id)).toEqual(STEP_IDS);
          const first = flow.steps.find((s) => s.status === "todo" && s.action !== null);
          expect(flow.next).toBe(first?.id ?? null);
          // With sheets missing, nothing but the register step can be to do.
          if (r.missing)
            expect(flow.steps.filter((s) => s.status !== "blocked").map((s) => s.id)).toEqual([
              "register",
            ]);
          // Every reason has words in both languages.
          for (const step of flow.steps)
            for (const language of LANGUAGES)
              expect(stepReasonText(step.reason, language).length).toBeGreaterThan(10);
        }
      )
    );
  });
});

describe("step reason catalogues", () => {
  it("word the same codes in both languages", () => {
    expect(Object.keys(STEP_REASON_CATALOGUES.en).sort()).toEqual(
      Object.keys(STEP_REASON_CATALOGUES.vi).sort()
    );
  });

  it("say how many errors in the reader's language", () => {
    const r = { code: "register-has-errors", params: { errors: 4 } } as const;
    expect(stepReasonText(r, "vi")).toBe("Sổ còn 4 lỗi. Sửa trong sổ rồi kiểm tra lại.");
    expect(stepReasonText(r, "en")).toContain("4 errors");
  });

  it("speak English in the singular too", () => {
    const one = { code: "unit-sheets-missing", params: { count: 1 } } as const;
    const two = { code: "unit-sheets-missing", params: { count: 2 } } as const;
    expect(stepReasonText(one, "en")).toBe("1 unit lacks a pledge or a score sheet.");
    expect(stepReasonText(two, "en")).toBe("2 units lack a pledge or a score sheet.");
    const vote = { code: "votes-entered", params: { count: 1 } } as const;
    expect(stepReasonText(vote, "en")).toMatch(/^1 vote result is entered/);
  });
});
