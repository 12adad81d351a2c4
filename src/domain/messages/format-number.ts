/**
 * Numbers in the reader's language: Vietnamese writes a decimal comma ("62,5%"), English a
 * decimal point ("62.5%"); both drop trailing zeros, and a share is never rounded onto the
 * threshold it failed (69,95% is not shown as "70%").
 */
import type { Language } from "./language";
import type { Decimal, Percent } from "./param-types";

/** `x` with at most `decimals` decimals, trailing zeros dropped: 62.5 → "62,5" / "62.5". */
export function formatDecimal(x: number, language: Language, decimals = 2): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(x * factor) / factor;
  const text = rounded.toFixed(decimals).replace(/\.?0+$/, "");
  const plain = text === "-0" ? "0" : text;
  return language === "vi" ? plain.replace(".", ",") : plain;
}

function percentWith(share: number, language: Language, decimals: number): string {
  return `${formatDecimal(share * 100, language, decimals)}%`;
}

/** A Percent param: one decimal, or more where it would read as equal to its threshold. */
export function formatPercent(p: Percent, language: Language): string {
  const against = p.against;
  let decimals = 1;
  if (against !== undefined) {
    while (
      decimals < 6 &&
      percentWith(p.percent, language, decimals) === percentWith(against, language, decimals) &&
      p.percent !== against
    ) {
      decimals += 1;
    }
  }
  return percentWith(p.percent, language, decimals);
}

/** A Decimal param. */
export function formatDecimalParam(d: Decimal, language: Language): string {
  return formatDecimal(d.decimal, language);
}
