import { describe, expect, it } from 'vitest';
import { buildNorms, defaultNormMinimum, LmdInputError, normScore, percentileRank } from '../../src/index.js';
import fixture from '../fixtures/r/reliability.json' with { type: 'json' };

// Base R on a seeded norm group of 120 (test/fixtures/r/reliability.R): mean(s < x) for "below",
// ecdf(s)(x) for "at-or-below", their average for "mid-rank", and (x - mean(s)) / sd(s).
const sample = fixture.norms.sample.map(Number);

describe('buildNorms agrees with base R', () => {
  for (const method of ['below', 'at-or-below', 'mid-rank'] as const) {
    it(`percentile ranks (${method}), z and T`, () => {
      const norms = buildNorms(sample, { method });
      expect(norms.n).toBe(120);
      expect(Math.abs(norms.mean - Number(fixture.norms.mean))).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(norms.sd - Number(fixture.norms.sd))).toBeLessThanOrEqual(1e-12);
      for (const row of fixture.norms.scores) {
        const placed = normScore(norms, Number(row.score));
        const want = Number(method === 'below' ? row.below : method === 'at-or-below' ? row.atOrBelow : row.midRank);
        expect(Math.abs(placed.percentileRank - want)).toBeLessThanOrEqual(1e-9);
        expect(Math.abs(placed.z - Number(row.z))).toBeLessThanOrEqual(1e-9);
        expect(placed.t).toBeCloseTo(50 + 10 * Number(row.z), 9);
        // percentileRank with the norms equals percentileRank with the raw sample.
        expect(percentileRank(Number(row.score), norms)).toBe(percentileRank(Number(row.score), sample, method));
      }
    });
  }

  it('the norm table has one row per distinct score, ascending, and matches normScore', () => {
    const norms = buildNorms(sample);
    const distinct = [...new Set(sample)].sort((a, b) => a - b);
    expect(norms.table.map((row) => row.score)).toEqual(distinct);
    for (const row of norms.table) expect(normScore(norms, row.score)).toEqual(row);
    expect(JSON.parse(JSON.stringify(norms))).toEqual(norms);
  });
});

describe('buildNorms refuses what it cannot support', () => {
  it(`refuses a norm group smaller than minN (default ${defaultNormMinimum})`, () => {
    expect(defaultNormMinimum).toBe(100);
    expect(() => buildNorms(sample.slice(0, 99))).toThrow(/^sample: a norm group needs at least 100 scores/);
    expect(buildNorms(sample.slice(0, 30), { minN: 30 }).n).toBe(30);
    expect(() => buildNorms([3, 3, 3], { minN: 3 })).toThrow(/every score in the norm group is equal/);
    expect(() => buildNorms([1, 2], { minN: 1 })).toThrow(LmdInputError);
    expect(() => buildNorms([1, Number.NaN], { minN: 2 })).toThrow(LmdInputError);
  });

  it('percentileRank refuses a method other than the norms\' own, and malformed norms', () => {
    const norms = buildNorms([1, 2, 3, 3, 4], { minN: 5, method: 'below' });
    expect(percentileRank(3, norms, 'below')).toBe(40);
    expect(() => percentileRank(3, norms, 'mid-rank')).toThrow(/^method: expected the norms' own method "below"/);
    expect(() => percentileRank(3, { sorted: [] } as never)).toThrow(/^normSample: expected norms built by buildNorms/);
  });

  it('does not change its input', () => {
    const input = [5, 1, 3, 2, 4];
    buildNorms(input, { minN: 5 });
    expect(input).toEqual([5, 1, 3, 2, 4]);
  });
});
