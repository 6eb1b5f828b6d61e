import * as z from 'zod';
import { raterGroups } from './rater-group.js';

/**
 * The zod schema for one rating in a 360-degree feedback cycle: which rater, in which group, gave
 * which score to which item. `score` is a whole scale point, or `null` for "not observed" or
 * "don't know" (such a row counts for nothing). Scale and item checks against the instrument are
 * made by {@link interpret360}, which names the row.
 *
 * @example
 * rating360Schema.parse({ raterId: 'r7', group: 'peer', itemId: 'L1', score: null }).score //=> null
 * @see {@link interpret360}
 */
export const rating360Schema = /* @__PURE__ */ z.strictObject({
  raterId: /* @__PURE__ */ z.string().min(1),
  group: /* @__PURE__ */ z.enum(raterGroups),
  itemId: /* @__PURE__ */ z.string().min(1),
  score: /* @__PURE__ */ z.int().nullable(),
});

/**
 * One rating, as {@link rating360Schema} accepts it.
 * @see {@link rating360Schema}
 */
export type Rating360 = z.output<typeof rating360Schema>;

/**
 * The zod schema for one row of a whole cycle's ratings: a {@link Rating360} plus the ratee it
 * is about. {@link interpret360Cohort} checks rows with a hand-written equivalent of this schema
 * for speed (the two agree; a test holds them to it).
 *
 * @example
 * cohortRating360Schema.parse({ rateeId: 'm1', raterId: 'r1', group: 'self', itemId: 'L1', score: 4 }).rateeId
 * //=> 'm1'
 * @see {@link interpret360Cohort}
 */
export const cohortRating360Schema = /* @__PURE__ */ z.strictObject({
  rateeId: /* @__PURE__ */ z.string().min(1),
  raterId: /* @__PURE__ */ z.string().min(1),
  group: /* @__PURE__ */ z.enum(raterGroups),
  itemId: /* @__PURE__ */ z.string().min(1),
  score: /* @__PURE__ */ z.int().nullable(),
});

/**
 * One row of a whole cycle's ratings, as {@link cohortRating360Schema} accepts it.
 * @see {@link cohortRating360Schema}
 */
export type CohortRating360 = z.output<typeof cohortRating360Schema>;
