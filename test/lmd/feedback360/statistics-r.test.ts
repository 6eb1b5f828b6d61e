import { describe, expect, it } from 'vitest';
import {
  averageDeviation,
  awg,
  cronbachAlpha,
  icc,
  iccOneWay,
  percentileRank,
  reliableChange,
  rwg,
  rwgJ,
  rwgJLindell,
  spearmanBrown,
} from '../../../src/index.js';
import fixture from '../../fixtures/r/feedback360-statistics.json' with { type: 'json' };

// Independent computation: R's multilevel (rwg, rwg.j, rwg.j.lindell, awg, ad.m, ICC1 and ICC2 on
// aov) and psych (ICC with lmer = FALSE, alpha's raw_alpha) on the same data, stored with the
// script that produced them (test/fixtures/r/feedback360-statistics.R; regenerate with
// `Rscript test/fixtures/r/feedback360-statistics.R > test/fixtures/r/feedback360-statistics.json`).
// The bar is 1e-9, relative to the size of the value where it exceeds 1; R's NA must be lmdkit's
// null. Observed (2026-11-22): rwg, awg and both AD indices agree exactly; rwg.j and Lindell's to
// 1.1e-16; the six ICCs to 8.3e-16 and alpha to 1.7e-16; the one-way ICC(1) to 3.3e-16 and ICC(2) to
// 4.2e-15 relative (R's aov() works through a QR decomposition, lmdkit through sums of squares).
const TOLERANCE = 1e-9;
const numbers = (values: readonly string[]): number[] => values.map(Number);

function expectClose(actual: number | null, expected: string | null, label: string): void {
  if (expected === null) {
    expect(actual, label).toBeNull();
    return;
  }
  const want = Number(expected);
  expect(actual, label).not.toBeNull();
  expect(Math.abs((actual as number) - want), label).toBeLessThanOrEqual(TOLERANCE * Math.max(1, Math.abs(want)));
}

describe('single-item agreement agrees with multilevel::rwg, awg and ad.m', () => {
  for (const item of fixture.items) {
    it(item.name, () => {
      const scores = numbers(item.scores);
      expectClose(rwg(scores, { scalePoints: item.scalePoints }), item.rwg, 'rwg');
      expectClose(
        rwg(scores, { scalePoints: item.scalePoints, nullVariance: Number(item.nullVariance) }),
        item.rwgSkewedNull,
        'rwg with a skewed null',
      );
      expectClose(awg(scores, { min: 1, max: item.scalePoints }), item.awg, 'awg');
      expectClose(averageDeviation(scores), item.adMean, 'ad.m mean');
      expectClose(averageDeviation(scores, { around: 'median' }), item.adMedian, 'ad.m median');
    });
  }
});

describe('multi-item agreement agrees with multilevel::rwg.j and rwg.j.lindell', () => {
  for (const testCase of fixture.matrices) {
    it(testCase.name, () => {
      const matrix = testCase.matrix.map(numbers);
      expectClose(rwgJ(matrix, { scalePoints: testCase.scalePoints }), testCase.rwgJ, 'rwg.j');
      expectClose(rwgJLindell(matrix, { scalePoints: testCase.scalePoints }), testCase.rwgJLindell, 'rwg.j.lindell');
    });
  }
});

describe('icc and cronbachAlpha agree with psych::ICC(lmer = FALSE) and psych::alpha', () => {
  for (const testCase of fixture.icc) {
    it(testCase.name, () => {
      const matrix = testCase.matrix.map(numbers);
      const result = icc(matrix);
      expectClose(result.icc1, testCase.icc1, 'ICC1');
      expectClose(result.icc2, testCase.icc2, 'ICC2');
      expectClose(result.icc3, testCase.icc3, 'ICC3');
      expectClose(result.icc1k, testCase.icc1k, 'ICC1k');
      expectClose(result.icc2k, testCase.icc2k, 'ICC2k');
      expectClose(result.icc3k, testCase.icc3k, 'ICC3k');
      expectClose(cronbachAlpha(matrix), testCase.alpha, 'raw_alpha');
    });
  }
});

describe('iccOneWay agrees with multilevel::ICC1 and ICC2 on aov() for unbalanced groups', () => {
  for (const testCase of fixture.groups) {
    it(testCase.name, () => {
      const result = iccOneWay(testCase.groups.map(numbers));
      expectClose(result.icc1, testCase.icc1, 'ICC1');
      expectClose(result.icc2, testCase.icc2, 'ICC2');
    });
  }
});

describe('closed-form helpers agree with base R', () => {
  const norm = numbers(fixture.percentileNorm);
  it.each(fixture.percentileRanks.map((row) => [row.score, row] as const))('percentile ranks of %s', (_score, row) => {
    const score = Number(row.score);
    expectClose(percentileRank(score, norm, 'below'), row.below, 'below');
    expectClose(percentileRank(score, norm, 'at-or-below'), row.atOrBelow, 'at-or-below (ecdf)');
    expectClose(percentileRank(score, norm, 'mid-rank'), row.midRank, 'mid-rank');
  });

  it.each(fixture.spearmanBrown.map((row) => [row.r, row.k, row] as const))('Spearman–Brown r = %s, k = %s', (_r, _k, row) => {
    expectClose(spearmanBrown(Number(row.r), Number(row.k)), row.stepped, 'stepped-up reliability');
  });

  it.each(fixture.reliableChange.map((row) => [row.before, row.after, row] as const))('reliable change %s → %s', (_b, _a, row) => {
    const result = reliableChange({
      before: Number(row.before),
      after: Number(row.after),
      sd: Number(row.sd),
      reliability: Number(row.reliability),
    });
    expectClose(result.standardErrorOfDifference, row.sDiff, 'S_diff');
    expectClose(result.index, row.index, 'RCI');
  });
});
