/**
 * The JSON file formats the `lmdkit` command reads, as zod schemas built from the library's own
 * input schemas. They are also published as JSON Schema (`lmdkit/schemas/*.json`), so an editor
 * can check a file while it is written: give the file a `"$schema"` key pointing at one.
 *
 * Node-free: this file only composes schemas; reading files is done in `read-json-input.ts`,
 * `read-instrument-file.ts` and `read-ratings-csv.ts`.
 *
 * @module
 */
import * as z from 'zod';
import { lmAssessmentOptionsSchema, lmEvidenceSchema } from '../indicators/index.js';
import { anonymityPolicySchema, feedbackReadinessInputSchema, instrument360Schema } from '../lmd/index.js';
import { evaluationCaseSchema } from '../report/index.js';

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

/**
 * The evaluation case, which `lmdkit evaluate` reads: the report module's schema (it belongs
 * beside `evaluateCase`), re-exported so that every file format of the command is here by name.
 */
export { evaluationCaseSchema };

/** Every JSON file format of the command, by the name its JSON Schema is published under. */
export const cliFileFormatSchemas = {
  'iip-evidence-file': iipEvidenceFileSchema,
  'evaluation-case': evaluationCaseSchema,
  'feedback360-settings-file': feedback360SettingsFileSchema,
  'instrument360-file': instrument360FileSchema,
} as const;
