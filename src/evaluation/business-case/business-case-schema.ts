import * as z from 'zod';
import { businessCaseEvidenceSchema } from './business-case-evidence.js';
import { businessGoalSchema } from './business-goals.js';
import { evaluationMeasureSchema } from '../models/evaluation-measure.js';
import { phillipsBenefitSchema, phillipsCostsSchema } from '../roi/phillips-roi.js';

/**
 * How senior a business case's sponsor is: `board` (a director or partner), `senior-leader`
 * (an executive or head of function), `middle-manager` or `line-manager`. {@link checkBusinessCase}
 * counts the first two as a senior sponsor.
 *
 * @example
 * sponsorSeniorities[0] //=> 'board'
 * @see {@link businessCaseSchema}
 */
export const sponsorSeniorities = /* @__PURE__ */ Object.freeze(['board', 'senior-leader', 'middle-manager', 'line-manager'] as const);

/**
 * One of {@link sponsorSeniorities}.
 * @see {@link sponsorSeniorities}
 */
export type SponsorSeniority = (typeof sponsorSeniorities)[number];

const text = (message: string): z.ZodString => z.string().trim().min(1, message);

/**
 * The zod schema for a business case for L&D investment, the input of {@link checkBusinessCase}:
 * `{ problem, goals, successMeasures, costOfInaction, pilot?, sponsor?, costs?, benefits?,
 * intangibles?, evidence?, uncertainties? }`.
 *
 * - `problem` (text): the problem the investment addresses;
 * - `goals`: the business goals it serves, each a {@link BusinessCaseGoal};
 * - `successMeasures`: how success will be known, each an {@link EvaluationMeasure} placed at a
 *   model level;
 * - `costOfInaction` (text): what happens if the organisation does not act;
 * - `pilot` (optional): `{ scope, durationMonths, comparison? }` — who takes part, for how many
 *   months (above 0, at most 60), and the comparison (a group that does not take part, or a
 *   baseline trend) its results will be judged against;
 * - `sponsor` (optional): `{ name?, role?, seniority }`, with a name or a role or both, and a
 *   seniority from {@link sponsorSeniorities};
 * - `costs` and `benefits` (optional): as {@link phillipsRoi} takes them (the schemas are shared:
 *   {@link phillipsCostsSchema}, {@link phillipsBenefitSchema}); benefits are counted for the
 *   first year only;
 * - `intangibles` (optional): expected benefits deliberately given no money value;
 * - `evidence` (optional): the evidence behind each expected benefit (see
 *   {@link businessCaseEvidenceSchema}); `benefit` names a label in `benefits` or `intangibles`;
 * - `uncertainties` (optional): what the case admits it does not know — assumptions, risks, what
 *   may not work.
 *
 * The four answers to the senior-leader questions are required keys, but may be empty (`''` or
 * `[]`, after trimming), which {@link checkBusinessCase} reports as an unanswered question; that
 * lets an app check a draft. Unknown keys are rejected.
 *
 * @example
 * businessCaseSchema.safeParse({ problem: 'Junior staff leave', goals: ['retention'], successMeasures: [], costOfInaction: '' }).success //=> true
 * businessCaseSchema.safeParse({ problem: 'Junior staff leave', goals: ['retention'], successMeasures: [] }).success //=> false
 * @see {@link checkBusinessCase}
 */
export const businessCaseSchema = /* @__PURE__ */ z.strictObject({
  problem: /* @__PURE__ */ z.string().trim(),
  goals: /* @__PURE__ */ z.array(businessGoalSchema),
  successMeasures: /* @__PURE__ */ z.array(evaluationMeasureSchema),
  costOfInaction: /* @__PURE__ */ z.string().trim(),
  pilot: /* @__PURE__ */ z
    .strictObject({
      scope: /* @__PURE__ */ text('expected a non-empty scope'),
      durationMonths: /* @__PURE__ */ z.number().gt(0).max(60),
      comparison: /* @__PURE__ */ text('expected a non-empty comparison').optional(),
    })
    .optional(),
  sponsor: /* @__PURE__ */ z
    .strictObject({
      name: /* @__PURE__ */ text('expected a non-empty name').optional(),
      role: /* @__PURE__ */ text('expected a non-empty role').optional(),
      seniority: /* @__PURE__ */ z.enum(sponsorSeniorities),
    })
    .refine((sponsor) => sponsor.name !== undefined || sponsor.role !== undefined, {
      message: 'expected a name or a role for the sponsor',
    })
    .optional(),
  costs: /* @__PURE__ */ phillipsCostsSchema.optional(),
  benefits: /* @__PURE__ */ z.array(phillipsBenefitSchema).optional(),
  intangibles: /* @__PURE__ */ z.array(/* @__PURE__ */ text('expected a non-empty intangible benefit')).optional(),
  evidence: /* @__PURE__ */ z.array(businessCaseEvidenceSchema).optional(),
  uncertainties: /* @__PURE__ */ z.array(/* @__PURE__ */ text('expected a non-empty statement')).optional(),
});

/**
 * A business case for L&D investment as a caller writes it (see {@link businessCaseSchema}).
 * @see {@link businessCaseSchema}
 */
export type BusinessCaseInput = z.input<typeof businessCaseSchema>;

/**
 * A business case after validation by {@link businessCaseSchema} (text trimmed).
 *
 * @example
 * const parsed: BusinessCase = businessCaseSchema.parse({ problem: ' Turnover ', goals: [], successMeasures: [], costOfInaction: '' });
 * parsed.problem //=> 'Turnover'
 * @see {@link businessCaseSchema}
 */
export type BusinessCase = z.infer<typeof businessCaseSchema>;

/**
 * The zod schema for the options of {@link checkBusinessCase}.
 *
 * @example
 * businessCaseOptionsSchema.parse({}) //=> { largeClaimPercent: 20, silverBulletGoalCount: 4 }
 * @see {@link BusinessCaseOptions}
 */
export const businessCaseOptionsSchema = /* @__PURE__ */ z.strictObject({
  largeClaimPercent: /* @__PURE__ */ z.number().gt(0).max(1000).default(20),
  silverBulletGoalCount: /* @__PURE__ */ z.int().min(2).max(100).default(4),
});

/**
 * Options of {@link checkBusinessCase} (lmdkit's own defaults, echoed in the result's `thresholds`):
 *
 * - `largeClaimPercent` (default `20`): a claimed improvement of at least this many per cent is a
 *   large claim, which practitioner-reported, consultation or theoretical evidence alone cannot carry;
 * - `silverBulletGoalCount` (default `4`): a case promising at least this many distinct goals while
 *   admitting no uncertainty is framed as a silver bullet.
 * @see {@link checkBusinessCase}
 */
export type BusinessCaseOptions = z.input<typeof businessCaseOptionsSchema>;
