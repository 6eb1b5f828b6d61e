// Issue 5 audit: whatever an untyped caller passes (from JSON, a CSV, a form), the lmd entry points
// either return a plain result or throw LmdInputError — never a TypeError from deep inside, never
// a mutated input. Garbage is mixed with near-valid records so that validation is exercised deeply.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  analysePortfolio,
  checkActionLearningDesign,
  classifyIntervention,
  fullRangeScaleIds,
  getIntervention,
  interventionIds,
  LmdInputError,
  profileFullRange,
  setAdviserRoles,
  systemicConditionRatings,
} from '../../src/index.js';
import { frozen, unsafeJsonPaths } from '../helpers/json-safety.js';

/** Runs a call with untyped input: a result must be plain JSON; a throw must be LmdInputError. */
function resultOrInputError(run: () => unknown): void {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    expect(error).toBeInstanceOf(LmdInputError);
    expect((error as LmdInputError).issues.length).toBeGreaterThan(0);
    return;
  }
  expect(unsafeJsonPaths(result)).toEqual([]);
}

const junk = fc.oneof(
  fc.anything(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, -1, 0.5, '3', null, undefined, 'toString', '__proto__'),
);
const amount = fc.oneof(fc.double(), junk);
const portfolio = fc.oneof(
  junk,
  fc.record(
    {
      items: fc.oneof(
        junk,
        fc.array(
          fc.oneof(
            junk,
            fc.record(
              {
                interventionId: fc.oneof(fc.constantFrom(...interventionIds), junk),
                spend: amount,
                participants: amount,
                hours: amount,
                cost: amount,
              },
              { requiredKeys: [] },
            ),
          ),
          { maxLength: 6 },
        ),
      ),
      conditions: fc.oneof(
        junk,
        fc.record(
          {
            roleDesign: fc.oneof(fc.constantFrom(...systemicConditionRatings), junk),
            governance: fc.constantFrom(...systemicConditionRatings),
            culture: fc.constantFrom(...systemicConditionRatings),
            accountability: fc.constantFrom(...systemicConditionRatings),
          },
          { requiredKeys: [] },
        ),
      ),
      interOrganisational: fc.oneof(fc.boolean(), junk),
    },
    { requiredKeys: [] },
  ),
);
const design = fc.oneof(
  junk,
  fc.record(
    {
      setSize: fc.oneof(fc.integer({ min: -2, max: 12 }), junk),
      meetings: fc.oneof(fc.integer({ min: -1, max: 12 }), junk),
      spanDays: amount,
      realProblemsOwned: fc.oneof(fc.boolean(), junk),
      adviserRole: fc.oneof(fc.constantFrom(...setAdviserRoles), junk),
      organisationalSupport: fc.oneof(fc.boolean(), junk),
    },
    { requiredKeys: [] },
  ),
);
const scores = fc.oneof(junk, fc.dictionary(fc.oneof(fc.constantFrom(...fullRangeScaleIds), fc.string()), amount));
const options = fc.oneof(fc.constant(undefined), junk, fc.record({ minimumLeadershipShare: amount }, { requiredKeys: [] }));

describe('lmd entry points with untyped input', () => {
  test.prop([portfolio, options])('analysePortfolio returns plain JSON or throws LmdInputError, and never mutates', (input, settings) => {
    const before = structuredClone(input);
    resultOrInputError(() => analysePortfolio(frozen(input) as never, settings as never));
    expect(input).toEqual(before);
  });

  test.prop([design, fc.oneof(fc.constant(undefined), junk)])('checkActionLearningDesign returns plain JSON or throws LmdInputError', (input, settings) => {
    resultOrInputError(() => checkActionLearningDesign(frozen(input) as never, settings as never));
  });

  test.prop([scores, fc.oneof(fc.constant(undefined), junk)])('profileFullRange returns plain JSON or throws LmdInputError', (input, settings) => {
    resultOrInputError(() => profileFullRange(frozen(input) as never, settings as never));
  });

  test.prop([fc.oneof(fc.constantFrom(...interventionIds), junk)])('getIntervention and classifyIntervention return an entry or throw LmdInputError', (id) => {
    resultOrInputError(() => getIntervention(id as never));
    resultOrInputError(() => classifyIntervention(id as never));
  });
});
