import { describe, expectTypeOf, it } from 'vitest';
import {
  awg,
  cronbachAlpha,
  icc,
  iccOneWay,
  percentileRank,
  ratersNeeded,
  reliableChange,
  rwg,
  rwgJ,
  spearmanBrown,
  type PercentileRankMethod,
  type ReferenceId,
} from '../../../src/index.js';
import * as lmd from '../../../src/lmd/index.js';

// The API contract: names and shapes other code relies on.
describe('the 360 statistics API contract', () => {
  it('returns numbers, or number | null where the statistic can be undefined', () => {
    expectTypeOf(rwg([4, 5], { scalePoints: 5 })).toEqualTypeOf<number>();
    expectTypeOf(rwgJ([[4, 5]], { scalePoints: 5 })).toEqualTypeOf<number>();
    expectTypeOf(spearmanBrown(0.5, 2)).toEqualTypeOf<number>();
    expectTypeOf(ratersNeeded(0.5, 0.8)).toEqualTypeOf<number>();
    expectTypeOf(percentileRank(3, [1, 2], 'mid-rank')).toEqualTypeOf<number>();
    expectTypeOf(awg([4, 5], { min: 1, max: 5 })).toEqualTypeOf<number | null>();
    expectTypeOf(cronbachAlpha([[1, 2]])).toEqualTypeOf<number | null>();
    expectTypeOf(iccOneWay([[1, 2]]).icc1).toEqualTypeOf<number | null>();
  });

  it('names the six ICC forms as psych does', () => {
    expectTypeOf(icc([[1, 2]])).toHaveProperty('icc1').toEqualTypeOf<number | null>();
    expectTypeOf(icc([[1, 2]])).toHaveProperty('icc3k').toEqualTypeOf<number | null>();
  });

  it('requires the percentile method and the rwg scale, and types the reliable-change direction', () => {
    expectTypeOf<PercentileRankMethod>().toEqualTypeOf<'below' | 'at-or-below' | 'mid-rank'>();
    // @ts-expect-error: the method is required
    percentileRank(3, [1, 2]);
    // @ts-expect-error: scalePoints is required
    rwg([4, 5], {});
    expectTypeOf(reliableChange({ before: 1, after: 2, sd: 1, reliability: 0.5 }).direction).toEqualTypeOf<
      'increase' | 'decrease' | 'none'
    >();
  });

  it('is exported from lmdkit/lmd as well as lmdkit', () => {
    expectTypeOf(lmd.rwg).toEqualTypeOf(rwg);
    expectTypeOf(lmd.percentileRank).toEqualTypeOf(percentileRank);
    expectTypeOf<'shrout-fleiss-1979'>().toExtend<ReferenceId>();
  });
});
