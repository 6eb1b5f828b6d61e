import { describe, expect, it } from 'vitest';
import { alphaInterval, cronbachAlpha, iccIntervals, itemAnalysis, LmdInputError } from '../../src/index.js';
import fixture from '../fixtures/r/reliability.json' with { type: 'json' };

// Independent computation: R's psych 2.2.9 (ICC with lmer = FALSE, alpha with its default
// use = "pairwise", alpha.ci) on the same data, stored with the script that produced them
// (test/fixtures/r/reliability.R; regenerate with
// `Rscript test/fixtures/r/reliability.R > test/fixtures/r/reliability.json`).
// The bar is 1e-9 (closed forms), relative to the size of the value where it exceeds 1.
const TOLERANCE = 1e-9;

function expectClose(actual: number | null, expected: string | null, label: string): void {
  if (expected === null) {
    expect(actual, label).toBeNull();
    return;
  }
  const want = Number(expected);
  expect(actual, label).not.toBeNull();
  expect(Math.abs((actual as number) - want), label).toBeLessThanOrEqual(TOLERANCE * Math.max(1, Math.abs(want)));
}

const cells = (rows: readonly (readonly (string | null)[])[]): (number | null)[][] =>
  rows.map((row) => row.map((value) => (value === null ? null : Number(value))));

describe('iccIntervals agrees with psych::ICC(x, lmer = FALSE)$results', () => {
  const forms = ['icc1', 'icc2', 'icc3', 'icc1k', 'icc2k', 'icc3k'] as const;
  for (const row of fixture.icc) {
    it(row.name, () => {
      const result = iccIntervals(cells(row.matrix) as number[][], Number(row.level));
      for (const form of forms) {
        const expected = row[form];
        const actual = result[form];
        for (const key of ['value', 'lower', 'upper', 'f', 'df1', 'df2', 'p'] as const) {
          if ((key === 'lower' || key === 'upper') && actual[key] === null) {
            // Beyond the Spearman–Brown pole: psych's stepped-up bound lies above the estimate.
            expect(form).toBe('icc2k');
            expect(Number(expected.lower)).toBeGreaterThan(Number(expected.value));
            continue;
          }
          expectClose(actual[key], expected[key], `${form}.${key}`);
        }
      }
    });
  }

  it('throws a clear LmdInputError for missing cells, one target, and an undefined F', () => {
    expect(() => iccIntervals([[1, 2], [3, null as unknown as number]])).toThrow(LmdInputError);
    expect(() => iccIntervals([[1, 2, 3]])).toThrow(/at least 2 rows/);
    expect(() => iccIntervals([[3, 3], [3, 3]])).toThrow(/F statistics are not defined/);
    // Raters in perfect consistency: the residual mean square is 0, F is infinite.
    expect(() => iccIntervals([[1, 2], [2, 3], [4, 5]])).toThrow(/F statistics are not defined/);
    // Targets with identical means: the between-targets mean square is 0.
    expect(() => iccIntervals([[1, 5], [5, 1], [3, 3]])).toThrow(/F statistics are not defined/);
    expect(() => iccIntervals([[1, 2], [2, 4], [4, 5]], 1)).toThrow(/^level:/);
  });
});

describe('cronbachAlpha with pairwise-missing answers and itemAnalysis agree with psych::alpha', () => {
  for (const row of fixture.alpha) {
    it(row.name, () => {
      const matrix = cells(row.matrix);
      expectClose(cronbachAlpha(matrix, { missing: 'pairwise' }), row.rawAlpha, 'raw_alpha');
      if (row.alphaIfDropped === null) return;
      const analysis = itemAnalysis(matrix, { missing: 'pairwise' });
      expectClose(analysis.alpha, row.rawAlpha, 'alpha');
      analysis.rows.forEach((item, index) => {
        expectClose(item.n, row.itemN[index] as string, `n ${index}`);
        expectClose(item.mean, row.itemMean[index] as string, `mean ${index}`);
        expectClose(item.sd, row.itemSd[index] as string, `sd ${index}`);
        expectClose(item.rDrop, row.rDrop[index] as string, `r.drop ${index}`);
        expectClose(item.alphaIfDropped, (row.alphaIfDropped as string[])[index] as string, `alpha.drop ${index}`);
      });
    });
  }

  it('on complete data the pairwise mode equals the complete-data alpha', () => {
    const complete = cells(fixture.alpha[0]!.matrix) as number[][];
    expect(cronbachAlpha(complete, { missing: 'pairwise' })).toBeCloseTo(cronbachAlpha(complete) as number, 13);
    expect(itemAnalysis(complete).alpha).toBeCloseTo(cronbachAlpha(complete) as number, 13);
  });

  it('throws a clear LmdInputError for a constant item, too few shared answers, two items and null without pairwise', () => {
    expect(() => cronbachAlpha([[1, 4], [2, 4], [3, 4]], { missing: 'pairwise' })).toThrow(/item 1 has no variance/);
    expect(() => cronbachAlpha([[1, null], [2, 3], [null, 4]], { missing: 'pairwise' })).toThrow(/answered together by fewer than two/);
    expect(() => itemAnalysis([[1, 2], [2, 3], [3, 5]])).toThrow(/at least 3 columns/);
    expect(() => cronbachAlpha([[1, 2], [2, null]] as number[][])).toThrow(/missing ratings are not allowed/);
    expect(() => cronbachAlpha([[1, 2], [2, 3]], { missing: 'listwise' } as never)).toThrow(/^options\.missing/);
  });
});

describe('alphaInterval agrees with psych::alpha.ci (Feldt 1965)', () => {
  for (const row of fixture.alphaInterval) {
    it(`alpha ${row.alpha}, n ${row.n}, k ${row.k}, level ${row.level}`, () => {
      const interval = alphaInterval(Number(row.alpha), { n: row.n, k: row.k, level: Number(row.level) });
      expectClose(interval.lower, row.lower, 'lower');
      expectClose(interval.upper, row.upper, 'upper');
    });
  }
  it('refuses an alpha of 1 or more', () => {
    expect(() => alphaInterval(1, { n: 10, k: 3 })).toThrow(LmdInputError);
  });
});
