/**
 * The alternative hypotheses a test can take, as R names them: `two-sided` (the groups differ),
 * `less` (the first mean, or the differences, are lower) and `greater` (higher).
 *
 * @example
 * alternativeHypotheses.includes('two-sided') //=> true
 * @see {@link tTest}
 * @see {@link wilcoxonSignedRank}
 */
export const alternativeHypotheses = /* @__PURE__ */ Object.freeze(['two-sided', 'less', 'greater'] as const);

/**
 * One of {@link alternativeHypotheses}.
 * @see {@link tTest}
 */
export type AlternativeHypothesis = (typeof alternativeHypotheses)[number];
