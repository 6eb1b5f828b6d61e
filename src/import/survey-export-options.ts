import * as z from 'zod';
import { normaliseLabel } from '../core/_internal/normalise-label.js';
import { instrument360Schema } from '../lmd/feedback360/instrument-360.js';
import { raterGroups } from '../lmd/feedback360/rater-group.js';

/**
 * The two shapes of a 360 export: `wide` (one row per response — one rater about one ratee — with
 * a column per question, as survey tools export) and `long` (one row per rating, with item id and
 * score columns).
 *
 * @example
 * surveyExportFormats //=> ['wide', 'long']
 * @see {@link readSurveyExport}
 */
export const surveyExportFormats = /* @__PURE__ */ Object.freeze(['wide', 'long'] as const);

/**
 * One of the {@link surveyExportFormats}.
 * @see {@link surveyExportFormats}
 */
export type SurveyExportFormat = (typeof surveyExportFormats)[number];

const headerText = /* @__PURE__ */ z.string().regex(/\S/, 'expected a column header, not a blank');

/**
 * The zod schema for the options of {@link readSurveyExport} and {@link planSurveyColumns}:
 *
 * - `instrument` (required): the instrument the export answers, whose item ids, wording, answer
 *   labels, not-observed answers and open questions the columns and answers are matched against;
 * - `columns`: the header of the ratee, rater or rater-group column, when the reader's guess is
 *   wrong or finds none (compared with case, spacing and curly quotes aside, against every header
 *   row);
 * - `groupLabels`: relationship labels and the rater group each means, added to (and overriding)
 *   the common ones the reader knows (`{ 'I work alongside them': 'peer' }`);
 * - `format`: `wide` or `long`, when the reader should not work it out.
 *
 * @example
 * const options = readSurveyExportOptionsSchema.parse({
 *   instrument: { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'C' }], items: [{ id: 'I1', competencyId: 'c' }] },
 *   columns: { ratee: 'Who are you giving feedback on?' },
 *   groupLabels: { 'I work alongside them': 'peer' },
 * });
 * options.groupLabels //=> { 'I work alongside them': 'peer' }
 * @example
 * // Two spellings of one label may not mean two groups.
 * readSurveyExportOptionsSchema.safeParse({
 *   instrument: { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'C' }], items: [{ id: 'I1', competencyId: 'c' }] },
 *   groupLabels: { 'Team member': 'peer', 'team  member': 'direct-report' },
 * }).success //=> false
 * @see {@link readSurveyExport}
 */
export const readSurveyExportOptionsSchema = /* @__PURE__ */ z.strictObject({
  instrument: instrument360Schema,
  columns: /* @__PURE__ */ z
    .strictObject({
      ratee: /* @__PURE__ */ headerText.optional(),
      rater: /* @__PURE__ */ headerText.optional(),
      group: /* @__PURE__ */ headerText.optional(),
    })
    .optional(),
  groupLabels: /* @__PURE__ */ z
    .record(/* @__PURE__ */ z.string().regex(/\S/, 'expected a label, not a blank'), /* @__PURE__ */ z.enum(raterGroups))
    .superRefine((labels, context) => {
      const seen = new Map<string, { label: string; group: string }>();
      for (const [label, group] of Object.entries(labels)) {
        const key = normaliseLabel(label);
        const earlier = seen.get(key);
        if (earlier !== undefined && earlier.group !== group) {
          context.addIssue({
            code: 'custom',
            path: [label],
            input: group,
            message: `the label ${JSON.stringify(earlier.label)} is the same label (case and spacing aside) and means ${earlier.group}`,
          });
        }
        seen.set(key, { label, group });
      }
    })
    .optional(),
  format: /* @__PURE__ */ z.enum(surveyExportFormats).optional(),
});

/**
 * The options of {@link readSurveyExport}, as {@link readSurveyExportOptionsSchema} accepts them.
 * @see {@link readSurveyExportOptionsSchema}
 */
export type ReadSurveyExportOptions = z.input<typeof readSurveyExportOptionsSchema>;
