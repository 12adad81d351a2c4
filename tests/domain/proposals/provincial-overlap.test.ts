import { provincialOverlapIssues } from "../../../src/domain/proposals/provincial-overlap";
import type { AwardKey } from "../../../src/domain/model";
import type { Proposal, ProposalStatus, SubjectKind } from "../../../src/domain/report";
import { readSample, sampleGrids } from "../helpers/register-grids";

function proposal(
  award: AwardKey,
  status: ProposalStatus,
  subject = "CB001",
  subjectKind: SubjectKind = "individual"
): Proposal {
  return {
    award,
    subjectKind,
    subject,
    status,
    reasons: [],
    grounds: [],
    pledged: true,
    decidedBy: "Chủ tịch UBND tỉnh",
    nextStep: null,
  };
}

describe("provincialOverlapIssues", () => {
  const register = readSample(sampleGrids());

  it.each<[string, Proposal[], string[]]>([
    [
      "both proposed",
      [proposal("CSTD_TINH", "proposed"), proposal("BK_TINH", "proposed")],
      ["CB001"],
    ],
    [
      "one awaiting its vote",
      [proposal("CSTD_TINH", "awaiting_vote"), proposal("BK_TINH", "proposed")],
      ["CB001"],
    ],
    [
      "BK_TINH not eligible",
      [proposal("CSTD_TINH", "proposed"), proposal("BK_TINH", "not_eligible")],
      [],
    ],
    [
      "CSTD_TINH over quota",
      [proposal("CSTD_TINH", "over_quota"), proposal("BK_TINH", "proposed")],
      [],
    ],
    [
      "two people",
      [proposal("CSTD_TINH", "proposed"), proposal("BK_TINH", "proposed", "CB002")],
      [],
    ],
    [
      "CSTĐ tỉnh with Bằng khen Bộ",
      [proposal("CSTD_TINH", "proposed"), proposal("BK_BO", "proposed")],
      [],
    ],
    [
      "a unit",
      [
        proposal("BK_TINH", "proposed", "VP", "collective"),
        proposal("CSTD_TINH", "proposed", "VP", "collective"),
      ],
      [],
    ],
  ])("%s", (_, proposals, expected) => {
    const issues = provincialOverlapIssues(proposals, register);
    expect(issues.map((i) => i.params?.staff)).toEqual(expected);
    for (const issue of issues) {
      expect(issue.code).toBe("provincial-title-and-award");
      expect(issue.severity).toBe("warning");
      expect(issue.sheet).toBe("Cán bộ");
      expect(issue.cell).toBe("A2");
      expect(issue.message).toContain("Nguyễn Văn An");
    }
  });
});
