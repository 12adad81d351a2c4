/** "Chiến sĩ thi đua cơ sở" — Luật Thi đua, khen thưởng 2022, Điều 23. */
import type { RuleDefinition } from "../rule-definition";

export const CSTDCS_RULE: RuleDefinition = {
  key: "CSTDCS",
  source:
    "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 23: đạt LĐTT và hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được công nhận",
  implies: ["LDTT"],
  reconcile: true,
  individual: {
    conditions: [
      { use: "title-this-year", args: { award: "LDTT" } },
      {
        label: "Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được công nhận trong năm",
        anyOf: [
          {
            label: "xếp loại Hoàn thành xuất sắc nhiệm vụ",
            all: [{ use: "rating-in", args: { ratings: ["HTXSNV"] } }],
          },
          {
            label: "có sáng kiến/đề tài được công nhận trong năm",
            all: [{ use: "initiative", args: { withinYears: 1 } }],
          },
        ],
      },
    ],
    vote: { threshold: { param: "cstdcsVoteShare" } },
    quota: {
      kind: "share-of-proposed",
      of: "LDTT",
      share: { param: "cstdcsMaxShare" },
      order: ["voteShare", "rating", "women", "code"],
    },
  },
  parameters: [
    {
      id: "cstdcsVoteShare",
      label: "Tỷ lệ phiếu CSTĐCS",
      kind: "share",
      defaultValue: 0.8,
      source: "{cite:councilVote}: từ 80% trở lên trên tổng số thành viên Hội đồng",
    },
    {
      id: "cstdcsMaxShare",
      label: "Tỷ lệ CSTĐCS tối đa",
      kind: "optionalShare",
      defaultValue: null,
      source:
        "Không giới hạn từ 01/01/2024 (mức 15% của NĐ 91/2017 Điều 9 khoản 3 đã hết hiệu lực); Sở có thể tự đặt",
    },
  ],
};
