// checkInitiativeDesign: the design conditions of the 7OS02 seed's two initiatives
// (../shared/seeds/001_…txt, AC 2.3), each code case by case; rule tests quote the seed in their names.
import { describe, expect, it } from 'vitest';
import {
  checkInitiativeDesign,
  getInitiativeTemplate,
  initiativeDesignFindingCodes,
  LmdInputError,
  type InitiativeDesign,
  type InitiativeDesignFinding,
  type OnTheJobCoachingDesign,
  type PeerLearningCircleDesign,
} from '../../src/index.js';
import { frozen, roundTrip, thrownBy, unsafeJsonPaths } from '../helpers/json-safety.js';

const goodCircles: PeerLearningCircleDesign = {
  template: 'peer-learning-circles',
  protectedTime: true,
  host: 'volunteer',
  facilitation: 'rotating',
  psychologicalSafety: true,
  themes: 'flexible',
  groupSize: 8,
  frequency: 'monthly',
  seniorBacking: true,
};
const goodCoaching: OnTheJobCoachingDesign = {
  template: 'on-the-job-coaching',
  sessionMinutes: 90,
  practiceBased: true,
  peerObservation: true,
  workloadRelief: true,
  framedAsHelpingManagers: true,
  seniorBacking: true,
};
const codes = (findings: readonly InitiativeDesignFinding[]): string[] => findings.map((finding) => finding.code);
const circles = (change: Partial<PeerLearningCircleDesign>) => checkInitiativeDesign({ ...goodCircles, ...change });
const coaching = (change: Partial<OnTheJobCoachingDesign>) => checkInitiativeDesign({ ...goodCoaching, ...change });

/** Each code, the change to a good design that fires it alone, its severity and its condition. */
const cases: readonly (readonly [string, InitiativeDesign, string, string])[] = [
  ['PEER_CIRCLE_NO_PROTECTED_TIME', { ...goodCircles, protectedTime: false }, 'risk', 'protected-time'],
  ['PEER_CIRCLE_NO_HOST', { ...goodCircles, host: 'none' }, 'warning', 'voluntary-host'],
  ['PEER_CIRCLE_HOST_APPOINTED', { ...goodCircles, host: 'appointed' }, 'advice', 'voluntary-host'],
  ['PEER_CIRCLE_NO_FACILITATION', { ...goodCircles, facilitation: 'none' }, 'warning', 'rotating-facilitation'],
  ['PEER_CIRCLE_FIXED_FACILITATOR', { ...goodCircles, facilitation: 'fixed' }, 'advice', 'rotating-facilitation'],
  ['PEER_CIRCLE_NO_PSYCHOLOGICAL_SAFETY', { ...goodCircles, psychologicalSafety: false }, 'risk', 'psychological-safety'],
  ['PEER_CIRCLE_THEMES_FIXED', { ...goodCircles, themes: 'fixed' }, 'advice', 'flexible-themes'],
  ['PEER_CIRCLE_GROUP_TOO_SMALL', { ...goodCircles, groupSize: 2 }, 'advice', 'small-group'],
  ['PEER_CIRCLE_GROUP_TOO_LARGE', { ...goodCircles, groupSize: 11 }, 'warning', 'small-group'],
  ['PEER_CIRCLE_MEETINGS_NOT_REGULAR', { ...goodCircles, frequency: 'quarterly' }, 'warning', 'regular-meetings'],
  ['COACHING_SESSIONS_TOO_LONG', { ...goodCoaching, sessionMinutes: 121 }, 'advice', 'short-sessions'],
  ['COACHING_NOT_PRACTICE_BASED', { ...goodCoaching, practiceBased: false }, 'warning', 'practice-based'],
  ['COACHING_NO_PEER_OBSERVATION', { ...goodCoaching, peerObservation: false }, 'advice', 'peer-observation'],
  ['COACHING_NO_WORKLOAD_RELIEF', { ...goodCoaching, workloadRelief: false }, 'risk', 'workload-relief'],
  ['COACHING_FRAMED_AS_EXTRA_DUTY', { ...goodCoaching, framedAsHelpingManagers: false }, 'warning', 'helpful-framing'],
  ['INITIATIVE_NO_SENIOR_BACKING', { ...goodCircles, seniorBacking: false }, 'warning', 'senior-backing'],
];

