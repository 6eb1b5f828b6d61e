// Invariances the issue asks for (permutation invariance, scale invariance of d, no mutation),
// across every effect size and test, and across the whole range of doubles: a change of units
// (pounds to pence, hours to years, or data already near 10²⁰⁰ or 10⁻²⁰⁰) must not change d, g, t,
// p or r. Before the audit a scale near 10⁻³⁰⁰ made d null and t "not defined", and a scale near
// 10²⁰⁰ threw "expected a finite number (received Infinity)" on finite data.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  cohensD,
  cohensDFromSummary,
  differenceInDifferences,
  hedgesG,
  pairedEffectSize,
  tTest,
  wilcoxonSignedRank,
} from '../../src/index.js';
import { frozen } from '../helpers/json-safety.js';

const close = (x: number | null, y: number | null, tolerance = 1e-9): boolean =>
  x === null || y === null ? x === y : Math.abs(x - y) <= tolerance * Math.max(1, Math.abs(x), Math.abs(y));

/** Samples with a clear spread (integers, at least two distinct values). */
const spreadSample = fc
  .array(fc.integer({ min: -500, max: 500 }), { minLength: 2, maxLength: 25 })
  .filter((values) => new Set(values).size > 1);
/** Any positive scale a user's units could bring, from 10⁻³⁰⁰ to 10³⁰⁰. */
const anyScale = fc.double({ min: 1e-300, max: 1e300, noNaN: true });
/** A list with a permutation of it. */
const withShuffle = <T>(items: fc.Arbitrary<T[]>) =>
  items.chain((list) =>
    fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }).map((shuffled) => [list, shuffled] as const),
  );
/** Paired samples (before, after) with spread in the differences. */
const pairs = fc
  .array(fc.tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 })), { minLength: 3, maxLength: 25 })
  .filter((list) => new Set(list.map(([x, y]) => y - x)).size > 1 && new Set(list.map(([x]) => x)).size > 1 && new Set(list.map(([, y]) => y)).size > 1);

describe('scale invariance across the range of doubles', () => {
  test.prop([spreadSample, spreadSample, anyScale])('cohensD, hedgesG and the t test statistic do not depend on the units', (a, b, scale) => {
    const scaledA = a.map((x) => x * scale);
    const scaledB = b.map((x) => x * scale);
    expect(close(cohensD(scaledA, scaledB), cohensD(a, b))).toBe(true);
    expect(close(hedgesG(scaledA, scaledB), hedgesG(a, b))).toBe(true);
    for (const variant of ['pooled', 'welch'] as const) {
      const raw = tTest(a, b, { variant });
      const scaled = tTest(scaledA, scaledB, { variant });
      expect(close(scaled.t, raw.t)).toBe(true);
      expect(close(scaled.p, raw.p)).toBe(true);
      expect(close(scaled.meanDifference / scale, raw.meanDifference)).toBe(true);
    }
  });

  test.prop([spreadSample, spreadSample, anyScale])('cohensDFromSummary does not depend on the units', (a, b, scale) => {
    const summary = (values: number[], factor: number) => {
      const mean = values.reduce((total, x) => total + x, 0) / values.length;
      const sd = Math.sqrt(values.reduce((total, x) => total + (x - mean) ** 2, 0) / (values.length - 1));
      return { n: values.length, mean: mean * factor, sd: sd * factor };
    };
    const [x, y, sx, sy] = [summary(a, 1), summary(b, 1), summary(a, scale), summary(b, scale)];
    const d = cohensDFromSummary({ n1: x.n, mean1: x.mean, sd1: x.sd, n2: y.n, mean2: y.mean, sd2: y.sd });
    const scaled = cohensDFromSummary({ n1: sx.n, mean1: sx.mean, sd1: sx.sd, n2: sy.n, mean2: sy.mean, sd2: sy.sd });
    expect(close(scaled, d)).toBe(true);
  });

  test.prop([pairs, anyScale])('paired effect sizes and the paired t test do not depend on the units', (list, scale) => {
    const before = list.map(([x]) => x);
    const after = list.map(([, y]) => y);
    const raw = pairedEffectSize(before, after);
    const scaled = pairedEffectSize(
      before.map((x) => x * scale),
      after.map((y) => y * scale),
    );
    for (const key of ['dz', 'dav', 'drm', 'gav', 'correlation'] as const) expect(close(scaled[key], raw[key])).toBe(true);
    const t = tTest(after, before, { variant: 'paired' });
    const scaledT = tTest(
      after.map((y) => y * scale),
      before.map((x) => x * scale),
      { variant: 'paired' },
    );
    expect(close(scaledT.t, t.t)).toBe(true);
  });

  test.prop([spreadSample, spreadSample, spreadSample, spreadSample, anyScale])(
    'difference in differences: d_ppc2 and the interval in units of the estimate do not depend on the units',
    (tb, ta, cb, ca, scale) => {
      const raw = differenceInDifferences({ treatedBefore: tb, treatedAfter: ta, comparisonBefore: cb, comparisonAfter: ca });
      const times = (values: number[]) => values.map((x) => x * scale);
      const scaled = differenceInDifferences({
        treatedBefore: times(tb),
        treatedAfter: times(ta),
        comparisonBefore: times(cb),
        comparisonAfter: times(ca),
      });
      expect(close(scaled.dppc2, raw.dppc2)).toBe(true);
      expect(close(scaled.df, raw.df)).toBe(true);
      expect(close(scaled.estimate / scale, raw.estimate, 1e-8)).toBe(true);
    },
  );
});

