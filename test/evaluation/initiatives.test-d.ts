// Types of issue 6's initiative API: the design is a discriminated union on `template`, template
// and condition ids are literal unions, and a plan's measures are the contract's EvaluationMeasure.
import { describe, expectTypeOf, it } from 'vitest';
import {
  checkInitiativeDesign,
  getInitiativeTemplate,
  recommendMeasures,
  type EvaluationMeasure,
  type InitiativeConditionId,
  type InitiativeDesign,
  type InitiativeDesignFindingCode,
  type InitiativeTemplateId,
} from '../../src/index.js';

describe('initiative types', () => {
  it('narrows a design by its template', () => {
    expectTypeOf<Extract<InitiativeDesign, { template: 'on-the-job-coaching' }>>().toHaveProperty('sessionMinutes');
    expectTypeOf<Extract<InitiativeDesign, { template: 'peer-learning-circles' }>>().toHaveProperty('groupSize');
    // @ts-expect-error a coaching design has no group size
    const wrong: InitiativeDesign = { template: 'on-the-job-coaching', sessionMinutes: 90, practiceBased: true, peerObservation: true, workloadRelief: true, framedAsHelpingManagers: true, seniorBacking: true, groupSize: 8 };
    void wrong;
  });

  it('uses literal ids', () => {
    expectTypeOf<InitiativeTemplateId>().toEqualTypeOf<'peer-learning-circles' | 'on-the-job-coaching'>();
    expectTypeOf<'workload-relief'>().toExtend<InitiativeConditionId>();
    expectTypeOf<'no-such-condition'>().not.toExtend<InitiativeConditionId>();
    expectTypeOf(getInitiativeTemplate('on-the-job-coaching').interventionId).toEqualTypeOf<'line-manager-coaching'>();
    expectTypeOf(checkInitiativeDesign).returns.toHaveProperty('findings');
    expectTypeOf<'COACHING_NO_WORKLOAD_RELIEF'>().toExtend<InitiativeDesignFindingCode>();
  });

  it('returns contract measures', () => {
    expectTypeOf(recommendMeasures({ template: 'peer-learning-circles' }).measures).toEqualTypeOf<readonly EvaluationMeasure[]>();
    // @ts-expect-error an unknown template id does not compile
    recommendMeasures({ template: 'away-day' });
  });
});
