/**
 * The JSON file formats the `lmdkit` command reads, as zod schemas built from the library's own
 * input schemas. They are also published as JSON Schema (`lmdkit/schemas/*.json`), so an editor
 * can check a file while it is written: give the file a `"$schema"` key pointing at one.
 *
 * Node-free: this file only composes schemas; reading files is done in `read-input-file.ts`.
 *
 * @module
 */
import * as z from 'zod';
import { lmAssessmentOptionsSchema } from '../indicators/assess-lm-model.js';
import { lmEvidenceSchema } from '../indicators/lm-evidence.js';
import { anonymityPolicySchema } from '../lmd/feedback360/anonymity/anonymity-policy.js';
import { instrument360Schema } from '../lmd/feedback360/instrument-360.js';
import { feedbackReadinessInputSchema } from '../lmd/feedback360/feedback-readiness.js';
import { evaluationPlanSchema } from '../evaluation/models/check-evaluation-plan.js';
import { initiativeTemplateIds } from '../evaluation/initiatives/initiative-templates.js';
import { quantitativeResultSchema } from '../evaluation/qualitative/evidence-chain.js';
import { phillipsRoiInputSchema } from '../evaluation/roi/phillips-roi.js';
import { qualitativeRecordSchema } from '../evaluation/qualitative/qualitative-record.js';

/** An optional `$schema` key, so that a file can name its JSON Schema for editors. */
const schemaKey = /* @__PURE__ */ z.string().min(1).optional();

/** A label a person reads: trimmed, not blank. */
const label = /* @__PURE__ */ z.string().trim().min(1, 'expected a non-blank text');

/**
 * `lmdkit iip <evidence.json>`: an organisation's evidence against the IIP Leadership &
 * Management Model, with the assessment rule to apply (all fields of `options` optional; the
 * defaults are those of `assessLmModel`).
 */
export const iipEvidenceFileSchema = /* @__PURE__ */ z.strictObject({
  $schema: schemaKey,
  organisation: label,
  assessedOn: /* @__PURE__ */ z.iso.date().optional(),
  options: /* @__PURE__ */ lmAssessmentOptionsSchema.optional(),
  evidence: lmEvidenceSchema,
});

/** The IIP evidence file as read (see {@link iipEvidenceFileSchema}). */
export type IipEvidenceFile = z.output<typeof iipEvidenceFileSchema>;

/**
 * One group's workforce figures for one period: average headcount and leavers (for the turnover
 * rate) and hours lost to absence out of hours available (for the lost-time rate).
 */
export const workforcePeriodSchema = /* @__PURE__ */ z
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
export const workforceGroupSchema = /* @__PURE__ */ z.strictObject({
  name: label,
  before: workforcePeriodSchema,
  after: workforcePeriodSchema,
});

/**
 * `lmdkit evaluate <case.json>`: an initiative's evaluation case. The pilot group's figures
 * before and after, optionally a comparison group's over the same periods, the evaluation plan
 * (as `checkEvaluationPlan` takes it), the Phillips ROI inputs (as `phillipsRoi` takes them),
 * qualitative records (as `summariseThemes` takes them) and, optionally, results of the plan's
 * other quantitative measures (as `buildEvidenceChain` takes them: engagement scores, the share
 * of supervision notes with a learning conversation, …) for the evidence chain.
 */
export const evaluationCaseSchema = /* @__PURE__ */ z.strictObject({
  $schema: schemaKey,
  organisation: label,
  initiative: /* @__PURE__ */ z.strictObject({
    id: label,
    name: label,
    template: /* @__PURE__ */ z.enum(initiativeTemplateIds).optional(),
  }),
  periods: /* @__PURE__ */ z.strictObject({ before: label, after: label }),
  workforce: /* @__PURE__ */ z.strictObject({
    pilot: workforceGroupSchema,
    comparison: /* @__PURE__ */ workforceGroupSchema.optional(),
  }),
  plan: evaluationPlanSchema,
  roi: phillipsRoiInputSchema,
  records: /* @__PURE__ */ z.array(qualitativeRecordSchema).default([]),
  results: /* @__PURE__ */ z.array(quantitativeResultSchema).default([]),
});

/** The evaluation case as read (see {@link evaluationCaseSchema}). */
export type EvaluationCase = z.output<typeof evaluationCaseSchema>;

/**
 * `lmdkit 360 … --settings <file>`: the anonymity policy for the cycle (the defaults are those of
 * `interpret360`) and what is known about each ratee's readiness to act on feedback, by ratee id.
 */
export const feedback360SettingsFileSchema = /* @__PURE__ */ z.strictObject({
  $schema: schemaKey,
  policy: /* @__PURE__ */ anonymityPolicySchema.optional(),
  readiness: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string().min(1), feedbackReadinessInputSchema).optional(),
});

/** The 360 settings file as read (see {@link feedback360SettingsFileSchema}). */
export type Feedback360SettingsFile = z.output<typeof feedback360SettingsFileSchema>;

/**
 * `lmdkit 360 --instrument <file>`: the 360 instrument exactly as `interpret360` takes it
 * (`instrument360Schema`, with all its cross-checks), plus the optional `$schema` key that every
 * file of the command may carry. The command drops `$schema` before calling the library.
 */
export const instrument360FileSchema = /* @__PURE__ */ instrument360Schema.safeExtend({ $schema: schemaKey });

/** The instrument file as read (see {@link instrument360FileSchema}). */
export type Instrument360File = z.output<typeof instrument360FileSchema>;

/** Every JSON file format of the command, by the name its JSON Schema is published under. */
export const cliFileFormatSchemas = {
  'iip-evidence-file': iipEvidenceFileSchema,
  'evaluation-case': evaluationCaseSchema,
  'feedback360-settings-file': feedback360SettingsFileSchema,
  'instrument360-file': instrument360FileSchema,
} as const;
