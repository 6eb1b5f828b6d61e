import { describe, expectTypeOf, it } from 'vitest';
import {
  analysePortfolio,
  classifyIntervention,
  getIntervention,
  profileFullRange,
  type DevelopmentFocus,
  type FullRangeScaleId,
  type InterventionId,
  type PortfolioBasis,
} from '../../src/index.js';

describe('lmd literal id types', () => {
  it('makes a mistyped intervention id a compile error', () => {
    expectTypeOf<'action-learning-set'>().toExtend<InterventionId>();
    expectTypeOf<'action-learning'>().not.toExtend<InterventionId>();
    // @ts-expect-error — 'away-day' is not an intervention id
    classifyIntervention('away-day');
    // @ts-expect-error — nor is a misspelt one
    getIntervention('coachng');
    // @ts-expect-error — portfolio items are checked too
    analysePortfolio({ items: [{ interventionId: 'offsite' }] });
  });

  it('narrows lookups and classification', () => {
    expectTypeOf(getIntervention('team-coaching').focus).toEqualTypeOf<'leadership'>();
    expectTypeOf(getIntervention('coaching').id).toEqualTypeOf<'coaching'>();
    expectTypeOf(classifyIntervention('coaching')).toEqualTypeOf<DevelopmentFocus>();
    expectTypeOf<DevelopmentFocus>().toEqualTypeOf<'leader' | 'leadership'>();
    expectTypeOf(analysePortfolio({ items: [{ interventionId: 'coaching' }] }).basis).toEqualTypeOf<PortfolioBasis>();
    expectTypeOf<PortfolioBasis>().toEqualTypeOf<'spend' | 'hours' | 'count'>();
  });

  it('keys full range scores by scale id', () => {
    expectTypeOf<'laissez-faire'>().toExtend<FullRangeScaleId>();
    expectTypeOf<'charisma'>().not.toExtend<FullRangeScaleId>();
    // @ts-expect-error — 'charisma' is not a scale of the model
    profileFullRange({ charisma: 3 });
  });
});
