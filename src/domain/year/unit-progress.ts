/**
 * Where each unit stands with its pledge sheet and its score sheet, against the calendar: in and
 * valid, still being filled, invalid, missing — and late once the milestone it is due by has
 * passed (pledges by `Hạn đăng ký`, score sheets by `Hạn tổng kết`). Shared by the pane's overview
 * and `tdkt check`.
 */
import type { Issue } from "../issue";
import type { DateOnly, Register } from "../model";
import { foldKey } from "../text/normalize";
import { isPast, milestoneOf, type Calendar, type Milestone } from "./calendar";

/** chưa có / đang điền / hợp lệ / có lỗi */
export type UnitSheetStatus = "missing" | "in_progress" | "valid" | "invalid";

export interface UnitSheetProgress {
  readonly status: UnitSheetStatus;
  readonly sheet: string | null;
  /** Not valid yet and its milestone has passed. */
  readonly late: boolean;
  /** The milestone it is due by; null when the register has no year. */
  readonly dueBy: Milestone | null;
}

export interface UnitProgress {
  readonly code: string;
  readonly name: string;
  readonly pledge: UnitSheetProgress;
  readonly score: UnitSheetProgress;
}

function errorSheets(issues: readonly Issue[]): Set<string> {
  return new Set(
    issues
      .filter((i) => i.severity === "error" && i.sheet !== null)
      .map((i) => foldKey(i.sheet ?? ""))
  );
}

/** Each unit's pledge and score sheet status on `today`, in the order of `Đơn vị`. */
export function unitProgress(
  register: Register,
  issues: readonly Issue[],
  calendar: Calendar | null,
  today: DateOnly
): UnitProgress[] {
  const failing = errorSheets(issues);
  const leaves = register.criteria.filter((c) => c.isLeaf).map((c) => c.code);
  const pledgeDue = calendar === null ? null : milestoneOf(calendar, "pledge");
  const scoreDue = calendar === null ? null : milestoneOf(calendar, "yearEnd");
  const progress = (
    status: UnitSheetStatus,
    sheet: string | null,
    dueBy: Milestone | null
  ): UnitSheetProgress => ({
    status,
    sheet,
    dueBy,
    late: status !== "valid" && dueBy !== null && isPast(dueBy, today),
  });
  return register.units.map((unit) => {
    const pledge = register.pledges.find((p) => p.unitCode === unit.code) ?? null;
    const score = register.scoreSheets.find((s) => s.unitCode === unit.code) ?? null;

    let pledgeStatus: UnitSheetStatus = "missing";
    if (pledge) {
      const filled =
        pledge.collectiveTitle !== null ||
        pledge.collectiveAward !== null ||
        pledge.rows.some((r) => r.title !== null || r.award !== null);
      pledgeStatus = failing.has(foldKey(pledge.sheet))
        ? "invalid"
        : filled
          ? "valid"
          : "in_progress";
    }

    let scoreStatus: UnitSheetStatus = "missing";
    if (score) {
      const scored = new Set(
        score.rows.filter((r) => r.selfScore !== null).map((r) => r.criterionCode)
      );
      const complete =
        leaves.length > 0 ? leaves.every((code) => scored.has(code)) : scored.size > 0;
      scoreStatus = failing.has(foldKey(score.sheet))
        ? "invalid"
        : complete
          ? "valid"
          : "in_progress";
    }

    return {
      code: unit.code,
      name: unit.name,
      pledge: progress(pledgeStatus, pledge?.sheet ?? null, pledgeDue),
      score: progress(scoreStatus, score?.sheet ?? null, scoreDue),
    };
  });
}
