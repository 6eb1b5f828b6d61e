import { describe, expect, it } from 'vitest';
import { LmdInputError, hasRaterDisagreement, raterSpread, reliableChange } from '../../../src/index.js';
import { frozen, roundTrip, thrownBy, unsafeJsonPaths } from '../../helpers/json-safety.js';

const issuePath = (run: () => unknown): string => {
  const error = thrownBy(run);
  expect(error).toBeInstanceOf(LmdInputError);
  return (error as LmdInputError).issues[0]?.path ?? '';
};

describe('reliableChange (Jacobson & Truax 1991)', () => {
  it('computes SE, S_diff and the index by the paper’s formulas', () => {
    // Hand computation (R agrees, see the fixture): SE = 10·√0.2 = 4.4721, S_diff = √2·SE = 6.3246,
    // RCI = 10 / 6.3246 = 1.5811: not reliable.
    const result = reliableChange({ before: 50, after: 60, sd: 10, reliability: 0.8 });
    expect(result.standardError).toBeCloseTo(4.472135955, 9);
    expect(result.standardErrorOfDifference).toBeCloseTo(6.32455532, 8);
    expect(result.index).toBeCloseTo(1.58113883, 8);
    expect(result).toMatchObject({ change: 10, criterion: 1.96, reliable: false, direction: 'increase' });
  });

  it('treats |RCI| of exactly 1.96 as not reliable, and anything above as reliable', () => {
    // sd 1 and reliability 0.5 make S_diff exactly 1, so the index equals the change.
    const base = { before: 0, sd: 1, reliability: 0.5 };
    expect(reliableChange({ ...base, after: 1.96 })).toMatchObject({ index: 1.96, reliable: false });
    expect(reliableChange({ ...base, after: -1.96 })).toMatchObject({ index: -1.96, reliable: false, direction: 'decrease' });
    expect(reliableChange({ ...base, after: 1.9600000000000002 }).reliable).toBe(true);
    expect(reliableChange({ ...base, after: -1.97 })).toMatchObject({ reliable: true, direction: 'decrease' });
  });

  it('reports no direction for no change, and a plain JSON result', () => {
    const result = reliableChange(frozen({ before: 3.5, after: 3.5, sd: 0.6, reliability: 0 }));
    expect(result).toMatchObject({ index: 0, reliable: false, direction: 'none' });
    expect(unsafeJsonPaths(result)).toEqual([]);
    expect(roundTrip(result)).toEqual(result);
  });

  it('rejects a reliability of 1, a zero sd and non-finite scores', () => {
    expect(issuePath(() => reliableChange({ before: 1, after: 2, sd: 1, reliability: 1 }))).toBe('input.reliability');
    expect(issuePath(() => reliableChange({ before: 1, after: 2, sd: 0, reliability: 0.5 }))).toBe('input.sd');
    expect(issuePath(() => reliableChange({ before: 1, after: 2, sd: 5e-324, reliability: 0.5 }))).toBe('input.sd');
    expect(issuePath(() => reliableChange({ before: Number.NaN, after: 2, sd: 1, reliability: 0.5 }))).toBe('input.before');
    expect(issuePath(() => reliableChange(undefined as unknown as { before: 1; after: 1; sd: 1; reliability: 0 }))).toBe('input');
  });
});

describe('raterSpread and hasRaterDisagreement (CCL practice: 3+ points apart)', () => {
  it('measures the spread as highest minus lowest', () => {
    expect(raterSpread([2, 5, 4])).toBe(3);
    expect(raterSpread([4])).toBe(0);
    expect(raterSpread([-1, 1.5])).toBe(2.5);
  });

  it('flags a spread of exactly 3 by default (the boundary is inclusive) and not 2', () => {
    expect(hasRaterDisagreement([2, 5])).toBe(true);
    expect(hasRaterDisagreement([2, 4, 4])).toBe(false);
    expect(hasRaterDisagreement([1, 5, 3])).toBe(true);
    expect(hasRaterDisagreement([4])).toBe(false);
  });

  it('uses the points option when given', () => {
    expect(hasRaterDisagreement([3, 5], { points: 2 })).toBe(true);
    expect(hasRaterDisagreement([1, 5], { points: 5 })).toBe(false);
  });

  it('rejects empty groups, bad scores and bad thresholds', () => {
    expect(issuePath(() => raterSpread([]))).toBe('scores');
    expect(issuePath(() => hasRaterDisagreement([1, Number.NaN]))).toBe('scores[1]');
    expect(issuePath(() => hasRaterDisagreement([1, 2], { points: 0 }))).toBe('options.points');
  });
});
