/**
 * A province's regulation or an older regime is another rulebook, not new code: the same register
 * evaluated under a stricter, data-only variant of the default rulebook.
 */
import { reasonTexts } from "../../../src/domain/messages/proposal-reason-text";
import { evaluateProposals } from "../../../src/domain/proposals/evaluate-proposals";
import { DEFAULT_RULEBOOK } from "../../../src/domain/rulebook/default-rulebook";
import type { ParameterDefinition } from "../../../src/domain/rulebook/parameter-definition";
import { resolveParameters } from "../../../src/domain/rulebook/parameters";
import { loadRulebook, type RuleDefinition } from "../../../src/domain/rulebook/rule-definition";
import {
  initiative,
  pledgeSheet,
  register,
  staff,
  unit,
  vote,
} from "../fixtures-rules/register-builder";

// Like the 2013 regime: CSTĐCS needs an initiative (HTXSNV alone is not enough), at most 15 % of
// those proposed for LĐTT, and a collective needs more than 50 % of its members LĐTT.
const oldQuota: ParameterDefinition = {
  id: "cstdcsMaxShare",
  label: "Tỷ lệ CSTĐCS tối đa",
  kind: "optionalShare",
  defaultValue: 0.15,
  source: "NĐ 91/2017/NĐ-CP Điều 9 khoản 3",
};

const rules: RuleDefinition[] = DEFAULT_RULEBOOK.rules.map((rule): RuleDefinition => {
  if (rule.key === "CSTDCS") {
    return {
      ...rule,
      source: "Luật TĐKT 2003 (sửa đổi 2013), Điều 23; NĐ 91/2017/NĐ-CP",
      individual: {
        ...rule.individual!,
        conditions: [
          { use: "title-this-year", args: { award: "LDTT" } },
          { use: "initiative", args: { withinYears: 1 } },
        ],
      },
      parameters: rule.parameters.map((p) => (p.id === "cstdcsMaxShare" ? oldQuota : p)),
    };
  }
  if (rule.key === "TTLDTT") {
    return {
      ...rule,
      parameters: rule.parameters.map((p) =>
        p.id === "collectiveLdttShare" ? { ...p, defaultValue: 0.51 } : p
      ),
    };
  }
  return rule;
});
const OLD_REGIME = loadRulebook({ name: "Chế độ cũ (thử)", source: "Luật TĐKT 2003/2013", rules });

describe("another rulebook, same code", () => {
  const people = Array.from({ length: 10 }, (_, i) =>
    staff(`P${i}`, "VP", { rating: i < 2 ? "HTXSNV" : "HTTNV" })
  );
  const reg = register({
    units: [unit("VP")],
    staff: people,
    initiatives: [initiative("P1", 2024)],
    pledges: [
      pledgeSheet(
        "VP",
        people.map((p, i) => ({
          code: p.code,
          title: i < 2 ? ("CSTDCS" as const) : ("LDTT" as const),
        })),
        { title: "TTLDTT" }
      ),
    ],
    votes: [vote("P0", "CSTDCS", 9), vote("P1", "CSTDCS", 9)],
  });

  function run(rulebook = DEFAULT_RULEBOOK) {
    const params = resolveParameters(reg.settings, rulebook).values;
    return evaluateProposals(reg, [], params, rulebook).proposals;
  }

  it("proposes both HTXSNV people under the default rulebook", () => {
    expect(
      run()
        .filter((p) => p.award === "CSTDCS")
        .map((p) => p.status)
    ).toEqual(["proposed", "proposed"]);
  });

  it("requires the initiative and applies the old 15 % cap under the other rulebook", () => {
    const cstdcs = run(OLD_REGIME).filter((p) => p.award === "CSTDCS");
    expect(cstdcs.map((p) => [p.subject, p.status])).toEqual([
      ["P0", "not_eligible"],
      ["P1", "proposed"],
    ]);
    expect(reasonTexts(cstdcs[0]!.reasons)).toEqual([
      "Không có sáng kiến/đề tài được công nhận năm 2024",
    ]);
  });

  it("takes parameter defaults from the rulebook in use", () => {
    expect(resolveParameters(reg.settings, OLD_REGIME).values.cstdcsMaxShare).toBeCloseTo(0.15);
    expect(resolveParameters(reg.settings, OLD_REGIME).values.collectiveLdttShare).toBeCloseTo(
      0.51
    );
  });
});
