import { describe, expectTypeOf, it } from 'vitest';
import {
  bradfordBand,
  bradfordExampleSchemes,
  paybackMonths,
  percentageChange,
  phillipsRoi,
  turnoverRate,
  type PhillipsCostCategory,
  type PhillipsRoi,
  type PhillipsRoiFinding,
} from '../../src/index.js';

describe('evaluation types', () => {
  it('returns null only where the docs say a value can be undefined', () => {
    expectTypeOf(turnoverRate({ leavers: 1, averageHeadcount: 2 })).toEqualTypeOf<number>();
    expectTypeOf(percentageChange({ before: 1, after: 2 })).toEqualTypeOf<number | null>();
    expectTypeOf(paybackMonths({ cost: 1, annualBenefit: 2 })).toEqualTypeOf<number | null>();
    expectTypeOf<PhillipsRoi['paybackMonths']>().toEqualTypeOf<number | null>();
  });

  it('types cost categories and finding codes as literal unions', () => {
    expectTypeOf<PhillipsCostCategory>().toEqualTypeOf<
      | 'needs-assessment'
      | 'design'
      | 'acquisition'
      | 'delivery'
      | 'materials'
      | 'participant-time'
      | 'travel'
      | 'facilities'
      | 'overhead'
      | 'evaluation'
      | 'other'
    >();
    expectTypeOf<PhillipsRoiFinding['code']>().toEqualTypeOf<
      | 'PHILLIPS_ADJUSTMENT_MISSING'
      | 'PHILLIPS_NO_MONETARY_BENEFITS'
      | 'PHILLIPS_MULTI_YEAR_BENEFITS'
      | 'PHILLIPS_PARTICIPANT_TIME_MISSING'
      | 'PHILLIPS_EVALUATION_COST_MISSING'
      | 'PHILLIPS_DOUBLE_DISCOUNT'
      | 'PHILLIPS_HIGH_ATTRIBUTION_WEAK_METHOD'
      | 'PHILLIPS_ISOLATION_NOT_STATED'
    >();
  });

  it('rejects a misspelt cost category and accepts the example schemes', () => {
    // @ts-expect-error 'lunch' is not a cost category
    phillipsRoi({ benefits: [], costs: [{ label: 'x', amount: 1, category: 'lunch' }] });
    expectTypeOf(bradfordBand(10, bradfordExampleSchemes[0]).label).toEqualTypeOf<string>();
  });
});
