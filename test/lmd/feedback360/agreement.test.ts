import { describe, expect, it } from 'vitest';
import { LmdInputError, averageDeviation, awg, rwg, rwgJ, rwgJLindell } from '../../../src/index.js';
import { frozen, thrownBy } from '../../helpers/json-safety.js';

/** The first issue's path and message of the LmdInputError a call throws. */
function inputError(run: () => unknown): { path: string; message: string } {
  const error = thrownBy(run);
  expect(error).toBeInstanceOf(LmdInputError);
  const [issue] = (error as LmdInputError).issues;
  return { path: issue?.path ?? '', message: issue?.message ?? '' };
}

describe('rwg (James, Demaree & Wolf 1984)', () => {
  it('uses the uniform null (A² − 1) / 12: 2 for five points, 4 for seven', () => {
    // s² of [4, 4, 5, 3, 4] is 0.5 (R: var(c(4,4,5,3,4)) → 0.5), so 1 − 0.5 / 2 = 0.75.
    expect(rwg([4, 4, 5, 3, 4], { scalePoints: 5 })).toBe(0.75);
    // Hand computation: s² of [3, 5] is 2, σ²_E for seven points is 48 / 12 = 4, so r_wg = 0.5.
    expect(rwg([3, 5], { scalePoints: 7 })).toBe(0.5);
  });

  it('uses a given null variance instead of the uniform one', () => {
    expect(rwg([4, 4, 5, 3, 4], { scalePoints: 5, nullVariance: 1 })).toBe(0.5);
  });

  it('truncates to 0 when the raters disagree more than the null, as multilevel::rwg does', () => {
    expect(rwg([1, 5, 1, 5], { scalePoints: 5 })).toBe(0); // s² = 5.33 > 2
    expect(rwg([2, 4], { scalePoints: 5 })).toBe(0); // s² = 2 = σ²_E exactly: 0 without truncation
    expect(rwg([3, 3, 3], { scalePoints: 5 })).toBe(1);
  });

  it('rejects too few scores, non-finite scores and a bad scale, naming the path and value', () => {
    expect(inputError(() => rwg([4], { scalePoints: 5 })).path).toBe('scores');
    expect(inputError(() => rwg([4, Number.NaN], { scalePoints: 5 }))).toEqual({
      path: 'scores[1]',
      message: 'expected a finite number (received NaN)',
    });
    expect(inputError(() => rwg([4, 5], { scalePoints: 1 }))).toEqual({
      path: 'options.scalePoints',
      message: 'expected a number of at least 2 (received 1)',
    });
    expect(inputError(() => rwg([4, 5], { scalePoints: 4.5 })).path).toBe('options.scalePoints');
    expect(inputError(() => rwg([4, 5], { scalePoints: 5, nullVariance: 0 })).path).toBe('options.nullVariance');
    expect(inputError(() => rwg([4, 5], null as unknown as { scalePoints: number })).path).toBe('options');
  });
});

describe('rwgJ and rwgJLindell', () => {
  const matrix = [
    [4, 4, 5],
    [3, 4, 4],
    [5, 5, 5],
    [4, 3, 4],
  ];

  it('steps the single-item index up with J and leaves Lindell’s version unstepped', () => {
    // Hand computation: item variances 2/3, 2/3, 1/3, mean 5/9; ratio 5/18.
    // r_wg(J) = 3·(13/18) / (3·(13/18) + 5/18) = 39/44; r*_wg(J) = 13/18 (multilevel agrees, see fixture).
    expect(rwgJ(matrix, { scalePoints: 5 })).toBeCloseTo(39 / 44, 14);
    expect(rwgJLindell(matrix, { scalePoints: 5 })).toBeCloseTo(13 / 18, 14);
  });

  it('equals rwg for a single item', () => {
    const column = matrix.map((row) => [row[0] ?? 0]);
    expect(rwgJ(column, { scalePoints: 5 })).toBeCloseTo(rwg([4, 3, 5, 4], { scalePoints: 5 }), 14);
  });

  it('truncates rwgJ to 0 beyond the null but lets Lindell’s index go negative', () => {
    const split = [
      [1, 5],
      [5, 1],
    ];
    expect(rwgJ(split, { scalePoints: 5 })).toBe(0);
    expect(rwgJLindell(split, { scalePoints: 5 })).toBe(-3);
  });

  it('rejects ragged matrices, missing cells and a single rater', () => {
    expect(inputError(() => rwgJ([[1, 2], [3]], { scalePoints: 5 })).path).toBe('matrix[1]');
    expect(inputError(() => rwgJ([[1, 2], [3, null as unknown as number]], { scalePoints: 5 }))).toEqual({
      path: 'matrix[1][1]',
      message: 'expected a finite number; missing ratings are not allowed here (received null)',
    });
    expect(inputError(() => rwgJLindell([[1, 2]], { scalePoints: 5 })).path).toBe('matrix');
    expect(inputError(() => rwgJ([[], []], { scalePoints: 5 })).message).toContain('at least 1 columns');
  });
});

