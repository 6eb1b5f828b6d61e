/**
 * ICC(1) of a one-way analysis of variance computed from published figures (each ratee's count,
 * mean and sample SD for one item and one group), without any rating. Mirrors `iccOneWay` (and
 * R's `multilevel::ICC1`): with G ratees, N ratings in all, MSB = Σ nᵢ (mᵢ − m̄)² / (G − 1),
 * MSW = Σ (nᵢ − 1) sᵢ² / (N − G) and ḡ = N / G, ICC(1) = (MSB − MSW) / (MSB + (ḡ − 1) MSW).
 *
 * @module
 */

/** One ratee's figure as the computation reads it. */
export interface FigureMoments {
  readonly n: number;
  readonly mean: number;
  readonly sd: number | null;
}

/**
 * ICC(1) from figures, or `null` when it is not defined (fewer than two figures, no
 * within-ratee spread to compare with, or every rating equal).
 *
 * @param figures - one figure per ratee
 * @returns ICC(1), or `null`
 */
export function iccFromFigures(figures: readonly FigureMoments[]): number | null {
  const groups = figures.length;
  if (groups < 2) return null;
  let total = 0;
  let weighted = 0;
  for (const figure of figures) {
    total += figure.n;
    weighted += figure.n * figure.mean;
  }
  if (total <= groups) return null;
  const grand = weighted / total;
  let between = 0;
  let within = 0;
  for (const figure of figures) {
    between += figure.n * (figure.mean - grand) ** 2;
    within += figure.n > 1 && figure.sd !== null ? (figure.n - 1) * figure.sd ** 2 : 0;
  }
  const meanSquareBetween = between / (groups - 1);
  const meanSquareWithin = within / (total - groups);
  const averageSize = total / groups;
  const denominator = meanSquareBetween + (averageSize - 1) * meanSquareWithin;
  if (!(denominator > 0)) return null;
  const icc1 = (meanSquareBetween - meanSquareWithin) / denominator;
  return Number.isFinite(icc1) ? icc1 : null;
}
