/** Classification of a council total into the four ratings by the band parameters. */
import type { Rating } from "../model";
import type { ParameterValues } from "../rulebook/parameters";

function band(params: ParameterValues, id: string, fallback: number): number {
  const v = params[id];
  return typeof v === "number" ? v : fallback;
}

/** ≥ bandHtxsnv → HTXSNV, ≥ bandHttnv → HTTNV, ≥ bandHtnv → HTNV, otherwise KHTNV. */
export function classifyScore(total: number, params: ParameterValues): Rating {
  const eps = 1e-9; // totals are sums of decimals: 89.99999999 must not fall below 90
  if (total + eps >= band(params, "bandHtxsnv", 90)) return "HTXSNV";
  if (total + eps >= band(params, "bandHttnv", 70)) return "HTTNV";
  if (total + eps >= band(params, "bandHtnv", 50)) return "HTNV";
  return "KHTNV";
}