describe('awg (Brown & Hauenstein 2005), boundary by boundary as multilevel::awg', () => {
  const scale = { min: 1, max: 5 };

  it('computes 1 − 2s² / maximum variance inside the defined region', () => {
    // Hand computation: M = 4, s² = 0.5, max = (5 − 4)(4 − 1)·5/4 = 3.75, a_wg = 1 − 1/3.75.
    expect(awg([4, 4, 5, 3, 4], scale)).toBeCloseTo(1 - 1 / 3.75, 14);
  });

  it('reaches −1 at the maximum split and keeps the edge of the region defined', () => {
    // k = 4: the upper edge of the defined region is (5·3 + 1) / 4 = 4, which [5, 5, 5, 1] sits on.
    expect(awg([5, 5, 5, 1], scale)).toBe(-1);
    expect(awg([1, 1, 1, 5], scale)).toBe(-1);
  });

  it('returns null beyond the edge, where the index is not defined', () => {
    expect(awg([5, 5, 5, 4], scale)).toBeNull(); // M = 4.75 > 4
    expect(awg([1, 1, 1, 2], scale)).toBeNull(); // M = 1.25 < 2
    expect(awg([2, 2], scale)).toBeNull(); // full agreement, but M = 2 < (1 + 5) / 2 for two raters
  });

  it('returns 1 when every score is at one end of the scale (multilevel’s rule for M = L or H)', () => {
    expect(awg([5, 5, 5], scale)).toBe(1);
    expect(awg([1, 1], scale)).toBe(1);
  });

  it('returns null for a single score and throws for none', () => {
    expect(awg([3], scale)).toBeNull();
    expect(inputError(() => awg([], scale)).path).toBe('scores');
  });

  it('rejects scores off the scale and an empty scale', () => {
    expect(inputError(() => awg([3, 6], scale))).toEqual({
      path: 'scores[1]',
      message: 'expected a score from 1 to 5 (received 6)',
    });
    expect(inputError(() => awg([3, 3], { min: 5, max: 5 })).path).toBe('options.max');
  });
});

describe('averageDeviation (Burke, Finkelstein & Dusig 1999)', () => {
  it('defaults to deviations around the mean', () => {
    expect(averageDeviation([4, 4, 5, 3, 4])).toBe(0.4);
    expect(averageDeviation([4, 4, 5, 3, 4], { around: 'mean' })).toBe(0.4);
  });

  it('uses the middle-two mean as the median of an even count', () => {
    // Median of [1, 2, 4, 5, 5, 3] is 3.5; deviations 2.5 1.5 .5 1.5 1.5 .5 → 8 / 6.
    expect(averageDeviation([1, 2, 4, 5, 5, 3], { around: 'median' })).toBeCloseTo(4 / 3, 14);
    expect(averageDeviation([5, 5, 5, 4], { around: 'median' })).toBe(0.25);
  });

  it('does not sort or otherwise change its input', () => {
    const scores = frozen([5, 1, 3]);
    expect(averageDeviation(scores, { around: 'median' })).toBeCloseTo(4 / 3, 14);
  });

  it('rejects a single score and an unknown centre', () => {
    expect(inputError(() => averageDeviation([3])).path).toBe('scores');
    expect(inputError(() => averageDeviation([3, 4], { around: 'mode' as 'mean' })).path).toBe('options.around');
  });
});
