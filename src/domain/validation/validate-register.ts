/** PLACEHOLDER (owned by the codec helper): cross-record checks of a register. */
import type { Issue } from "../issue";
import type { Register } from "../model";
import type { ParameterValues } from "../rulebook/parameters";

export function validateRegister(_register: Register, _params: ParameterValues): readonly Issue[] {
  return [];
}