describe('permutation invariance', () => {
  test.prop([withShuffle(pairs)])('paired effect sizes and the paired t test depend on the pairs, not their order', ([list, shuffled]) => {
    const raw = pairedEffectSize(
      list.map(([x]) => x),
      list.map(([, y]) => y),
    );
    const permuted = pairedEffectSize(
      shuffled.map(([x]) => x),
      shuffled.map(([, y]) => y),
    );
    for (const key of ['dz', 'dav', 'drm', 'gav', 'correlation', 'meanDifference'] as const) expect(close(permuted[key], raw[key])).toBe(true);
    const t = tTest(
      list.map(([, y]) => y),
      list.map(([x]) => x),
      { variant: 'paired' },
    );
    const permutedT = tTest(
      shuffled.map(([, y]) => y),
      shuffled.map(([x]) => x),
      { variant: 'paired' },
    );
    expect(close(permutedT.t, t.t)).toBe(true);
    expect(close(permutedT.p, t.p)).toBe(true);
  });

  test.prop([withShuffle(spreadSample), withShuffle(spreadSample)])('the two-group t tests do not depend on the order of values', ([a, shuffledA], [b, shuffledB]) => {
    for (const variant of ['pooled', 'welch'] as const) {
      const raw = tTest(a, b, { variant });
      const permuted = tTest(shuffledA, shuffledB, { variant });
      expect(close(permuted.t, raw.t)).toBe(true);
      expect(close(permuted.df, raw.df)).toBe(true);
      expect(close(permuted.p, raw.p)).toBe(true);
    }
  });

  test.prop([withShuffle(fc.array(fc.integer({ min: -30, max: 30 }), { minLength: 1, maxLength: 60 }).filter((values) => values.some((x) => x !== 0)))])(
    'wilcoxonSignedRank does not depend on the order of the differences',
    ([differences, shuffled]) => {
      const raw = wilcoxonSignedRank(differences);
      const permuted = wilcoxonSignedRank(shuffled);
      expect(permuted.wPlus).toBe(raw.wPlus);
      expect(permuted.p).toBe(raw.p);
    },
  );

  test.prop([withShuffle(spreadSample), spreadSample, spreadSample, withShuffle(spreadSample)])(
    'difference in differences (independent samples) does not depend on the order within a cell',
    ([tb, shuffledTb], ta, cb, [ca, shuffledCa]) => {
      const raw = differenceInDifferences({ treatedBefore: tb, treatedAfter: ta, comparisonBefore: cb, comparisonAfter: ca });
      const permuted = differenceInDifferences({ treatedBefore: shuffledTb, treatedAfter: ta, comparisonBefore: cb, comparisonAfter: shuffledCa });
      expect(close(permuted.estimate, raw.estimate)).toBe(true);
      expect(close(permuted.standardError, raw.standardError)).toBe(true);
      expect(close(permuted.dppc2, raw.dppc2)).toBe(true);
    },
  );
});

describe('no mutation', () => {
  test.prop([spreadSample, spreadSample, fc.constantFrom('pooled' as const, 'welch' as const)])(
    'tTest, cohensD and hedgesG leave frozen inputs and options alone',
    (a, b, variant) => {
      const first = frozen([...a]);
      const second = frozen([...b]);
      tTest(first, second, frozen({ variant, alternative: 'greater' as const, confidenceLevel: 0.9 }));
      cohensD(first, second);
      hedgesG(first, second);
      expect([first, second]).toEqual([a, b]);
    },
  );

  test.prop([pairs])('paired analyses leave frozen inputs alone', (list) => {
    const before = frozen(list.map(([x]) => x));
    const after = frozen(list.map(([, y]) => y));
    pairedEffectSize(before, after);
    tTest(after, before, frozen({ variant: 'paired' as const }));
    differenceInDifferences(frozen({ treatedBefore: before, treatedAfter: after, comparisonBefore: before, comparisonAfter: after }), frozen({ design: 'paired' as const }));
  });
});
