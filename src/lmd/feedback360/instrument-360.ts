import * as z from 'zod';
import { normaliseLabel } from '../../core/_internal/normalise-label.js';

const nonBlankText = /* @__PURE__ */ z.string().regex(/\S/, 'expected some text, not only spaces');

/**
 * The zod schema for a 360-degree feedback instrument: its rating scale (whole points from `min`
 * to `max`, optionally with the label of each point and the answers that mean "not observed"), its
 * competencies (optionally described) and its items, each item belonging to one competency and
 * optionally carrying the question as raters saw it (`text`) and whether it is reverse-scored
 * (`reverseScored`: a score `x` counts as `max + min − x`, so that a high number always means more
 * of the behaviour), plus optional open-text questions (`openQuestions`).
 *
 * Checked beyond the shapes: ids and competency names are unique; every item's competency exists;
 * every competency has at least one item; a scale label belongs to a point on the scale, each point
 * has one label and no two points share one; a "not observed" answer is neither a scale label nor
 * a point of the scale; no two items share their wording; open questions' ids differ from each
 * other and from item ids. Labels and wording are compared with case, spacing and curly quotes
 * aside, as the survey reader of `lmdkit/import` compares them.
 *
 * @example
 * const instrument = instrument360Schema.parse({
 *   scale: { min: 1, max: 5 },
 *   competencies: [{ id: 'listening', name: 'Listening' }],
 *   items: [{ id: 'L1', competencyId: 'listening' }],
 * });
 * instrument.items.length //=> 1
 * @example
 * // Wording, labels, a reverse-scored item and an open question.
 * const worded = instrument360Schema.parse({
 *   scale: {
 *     min: 1,
 *     max: 5,
 *     labels: [
 *       { value: 1, label: 'Strongly disagree' },
 *       { value: 5, label: 'Strongly agree' },
 *     ],
 *     notObserved: ['N/A', "Don't know", '-99'],
 *   },
 *   competencies: [{ id: 'listening', name: 'Listening', description: 'Hears people out.' }],
 *   items: [
 *     { id: 'L1', competencyId: 'listening', text: 'Listens without interrupting' },
 *     { id: 'L2', competencyId: 'listening', text: 'Talks over others in meetings', reverseScored: true },
 *   ],
 *   openQuestions: [{ id: 'keep', text: 'What should they keep doing?' }],
 * });
 * worded.items[1]?.reverseScored //=> true
 * @example
 * // A "not observed" answer may not also be a point of the scale.
 * instrument360Schema.safeParse({
 *   scale: { min: 1, max: 5, notObserved: ['3'] },
 *   competencies: [{ id: 'c', name: 'C' }],
 *   items: [{ id: 'i', competencyId: 'c' }],
 * }).success //=> false
 * @see {@link interpret360}
 */
