import { describe, expect, it } from 'vitest';
import { LmdInputError, percentileRank } from '../../src/index.js';
import { percentileRank as fromLmd } from '../../src/lmd/index.js';
import { frozen, thrownBy } from '../helpers/json-safety.js';

const issuePath = (run: () => unknown): string => {
  const error = thrownBy(run);
  expect(error).toBeInstanceOf(LmdInputError);
  return (error as LmdInputError).issues[0]?.path ?? '';
};

// Hand computations; base R agrees (test/fixtures/r/feedback360-statistics.R: the "at-or-below"
// method is ecdf(norm)(score)). The mid-point convention for ties follows Crocker & Algina (1986).
describe('percentileRank', () => {
  const norm = frozen([1, 2, 3, 3, 3, 4, 5, 5]);

  it('counts ties as each method says', () => {
    // 2 values below 3, 3 equal to it, n = 8.
    expect(percentileRank(3, norm, 'below')).toBe(25);
    expect(percentileRank(3, norm, 'at-or-below')).toBe(62.5);
    expect(percentileRank(3, norm, 'mid-rank')).toBe(43.75);
  });

  it('agrees across methods when the score ties with nothing', () => {
    for (const method of ['below', 'at-or-below', 'mid-rank'] as const) {
      expect(percentileRank(3.5, norm, method)).toBe(62.5);
    }
  });

  it('reaches 0 and 100 at the ends', () => {
    expect(percentileRank(0, norm, 'at-or-below')).toBe(0);
    expect(percentileRank(1, norm, 'below')).toBe(0);
    expect(percentileRank(5, norm, 'at-or-below')).toBe(100);
    expect(percentileRank(5, norm, 'mid-rank')).toBe(87.5);
    expect(percentileRank(9, norm, 'below')).toBe(100);
  });

  it('handles a sample where every value ties with the score', () => {
    expect(percentileRank(4, [4, 4, 4], 'below')).toBe(0);
    expect(percentileRank(4, [4, 4, 4], 'at-or-below')).toBe(100);
    expect(percentileRank(4, [4, 4, 4], 'mid-rank')).toBe(50);
  });

  it('is the same function from lmdkit and lmdkit/lmd', () => {
    expect(fromLmd).toBe(percentileRank);
  });

  it('requires a method, a finite score and a non-empty finite sample', () => {
    expect(issuePath(() => percentileRank(3, norm, 'median' as 'below'))).toBe('method');
    expect(issuePath(() => percentileRank(3, norm, undefined as unknown as 'below'))).toBe('method');
    expect(issuePath(() => percentileRank(Number.NaN, norm, 'below'))).toBe('score');
    expect(issuePath(() => percentileRank(3, [], 'below'))).toBe('normSample');
    expect(issuePath(() => percentileRank(3, [1, Number.NaN], 'below'))).toBe('normSample[1]');
  });
});
