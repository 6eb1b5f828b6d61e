import { describe, expectTypeOf, it } from 'vitest';
import {
  cohensD,
  cohensDConfidenceInterval,
  differenceInDifferences,
  pairedEffectSize,
  tTest,
  wilcoxonSignedRank,
  type ConfidenceInterval,
  type TTestVariant,
} from '../../src/index.js';

describe('evaluation statistics types', () => {
  it('effect sizes are number | null, never undefined', () => {
    expectTypeOf(cohensD([1, 2], [3, 4])).toEqualTypeOf<number | null>();
    expectTypeOf(pairedEffectSize([1, 2], [3, 4]).drm).toEqualTypeOf<number | null>();
  });

  it('t test options and results are typed', () => {
    expectTypeOf(tTest).parameter(2).toExtend<{ variant?: TTestVariant } | undefined>();
    expectTypeOf(tTest([1, 2], [3, 4]).confidenceInterval).toEqualTypeOf<ConfidenceInterval>();
    // @ts-expect-error an unknown variant does not compile
    tTest([1, 2], [3, 4], { variant: 'student' });
  });

  it('interval input is one of the two designs', () => {
    expectTypeOf(cohensDConfidenceInterval({ d: 1, n: 5, measure: 'dz' }).lower).toEqualTypeOf<number>();
    // @ts-expect-error d alone is not enough
    cohensDConfidenceInterval({ d: 1 });
  });

  it('wilcoxon and difference-in-differences results', () => {
    expectTypeOf(wilcoxonSignedRank([1, 2]).exact).toEqualTypeOf<boolean>();
    expectTypeOf(differenceInDifferences({ treatedBefore: 1, treatedAfter: 2, comparisonBefore: 1, comparisonAfter: 1 }).dppc2).toEqualTypeOf<
      number | null
    >();
  });
});
