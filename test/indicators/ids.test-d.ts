import { describe, expectTypeOf, it } from 'vitest';
import {
  getLmIndicator,
  getLmRequirement,
  recognitionLevel,
  type LmAudience,
  type LmIndicatorId,
  type LmRequirementId,
  type RecognitionLevel,
  type ReferenceId,
} from '../../src/index.js';

describe('literal id types', () => {
  it('are unions of the model’s ids, so typos fail to compile', () => {
    expectTypeOf<LmIndicatorId>().toEqualTypeOf<'LM1' | 'LM2' | 'LM3' | 'LM4' | 'LM5' | 'LM6' | 'LM7' | 'LM8' | 'LM9'>();
    expectTypeOf<'LM3.4'>().toExtend<LmRequirementId>();
    expectTypeOf<'LM3.5'>().not.toExtend<LmRequirementId>();
    expectTypeOf<'LM10'>().not.toExtend<LmIndicatorId>();
    expectTypeOf<'day-2000'>().toExtend<ReferenceId>();
    expectTypeOf<'day-2001'>().not.toExtend<ReferenceId>();
    expectTypeOf<LmAudience>().toEqualTypeOf<
      'top-managers' | 'leaders-and-managers' | 'potential-leaders-and-managers' | 'people'
    >();
  });

  it('narrow lookups to the indicator asked for', () => {
    expectTypeOf(getLmIndicator('LM2').id).toEqualTypeOf<'LM2'>();
    expectTypeOf(getLmRequirement('LM2.1').indicatorId).toEqualTypeOf<LmIndicatorId>();
    expectTypeOf(getLmIndicator).parameter(0).toEqualTypeOf<LmIndicatorId>();
  });

  it('type the recognition levels', () => {
    expectTypeOf(recognitionLevel({ meetsStandard: true, additionalRequirementsMet: 1 })).toEqualTypeOf<RecognitionLevel>();
    expectTypeOf<RecognitionLevel>().toEqualTypeOf<'none' | 'standard' | 'bronze' | 'silver' | 'gold'>();
  });
});
