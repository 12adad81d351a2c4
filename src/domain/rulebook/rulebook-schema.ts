/**
 * The zod check of a rulebook read from outside the program: its shape, then every condition's
 * arguments (rule-definition.ts's checkRulebook with zod). The shipped rulebook is proven valid
 * by its tests with this same check, so only code that reads other rulebooks loads zod.
 */
import { z } from "zod";
import { AWARD_KEYS } from "./award-catalogue";
import type { LegalBasis } from "./legal-basis";
import { PARAMETER_KINDS } from "./parameter-definition";
import {
  TIE_BREAK_KEYS,
  checkRulebook,
  type ConditionStep,
  type Rulebook,
  type RulebookSource,
} from "./rule-definition";

const parameterDefinitionSchema = z.object({
  id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  kind: z.enum(PARAMETER_KINDS),
  defaultValue: z.union([z.number(), z.string(), z.null()]),
  min: z.number().optional(),
  max: z.number().optional(),
  source: z.string().min(1),
});

const paramRef = z.object({ param: z.string().min(1) }).strict();
const argValue = z.union([
  z.number(),
  z.string(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), z.number()])),
  paramRef,
]);
const conditionSpec = z
  .object({ use: z.string().min(1), args: z.record(z.string(), argValue).optional() })
  .strict();
const conditionStep: z.ZodType<ConditionStep> = z.lazy(() =>
  z.union([
    conditionSpec,
    z
      .object({
        label: z.string().min(1),
        anyOf: z
          .array(
            z.object({ label: z.string().min(1), all: z.array(conditionStep).min(1) }).strict()
          )
          .min(2),
      })
      .strict(),
  ])
);
const variantSchema = z
  .object({
    conditions: z.array(conditionStep),
    vote: z
      .object({ threshold: z.union([z.number().min(0).max(1), paramRef]) })
      .strict()
      .optional(),
    quota: z
      .object({
        kind: z.literal("share-of-proposed"),
        of: z.enum(AWARD_KEYS),
        share: z.union([z.number().min(0).max(1), paramRef]),
        order: z.array(z.enum(TIE_BREAK_KEYS)),
      })
      .strict()
      .optional(),
  })
  .strict();
const ruleSchema = z
  .object({
    key: z.enum(AWARD_KEYS),
    source: z.string().min(1),
    implies: z.array(z.enum(AWARD_KEYS)),
    reconcile: z.boolean().optional(),
    individual: variantSchema.optional(),
    collective: variantSchema.optional(),
    parameters: z.array(parameterDefinitionSchema),
    nextStep: z.string().min(1).optional(),
    periodGuard: z.array(z.enum(AWARD_KEYS)).optional(),
    exclusiveGroup: z.string().min(1).optional(),
  })
  .strict();
const rulebookSchema = z
  .object({
    name: z.string().min(1),
    source: z.string().min(1),
    rules: z.array(ruleSchema).min(1),
    legalBasis: z.custom<LegalBasis>((v) => typeof v === "object" && v !== null).optional(),
  })
  .strict();

/** Checks a rulebook read from outside (shape, arguments, the rest) and computes its order. */
export function parseRulebook(
  raw: unknown
):
  | { readonly ok: true; readonly rulebook: Rulebook }
  | { readonly ok: false; readonly errors: readonly string[] } {
  const shape = rulebookSchema.safeParse(raw);
  if (!shape.success)
    return {
      ok: false,
      errors: shape.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
    };
  // The same data, with the readonly types of the definitions.
  return checkRulebook(raw as RulebookSource, z);
}
