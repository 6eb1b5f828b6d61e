// The development plan's API contract (issue 16, parts 4 and 5): the names and shapes the command,
// the renderers and apps rely on.
import { describe, expectTypeOf, it } from 'vitest';
import {
  developmentCycleEvidence,
  planDevelopment,
  planEvaluation,
  type DevelopmentCycleEvidence,
  type DevelopmentEvaluationPlan,
  type DevelopmentPlan,
  type DevelopmentPlanFinding,
  type EvaluationPlanInput,
  type Feedback360Report,
  type LmEvidenceItem,
  type Participant360Report,
  type PlanDevelopmentOptions,
} from '../../../src/index.js';

describe('development plan contract', () => {
  it('planDevelopment takes either report and optional choices, and gives a DevelopmentPlan', () => {
    expectTypeOf(planDevelopment).parameter(0).toEqualTypeOf<Feedback360Report | Participant360Report>();
    expectTypeOf(planDevelopment).parameter(1).toEqualTypeOf<PlanDevelopmentOptions | undefined>();
    expectTypeOf(planDevelopment).returns.toEqualTypeOf<DevelopmentPlan>();
    expectTypeOf<DevelopmentPlan['findings'][number]>().toEqualTypeOf<DevelopmentPlanFinding>();
    expectTypeOf<DevelopmentPlanFinding['audience']>().toEqualTypeOf<'participant' | 'coach'>();
    expectTypeOf<DevelopmentPlan['priorities'][number]['goal']['timeBound']>().toEqualTypeOf<string | null>();
    expectTypeOf<DevelopmentPlan['priorities'][number]['goal']['specific']>().toEqualTypeOf<string>();
  });

  it('planEvaluation gives an evaluation plan input; developmentCycleEvidence gives L&M evidence items', () => {
    expectTypeOf(planEvaluation).parameter(0).toEqualTypeOf<readonly DevelopmentPlan[]>();
    expectTypeOf(planEvaluation).returns.toEqualTypeOf<DevelopmentEvaluationPlan>();
    expectTypeOf<DevelopmentEvaluationPlan['plan']>().toExtend<EvaluationPlanInput>();
    expectTypeOf(developmentCycleEvidence).returns.toEqualTypeOf<DevelopmentCycleEvidence>();
    expectTypeOf<DevelopmentCycleEvidence['evidence'][number]>().toEqualTypeOf<LmEvidenceItem>();
  });
});
