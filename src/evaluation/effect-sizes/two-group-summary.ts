import * as z from 'zod';

/**
 * The zod schema for two groups' summary statistics: sizes (whole numbers, at least 2), means
 * (finite) and standard deviations (finite, at least 0).
 *
 * @example
 * twoGroupSummarySchema.safeParse({ n1: 10, mean1: 8.7, sd1: 0.82, n2: 10, mean2: 7.7, sd2: 0.95 }).success //=> true
 * twoGroupSummarySchema.safeParse({ n1: 1, mean1: 8.7, sd1: 0, n2: 10, mean2: 7.7, sd2: 0.95 }).success //=> false
 * @see {@link cohensDFromSummary}
 */
export const twoGroupSummarySchema = /* @__PURE__ */ z.strictObject({
  n1: /* @__PURE__ */ z.int().min(2),
  mean1: /* @__PURE__ */ z.number(),
  sd1: /* @__PURE__ */ z.number().min(0),
  n2: /* @__PURE__ */ z.int().min(2),
  mean2: /* @__PURE__ */ z.number(),
  sd2: /* @__PURE__ */ z.number().min(0),
});

/**
 * Two groups described by their size, mean and standard deviation (the sample standard deviation,
 * with n − 1 in the denominator, as reports and R's `sd()` give it). Group 1 is the one whose
 * advantage the effect size measures (the trained group, say).
 * @see {@link cohensDFromSummary}
 */
export interface TwoGroupSummary {
  /** Size of group 1, at least 2. */
  readonly n1: number;
  /** Mean of group 1. */
  readonly mean1: number;
  /** Sample standard deviation of group 1. */
  readonly sd1: number;
  /** Size of group 2, at least 2. */
  readonly n2: number;
  /** Mean of group 2. */
  readonly mean2: number;
  /** Sample standard deviation of group 2. */
  readonly sd2: number;
}
