/**
 * PLACEHOLDER (owned by the rulebook helper): rule parameters with defaults, overridable from
 * `Cấu hình`. Shape agreed: parameter id → value.
 */
import type { Issue } from "../issue";
import type { Settings } from "../model";

export type ParameterValues = Readonly<Record<string, number | string | null>>;

/** Defaults by parameter id. Shares are fractions (0.8 = 80 %). */
export const DEFAULT_PARAMETER_VALUES: ParameterValues = {
  maxHtxsnvShare: 0.2,
};

export function resolveParameters(_settings: Settings): {
  readonly values: ParameterValues;
  readonly issues: readonly Issue[];
} {
  return { values: DEFAULT_PARAMETER_VALUES, issues: [] };
}
