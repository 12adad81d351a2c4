/**
 * docs/rulebook.md, written from the rulebook data itself (issue 8, item 6): each title and award
 * with who decides it, its conditions in words, its parameters (default, `Cấu hình` label, legal
 * source), and the legal basis of each version. `npm run rulebook-doc` writes it; a test proves
 * the file in the repository is what this function gives, so the document cannot drift.
 */
import { awardByKey } from "./award-catalogue";
import { CONDITIONS } from "./conditions/registry";
import { formatDateVi } from "./format-vi";
import { describeParameterValue } from "./parameter-definition";
import {
  isAnyOf,
  type ArgValue,
  type ConditionStep,
  type Rulebook,
  type RuleVariant,
} from "./rule-definition";

function argText(value: ArgValue): string {
  if (value === null) return "không";
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "object") return `tham số \`${(value as { param: string }).param}\``;
  return String(value);
}

function stepLines(step: ConditionStep, depth: number): string[] {
  const pad = "  ".repeat(depth);
  if (isAnyOf(step)) {
    return [
      `${pad}- Một trong các trường hợp (${step.label}):`,
      ...step.anyOf.flatMap((alt, i) => [
        `${pad}  - Trường hợp ${i + 1}: ${alt.label}`,
        ...alt.all.flatMap((s) => stepLines(s, depth + 2)),
      ]),
    ];
  }
  const description = CONDITIONS.get(step.use)?.description ?? step.use;
  const args = Object.entries(step.args ?? {})
    .map(([k, v]) => `${k} = ${argText(v)}`)
    .join("; ");
  return [`${pad}- ${description}${args === "" ? "" : ` (${args})`} — \`${step.use}\``];
}

function variantLines(title: string, variant: RuleVariant): string[] {
  const lines = [`**${title}**`, "", ...variant.conditions.flatMap((s) => stepLines(s, 0))];
  if (variant.vote)
    lines.push(
      `- Hội đồng Thi đua - Khen thưởng của Sở bỏ phiếu, tỷ lệ đồng ý trên tổng số thành viên ≥ ${argText(variant.vote.threshold)}`
    );
  if (variant.quota)
    lines.push(
      `- Chỉ tiêu: tối đa ${argText(variant.quota.share)} số được đề nghị ${awardByKey(variant.quota.of).shortName}; thứ tự ưu tiên: ${variant.quota.order.join(", ")}`
    );
  return [...lines, ""];
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** The whole document for the shipped versions (the newest describes the rules in detail). */
export function renderRulebookDoc(versions: readonly Rulebook[]): string {
  const current = versions[versions.length - 1];
  if (current === undefined) return "";
  const out: string[] = [
    "<!-- Tệp này được sinh tự động từ dữ liệu bộ quy tắc (src/domain/rulebook) bằng `npm run rulebook-doc`; đừng sửa tay. -->",
    "",
    "# Bộ quy tắc thi đua, khen thưởng (rulebook v2)",
    "",
    "*English summary:* the titles and awards Sổ Thi đua evaluates, their conditions, and every",
    "parameter with its default, the `Cấu hình` label that overrides it and its legal source. The",
    "register's year chooses the legal basis (Decree 98/2023 up to 2024, Decree 152/2025 from 2025;",
    "`Căn cứ pháp lý` in `Cấu hình` may name another). Generated from the rulebook data.",
    "",
    "## Căn cứ pháp lý theo năm",
    "",
    "| Căn cứ | Hiệu lực | Áp dụng cho sổ năm | Ghi trong `Căn cứ pháp lý` |",
    "|---|---|---|---|",
  ];
  for (const book of versions) {
    const b = book.legalBasis;
    if (!b) continue;
    const span = `${formatDateVi(b.effectiveFrom)} – ${b.effectiveTo === null ? "nay" : formatDateVi(b.effectiveTo)}`;
    const years =
      b.years.from === null
        ? `đến ${b.years.to ?? ""}`
        : b.years.to === null
          ? `từ ${b.years.from}`
          : `${b.years.from}–${b.years.to}`;
    out.push(`| ${cell(b.name)} | ${span} | ${years} | ${b.label} |`);
  }
  out.push("", "Các điều khoản được trích dẫn theo từng căn cứ:", "");
  out.push(`| Nội dung | ${versions.map((v) => v.legalBasis?.label ?? v.name).join(" | ")} |`);
  out.push(`|---|${versions.map(() => "---").join("|")}|`);
  const keys = Object.keys(current.legalBasis?.citations ?? {}) as (keyof NonNullable<
    Rulebook["legalBasis"]
  >["citations"])[];
  for (const key of keys)
    out.push(
      `| ${key} | ${versions.map((v) => cell(v.legalBasis?.citations[key] ?? "")).join(" | ")} |`
    );
  out.push("", "## Danh hiệu và hình thức khen thưởng", "");
  for (const rule of current.rules) {
    const info = awardByKey(rule.key);
    out.push(
      `### ${info.name} (\`${rule.key}\`)`,
      "",
      `- Loại: ${info.form === "title" ? "danh hiệu thi đua" : "hình thức khen thưởng"}; đối tượng: ${info.scope === "individual" ? "cá nhân" : info.scope === "collective" ? "tập thể" : "cá nhân và tập thể"}`,
      `- Thẩm quyền quyết định: ${info.decidedBy}`,
      ...(rule.nextStep ? [`- Sau khi Sở đề nghị: ${rule.nextStep}`] : []),
      `- Căn cứ: ${rule.source}`,
      ...(rule.implies.length > 0
        ? [`- Xét kèm: ${rule.implies.map((k) => awardByKey(k).shortName).join(", ")}`]
        : []),
      ...(rule.periodGuard
        ? [
            `- Một thành tích khen một lần: mọi năm làm căn cứ phải sau thời kỳ thành tích của lần khen gần nhất ${rule.periodGuard.map((k) => awardByKey(k).shortName).join(" hoặc ")}`,
          ]
        : []),
      ...(rule.exclusiveGroup
        ? ["- Mỗi lần xét, một đối tượng chỉ được đề nghị một trong Bằng khen tỉnh và Bằng khen Bộ"]
        : []),
      ""
    );
    if (rule.individual) out.push(...variantLines("Cá nhân", rule.individual));
    if (rule.collective) out.push(...variantLines("Tập thể", rule.collective));
  }
  out.push(
    "## Tham số",
    "",
    "Mỗi tham số có giá trị mặc định; ghi nhãn ở cột `Tham số` và giá trị ở cột `Giá trị` của trang `Cấu hình` để thay đổi.",
    "",
    "| Mã | Nhãn trong `Cấu hình` | Mặc định | Nguồn |",
    "|---|---|---|---|"
  );
  for (const p of current.parameters)
    out.push(
      `| \`${p.id}\` | ${cell(p.label)} | ${cell(describeParameterValue(p.kind, p.defaultValue))} | ${cell(p.source)} |`
    );
  out.push("");
  return out.join("\n");
}
