import * as z from 'zod';
import { describeValue } from '../../../core/describe-value.js';
import { LmdInputError } from '../../../core/input-error.js';
import { parseInput } from '../../../core/parse-input.js';
import { normaliseLabel } from '../../../core/_internal/normalise-label.js';
import { comment360Schema } from '../comment-360.js';
import type { Feedback360Report } from '../feedback360-report.js';
import { instrument360Schema } from '../instrument-360.js';
import type { RaterGroup } from '../rater-group.js';

/**
 * The zod schema for the input of {@link publishComments360}: the instrument (for its open
 * questions), one ratee's comments, and the options: `minCommenters` (default 3; never below the
 * report's `minGroupSize`), `labelIdentifiableGroups` (default `false`: the comments of a group
 * shown whatever its size, such as the manager, carry no group label and join the unlabelled
 * comments), and `redact`, names to take out of every comment (the participant's, the raters').
 *
 * @example
 * publishComments360InputSchema.shape.minCommenters.parse(undefined) //=> 3
 * @see {@link publishComments360}
 */
export const publishComments360InputSchema = /* @__PURE__ */ z.strictObject({
  instrument: instrument360Schema,
  comments: /* @__PURE__ */ z.array(comment360Schema),
  minCommenters: /* @__PURE__ */ z.int().min(2).max(100).default(3),
  labelIdentifiableGroups: /* @__PURE__ */ z.boolean().default(false),
  redact: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().regex(/\S/, 'expected a name, not only spaces')).default([]),
});

/**
 * The input of {@link publishComments360}, as a caller writes it.
 * @see {@link publishComments360InputSchema}
 */
export type PublishComments360Input = z.input<typeof publishComments360InputSchema>;

/**
 * A block of comments shown together: labelled with the groups they come from, or unlabelled
 * (`groups` is `null`) when a label would point to a person or the comments pool small groups.
 * @see {@link publishComments360}
 */
export interface CommentBlock360 {
  /** The groups the comments come from, or `null` for the unlabelled block. */
  readonly groups: readonly RaterGroup[] | null;
  /** The comments, sorted by their text (never in the order raters answered). */
  readonly comments: readonly string[];
}

/**
 * One open question's published comments.
 * @see {@link publishComments360}
 */
export interface QuestionComments360 {
  /** The question's id. */
  readonly questionId: string;
  /** Its wording. */
  readonly text: string;
  /** The blocks shown: labelled groups first, in group order, then the unlabelled block. */
  readonly blocks: readonly CommentBlock360[];
  /** Whether some comments were held back because too few people wrote them (no count is given). */
  readonly someWithheld: boolean;
}

/**
 * The comments a ratee's report may show, question by question.
 * @see {@link publishComments360}
 */
export interface Comments360 {
  /** The fewest distinct commenters behind any block. */
  readonly minCommenters: number;
  /** Per open question, in the instrument's order. */
  readonly questions: readonly QuestionComments360[];
}

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function redactor(names: readonly string[]): (text: string) => string {
  const sorted = [...new Set(names.map((name) => name.trim()))].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return (text) => text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeForPattern).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => text.replace(pattern, '[name]');
}

/**
 * The open-text comments a ratee's 360 report may show, under the same guarantee as its figures:
 *
 * - only comments from groups the report shows; a hidden group's comments appear nowhere, and no
 *   count of them is given;
 * - a shown group's comments on a question carry its label only when at least `minCommenters`
 *   of its raters wrote one (default 3, never fewer than the report's `minGroupSize`);
 * - the comments of an identifiable group (shown whatever its size: the manager, by default) carry
 *   no label unless `labelIdentifiableGroups`; they join, with those of groups too small on that
 *   question, one unlabelled block, shown only when at least `minCommenters` people wrote in it.
 *   A comment appears in one block only, so no block can be set against another to single
 *   anyone out;
 * - within a block comments are sorted by their text, so their order says nothing about who wrote
 *   which; the names in `redact` become `[name]`;
 * - self's own comments are not others' feedback and are left out.
 *
 * @param report - the ratee's report from {@link interpret360} (its shown groups and policy)
 * @param input - the instrument, the ratee's comments and the options
 * @returns the publishable comments, question by question
 * @throws LmdInputError when the input is invalid, a comment names an open question the instrument
 *   does not have, or the comments are about more than one ratee
 * @example
 * const instrument = {
 *   scale: { min: 1, max: 5 },
 *   competencies: [{ id: 'c', name: 'Coaching' }],
 *   items: [{ id: 'i', competencyId: 'c' }],
 *   openQuestions: [{ id: 'keep', text: 'What should they keep doing?' }],
 * };
 * const peers = ['p1', 'p2', 'p3'];
 * const report = interpret360({
 *   instrument,
 *   ratings: [{ raterId: 'boss', group: 'manager' as const, itemId: 'i', score: 4 }, ...peers.map((raterId) => ({ raterId, group: 'peer' as const, itemId: 'i', score: 4 }))],
 * });
 * const said = ['Listens to Sam well.', 'Clear priorities.', 'Calm under pressure.'];
 * const comments: Comment360[] = peers.map((raterId, index) => ({ rateeId: 'M07', raterId, group: 'peer', questionId: 'keep', text: said[index] ?? '' }));
 * comments.push({ rateeId: 'M07', raterId: 'boss', group: 'manager', questionId: 'keep', text: 'Good work.' });
 * const published = publishComments360(report, { instrument, comments, redact: ['Sam'] });
 * published.questions[0]?.blocks //=> [{ groups: ['peer'], comments: ['Calm under pressure.', 'Clear priorities.', 'Listens to [name] well.'] }]
 * published.questions[0]?.someWithheld //=> true
 * @see Hundepool et al. (2012) `hundepool-et-al-2012` on thresholds; the ratings rules in
 *   {@link anonymityPolicySchema}.
 */
