import { describe, expect, it } from 'vitest';
import { LmdInputError, mean, sampleVariance, sum } from '../../src/index.js';
import { frozen, thrownBy } from '../helpers/json-safety.js';

// Reference values:
// - R 4.x: var(1:10) → 9.166667 (= 55/6); var(c(4,4,5,3,4)) → 0.5; var(c(2,4,4,4,5,5,7,9)) → 4.571429 (= 32/7);
//   mean(c(2,4,4,4,5,5,7,9)) → 5.
// - NIST Statistical Reference Datasets, univariate summary statistics, NumAcc1 (certified mean
//   10000002, certified sd 1) and NumAcc3 (1001 values: 1000000.2 then 500 pairs of 1000000.1 and
//   1000000.3; certified mean 1000000.2, certified sd 0.1). These catch the cancellation that the
//   one-pass variance formula suffers.
// - Python's math.fsum (exactly rounded sums): fsum([0.1] * 10) → 1.0; fsum([1e100, 1.0, -1e100]) → 1.0.

describe('sum', () => {
  it('adds a short list exactly', () => {
    expect(sum([1, 2, 3.5])).toBe(6.5);
    expect(sum([])).toBe(0);
  });

  it('matches exactly rounded summation where naive addition drifts (math.fsum)', () => {
    const tenths = Array.from({ length: 10 }, () => 0.1);
    expect(tenths.reduce((total, value) => total + value, 0)).not.toBe(1); // the naive sum drifts
    expect(sum(tenths)).toBe(1);
    expect(sum([1e100, 1, -1e100])).toBe(1);
    expect(sum([0.1, 0.2, 0.3])).toBe(0.6);
  });

  it('rejects non-finite values, naming the position', () => {
    const error = thrownBy(() => sum([1, Number.NaN]));
    expect(error).toBeInstanceOf(LmdInputError);
    expect((error as LmdInputError).issues[0]?.path).toBe('values[1]');
    expect((error as LmdInputError).message).toContain('NaN');
    expect(() => sum([Number.POSITIVE_INFINITY])).toThrow(LmdInputError);
    expect(() => sum('1,2' as unknown as number[])).toThrow(LmdInputError);
  });

  it('rejects a total that overflows instead of returning Infinity', () => {
    expect(() => sum([Number.MAX_VALUE, Number.MAX_VALUE])).toThrow(LmdInputError);
  });
});

describe('mean', () => {
  it('matches R', () => {
    expect(mean([2, 4, 4, 4, 5, 5, 7, 9])).toBe(5);
    expect(mean([4, 4, 5, 3, 4])).toBe(4);
  });

  it('matches NIST NumAcc1 certified mean', () => {
    expect(mean([10000001, 10000003, 10000002])).toBe(10000002);
  });

  it('rejects an empty list', () => {
    const error = thrownBy(() => mean([]));
    expect(error).toBeInstanceOf(LmdInputError);
    expect((error as LmdInputError).message).toBe('values: expected at least 1 value (received 0)');
  });

  it('does not mutate its input', () => {
    const values = frozen([3, 1, 2]);
    expect(mean(values)).toBe(2);
  });
});

describe('sampleVariance', () => {
  it('matches R var()', () => {
    expect(sampleVariance([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBeCloseTo(55 / 6, 14);
    expect(sampleVariance([4, 4, 5, 3, 4])).toBe(0.5);
    expect(sampleVariance([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(32 / 7, 14);
  });

  it('matches NIST NumAcc1 (certified sd 1)', () => {
    expect(sampleVariance([10000001, 10000003, 10000002])).toBe(1);
  });

  it('matches NIST NumAcc3 (certified sd 0.1) to 1e-9 relative', () => {
    const values = [1000000.2];
    for (let index = 0; index < 500; index += 1) values.push(1000000.1, 1000000.3);
    expect(Math.abs(sampleVariance(values) - 0.01) / 0.01).toBeLessThan(1e-9);
  });

  it('is zero for identical values and never negative', () => {
    expect(sampleVariance([7, 7, 7])).toBe(0);
  });

  it('needs two values', () => {
    expect(() => sampleVariance([1])).toThrow(LmdInputError);
  });
});
