import { assertFiniteNumbers } from '../_internal/assert-finite-numbers.js';
import { describeValue } from '../describe-value.js';
import { LmdInputError } from '../input-error.js';
import { mean } from './mean.js';
import { sum } from './sum.js';
import { ratioOrNull } from '../_internal/ratio-or-null.js';

/**
 * The result of {@link iccOneWay}: ICC(1) and ICC(2) with the figures they are built from.
 *
 * @example
 * const result: IccOneWayResult = iccOneWay([[4, 5, 4], [2, 3, 2, 3], [5, 4]]);
 * result.groups //=> 3
 * @see {@link iccOneWay}
 */
export interface IccOneWayResult {
  /** ICC(1): the share of the variance in one person's score that lies between groups; `null` when every score is equal. */
  readonly icc1: number | null;
  /** ICC(2): the reliability of the group means; `null` when the group means are all equal. */
  readonly icc2: number | null;
  /** How many groups. */
  readonly groups: number;
  /** How many scores in all, N. */
  readonly n: number;
  /** The average group size N / groups used by ICC(1) (multilevel's rule; not the n₀ correction). */
  readonly averageGroupSize: number;
  /** The between-groups mean square, groups − 1 degrees of freedom. */
  readonly meanSquareBetween: number;
  /** The within-groups mean square, N − groups degrees of freedom. */
  readonly meanSquareWithin: number;
}

/**
 * One-way analysis-of-variance ICC(1) and ICC(2) for groups of different sizes, as Bliese (2000)
 * uses them to justify aggregating individual ratings to the group (raters nested in ratees,
 * employees in teams).
 *
 * With MSB and MSW the between- and within-group mean squares of a one-way ANOVA and ḡ = N / G
 * the average group size: ICC(1) = (MSB − MSW) / (MSB + (ḡ − 1)·MSW) and
 * ICC(2) = (MSB − MSW) / MSB. This mirrors R's `multilevel::ICC1` and `multilevel::ICC2` applied
 * to `aov(score ~ group)`, including their use of the plain average group size (not the n₀
 * adjustment some texts use for unbalanced groups). ICC(1) is negative when groups differ less
 * than chance would produce; ICC(2) can be far below 0 when MSB is small. ICC(1) is `null` when
 * every score is equal and ICC(2) when the group means are all equal (R returns NaN or rounding
 * noise there).
 *
 * Input is one array of scores per group (`number[][]`): a group may hold a single score, but at
 * least one group needs two, so that there is within-group variance to compare with.
 *
 * Source: bliese-2000; checked against R's multilevel package (bliese-multilevel-2022).
 *
 * @param groups - at least two groups, each a non-empty array of finite scores, at least one with
 * two or more
 * @returns ICC(1), ICC(2) and the figures behind them
 * @throws LmdInputError when there are fewer than two groups, a group is empty or holds a value
 * that is not a finite number, or every group holds a single score
 * @example
 * Math.round((iccOneWay([[4, 5, 4], [2, 3, 2], [5, 4, 5]]).icc2 ?? 0) * 1000) / 1000 //=> 0.93
 * iccOneWay([[3, 3], [3]]).icc1 //=> null
 * iccOneWay([[4], [2]]) //=> throws LmdInputError
 * @see {@link icc} for complete targets × raters data
 */
export function iccOneWay(groups: readonly (readonly number[])[]): IccOneWayResult {
  if (!Array.isArray(groups as unknown)) {
    throw new LmdInputError([{ keys: ['groups'], message: `expected an array of groups (received ${describeValue(groups)})` }]);
  }
  groups.forEach((group, index) => {
    assertFiniteNumbers(group, ['groups', index], 1);
  });
  const groupCount = groups.length;
  if (groupCount < 2) {
    throw new LmdInputError([{ keys: ['groups'], message: `expected at least 2 groups (received ${groupCount})` }]);
  }
  const n = sum(groups.map((group) => group.length));
  if (n === groupCount) {
    throw new LmdInputError([
      { keys: ['groups'], message: 'expected at least one group with two or more scores, to measure variance within groups' },
    ]);
  }
  // Shifting every score by the first one leaves the coefficients unchanged and makes equal
  // scores exactly zero, so equal groups give mean squares of exactly 0 rather than noise.
  const origin = (groups[0] as readonly number[])[0] as number;
  const shifted = groups.map((group) => group.map((value) => value - origin));
  const groupMeans = shifted.map((group) => mean(group));
  const grand = sum(shifted.map((group) => sum(group))) / n;
  const between = sum(shifted.map((group, g) => group.length * ((groupMeans[g] as number) - grand) ** 2));
  const within = sum(shifted.flatMap((group, g) => group.map((value) => (value - (groupMeans[g] as number)) ** 2)));
  const meanSquareBetween = between / (groupCount - 1);
  const meanSquareWithin = within / (n - groupCount);
  const averageGroupSize = n / groupCount;
  return {
    icc1: ratioOrNull(meanSquareBetween - meanSquareWithin, meanSquareBetween + (averageGroupSize - 1) * meanSquareWithin),
    icc2: ratioOrNull(meanSquareBetween - meanSquareWithin, meanSquareBetween),
    groups: groupCount,
    n,
    averageGroupSize,
    meanSquareBetween,
    meanSquareWithin,
  };
}
