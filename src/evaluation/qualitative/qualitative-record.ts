import * as z from 'zod';
import { nonEmptyText } from '../../core/_internal/non-empty-text.js';
import { describeValue } from '../../core/describe-value.js';
import { LmdInputError } from '../../core/input-error.js';
import { evaluationLevelReferenceSchema } from '../models/evaluation-level-reference.js';
import { isCalendarDate } from '../_internal/iso-day.js';

/**
 * The overall feeling of a quote or story, as the person coding it judged it: `positive`,
 * `neutral`, `negative`, or `mixed` (both at once, such as "useful, but I had no time for it").
 *
 * @example
 * qualitativeSentiments //=> ['positive', 'neutral', 'negative', 'mixed']
 * @see {@link qualitativeRecordSchema}
 */
export const qualitativeSentiments = /* @__PURE__ */ Object.freeze(['positive', 'neutral', 'negative', 'mixed'] as const);

/**
 * One of {@link qualitativeSentiments}.
 * @see {@link qualitativeSentiments}
 */
export type QualitativeSentiment = (typeof qualitativeSentiments)[number];


/**
 * Schema for one piece of qualitative evidence, a quote or a short story:
 * `{ text, source, themes, date?, sentiment?, initiativeId?, measure?, level? }`.
 *
 * - `text`: what was said or written, non-empty (surrounding spaces are trimmed).
 * - `source`: who or what it came from, as an identifier rather than a name: an anonymous
 *   respondent id, an interview id, a survey comment id. Anonymity rules count distinct sources,
 *   so give one person the same id on every record (and never their name).
 * - `themes`: the codes the analyst gave it (Braun & Clarke's thematic analysis), at least one,
 *   each non-empty and trimmed. Themes are matched without regard to case or repeated spaces
 *   ("Less isolation" and "less  isolation" are one theme; see {@link themeKey}).
 * - `date` (optional): when it was said, an ISO calendar date `YYYY-MM-DD` that exists.
 * - `sentiment` (optional): one of {@link qualitativeSentiments}.
 * - `initiativeId` (optional): the initiative it is about, so that {@link buildEvidenceChain} can
 *   leave out records about another initiative.
 * - `measure` (optional): the name of the evaluation-plan measure it answers (for example
 *   "Short interviews"), and `level` (optional): the evaluation level it speaks to; either places
 *   it on a level of an evidence chain.
 *
 * Unknown keys are rejected, so a misspelt field is an error rather than silently ignored.
 *
 * @example
 * const record = qualitativeRecordSchema.parse({
 *   text: ' Work feels less lonely since the circle started. ',
 *   source: 'respondent-07',
 *   themes: ['Less isolation'],
 *   sentiment: 'positive',
 *   date: '2025-03-14',
 * });
 * record.text //=> 'Work feels less lonely since the circle started.'
 * qualitativeRecordSchema.safeParse({ text: 'Fine.', source: 'r1', themes: [] }).success //=> false
 * qualitativeRecordSchema.safeParse({ text: 'Fine.', source: 'r1', themes: ['x'], date: '2025-02-30' }).success //=> false
 * @see {@link summariseThemes}
 * @see Source: braun-clarke-2006 in {@link references}.
 */
export const qualitativeRecordSchema = /* @__PURE__ */ z.strictObject({
  text: /* @__PURE__ */ nonEmptyText('text'),
  source: /* @__PURE__ */ nonEmptyText('source (an anonymous respondent or interview id)'),
  themes: /* @__PURE__ */ z.array(/* @__PURE__ */ nonEmptyText('theme')).min(1, 'expected at least one theme'),
  date: /* @__PURE__ */ z
    .string()
    .refine(isCalendarDate, { message: 'expected a calendar date written YYYY-MM-DD' })
    .optional(),
  sentiment: /* @__PURE__ */ z.enum(qualitativeSentiments).optional(),
  initiativeId: /* @__PURE__ */ nonEmptyText('initiative id').optional(),
  measure: /* @__PURE__ */ nonEmptyText('measure name').optional(),
  level: /* @__PURE__ */ evaluationLevelReferenceSchema.optional(),
});

/**
 * One quote or story after validation by {@link qualitativeRecordSchema} (text, source and themes
 * trimmed).
 * @see {@link qualitativeRecordSchema}
 */
export type QualitativeRecord = z.output<typeof qualitativeRecordSchema>;

/**
 * What {@link qualitativeRecordSchema} accepts before trimming (the same shape as
 * {@link QualitativeRecord}).
 *
 * @example
 * const input: QualitativeRecordInput = { text: ' Helpful. ', source: 'r1', themes: [' Confidence '], sentiment: 'positive' };
 * qualitativeRecordSchema.parse(input).themes //=> ['Confidence']
 * @see {@link qualitativeRecordSchema}
 */
export type QualitativeRecordInput = z.input<typeof qualitativeRecordSchema>;

/**
 * The key under which a theme (or a source id) is counted: Unicode NFC, surrounding spaces
 * removed, every run of white space made one space, and lower case (locale-independent). Themes
 * that share a key are one theme, shown under the first spelling met in input order; sources that
 * share a key are one source, which errs towards fewer distinct sources and so towards anonymity.
 * The evaluation module matches every name this way: measure names in a plan or evidence chain,
 * and Leadership Index component names.
 *
 * @param value - a theme, a source id or a name
 * @returns its key
 * @throws LmdInputError when the value is not a string
 * @example
 * themeKey('  Less   Isolation ') //=> 'less isolation'
 * themeKey('Less isolation') === themeKey('less isolation') //=> true
 * themeKey(42 as unknown as string) //=> throws LmdInputError
 * @see {@link summariseThemes}
 */
export function themeKey(value: string): string {
  if (typeof value !== 'string') throw new LmdInputError([{ keys: ['value'], message: `expected a string (received ${describeValue(value)})` }]);
  return value.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}
