/**
 * The legal bases a rulebook version rests on (rules.md, opening): the Law 2022 with Decree
 * 98/2023 for years up to 2024, with Decree 152/2025 from 2025. Each is data with its effective
 * dates and the articles cited by reasons, parameter sources and the printed "Căn cứ" lines; a
 * rule's text refers to an article as `{cite:<key>}` and gets the article of the version in force.
 *
 * Confidence (legal-notes.md): what Decree 152/2025 says is known from secondary sources; where
 * its counterpart of a Decree 98/2023 article was not read, the citation says "cần đối chiếu"
 * (to confirm) rather than guess an article number.
 */
import type { DateOnly } from "../model";
import { looseKey } from "../text/normalize";

/** The articles a rulebook cites, by role. */
export const CITATION_KEYS = [
  "law",
  "decree",
  "councilVote",
  "achievementPeriod",
  "specialAwards",
  "maternity",
  "womenFirst",
] as const;

export type CitationKey = (typeof CITATION_KEYS)[number];

export interface LegalBasis {
  /** Stable id, e.g. "ND98_2023". */
  readonly id: string;
  /** The value of `Căn cứ pháp lý` in `Cấu hình` that chooses it, as the template lists it. */
  readonly label: string;
  /** Other spellings accepted in `Căn cứ pháp lý`. */
  readonly aliases: readonly string[];
  /** Full name, printed under the list's title. */
  readonly name: string;
  /** The decree's own force: from, and until (null = still in force). */
  readonly effectiveFrom: DateOnly;
  readonly effectiveTo: DateOnly | null;
  /** Registers whose `Năm` lies in this span are judged under it by default (null = open). */
  readonly years: { readonly from: number | null; readonly to: number | null };
  readonly citations: Readonly<Record<CitationKey, string>>;
}

const LAW = "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022";

/** The Law's principle that one achievement is rewarded once, cited by every basis's reasons. */
export const ONE_ACHIEVEMENT_ONCE = "Luật Thi đua, khen thưởng 2022 Điều 5 khoản 2 điểm c";

/**
 * Law 2022 + Decree 98/2023: in force 01/01/2024, repealed from 01/7/2025 by Decree 152/2025
 * Art. 59 (legal-notes.md §0.1). Registers of years up to 2024 are judged under it. A 2025 register
 * is judged as a whole under Decree 152 (its year-end review falls after 01/7/2025); a province
 * judging the first half of 2025 apart may choose this basis in `Cấu hình`.
 */
export const DECREE_98_2023: LegalBasis = {
  id: "ND98_2023",
  label: "Nghị định 98/2023/NĐ-CP",
  aliases: ["98/2023", "NĐ 98/2023", "Nghị định 98/2023", "ND98", "NĐ 98/2023/NĐ-CP"],
  name: `${LAW}; Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng`,
  effectiveFrom: { year: 2024, month: 1, day: 1 },
  effectiveTo: { year: 2025, month: 6, day: 30 },
  years: { from: null, to: 2024 },
  citations: {
    law: LAW,
    decree: "Nghị định số 98/2023/NĐ-CP ngày 31/12/2023",
    councilVote: "Nghị định 98/2023/NĐ-CP Điều 30 khoản 7",
    achievementPeriod: "Nghị định 98/2023/NĐ-CP Điều 30 khoản 9",
    specialAwards:
      "Luật Thi đua, khen thưởng 2022 Điều 5 khoản 2 điểm c (một thành tích không khen thưởng nhiều lần); nguyên tắc tương ứng của Nghị định 98/2023/NĐ-CP cần đối chiếu",
    maternity:
      "Nghị định 98/2023/NĐ-CP (quy định tương ứng Điều 4 khoản 5 Nghị định 152/2025/NĐ-CP, cần đối chiếu)",
    womenFirst:
      "Nghị định 98/2023/NĐ-CP (quy định tương ứng Điều 4 khoản 6 Nghị định 152/2025/NĐ-CP, cần đối chiếu)",
  },
};

/** Law 2022 + Decree 152/2025: in force 01/7/2025 (Art. 59); registers from 2025 on. */
export const DECREE_152_2025: LegalBasis = {
  id: "ND152_2025",
  label: "Nghị định 152/2025/NĐ-CP",
  aliases: ["152/2025", "NĐ 152/2025", "Nghị định 152/2025", "ND152", "NĐ 152/2025/NĐ-CP"],
  name: `${LAW}; Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng`,
  effectiveFrom: { year: 2025, month: 7, day: 1 },
  effectiveTo: null,
  years: { from: 2025, to: null },
  citations: {
    law: LAW,
    decree: "Nghị định số 152/2025/NĐ-CP ngày 14/6/2025",
    councilVote:
      "Nghị định 152/2025/NĐ-CP (quy định tương ứng Điều 30 khoản 7 Nghị định 98/2023/NĐ-CP, cần đối chiếu)",
    achievementPeriod:
      "Nghị định 98/2023/NĐ-CP Điều 30 khoản 9, được Nghị định 152/2025/NĐ-CP kế thừa (cần đối chiếu)",
    specialAwards: "Nghị định 152/2025/NĐ-CP Điều 4 khoản 3",
    maternity: "Nghị định 152/2025/NĐ-CP Điều 4 khoản 5",
    womenFirst: "Nghị định 152/2025/NĐ-CP Điều 4 khoản 6",
  },
};

/** Every legal basis the program knows, oldest first. */
export const LEGAL_BASES: readonly LegalBasis[] = [DECREE_98_2023, DECREE_152_2025];

/** The basis in force for a register's year: the one whose span holds it (the newest otherwise). */
export function legalBasisForYear(year: number | null): LegalBasis {
  if (year !== null) {
    const found = LEGAL_BASES.find(
      (b) =>
        (b.years.from === null || year >= b.years.from) &&
        (b.years.to === null || year <= b.years.to)
    );
    if (found) return found;
  }
  return DECREE_152_2025;
}

/** The basis a `Căn cứ pháp lý` text names (its label, an alias, or its id); null if none. */
export function parseLegalBasis(text: string): LegalBasis | null {
  const key = looseKey(text);
  if (key === "") return null;
  return (
    LEGAL_BASES.find((b) => [b.label, b.id, ...b.aliases].some((name) => looseKey(name) === key)) ??
    // "Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP": the decree's number decides.
    LEGAL_BASES.find((b) => b.aliases.some((a) => key.includes(looseKey(a)))) ??
    null
  );
}