export function publishComments360(report: Feedback360Report, input: PublishComments360Input): Comments360 {
  if (report === null || typeof report !== 'object' || !Array.isArray((report as { shownGroups?: unknown }).shownGroups)) {
    throw new LmdInputError([{ keys: ['report'], message: `expected a 360 report from interpret360 (received ${describeValue(report)})` }]);
  }
  const parsed = parseInput(publishComments360InputSchema, input, 'input');
  const questions = parsed.instrument.openQuestions ?? [];
  const questionIds = new Set(questions.map((question) => question.id));
  const ratees = new Set<string>();
  parsed.comments.forEach((comment, index) => {
    ratees.add(comment.rateeId);
    if (!questionIds.has(comment.questionId)) {
      throw new LmdInputError([{ keys: ['input', 'comments', index, 'questionId'], message: `no open question of the instrument has this id (received ${JSON.stringify(comment.questionId)})` }]);
    }
  });
  if (ratees.size > 1) {
    throw new LmdInputError([{ keys: ['input', 'comments'], message: `expected one ratee's comments (received comments about ${ratees.size} ratees)` }]);
  }
  const minCommenters = Math.max(parsed.minCommenters, report.policy.minGroupSize);
  const redact = redactor(parsed.redact);
  // The shown units other than self, and which unit each group belongs to.
  const units = report.shownGroups.filter((unit) => !(unit.groups.length === 1 && unit.groups[0] === 'self'));
  const unitOf = new Map<RaterGroup, number>();
  units.forEach((unit, position) => {
    for (const group of unit.groups) unitOf.set(group, position);
  });
  const sortByText = (texts: string[]): string[] => texts.sort((a, b) => normaliseLabel(a).localeCompare(normaliseLabel(b), 'en') || (a < b ? -1 : a > b ? 1 : 0));

  return {
    minCommenters,
    questions: questions.map((question) => {
      const byUnit = units.map(() => ({ raters: new Set<string>(), texts: [] as string[] }));
      for (const comment of parsed.comments) {
        if (comment.questionId !== question.id || comment.group === 'self') continue;
        const unit = unitOf.get(comment.group);
        if (unit === undefined) continue; // a hidden group: its comments go nowhere
        byUnit[unit]?.raters.add(comment.raterId);
        byUnit[unit]?.texts.push(redact(comment.text));
      }
      const blocks: CommentBlock360[] = [];
      const pool = { raters: new Set<string>(), texts: [] as string[] };
      byUnit.forEach((collected, position) => {
        if (collected.texts.length === 0) return;
        const unit = units[position] as Feedback360Report['shownGroups'][number];
        const labelled = unit.identifiable ? parsed.labelIdentifiableGroups : collected.raters.size >= minCommenters;
        if (labelled) {
          blocks.push({ groups: [...unit.groups], comments: sortByText(collected.texts) });
        } else {
          // Raters keep their own ids within the pool, so one person counts once.
          for (const rater of collected.raters) pool.raters.add(`${position}\u0000${rater}`);
          pool.texts.push(...collected.texts);
        }
      });
      let someWithheld = false;
      if (pool.texts.length > 0) {
        if (pool.raters.size >= minCommenters) blocks.push({ groups: null, comments: sortByText(pool.texts) });
        else someWithheld = true;
      }
      return { questionId: question.id, text: question.text, blocks, someWithheld };
    }),
  };
}
