/**
 * How far past a band's edge a difference must lie to count as outside it: 1e-9 scale points.
 *
 * A self–others difference computed from means carries rounding error of the order of 1e-15,
 * and an agreement band's edges (a fraction of the scale, or a cohort's mean ± k·SD rounded to
 * 1e-12) can be hit exactly by a real difference; without a tolerance a ratee exactly on the edge
 * would be classified by the last bit of a floating-point sum. One constant, so the overall
 * classification, the item flags and the reports' wording cannot disagree about the same gap.
 *
 * @internal
 */
export const BAND_TOLERANCE = 1e-9;
