// checkActionLearningDesign: Revans' action learning as the 7OS06 seed states it (AC 2.1 and the
// FAQ), each rule quoted in its test's name.
import { describe, expect, it } from 'vitest';
import {
  checkActionLearningDesign,
  LmdInputError,
  type ActionLearningDesign,
  type ActionLearningFinding,
} from '../../src/index.js';
import { frozen, roundTrip, thrownBy, unsafeJsonPaths } from '../helpers/json-safety.js';

const good: ActionLearningDesign = {
  setSize: 6,
  meetings: 8,
  spanDays: 210,
  realProblemsOwned: true,
  adviserRole: 'facilitates-questioning',
  organisationalSupport: true,
};
const codes = (findings: readonly ActionLearningFinding[]): string[] => findings.map((finding) => finding.code);
const check = (change: Partial<ActionLearningDesign>) => checkActionLearningDesign({ ...good, ...change });

describe('checkActionLearningDesign', () => {
  it('passes a design that follows Revans: six members, eight meetings over seven months, real owned problems', () => {
    const result = checkActionLearningDesign(good);
    expect(result.isActionLearning).toBe(true);
    expect(result.findings).toEqual([]);
    expect(result.rule).toEqual({
      typicalSetSize: { minimum: 5, maximum: 7 },
      broaderSetSize: { minimum: 4, maximum: 7, verified: false, note: expect.stringMatching(/not confirmed/) },
      maximumMisappliedDays: 1,
      minimumSpanDays: 60,
      minimumMeetings: 3,
    });
  });

  it('"When organisations offer \'action learning\' sessions of one day or less, the methodology is being misapplied" → a one-day event is not action learning (risk)', () => {
    for (const spanDays of [1, 0.5]) {
      const result = check({ meetings: 1, spanDays });
      expect(result.isActionLearning).toBe(false);
      expect(codes(result.findings)).toEqual(['ACTION_LEARNING_ONE_DAY_OR_LESS']);
      expect(result.findings[0]?.severity).toBe('risk');
    }
    const justOver = check({ spanDays: 1.5 });
    expect(justOver.isActionLearning).toBe(true);
    expect(codes(justOver.findings)).toEqual(['ACTION_LEARNING_SPAN_WEEKS_NOT_MONTHS']);
  });

  it('"meet regularly over an extended period (months, not days)" → a span of weeks (under 60 days, the default) is flagged; 60 days passes', () => {
    const weeks = check({ spanDays: 59 });
    expect(codes(weeks.findings)).toEqual(['ACTION_LEARNING_SPAN_WEEKS_NOT_MONTHS']);
    expect(weeks.findings[0]?.severity).toBe('warning');
    expect(weeks.isActionLearning).toBe(true);
    expect(check({ spanDays: 60 }).findings).toEqual([]);
    const configured = checkActionLearningDesign({ ...good, spanDays: 80 }, { minimumSpanDays: 90 });
    expect(codes(configured.findings)).toEqual(['ACTION_LEARNING_SPAN_WEEKS_NOT_MONTHS']);
    expect(configured.rule.minimumSpanDays).toBe(90);
  });

  it('"meet regularly" → fewer than three meetings (the default) is flagged', () => {
    expect(codes(check({ meetings: 2 }).findings)).toEqual(['ACTION_LEARNING_FEW_MEETINGS']);
    expect(check({ meetings: 3 }).findings).toEqual([]);
  });

  it('"small groups of peers (typically five to seven)" → 5–7 inclusive pass; 4 is advice (Revans\' broader 4–7); 3 or 8 is a warning', () => {
    for (const setSize of [5, 6, 7]) expect(check({ setSize }).findings).toEqual([]);
    const four = check({ setSize: 4 });
    expect(codes(four.findings)).toEqual(['ACTION_LEARNING_SET_SIZE_OUTSIDE_TYPICAL']);
    expect(four.findings[0]?.severity).toBe('advice');
    for (const setSize of [1, 3, 8, 20]) {
      const result = check({ setSize });
      expect(codes(result.findings)).toEqual(['ACTION_LEARNING_SET_SIZE_OUTSIDE_RANGE']);
      expect(result.findings[0]?.severity).toBe('warning');
    }
  });

  it('"to work on real, complex, organisational problems that matter to each participant" → problems not real or not owned is a risk', () => {
    const result = check({ realProblemsOwned: false });
    expect(codes(result.findings)).toEqual(['ACTION_LEARNING_PROBLEMS_NOT_REAL_OR_OWNED']);
    expect(result.findings[0]?.severity).toBe('risk');
  });

  it('"The set facilitator (or set adviser) does not provide expertise" → an adviser acting as expert is flagged; no adviser is advice', () => {
    expect(codes(check({ adviserRole: 'provides-expertise' }).findings)).toEqual(['ACTION_LEARNING_ADVISER_AS_EXPERT']);
    const none = check({ adviserRole: 'none' });
    expect(codes(none.findings)).toEqual(['ACTION_LEARNING_NO_ADVISER']);
    expect(none.findings[0]?.severity).toBe('advice');
  });

  it('"significant variation in outcomes linked to the quality of set facilitation and the degree of organisational support" → no organisational support is flagged', () => {
    const result = check({ organisationalSupport: false });
    expect(codes(result.findings)).toEqual(['ACTION_LEARNING_NO_ORGANISATIONAL_SUPPORT']);
    expect(result.findings[0]?.basis).toEqual(['pedler-burgoyne-brook-2005']);
  });

  it('reports a misapplied one-day "action learning" workshop with every problem, the one-day risk first', () => {
    const result = checkActionLearningDesign({
      setSize: 15,
      meetings: 1,
      spanDays: 1,
      realProblemsOwned: false,
      adviserRole: 'provides-expertise',
      organisationalSupport: false,
    });
    expect(result.isActionLearning).toBe(false);
    expect(codes(result.findings)).toEqual([
      'ACTION_LEARNING_ONE_DAY_OR_LESS',
      'ACTION_LEARNING_SET_SIZE_OUTSIDE_RANGE',
      'ACTION_LEARNING_PROBLEMS_NOT_REAL_OR_OWNED',
      'ACTION_LEARNING_ADVISER_AS_EXPERT',
      'ACTION_LEARNING_NO_ORGANISATIONAL_SUPPORT',
    ]);
    expect(unsafeJsonPaths(result)).toEqual([]);
    expect(roundTrip(result)).toEqual(result);
  });

  it.each([
    ['a zero span', { spanDays: 0 }, 'design.spanDays'],
    ['a fractional set size', { setSize: 5.5 }, 'design.setSize'],
    ['no meetings', { meetings: 0 }, 'design.meetings'],
    ['an unknown adviser role', { adviserRole: 'lecturer' }, 'design.adviserRole'],
    ['a string for a boolean', { organisationalSupport: 'yes' }, 'design.organisationalSupport'],
    ['a missing field', { realProblemsOwned: undefined }, 'design.realProblemsOwned'],
  ])('rejects %s with LmdInputError', (_name, change, path) => {
    const error = thrownBy(() => checkActionLearningDesign({ ...good, ...change } as ActionLearningDesign));
    expect(error).toBeInstanceOf(LmdInputError);
    expect((error as LmdInputError).issues[0]?.path).toBe(path);
  });

  it('rejects options that make no sense', () => {
    expect(() => checkActionLearningDesign(good, { minimumSpanDays: 1 })).toThrow(LmdInputError);
    expect(() => checkActionLearningDesign(good, { minimumMeetings: 0 })).toThrow(LmdInputError);
  });

  it('does not mutate its input, and results do not share the rule objects', () => {
    const input = frozen({ ...good });
    const first = checkActionLearningDesign(input);
    (first.rule.typicalSetSize as { minimum: number }).minimum = 99;
    expect(checkActionLearningDesign(input).rule.typicalSetSize.minimum).toBe(5);
  });
});
