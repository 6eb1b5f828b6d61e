/**
 * The evaluation case: everything `evaluateCase` needs to evaluate one initiative (workforce
 * figures before and after, the plan, the ROI inputs, comments and other results), as a zod
 * schema built from the evaluation module's own input schemas. The `lmdkit evaluate` command reads
 * its case file with it, and publishes it as JSON Schema.
 *
 * @module
 */
import * as z from 'zod';
import { evaluationPlanSchema, initiativeTemplateIds, phillipsRoiInputSchema, qualitativeRecordSchema, quantitativeResultSchema } from '../evaluation/index.js';

/** An optional `$schema` key, so that a case file can name its JSON Schema for editors. */
const schemaKey = /* @__PURE__ */ z.string().min(1).optional();

/** A label a person reads: trimmed, not blank. */
const label = /* @__PURE__ */ z.string().trim().min(1, 'expected a non-blank text');

/**
 * One group's workforce figures for one period: average headcount and leavers (for the turnover
 * rate) and hours lost to absence out of hours available (for the lost-time rate).
 */
const workforcePeriodSchema = /* @__PURE__ */ z
  .strictObject({
    averageHeadcount: /* @__PURE__ */ z.number().finite().positive(),
    leavers: /* @__PURE__ */ z.int().min(0),
    hoursLost: /* @__PURE__ */ z.number().finite().min(0),
    hoursAvailable: /* @__PURE__ */ z.number().finite().positive(),
  })
  .refine((period) => period.hoursLost <= period.hoursAvailable, {
    message: 'hoursLost cannot exceed hoursAvailable',
    path: ['hoursLost'],
  });

/** A group's figures before and after the initiative. */
const workforceGroupSchema = /* @__PURE__ */ z.strictObject({
  name: label,
  before: workforcePeriodSchema,
  after: workforcePeriodSchema,
});

/**
 * An initiative's evaluation case, as `evaluateCase` takes it and `lmdkit evaluate <case.json>`
 * reads it (published as the JSON Schema `lmdkit/schemas/evaluation-case.json`). The pilot group's figures
 * before and after, optionally a comparison group's over the same periods, the evaluation plan
 * (as `checkEvaluationPlan` takes it), the Phillips ROI inputs (as `phillipsRoi` takes them),
 * qualitative records (as `summariseThemes` takes them) and, optionally, results of the plan's
 * other quantitative measures (as `buildEvidenceChain` takes them: engagement scores, the share
 * of supervision notes with a learning conversation, …) for the evidence chain. Texts a person
 * reads are trimmed and must not be blank; `hoursLost` cannot exceed `hoursAvailable`; unknown
 * keys are rejected; `records` and `results` default to none. `periods.months` is how long each
 * period is, so that rates can be labelled with their period; `periods.annualiseTurnover: true`
 * puts the turnover rates on an annual basis (which needs `months`).
 *
 * @example
 * const periods = evaluationCaseSchema.shape.periods;
 * periods.parse({ before: ' 2024 ', after: '2025' }) //=> { before: '2024', after: '2025' }
 * periods.safeParse({ before: '2024', after: ' ' }).success //=> false
 * evaluationCaseSchema.safeParse({ organisation: 'Larkspur Vale Housing' }).success //=> false
 * @see {@link evaluateCase}
 */
export const evaluationCaseSchema = /* @__PURE__ */ z.strictObject({
  $schema: schemaKey,
  organisation: label,
  initiative: /* @__PURE__ */ z.strictObject({
    id: label,
    name: label,
    template: /* @__PURE__ */ z.enum(initiativeTemplateIds).optional(),
  }),
  periods: /* @__PURE__ */ z.strictObject({
    before: label,
    after: label,
    months: /* @__PURE__ */ z.number().gt(0).max(120).optional(),
    annualiseTurnover: /* @__PURE__ */ z.boolean().optional(),
  }),
  workforce: /* @__PURE__ */ z.strictObject({
    pilot: workforceGroupSchema,
    comparison: /* @__PURE__ */ workforceGroupSchema.optional(),
  }),
  plan: evaluationPlanSchema,
  roi: phillipsRoiInputSchema,
  records: /* @__PURE__ */ z.array(qualitativeRecordSchema).default([]),
  results: /* @__PURE__ */ z.array(quantitativeResultSchema).default([]),
});

/**
 * The evaluation case as {@link evaluationCaseSchema} reads it: texts trimmed, `records` and
 * `results` present.
 *
 * @example
 * const evaluationCase: EvaluationCase = evaluationCaseSchema.parse({
 *   organisation: 'Larkspur Vale Housing',
 *   initiative: { id: 'plc', name: 'Peer learning circles' },
 *   periods: { before: '2024', after: '2025' },
 *   workforce: {
 *     pilot: {
 *       name: 'Pilot teams',
 *       before: { averageHeadcount: 50, leavers: 10, hoursLost: 900, hoursAvailable: 45_000 },
 *       after: { averageHeadcount: 50, leavers: 5, hoursLost: 450, hoursAvailable: 45_000 },
 *     },
 *   },
 *   plan: { measures: [] },
 *   roi: { benefits: [], costs: [{ label: 'Facilitation', amount: 6_000, category: 'delivery' }] },
 * });
 * evaluationCase.records //=> []
 * @see {@link EvaluationCaseInput}
 */
export type EvaluationCase = z.output<typeof evaluationCaseSchema>;

/**
 * An evaluation case as a caller writes it ({@link evaluateCase} takes this): fields with a
 * default (`records`, `results`, the plan's `claimsRoi`, the ROI's `horizonYears` and
 * `intangibles`) may be left out.
 *
 * @see {@link EvaluationCase}
 */
export type EvaluationCaseInput = z.input<typeof evaluationCaseSchema>;