export const instrument360Schema = /* @__PURE__ */ z
  .strictObject({
    scale: /* @__PURE__ */ z
      .strictObject({
        min: /* @__PURE__ */ z.int().min(-100).max(100),
        max: /* @__PURE__ */ z.int().min(-100).max(100),
        labels: /* @__PURE__ */ z
          .array(/* @__PURE__ */ z.strictObject({ value: /* @__PURE__ */ z.int(), label: nonBlankText }))
          .optional(),
        notObserved: /* @__PURE__ */ z.array(nonBlankText).optional(),
      })
      .superRefine(checkScale),
    competencies: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z.strictObject({
          id: /* @__PURE__ */ z.string().min(1),
          name: /* @__PURE__ */ z.string().min(1),
          description: /* @__PURE__ */ nonBlankText.optional(),
        }),
      )
      .min(1),
    items: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z.strictObject({
          id: /* @__PURE__ */ z.string().min(1),
          competencyId: /* @__PURE__ */ z.string().min(1),
          text: /* @__PURE__ */ nonBlankText.optional(),
          reverseScored: /* @__PURE__ */ z.boolean().optional(),
        }),
      )
      .min(1),
    openQuestions: /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.strictObject({ id: /* @__PURE__ */ z.string().min(1), text: nonBlankText }))
      .optional(),
  })
  .superRefine((instrument, context) => {
    const competencyIds = new Set<string>();
    const competencyNames = new Set<string>();
    instrument.competencies.forEach((competency, index) => {
      if (competencyIds.has(competency.id)) {
        context.addIssue({ code: 'custom', path: ['competencies', index, 'id'], input: competency.id, message: 'this competency id is used twice' });
      }
      competencyIds.add(competency.id);
      if (competencyNames.has(competency.name)) {
        context.addIssue({
          code: 'custom',
          path: ['competencies', index, 'name'],
          input: competency.name,
          message: 'another competency has this name; reports and charts label competencies by name',
        });
      }
      competencyNames.add(competency.name);
    });
    const itemIds = new Set<string>();
    const used = new Set<string>();
    const wordings = new Map<string, number>();
    instrument.items.forEach((item, index) => {
      if (itemIds.has(item.id)) {
        context.addIssue({ code: 'custom', path: ['items', index, 'id'], input: item.id, message: 'this item id is used twice' });
      }
      itemIds.add(item.id);
      used.add(item.competencyId);
      if (!competencyIds.has(item.competencyId)) {
        context.addIssue({
          code: 'custom',
          path: ['items', index, 'competencyId'],
          input: item.competencyId,
          message: 'no competency in the instrument has this id',
        });
      }
      if (item.text !== undefined) {
        const key = normaliseLabel(item.text);
        const earlier = wordings.get(key);
        if (earlier !== undefined) {
          context.addIssue({
            code: 'custom',
            path: ['items', index, 'text'],
            input: item.text,
            message: `items[${earlier}] has the same wording; a survey export is matched to items by their wording`,
          });
        } else {
          wordings.set(key, index);
        }
      }
    });
    instrument.competencies.forEach((competency, index) => {
      if (!used.has(competency.id)) {
        context.addIssue({ code: 'custom', path: ['competencies', index, 'id'], input: competency.id, message: 'this competency has no items' });
      }
    });
    const questionIds = new Set<string>();
    instrument.openQuestions?.forEach((question, index) => {
      if (questionIds.has(question.id) || itemIds.has(question.id)) {
        context.addIssue({
          code: 'custom',
          path: ['openQuestions', index, 'id'],
          input: question.id,
          message: questionIds.has(question.id) ? 'this open question id is used twice' : 'an item has this id; open questions and items need different ids',
        });
      }
      questionIds.add(question.id);
    });
  });

/** Checks a scale: at least two points, labels on its points, one label a point, not-observed answers apart from both. */
function checkScale(
  scale: { min: number; max: number; labels?: readonly { value: number; label: string }[] | undefined; notObserved?: readonly string[] | undefined },
  context: z.RefinementCtx,
): void {
  if (scale.max <= scale.min) {
    context.addIssue({ code: 'custom', path: ['max'], input: scale.max, message: 'max must be greater than min (a scale needs at least two points)' });
    return;
  }
  const labelled = new Set<number>();
  const labels = new Map<string, number>();
  scale.labels?.forEach(({ value, label }, index) => {
    if (value < scale.min || value > scale.max) {
      context.addIssue({ code: 'custom', path: ['labels', index, 'value'], input: value, message: `expected a point of the scale, from ${scale.min} to ${scale.max}` });
    } else if (labelled.has(value)) {
      context.addIssue({ code: 'custom', path: ['labels', index, 'value'], input: value, message: 'this point already has a label' });
    }
    labelled.add(value);
    const key = normaliseLabel(label);
    const numeric = Number(key);
    if (labels.has(key)) {
      context.addIssue({ code: 'custom', path: ['labels', index, 'label'], input: label, message: `the point ${labels.get(key)} has the same label` });
    } else if (key !== '' && Number.isFinite(numeric) && numeric !== value) {
      context.addIssue({ code: 'custom', path: ['labels', index, 'label'], input: label, message: `a label that reads as the number ${numeric} would be mistaken for that score` });
    }
    labels.set(key, value);
  });
  const seen = new Set<string>();
  scale.notObserved?.forEach((answer, index) => {
    const key = normaliseLabel(answer);
    const numeric = Number(key);
    let problem: string | null = null;
    if (seen.has(key)) problem = 'this answer is listed twice';
    else if (labels.has(key)) problem = `this is the label of the point ${labels.get(key)}`;
    else if (Number.isInteger(numeric) && numeric >= scale.min && numeric <= scale.max) problem = 'this is a point of the scale, so it cannot also mean "not observed"';
    if (problem !== null) context.addIssue({ code: 'custom', path: ['notObserved', index], input: answer, message: problem });
    seen.add(key);
  });
}

/**
 * A 360-degree feedback instrument, as {@link instrument360Schema} accepts it.
 * @see {@link instrument360Schema}
 */
export type Instrument360 = z.output<typeof instrument360Schema>;
