/**
 * The pure computation of each engine job (parse, validate, score, rank, propose, build output
 * sheets). Runs inside the pane's Web Worker, or on the main thread where there is no worker.
 */
import { overviewOf } from "../../app/register-overview";
import { planRun, runAuditAction } from "../../app/run-register";
import { listGroups, notProposedRows, rankingRows } from "../results";
import { planUnitSheets } from "../../app/create-unit-sheets";
import { analyseRegister } from "../../domain/analyse-register";
import { fingerprintGrid } from "../../domain/output/output-fingerprint";
import { registerTemplateSheets } from "../../domain/templates/register-template";
import type { ComputeStage, EngineJob, EngineResult } from "./engine-job";

export function computeJob<J extends EngineJob>(
  job: J,
  onStage: (stage: ComputeStage) => void = () => undefined
): EngineResult<J> {
  return compute(job, onStage) as EngineResult<J>;
}

function compute(job: EngineJob, onStage: (stage: ComputeStage) => void): EngineResult<EngineJob> {
  switch (job.kind) {
    case "overview":
      return overviewOf(job.names, job.grids, job.today, onStage);
    case "check": {
      const outcome = analyseRegister(job.grids, job.integrity, onStage);
      return outcome.kind === "unusable"
        ? outcome
        : { kind: "analysed", issues: outcome.analysis.issues };
    }
    case "run": {
      const options = job.language === undefined ? {} : { language: job.language };
      const plan = planRun(job.grids, job.integrity, job.choice, options, onStage);
      const log = job.audit === undefined ? null : runAuditAction(plan, job.choice, job.audit);
      return plan.outcome.kind === "unusable"
        ? plan.outcome
        : {
            kind: "analysed",
            issues: plan.outcome.analysis.issues,
            sheets: plan.sheets,
            ranking: rankingRows(plan.outcome.analysis),
            ...(plan.listParts !== undefined
              ? {
                  listed: listGroups(plan.listParts),
                  notProposed: notProposedRows(plan.outcome.analysis),
                }
              : {}),
            ...(log === null ? {} : { log }),
          };
    }
    case "unit-sheets":
      onStage("reading");
      return planUnitSheets(job.grids, {
        protect: job.protect,
        ...(job.audit === undefined ? {} : { audit: job.audit }),
      });
    case "register-template":
      onStage("building");
      return { kind: "sheets", sheets: registerTemplateSheets() };
    case "fingerprints":
      return new Map([...job.grids].map(([name, grid]) => [name, fingerprintGrid(grid)]));
  }
}
