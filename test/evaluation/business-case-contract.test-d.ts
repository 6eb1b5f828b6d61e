// Pins issue 6's API contract for the business case: checkBusinessCase({ problem, goals,
// successMeasures, costOfInaction, pilot?, sponsor?, costs?, benefits?, evidence? }) →
// { complete, missing, findings, summary }, with missing naming the senior-leader questions.
import { describe, expectTypeOf, it } from 'vitest';
import {
  checkBusinessCase,
  type BusinessCaseInput,
  type BusinessCaseSummaryRow,
  type EvaluationMeasure,
  type PhillipsRoiInput,
  type SeniorLeaderQuestionId,
} from '../../src/index.js';

describe('issue 6 API contract: checkBusinessCase', () => {
  it('takes the contract’s keys, the four answers required and the rest optional', () => {
    expectTypeOf<BusinessCaseInput>().toHaveProperty('problem').toEqualTypeOf<string>();
    expectTypeOf<BusinessCaseInput>().toHaveProperty('costOfInaction').toEqualTypeOf<string>();
    expectTypeOf<BusinessCaseInput['successMeasures'][number]['level']>().toEqualTypeOf<EvaluationMeasure['level']>();
    expectTypeOf<BusinessCaseInput['costs']>().toEqualTypeOf<PhillipsRoiInput['costs'] | undefined>();
    expectTypeOf<NonNullable<BusinessCaseInput['benefits']>>().toEqualTypeOf<PhillipsRoiInput['benefits']>();
    expectTypeOf<Pick<BusinessCaseInput, 'pilot' | 'sponsor' | 'evidence'>>().toMatchTypeOf<{ pilot?: unknown; sponsor?: unknown; evidence?: unknown }>();
  });

  it('returns { complete, missing, findings, summary }', () => {
    const result = checkBusinessCase({ problem: '', goals: [], successMeasures: [], costOfInaction: '' });
    expectTypeOf(result.complete).toEqualTypeOf<boolean>();
    expectTypeOf(result.missing).toEqualTypeOf<readonly SeniorLeaderQuestionId[]>();
    expectTypeOf<(typeof result.findings)[number]['code']>().toBeString();
    expectTypeOf(result.summary).toEqualTypeOf<readonly BusinessCaseSummaryRow[]>();
    expectTypeOf<BusinessCaseSummaryRow['answer']>().toEqualTypeOf<string | number>();
  });
});
