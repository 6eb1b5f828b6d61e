import { assertFiniteMatrix, matrixColumns } from '../_internal/assert-finite-matrix.js';
import { mean } from './mean.js';
import { sum } from './sum.js';
import { ratioOrNull } from '../_internal/ratio-or-null.js';

/**
 * The mean squares of the two-way analysis of variance behind {@link icc}.
 *
 * @example
 * const squares: IccMeanSquares = icc([[9, 2], [6, 1], [8, 4]]).meanSquares;
 * squares.betweenTargets > 0 //=> true
 * @see {@link icc}
 */
export interface IccMeanSquares {
  /** Between targets (rows), n − 1 degrees of freedom: Shrout & Fleiss's BMS. */
  readonly betweenTargets: number;
  /** Between raters (columns), k − 1 degrees of freedom: JMS. */
  readonly betweenRaters: number;
  /** Residual (targets × raters), (n − 1)(k − 1) degrees of freedom: EMS. */
  readonly residual: number;
  /** Within targets (raters and residual pooled), n(k − 1) degrees of freedom: WMS. */
  readonly withinTargets: number;
}

/**
 * The six intraclass correlations of Shrout & Fleiss (1979), named as in R's `psych::ICC`.
 * A form is `null` when its denominator is 0 (for example, every cell of the matrix equal).
 *
 * @example
 * const result: IccResult = icc([[1, 2], [3, 5]]);
 * result.targets //=> 2
 * @see {@link icc}
 */
export interface IccResult {
  /** ICC(1,1): one rater, each target rated by a different random set of raters (one-way random). */
  readonly icc1: number | null;
  /** ICC(2,1): one rater, raters a random sample rating every target, absolute agreement (two-way random). */
  readonly icc2: number | null;
  /** ICC(3,1): one rater, these fixed raters, consistency (two-way mixed). */
  readonly icc3: number | null;
  /** ICC(1,k): the mean of k raters, one-way random. */
  readonly icc1k: number | null;
  /** ICC(2,k): the mean of k raters, two-way random, absolute agreement. */
  readonly icc2k: number | null;
  /** ICC(3,k): the mean of k raters, two-way mixed, consistency (equal to Cronbach's alpha). */
  readonly icc3k: number | null;
  /** How many targets (rows), n. */
  readonly targets: number;
  /** How many raters (columns), k. */
  readonly raters: number;
  /** The analysis-of-variance mean squares the forms are built from. */
  readonly meanSquares: IccMeanSquares;
}

/**
 * Intraclass correlations for a complete targets × raters matrix: all six forms of Shrout & Fleiss
 * (1979), from a two-way analysis of variance.
 *
 * With BMS, JMS, EMS and WMS the between-targets, between-raters, residual and within-targets mean
 * squares, n targets and k raters:
 * - ICC(1,1) = (BMS − WMS) / (BMS + (k − 1)·WMS), ICC(1,k) = (BMS − WMS) / BMS;
 * - ICC(2,1) = (BMS − EMS) / (BMS + (k − 1)·EMS + k·(JMS − EMS)/n),
 *   ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS)/n);
 * - ICC(3,1) = (BMS − EMS) / (BMS + (k − 1)·EMS), ICC(3,k) = (BMS − EMS) / BMS.
 *
 * These equal R's `psych::ICC(x, lmer = FALSE)`, the classical ANOVA estimates. psych's default
 * `lmer = TRUE` estimates variance components by REML instead: on Shrout & Fleiss's example it
 * agrees only to about 1e-6 (numerical optimisation), and it differs more when a component's
 * estimate would be negative (REML holds it at 0).
 * McGraw & Wong (1996) name the same coefficients ICC(1), ICC(A,1), ICC(C,1) and their k-rater
 * forms. Values can be negative when targets differ less than chance would produce. A form whose
 * denominator is 0 is `null`.
 *
 * Source: shrout-fleiss-1979, mcgraw-wong-1996; checked against R's psych package
 * (revelle-psych-2022), and against Shrout & Fleiss's own six-target, four-judge example.
 *
 * @param matrix - the ratings, rows = targets (at least two), columns = raters (at least two),
 * every cell a finite number (no missing ratings)
 * @returns the six forms, n, k and the mean squares
 * @throws LmdInputError when the matrix has fewer than two rows or columns, rows of different
 * lengths, or a cell that is not a finite number (including `null` and NaN)
 * @example
 * const shroutFleiss = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]];
 * Math.round((icc(shroutFleiss).icc3 ?? 0) * 100) / 100 //=> 0.71
 * icc([[1, 2], [3, null as unknown as number]]) //=> throws LmdInputError
 * @see {@link iccOneWay} for unbalanced groups, {@link cronbachAlpha}
 */
export function icc(matrix: readonly (readonly number[])[]): IccResult {
  assertFiniteMatrix(matrix, ['matrix'], 2, 2);
  const n = matrix.length;
  const k = (matrix[0] as readonly number[]).length;
  // The coefficients do not change when every cell is shifted by the same amount; shifting by the
  // first cell makes a constant matrix exactly zero, so its mean squares are exactly 0, not noise.
  const origin = (matrix[0] as readonly number[])[0] as number;
  const shifted = matrix.map((row) => row.map((value) => value - origin));
  const rowMeans = shifted.map((row) => mean(row));
  const columnMeans = matrixColumns(shifted).map((column) => mean(column));
  const grand = mean(rowMeans);
  const targetSquares = k * sum(rowMeans.map((value) => (value - grand) ** 2));
  const raterSquares = n * sum(columnMeans.map((value) => (value - grand) ** 2));
  const residualSquares = sum(
    shifted.flatMap((row, i) =>
      row.map((value, j) => (value - (rowMeans[i] as number) - (columnMeans[j] as number) + grand) ** 2),
    ),
  );
  const bms = targetSquares / (n - 1);
  const jms = raterSquares / (k - 1);
  const ems = residualSquares / ((n - 1) * (k - 1));
  const wms = (raterSquares + residualSquares) / (n * (k - 1));
  // Denominators built from differences of mean squares can cancel to rounding noise; treat
  // anything within 1e-12 of their scale as zero (the form is then undefined: null).
  const scale = bms + k * (jms + ems + wms);
  return {
    icc1: ratioOrNull(bms - wms, bms + (k - 1) * wms, scale),
    icc2: ratioOrNull(bms - ems, bms + (k - 1) * ems + (k * (jms - ems)) / n, scale),
    icc3: ratioOrNull(bms - ems, bms + (k - 1) * ems, scale),
    icc1k: ratioOrNull(bms - wms, bms, scale),
    icc2k: ratioOrNull(bms - ems, bms + (jms - ems) / n, scale),
    icc3k: ratioOrNull(bms - ems, bms, scale),
    targets: n,
    raters: k,
    meanSquares: { betweenTargets: bms, betweenRaters: jms, residual: ems, withinTargets: wms },
  };
}