describe('checkInitiativeDesign', () => {
  it('passes good designs of both initiatives with no findings, every condition met and no heightened risk', () => {
    for (const design of [goodCircles, goodCoaching]) {
      const result = checkInitiativeDesign(design);
      expect(result.findings).toEqual([]);
      expect(result.conditions.every((condition) => condition.met)).toBe(true);
      expect(result.risks.some((risk) => risk.heightened)).toBe(false);
      expect(result.name).toBeNull();
      expect(result.thresholds).toEqual({
        minimumGroupSize: 3,
        maximumGroupSize: 10,
        maximumSessionMinutes: 120,
        regularFrequencies: ['weekly', 'fortnightly', 'monthly'],
      });
    }
    expect(checkInitiativeDesign(goodCircles).conditions.map((condition) => condition.id)).toEqual(
      getInitiativeTemplate('peer-learning-circles').conditions.map((condition) => condition.id),
    );
  });

  it('lists every code once in the cases, and each code is reachable', () => {
    expect(cases.map(([code]) => code)).toEqual([...initiativeDesignFindingCodes]);
  });

  it.each(cases)('%s fires alone on its case, with its severity, condition, and the condition’s sources as basis', (code, design, severity, conditionId) => {
    const result = checkInitiativeDesign(design);
    expect(codes(result.findings)).toEqual([code]);
    const finding = result.findings[0];
    expect(finding?.severity).toBe(severity);
    expect(finding?.conditionId).toBe(conditionId);
    const condition = getInitiativeTemplate(design.template).conditions.find((entry) => entry.id === conditionId);
    expect(finding?.basis).toEqual(condition?.sources);
    expect(finding?.message).toMatch(/^[A-Z].*\.$/);
    expect(result.conditions.filter((row) => !row.met).map((row) => row.id)).toEqual([conditionId]);
  });

  it('a full miss has the condition’s severityIfMissing; a partial miss is milder', () => {
    const rank = ['info', 'advice', 'warning', 'risk'];
    for (const [code, design, severity, conditionId] of cases) {
      const condition = getInitiativeTemplate(design.template).conditions.find((entry) => entry.id === conditionId);
      const partial = ['PEER_CIRCLE_HOST_APPOINTED', 'PEER_CIRCLE_FIXED_FACILITATOR', 'PEER_CIRCLE_GROUP_TOO_SMALL'].includes(code);
      if (partial) expect(rank.indexOf(severity), code).toBeLessThan(rank.indexOf(condition?.severityIfMissing ?? ''));
      else expect(severity, code).toBe(condition?.severityIfMissing);
    }
  });

  it('"unless these sessions are supported, given space in work hours, they’ll quietly fizzle out" → no protected time is a risk that heightens the fizzling risk', () => {
    const result = circles({ protectedTime: false });
    expect(result.findings[0]?.severity).toBe('risk');
    expect(result.findings[0]?.message).toMatch(/working hours/);
    expect(result.risks.filter((risk) => risk.heightened).map((risk) => risk.id)).toEqual(['fizzles-without-backing']);
  });

  it('"A staff coordinator (not necessarily HR) could volunteer to host" → a volunteer passes, an appointed host is advice, none is a warning', () => {
    expect(circles({ host: 'volunteer' }).findings).toEqual([]);
    expect(codes(circles({ host: 'appointed' }).findings)).toEqual(['PEER_CIRCLE_HOST_APPOINTED']);
    expect(codes(circles({ host: 'none' }).findings)).toEqual(['PEER_CIRCLE_NO_HOST']);
  });

  it('"Rotating facilitators helps, so power dynamics stay soft" → fixed is advice, none a warning', () => {
    expect(codes(circles({ facilitation: 'fixed' }).findings)).toEqual(['PEER_CIRCLE_FIXED_FACILITATOR']);
    expect(codes(circles({ facilitation: 'none' }).findings)).toEqual(['PEER_CIRCLE_NO_FACILITATION']);
  });

  it('"a space that feels open but safe" → no psychological safety is a risk (Edmondson, 1999)', () => {
    const result = circles({ psychologicalSafety: false });
    expect(result.findings[0]?.basis).toEqual(['cipd-7os02-seed', 'edmondson-1999']);
    expect(result.risks.filter((risk) => risk.heightened).map((risk) => risk.id)).toEqual(['confident-voices-dominate']);
  });

  it('"small, recurring group discussions … (perhaps monthly)" → 3 to 10 members pass (inclusive); weekly, fortnightly and monthly are regular', () => {
    for (const groupSize of [3, 4, 10]) expect(circles({ groupSize }).findings).toEqual([]);
    expect(codes(circles({ groupSize: 1 }).findings)).toEqual(['PEER_CIRCLE_GROUP_TOO_SMALL']);
    expect(codes(circles({ groupSize: 40 }).findings)).toEqual(['PEER_CIRCLE_GROUP_TOO_LARGE']);
    for (const frequency of ['weekly', 'fortnightly', 'monthly'] as const) expect(circles({ frequency }).findings).toEqual([]);
    for (const frequency of ['quarterly', 'irregular'] as const) {
      expect(codes(circles({ frequency }).findings)).toEqual(['PEER_CIRCLE_MEETINGS_NOT_REGULAR']);
    }
    expect(circles({ frequency: 'irregular' }).findings[0]?.message).toMatch(/irregularly/);
  });

  it('honours and echoes configured thresholds', () => {
    const result = checkInitiativeDesign({ ...goodCircles, groupSize: 9 }, { maximumGroupSize: 8 });
    expect(codes(result.findings)).toEqual(['PEER_CIRCLE_GROUP_TOO_LARGE']);
    expect(result.findings[0]?.message).toMatch(/9 .* 8 members/);
    expect(result.thresholds.maximumGroupSize).toBe(8);
    expect(checkInitiativeDesign({ ...goodCoaching, sessionMinutes: 180 }, { maximumSessionMinutes: 180 }).findings).toEqual([]);
    expect(codes(checkInitiativeDesign({ ...goodCircles, groupSize: 4 }, { minimumGroupSize: 5 }).findings)).toEqual([
      'PEER_CIRCLE_GROUP_TOO_SMALL',
    ]);
  });

  it('"short, practice-based workshops" → two hours passes, a full-day workshop is flagged, theory alone is a warning', () => {
    expect(coaching({ sessionMinutes: 120 }).findings).toEqual([]);
    expect(codes(coaching({ sessionMinutes: 420 }).findings)).toEqual(['COACHING_SESSIONS_TOO_LONG']);
    expect(coaching({ practiceBased: false }).findings[0]?.basis).toEqual(['cipd-7os02-seed', 'lacerenza-2017']);
  });

  it('"a risk of burnout, if we ask them to add coaching to their already heavy workload without shifting priorities" → no workload relief is a risk that heightens burnout', () => {
    const result = coaching({ workloadRelief: false });
    expect(result.findings[0]?.severity).toBe('risk');
    expect(result.risks.filter((risk) => risk.heightened).map((risk) => risk.id)).toEqual(['manager-burnout']);
  });

  it('"it has to be framed as something that helps them too. Not another box to tick" → framing as an extra duty is a warning', () => {
    const result = coaching({ framedAsHelpingManagers: false });
    expect(codes(result.findings)).toEqual(['COACHING_FRAMED_AS_EXTRA_DUTY']);
    expect(result.risks.filter((risk) => risk.heightened).map((risk) => risk.id)).toEqual(['managers-out-of-depth', 'manager-burnout']);
  });

  it('"They’ll need to resist the urge to demand instant results" → no senior backing is flagged for both initiatives', () => {
    expect(codes(circles({ seniorBacking: false }).findings)).toEqual(['INITIATIVE_NO_SENIOR_BACKING']);
    expect(codes(coaching({ seniorBacking: false }).findings)).toEqual(['INITIATIVE_NO_SENIOR_BACKING']);
  });

  it('reports a neglected design with every unmet condition, most severe first, and echoes its name', () => {
    const result = checkInitiativeDesign({
      template: 'on-the-job-coaching',
      name: ' Coaching conversations ',
      sessionMinutes: 420,
      practiceBased: false,
      peerObservation: false,
      workloadRelief: false,
      framedAsHelpingManagers: false,
      seniorBacking: false,
    });
    expect(result.name).toBe('Coaching conversations');
    expect(codes(result.findings)).toEqual([
      'COACHING_NO_WORKLOAD_RELIEF',
      'COACHING_NOT_PRACTICE_BASED',
      'COACHING_FRAMED_AS_EXTRA_DUTY',
      'INITIATIVE_NO_SENIOR_BACKING',
      'COACHING_SESSIONS_TOO_LONG',
      'COACHING_NO_PEER_OBSERVATION',
    ]);
    expect(result.conditions.every((condition) => !condition.met)).toBe(true);
    expect(result.risks.every((risk) => risk.heightened)).toBe(true);
    expect(unsafeJsonPaths(result)).toEqual([]);
    expect(roundTrip(result)).toEqual(result);
  });

  it.each([
    ['an unknown template', { template: 'away-day' }, 'initiative.template'],
    ['a missing field', { ...goodCircles, protectedTime: undefined }, 'initiative.protectedTime'],
    ['a fractional group size', { ...goodCircles, groupSize: 7.5 }, 'initiative.groupSize'],
    ['an unknown host', { ...goodCircles, host: 'HR' }, 'initiative.host'],
    ['a circle field on a coaching design', { ...goodCoaching, groupSize: 8 }, 'initiative.groupSize'],
    ['a zero-length session', { ...goodCoaching, sessionMinutes: 0 }, 'initiative.sessionMinutes'],
    ['an empty name', { ...goodCoaching, name: '  ' }, 'initiative.name'],
  ])('rejects %s with LmdInputError naming the path', (_name, design, path) => {
    const error = thrownBy(() => checkInitiativeDesign(design as InitiativeDesign));
    expect(error).toBeInstanceOf(LmdInputError);
    expect((error as LmdInputError).issues[0]?.path).toBe(path);
  });

  it('rejects non-objects and options that make no sense', () => {
    for (const value of [null, undefined, 'circles', 3]) {
      expect(() => checkInitiativeDesign(value as unknown as InitiativeDesign)).toThrow(LmdInputError);
    }
    expect(() => checkInitiativeDesign(goodCircles, { minimumGroupSize: 11 })).toThrow(LmdInputError);
    expect(() => checkInitiativeDesign(goodCircles, { maximumSessionMinutes: 0 })).toThrow(LmdInputError);
    expect(() => checkInitiativeDesign(goodCircles, { maxGroupSize: 8 } as never)).toThrow(LmdInputError);
  });

  it('does not mutate its input, and results do not share state', () => {
    const input = frozen({ ...goodCircles, protectedTime: false });
    const copy = structuredClone(input);
    const first = checkInitiativeDesign(input);
    expect(input).toEqual(copy);
    (first.thresholds.regularFrequencies as string[]).push('yearly');
    (first.findings[0]?.basis as string[]).push('day-2000');
    const second = checkInitiativeDesign(input);
    expect(second.thresholds.regularFrequencies).toEqual(['weekly', 'fortnightly', 'monthly']);
    expect(second.findings[0]?.basis).toEqual(['cipd-7os02-seed']);
    expect(getInitiativeTemplate('peer-learning-circles').conditions[0].sources).toEqual(['cipd-7os02-seed']);
  });
});
