import { describe, expect, it } from 'vitest';
import { LmdInputError, cronbachAlpha, icc, iccOneWay, ratersNeeded, spearmanBrown } from '../../../src/index.js';
import { roundTrip, thrownBy, unsafeJsonPaths } from '../../helpers/json-safety.js';

const issuePath = (run: () => unknown): string => {
  const error = thrownBy(run);
  expect(error).toBeInstanceOf(LmdInputError);
  return (error as LmdInputError).issues[0]?.path ?? '';
};
const round2 = (value: number | null): number | null => (value === null ? null : Math.round(value * 100) / 100);

// Shrout, P. E., & Fleiss, J. L. (1979), Table 1: six targets rated by four judges.
const shroutFleiss = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

describe('icc (Shrout & Fleiss 1979)', () => {
  const result = icc(shroutFleiss);

  it('reproduces the published mean squares of Table 1 (BMS 11.24, WMS 6.26, JMS 32.49, EMS 1.02)', () => {
    expect(round2(result.meanSquares.betweenTargets)).toBe(11.24);
    expect(round2(result.meanSquares.withinTargets)).toBe(6.26);
    expect(round2(result.meanSquares.betweenRaters)).toBe(32.49);
    expect(round2(result.meanSquares.residual)).toBe(1.02);
  });

  it('reproduces the six published coefficients of Table 2', () => {
    expect([result.icc1, result.icc2, result.icc3, result.icc1k, result.icc2k, result.icc3k].map(round2)).toEqual([
      0.17, 0.29, 0.71, 0.44, 0.62, 0.91,
    ]);
    expect(result.targets).toBe(6);
    expect(result.raters).toBe(4);
  });

  it('gives ICC(3,k) equal to Cronbach’s alpha of the same matrix', () => {
    expect(result.icc3k).toBeCloseTo(cronbachAlpha(shroutFleiss) ?? Number.NaN, 12);
  });

  it('gives ICC(1,k) as the Spearman–Brown step-up of ICC(1,1)', () => {
    expect(result.icc1k).toBeCloseTo(spearmanBrown(result.icc1 ?? 0, 4), 12);
  });

  it('returns null for every form of a constant matrix, with no NaN', () => {
    for (const constant of [
      [
        [3, 3],
        [3, 3],
      ],
      [
        [0.1, 0.1, 0.1],
        [0.1, 0.1, 0.1],
      ],
    ]) {
      const flat = icc(constant);
      expect([flat.icc1, flat.icc2, flat.icc3, flat.icc1k, flat.icc2k, flat.icc3k]).toEqual([null, null, null, null, null, null]);
      expect(unsafeJsonPaths(flat)).toEqual([]);
      expect(roundTrip(flat)).toEqual(flat);
    }
  });

  it('returns null for the k-rater forms when the targets do not differ at all', () => {
    // Equal row means, so BMS = 0: ICC(1,k) and ICC(3,k) divide by 0.
    const result2 = icc([
      [1, 3],
      [3, 1],
    ]);
    expect(result2.icc1k).toBeNull();
    expect(result2.icc3k).toBeNull();
    expect(result2.icc1).toBe(-1);
  });

  it('requires complete, rectangular data with at least two targets and two raters', () => {
    expect(issuePath(() => icc([[1, 2, 3]]))).toBe('matrix');
    expect(issuePath(() => icc([[1], [2]]))).toBe('matrix');
    expect(issuePath(() => icc([[1, 2], [2]]))).toBe('matrix[1]');
    expect(issuePath(() => icc([[1, 2], [2, Number.NaN]]))).toBe('matrix[1][1]');
    expect(issuePath(() => icc([[1, 2], [2, null as unknown as number]]))).toBe('matrix[1][1]');
    expect(issuePath(() => icc('1,2' as unknown as number[][]))).toBe('matrix');
  });
});

