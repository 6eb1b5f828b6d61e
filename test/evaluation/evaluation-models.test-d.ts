import { describe, expectTypeOf, it } from 'vitest';
import {
  checkEvaluationPlan,
  getEvaluationModel,
  mapLevel,
  type EvaluationModelId,
  type EvaluationPlanFindingCode,
  type LevelMapping,
} from '../../src/index.js';

describe('evaluation models and plans: types', () => {
  it('uses literal ids, so a mistyped model fails to compile', () => {
    expectTypeOf<EvaluationModelId>().toEqualTypeOf<'kirkpatrick' | 'phillips' | 'ltem' | 'success-case' | 'kaufman' | 'hamblin'>();
    expectTypeOf(getEvaluationModel('kaufman').id).toEqualTypeOf<'kaufman'>();
    // @ts-expect-error not a model id
    getEvaluationModel('cipp');
    // @ts-expect-error not a model id
    mapLevel(1, 'kirkpatrick', 'Phillips');
  });

  it('returns plain, documented shapes', () => {
    expectTypeOf(mapLevel(1, 'kirkpatrick', 'phillips')).toEqualTypeOf<LevelMapping>();
    expectTypeOf<LevelMapping['correspondence']>().toEqualTypeOf<'exact' | 'partial' | 'none'>();
    const result = checkEvaluationPlan({ measures: [] });
    expectTypeOf(result.levelsCovered.model).toEqualTypeOf<'kirkpatrick'>();
    expectTypeOf(result.findings[0]?.code).toEqualTypeOf<EvaluationPlanFindingCode | undefined>();
    expectTypeOf(result.findings[0]?.measureIndex).toEqualTypeOf<number | undefined>();
  });
});
