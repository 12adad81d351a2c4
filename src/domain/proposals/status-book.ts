/** Statuses of this run by (award, subject kind, code), without building string keys per lookup. */
import type { AwardKey } from "../model";
import type { ProposalStatus, SubjectKind } from "../report";

export class StatusBook {
  private readonly byAward = new Map<
    AwardKey,
    { individual: Map<string, ProposalStatus>; collective: Map<string, ProposalStatus> }
  >();

  get(award: AwardKey, kind: SubjectKind, code: string): ProposalStatus | undefined {
    return this.byAward.get(award)?.[kind].get(code);
  }

  set(award: AwardKey, kind: SubjectKind, code: string, status: ProposalStatus): void {
    let entry = this.byAward.get(award);
    if (!entry) this.byAward.set(award, (entry = { individual: new Map(), collective: new Map() }));
    entry[kind].set(code, status);
  }

  /** How many subjects of `kind` have `status` for `award`. */
  count(award: AwardKey, kind: SubjectKind, status: ProposalStatus): number {
    let n = 0;
    for (const s of this.byAward.get(award)?.[kind].values() ?? []) if (s === status) n++;
    return n;
  }
}