describe('iccOneWay (Bliese 2000)', () => {
  it('uses the plain average group size N / G for ICC(1), as multilevel::ICC1 does', () => {
    // Hand computation for groups of 3, 4 and 2: N = 9, G = 3, average size 3.
    const result = iccOneWay([
      [4, 5, 4],
      [2, 3, 2, 3],
      [5, 4],
    ]);
    expect(result.averageGroupSize).toBe(3);
    expect(result.n).toBe(9);
    const { meanSquareBetween: msb, meanSquareWithin: msw } = result;
    expect(result.icc1).toBeCloseTo((msb - msw) / (msb + 2 * msw), 14);
    expect(result.icc2).toBeCloseTo((msb - msw) / msb, 14);
  });

  it('gives the same ICC(1) as icc()’s ICC(1,1) for balanced groups (one-way model)', () => {
    const groups = shroutFleiss;
    expect(iccOneWay(groups).icc1).toBeCloseTo(icc(shroutFleiss).icc1 ?? Number.NaN, 12);
    expect(iccOneWay(groups).icc2).toBeCloseTo(icc(shroutFleiss).icc1k ?? Number.NaN, 12);
  });

  it('returns null where the ratio is not defined (R gives NaN or rounding noise there)', () => {
    const equalMeans = iccOneWay([
      [1, 5, 3],
      [2, 4, 3, 3],
      [5, 1],
    ]);
    expect(equalMeans.icc2).toBeNull();
    expect(equalMeans.icc1).toBe(-0.5);
    const allEqual = iccOneWay([[0.3, 0.3, 0.3], [0.3]]);
    expect(allEqual.icc1).toBeNull();
    expect(allEqual.icc2).toBeNull();
  });

  it('validates its groups', () => {
    expect(issuePath(() => iccOneWay([[1, 2, 3]]))).toBe('groups');
    expect(issuePath(() => iccOneWay([[1, 2], []]))).toBe('groups[1]');
    expect(issuePath(() => iccOneWay([[1, 2], [Number.POSITIVE_INFINITY]]))).toBe('groups[1][0]');
    expect(issuePath(() => iccOneWay([[1], [2], [3]]))).toBe('groups');
    expect(issuePath(() => iccOneWay({} as unknown as number[][]))).toBe('groups');
  });
});

describe('cronbachAlpha (Cronbach 1951)', () => {
  it('matches the variance formula by hand', () => {
    // Item variances 5/3 and 4.75/3, total variance 6.25: α = 2·(1 − 3.25/6.25) = 0.96.
    expect(
      cronbachAlpha([
        [1, 2],
        [2, 3],
        [3, 3],
        [4, 5],
      ]),
    ).toBeCloseTo(0.96, 14);
  });

  it('is negative for negatively related items and null when the totals do not vary', () => {
    expect(
      cronbachAlpha([
        [1, 3],
        [2, 1],
        [3, 2],
      ]),
    ).toBeLessThan(0);
    expect(
      cronbachAlpha([
        [1, 2],
        [2, 1],
      ]),
    ).toBeNull();
  });

  it('needs at least two respondents and two items', () => {
    expect(issuePath(() => cronbachAlpha([[1, 2]]))).toBe('matrix');
    expect(issuePath(() => cronbachAlpha([[1], [2]]))).toBe('matrix');
  });
});

describe('spearmanBrown and ratersNeeded (Spearman 1910; Brown 1910)', () => {
  it('steps reliability up and down', () => {
    expect(spearmanBrown(0.5, 2)).toBeCloseTo(2 / 3, 15);
    expect(spearmanBrown(0.5, 1)).toBe(0.5);
    expect(spearmanBrown(0, 10)).toBe(0);
    expect(spearmanBrown(1, 0.5)).toBe(1);
    expect(spearmanBrown(0.3, 0.5)).toBeCloseTo(0.15 / 0.85, 15);
  });

  it('rounds the number of raters up, never adding one for rounding error', () => {
    expect(ratersNeeded(0.5, 0.8)).toBe(4); // exactly 4
    expect(ratersNeeded(0.2, 0.5)).toBe(4); // exactly 4: 0.5·0.8 / (0.2·0.5)
    expect(ratersNeeded(0.17, 0.7)).toBe(12); // 11.39 → 12
    expect(spearmanBrown(0.17, 12)).toBeGreaterThanOrEqual(0.7);
    expect(spearmanBrown(0.17, 11)).toBeLessThan(0.7);
  });

  it('needs one rater when one already reaches the target', () => {
    expect(ratersNeeded(0.7, 0.7)).toBe(1);
    expect(ratersNeeded(0.9, 0.7)).toBe(1);
    expect(ratersNeeded(1, 0.99)).toBe(1);
    expect(ratersNeeded(0.3, 0)).toBe(1);
  });

  it('rejects reliabilities and targets out of range', () => {
    expect(issuePath(() => spearmanBrown(1.1, 2))).toBe('r');
    expect(issuePath(() => spearmanBrown(0.5, 0))).toBe('k');
    expect(issuePath(() => ratersNeeded(0, 0.7))).toBe('r');
    expect(issuePath(() => ratersNeeded(0.5, 1))).toBe('target');
    expect(issuePath(() => ratersNeeded(1e-300, 0.9))).toBe('r');
  });
});

describe('icc: a denominator that cancels to rounding noise', () => {
  it('gives null, not an enormous number, for ICC(2,k) when MSR + (MSC − MSE)/n is zero in exact arithmetic (found by the property test)', () => {
    // [[1,4,2],[3,3,1],[3,2,2]]: every row mean is 7/3, so MSR = 0; MSC = MSE = 4/3, so
    // MSR + (MSC − MSE)/3 = 0 exactly, while floating point left about 1e-17.
    const result = icc([
      [1, 4, 2],
      [3, 3, 1],
      [3, 2, 2],
    ]);
    expect(result.icc2k).toBeNull();
    expect(result.icc3k).toBeNull();
    expect(result.icc1).not.toBeNull();
  });
});
