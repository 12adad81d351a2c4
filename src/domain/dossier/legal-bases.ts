/** The legal bases the dossier's documents cite (legal-notes.md §0.1, §7). */
import type { DossierContext } from "./dossier-context";
import { longDate } from "./dossier-context";
import { foldKey } from "../text/normalize";

export const LAW_06_2022 = "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022";
export const DECREE_152_2025 =
  "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng";

/** The `Căn cứ pháp lý` row of `Cấu hình` (one basis a line or separated by ";"), if any. */
export function extraBases(ctx: DossierContext): string[] {
  const value = ctx.register.settings.values.get(foldKey("Căn cứ pháp lý"))?.value;
  if (typeof value !== "string") return [];
  return value
    .split(/\s*[;\n]\s*/)
    .map((s) => s.trim().replace(/[.;]+$/, ""))
    .filter((s) => s !== "")
    .map((s) => s.replace(/^căn cứ\s+/iu, ""));
}

/** "Căn cứ …;" lines: the Law, the Decree, the register's own bases, the Council's minutes. */
export function basisLines(ctx: DossierContext): string[] {
  const meeting = ctx.dateSetting("meetingDate");
  return [
    `Căn cứ ${LAW_06_2022};`,
    `Căn cứ ${DECREE_152_2025};`,
    ...extraBases(ctx).map((b) => `Căn cứ ${b};`),
    `Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng ${ctx.agencyShort} ${longDate(meeting)};`,
  ];
}
