/** Every condition a rule definition may name, by name. */
import type { AnyCondition } from "./condition";
import { initiativeRecognised } from "./initiative.condition";
import {
  membersMinRating,
  membersTitleCount,
  membersTitleShare,
  noMemberDisciplineFrom,
} from "./members.condition";
import { blocLeader, rankedFirst } from "./rank.condition";
import { ratingEachYear, ratingIn } from "./rating.condition";
import { minMonthsWorked, noDisciplineFrom } from "./service.condition";
import {
  awardBefore,
  consecutiveAwards,
  consecutivePeriods,
  titleCountInWindow,
  titleStreak,
  titleThisYear,
} from "./title.condition";

export const CONDITIONS: ReadonlyMap<string, AnyCondition> = new Map(
  [
    ratingIn,
    ratingEachYear,
    minMonthsWorked,
    noDisciplineFrom,
    titleThisYear,
    titleStreak,
    titleCountInWindow,
    consecutiveAwards,
    consecutivePeriods,
    awardBefore,
    initiativeRecognised,
    membersTitleShare,
    membersMinRating,
    membersTitleCount,
    noMemberDisciplineFrom,
    rankedFirst,
    blocLeader,
  ].map((c) => [c.name, c])
);
