// planDevelopment case by case: the grid's numbers worked by hand, the quadrants, the priorities,
// the interventions chosen by focus, evidence and resources, the SMART goal fields, the
// re-measurement plan (Spearman–Brown and Jacobson & Truax worked by hand) and Smither's checks.
import { describe, expect, it } from 'vitest';
import {
  developmentPlanFindingCodes,
  developmentPlanFindings,
  interpret360,
  interventionIds,
  interventionPlanFit,
  LmdInputError,
  participantView360,
  planDevelopment,
  ratersNeeded,
  spearmanBrown,
  type Rating360,
} from '../../../src/index.js';
import { thrownBy } from '../../helpers/json-safety.js';

const instrument = {
  scale: { min: 1, max: 5 },
  competencies: [
    { id: 'A', name: 'Listens' },
    { id: 'B', name: 'Plans' },
  ],
  items: [
    { id: 'A1', competencyId: 'A' },
    { id: 'A2', competencyId: 'A' },
    { id: 'B1', competencyId: 'B' },
  ],
};

function rows(raterId: string, group: Rating360['group'], scores: readonly number[]): Rating360[] {
  return scores.map((score, index) => ({ raterId, group, itemId: instrument.items[index]?.id as string, score }));
}

// Self 5, 5, 3; four peers 3, 3, 4. Others: A = 3, B = 4; self: A = 5, B = 3.
const report = interpret360({
  instrument,
  ratings: [...rows('me', 'self', [5, 5, 3]), ...['p1', 'p2', 'p3', 'p4'].flatMap((id) => rows(id, 'peer', [3, 3, 4]))],
});

function issueKeys(run: () => unknown): readonly (readonly (string | number)[])[] {
  const error = thrownBy(run);
  expect(error).toBeInstanceOf(LmdInputError);
  return (error as LmdInputError).issues.map((issue) => issue.keys);
}

describe('the grid', () => {
  it('scores each competency as importance × need × (1 + overestimate), worked by hand', () => {
    const plan = planDevelopment(report);
    // A: need = (5 − 3) / (5 − 1) = 0.5; overestimate = (5 − 3) / 4 = 0.5; score = 1 × 0.5 × 1.5 = 0.75.
    // B: need = (5 − 4) / 4 = 0.25; self below others, so overestimate 0; score 0.25.
    expect(plan.grid.map(({ competencyId, others, self, gap, need, overestimate, score }) => ({ competencyId, others, self, gap, need, overestimate, score }))).toEqual([
      { competencyId: 'A', others: 3, self: 5, gap: 2, need: 0.5, overestimate: 0.5, score: 0.75 },
      { competencyId: 'B', others: 4, self: 3, gap: -1, need: 0.25, overestimate: 0, score: 0.25 },
    ]);
  });

  it('places competencies by others against the profile mean (3.5) and the gap against the report’s band (±0.5)', () => {
    const plan = planDevelopment(report);
    expect(plan.rule.othersCutOff).toEqual({ from: 'profile-mean', profileMean: 3.5 });
    expect(plan.rule.gapBand).toEqual({ lower: -0.5, upper: 0.5, from: 'report' });
    expect(plan.grid.map((row) => row.quadrant)).toEqual(['blind-spot-to-explore', 'hidden-strength']);
    expect(plan.hiddenStrengths).toEqual(['B']);
    expect(plan.strengths).toEqual([]);
  });

  it('names all four quadrants as the cut-off and band move', () => {
    // A cut-off of 2: both rated high; A (self above) stays a strength to use, B (self below) is hidden.
    expect(planDevelopment(report, { othersCutOff: 2 }).grid.map((row) => row.quadrant)).toEqual(['strength-to-use', 'hidden-strength']);
    // A cut-off of 4.5 and a wide band: both low, neither gap beyond the band.
    expect(planDevelopment(report, { othersCutOff: 4.5, gapBand: { lower: -3, upper: 3 } }).grid.map((row) => row.quadrant)).toEqual([
      'development-priority',
      'development-priority',
    ]);
  });

  it('takes no spread from a reference whose sd is 0 or missing (every ratee alike, or one ratee)', () => {
    const plan = planDevelopment(report, { reference: [{ competencyId: 'A', mean: 3, sd: 0 }, { competencyId: 'B', mean: 4, sd: null }], othersCutOff: 4.5 });
    expect(plan.priorities.map((priority) => priority.reliableChange)).toEqual([
      { referenceSd: null, scalePoints: null },
      { referenceSd: null, scalePoints: null },
    ]);
    expect(plan.findings.map((finding) => finding.code)).toContain('DEVPLAN_CHANGE_IN_SD_ONLY');
  });

  it('takes the cycle’s means as cut-offs when a reference is given', () => {
    const plan = planDevelopment(report, { reference: [{ competencyId: 'A', mean: 2.5, sd: 0.5 }, { competencyId: 'B', mean: 4.5, sd: 0.4 }] });
    expect(plan.grid.map((row) => [row.cutOff, row.quadrant])).toEqual([
      [2.5, 'strength-to-use'],
      [4.5, 'development-priority'],
    ]);
    expect(plan.rule.othersCutOff.from).toBe('reference');
  });
});

describe('priorities', () => {
  it('come from the development quadrants only, highest score first, at most `priorities`', () => {
    const plan = planDevelopment(report, { othersCutOff: 4.5, gapBand: { lower: -3, upper: 3 } });
    expect(plan.priorities.map((priority) => [priority.rank, priority.competencyId, priority.score])).toEqual([
      [1, 'A', 0.75],
      [2, 'B', 0.25],
    ]);
    expect(planDevelopment(report, { othersCutOff: 4.5, gapBand: { lower: -3, upper: 3 }, priorities: 1 }).priorities.map((p) => p.competencyId)).toEqual(['A']);
  });

  it('weighs by importance (default 1) and leaves out a competency of importance 0', () => {
    const options = { othersCutOff: 4.5, gapBand: { lower: -3, upper: 3 } };
    // B × 4: 4 × 0.25 = 1 > 0.75.
    expect(planDevelopment(report, { ...options, importance: { B: 4 } }).priorities.map((p) => p.competencyId)).toEqual(['B', 'A']);
    const none = planDevelopment(report, { importance: { A: 0 } });
    expect(none.priorities).toEqual([]);
    expect(none.findings.map((finding) => finding.code)).toContain('DEVPLAN_NO_PRIORITIES');
  });
});

describe('interventions', () => {
  const first = (options: Parameters<typeof planDevelopment>[1]): string[] =>
    planDevelopment(report, options).priorities[0]?.interventions.map((entry) => entry.interventionId) ?? [];

  it('put those with every resource confirmed first, then the stronger evidence', () => {
    // Nothing recorded: the three that need no one else's resources, by evidence grade.
    expect(first({})).toEqual(['line-manager-coaching', 'lunch-and-learn', 'networking']);
    // A coach available: coaching (meta-analysis) leads.
    expect(first({ resources: { coach: true } })).toEqual(['coaching', 'line-manager-coaching', 'lunch-and-learn']);
  });

  it('leave out those whose resource is not available, and say so', () => {
    const plan = planDevelopment(report, { resources: { coach: false } });
    expect(plan.priorities[0]?.interventions.map((entry) => entry.interventionId)).not.toContain('coaching');
    const note = plan.findings.find((finding) => finding.code === 'DEVPLAN_INTERVENTIONS_NEED_RESOURCES');
    expect(note?.message).toBe('Left out because a resource they need is not available: Coaching and Team coaching.');
  });

  it('follow the focus asked for (Day 2000): collective interventions only', () => {
    expect(first({ focus: ['leadership'], resources: { sponsor: true, 'peer-group': true } })).toEqual([
      'action-learning-set',
      'community-of-practice',
      'cross-functional-project',
    ]);
    // Only a coach confirmed: team coaching (none unconfirmed) first, then those with one resource
    // not recorded (community of practice, case-based; cross-functional project, practitioner-reported);
    // action learning needs two not recorded and comes later.
    expect(first({ focusByCompetency: { A: ['leadership'] }, resources: { coach: true } })).toEqual([
      'team-coaching',
      'community-of-practice',
      'cross-functional-project',
    ]);
  });

  it('respect the weakest evidence grade accepted, and flag a priority nothing fits', () => {
    expect(first({ minimumEvidence: 'meta-analysis', resources: { coach: true, mentor: true, sponsor: true } })).toEqual([
      'coaching',
      'mentoring',
      'executive-education',
    ]);
    const plan = planDevelopment(report, { focus: ['leadership'], minimumEvidence: 'meta-analysis' });
    expect(plan.priorities[0]?.interventions).toEqual([]);
    expect(plan.findings.map((finding) => finding.code)).toContain('DEVPLAN_NO_INTERVENTION_FITS');
  });

  it('never suggest the 360 itself, an assessment centre, the plan or a culture change programme', () => {
    const all = planDevelopment(report, { interventionsPerPriority: 10, resources: { coach: true, mentor: true, sponsor: true, 'peer-group': true } });
    const suggested = all.priorities[0]?.interventions.map((entry) => entry.interventionId) ?? [];
    expect(suggested).toHaveLength(10);
    for (const id of ['360-degree-feedback', 'assessment-centre', 'personal-development-planning', 'culture-change-programme']) expect(suggested).not.toContain(id);
    expect(Object.keys(interventionPlanFit).sort()).toEqual([...interventionIds].sort());
  });
});

describe('SMART goals', () => {
  it('are empty for the participant to fill, with the items and baseline pre-filled', () => {
    const goal = planDevelopment(report, { itemText: { A1: 'Lets others finish', A2: 'Asks questions' } }).priorities[0]?.goal;
    expect(goal).toEqual({
      specific: '',
      measurable: {
        description: '',
        items: [
          { itemId: 'A1', text: 'Lets others finish', others: 3 },
          { itemId: 'A2', text: 'Asks questions', others: 3 },
        ],
        baseline: 3,
        target: null,
        targetFrom: null,
      },
      achievable: '',
      relevant: '',
      timeBound: null,
    });
  });

  it('carry what the participant wrote, and a target from the goal or the smallest reliable change', () => {
    const written = planDevelopment(report, { goals: { A: { specific: 'Summarise before replying', target: 3.5, timeBound: '2027-06-30' } } }).priorities[0]?.goal;
    expect(written?.specific).toBe('Summarise before replying');
    expect(written?.measurable.target).toBe(3.5);
    expect(written?.measurable.targetFrom).toBe('goal');
    expect(written?.timeBound).toBe('2027-06-30');
    // sd 0.5 at reliability .70: 1.96 × 0.5 × √(2 × 0.3) = 1.96 × 0.5 × 0.774597 = 0.759105.
    const computed = planDevelopment(report, { remeasurement: { referenceSd: 0.5 } }).priorities[0];
    expect(computed?.reliableChange.scalePoints).toBeCloseTo(0.759105, 6);
    expect(computed?.goal.measurable.target).toBeCloseTo(3.759105, 6);
    expect(computed?.goal.measurable.targetFrom).toBe('reliable-change');
  });
});

describe('re-measurement', () => {
  it('needs 4 peers, 6 direct reports and 3 managers for a reliable (.70) group mean (Spearman–Brown, Conway & Huffcutt’s values)', () => {
    // k = target(1 − r) / (r(1 − target)):
    //   peer r = .37: .70 × .63 / (.37 × .30) = .441 / .111 = 3.97 → 4 (3 peers give 1.11 / 1.74 = .638; 4 give 1.48 / 2.11 = .701);
    //   direct report r = .30: .70 × .70 / (.30 × .30) = .49 / .09 = 5.44 → 6 (5 give 1.5 / 2.2 = .682; 6 give 1.8 / 2.5 = .72);
    //   manager r = .50: .70 × .50 / (.50 × .30) = .35 / .15 = 2.33 → 3.
    expect(ratersNeeded(0.37, 0.7)).toBe(4);
    expect(spearmanBrown(0.37, 3)).toBeCloseTo(0.638, 3);
    expect(spearmanBrown(0.37, 4)).toBeCloseTo(0.701, 3);
    const plan = planDevelopment(report);
    expect(plan.remeasurement.groups.map(({ group, singleRaterReliability, ratersNeeded: needed, source, verified }) => ({ group, singleRaterReliability, needed, source, verified }))).toEqual([
      { group: 'manager', singleRaterReliability: 0.5, needed: 3, source: 'conway-huffcutt-1997', verified: false },
      { group: 'peer', singleRaterReliability: 0.37, needed: 4, source: 'conway-huffcutt-1997', verified: false },
      { group: 'direct-report', singleRaterReliability: 0.3, needed: 6, source: 'conway-huffcutt-1997', verified: false },
    ]);
    const peers = plan.remeasurement.groups[1];
    expect(peers?.lastTime).toBe('shown');
    expect(peers?.ratersLastTime).toBe(4);
    expect(peers?.reliabilityLastTime).toBeCloseTo(1.48 / 2.11, 12);
  });

  it('counts a change as reliable beyond 1.96 × √(2(1 − .70)) = 1.518 sd (Jacobson & Truax 1991)', () => {
    // √0.6 = 0.7745967; × 1.96 = 1.5182095.
    expect(planDevelopment(report).remeasurement.reliableChange).toEqual({ reliability: 0.7, criterion: 1.96, inSd: expect.closeTo(1.5182095, 7) as number });
    // At .80: 1.96 × √0.4 = 1.2396.
    expect(planDevelopment(report, { remeasurement: { targetReliability: 0.8 } }).remeasurement.reliableChange.inSd).toBeCloseTo(1.2396, 4);
  });

  it('uses the caller’s single-rater reliabilities, marked as theirs, and adds the other group only when given', () => {
    const groups = planDevelopment(report, { remeasurement: { singleRaterReliability: { peer: 0.5, other: 0.2 } } }).remeasurement.groups;
    expect(groups.map((group) => [group.group, group.source, group.verified, group.ratersNeeded])).toEqual([
      ['manager', 'conway-huffcutt-1997', false, 3],
      ['peer', 'options', true, 3],
      ['direct-report', 'conway-huffcutt-1997', false, 6],
      // r = .2: .7 × .8 / (.2 × .3) = 9.33 → 10.
      ['other', 'options', true, 10],
    ]);
  });

  it('re-rates the priorities’ items after 12 months by default, dated from the feedback', () => {
    const plan = planDevelopment(report, { feedbackDate: '2026-01-31' });
    expect(plan.remeasurement.items).toEqual(['A1', 'A2']);
    expect(plan.remeasurement.intervalMonths).toBe(12);
    expect(plan.remeasurement.reRatingDate).toBe('2027-01-31');
    expect(planDevelopment(report, { feedbackDate: '2026-01-31', remeasurement: { intervalMonths: 1 } }).remeasurement.reRatingDate).toBe('2026-02-28');
    expect(planDevelopment(report, { feedbackDate: '2027-01-31', remeasurement: { intervalMonths: 13 } }).remeasurement.reRatingDate).toBe('2028-02-29');
    expect(planDevelopment(report).remeasurement.reRatingDate).toBeNull();
  });

  it('asks for more raters when a group was hidden or small last time, without giving a hidden group’s size', () => {
    // Two peers (hidden below the minimum of 3) and three direct reports (shown, but 6 are needed).
    const small = interpret360({
      instrument,
      ratings: [
        ...rows('me', 'self', [5, 5, 3]),
        ...['p1', 'p2'].flatMap((id) => rows(id, 'peer', [3, 3, 4])),
        ...['d1', 'd2', 'd3'].flatMap((id) => rows(id, 'direct-report', [3, 3, 4])),
        ...['o1', 'o2', 'o3'].flatMap((id) => rows(id, 'other', [3, 3, 4])),
      ],
    });
    const plan = planDevelopment(small);
    const peers = plan.remeasurement.groups.find((group) => group.group === 'peer');
    expect(peers).toMatchObject({ lastTime: 'hidden', ratersLastTime: null, reliabilityLastTime: null });
    const ask = plan.findings.find((finding) => finding.code === 'DEVPLAN_TOO_FEW_RATERS_LAST_TIME');
    expect(ask?.message).toBe('For a reliable re-rating, invite more raters than last time: 4 peers and 6 direct reports at least.');
    expect(JSON.stringify(plan)).not.toMatch(/"ratersLastTime":2\b/);
  });
});

describe('checks for the coach (Smither, London & Reilly 2005)', () => {
  const codes = (options: Parameters<typeof planDevelopment>[1]): string[] => planDevelopment(report, options).findings.map((finding) => finding.code);

  it('say when goals, coaching or a follow-up are missing, and not when they are in place', () => {
    expect(codes({})).toEqual(['DEVPLAN_GOALS_NOT_SET', 'DEVPLAN_NO_COACHING', 'DEVPLAN_NO_FOLLOW_UP', 'DEVPLAN_CHANGE_IN_SD_ONLY']);
    expect(
      codes({
        coachingInPlace: true,
        feedbackDate: '2026-03-01',
        followUpDate: '2026-06-01',
        goals: { A: { specific: 'Summarise before replying', timeBound: '2027-03-01' } },
        remeasurement: { referenceSd: 0.5 },
      }),
    ).toEqual([]);
  });

  it('tell a coaching not in place from one not recorded', () => {
    const message = (coachingInPlace?: boolean): string | undefined =>
      planDevelopment(report, coachingInPlace === undefined ? {} : { coachingInPlace }).findings.find((finding) => finding.code === 'DEVPLAN_NO_COACHING')?.message;
    expect(message(false)).toMatch(/^No coaching is in place/);
    expect(message()).toMatch(/^Whether coaching is in place is not recorded/);
  });

  it('flag a goal without a date, and a follow-up that is not before the re-rating', () => {
    expect(codes({ goals: { A: { specific: 'Summarise before replying' } } })).toContain('DEVPLAN_GOAL_NOT_TIME_BOUND');
    expect(codes({ feedbackDate: '2026-03-01', followUpDate: '2027-04-01' })).toContain('DEVPLAN_FOLLOW_UP_AFTER_REMEASUREMENT');
  });

  it('are all for the coach, with their catalogue severity, and every code can be raised', () => {
    const raised = new Set<string>();
    const option_sets: Parameters<typeof planDevelopment>[1][] = [
      {},
      { importance: { A: 0 } },
      { goals: { A: { specific: 'x' } }, feedbackDate: '2026-03-01', followUpDate: '2027-04-01', resources: { coach: false } },
      { focus: ['leadership'], minimumEvidence: 'meta-analysis' },
    ];
    const small = interpret360({
      instrument,
      ratings: [...rows('me', 'self', [5, 5, 3]), ...['p1', 'p2', 'p3', 'p4'].flatMap((id) => rows(id, 'peer', [3, 3, 4])), ...['d1', 'd2', 'd3'].flatMap((id) => rows(id, 'direct-report', [3, 3, 4]))],
    });
    for (const options of option_sets) {
      for (const finding of [...planDevelopment(report, options).findings, ...planDevelopment(small, options).findings]) {
        raised.add(finding.code);
        expect(finding.audience).toBe('coach');
        expect(finding.severity).toBe(developmentPlanFindings[finding.code].severity);
        expect(finding.basis.length).toBeGreaterThan(0);
      }
    }
    expect([...raised].sort()).toEqual([...developmentPlanFindingCodes].sort());
    for (const code of developmentPlanFindingCodes) expect(developmentPlanFindings[code].audience).toBe('coach');
  });
});

describe('the finding catalogue', () => {
  it('lists its codes in order, each a DEVPLAN_ code with a one-sentence meaning in UK English', () => {
    expect(developmentPlanFindingCodes).toEqual(Object.keys(developmentPlanFindings));
    for (const [code, definition] of Object.entries(developmentPlanFindings)) {
      expect(code).toMatch(/^DEVPLAN_[A-Z_]+$/);
      expect(definition.meaning, code).toMatch(/^[A-Z][^.]*\.$/);
      expect(definition.meaning, code).not.toMatch(/\b(behavior|organization|program|center)\b/);
    }
  });

  it('gives every message as one plain sentence, with no finding code or field name in it', () => {
    const plan = planDevelopment(report, { resources: { coach: false }, goals: { A: { specific: 'x' } }, feedbackDate: '2026-03-01', followUpDate: '2027-04-01' });
    expect(plan.findings.length).toBeGreaterThan(3);
    for (const finding of plan.findings) {
      expect(finding.message).toMatch(/^[A-Z].*\.$/);
      expect(finding.message).not.toMatch(/DEVPLAN_|[a-z][A-Z]|\b[a-z]+-[a-z]+-[a-z]+\b/);
    }
  });
});

describe('the participant’s view', () => {
  it('plans the same as the coach’s report when the band is the same', () => {
    const band = { gapBand: { lower: -0.5, upper: 0.5 } };
    expect(planDevelopment(participantView360(report), band)).toEqual(planDevelopment(report, band));
    expect(planDevelopment(participantView360(report)).rule.gapBand.from).toBe('default');
  });
});

describe('bad input', () => {
  it('names the option that is wrong', () => {
    expect(issueKeys(() => planDevelopment(report, { importance: { Z: 2 } }))).toEqual([['options', 'importance', 'Z']]);
    expect(issueKeys(() => planDevelopment(report, { priority: 2 } as never))).toEqual([['options', 'priority']]);
    expect(issueKeys(() => planDevelopment(report, { goals: { A: { target: 6 } } }))).toEqual([['options', 'goals', 'A', 'target']]);
    expect(issueKeys(() => planDevelopment(report, { itemText: { Q9: 'x' } }))).toEqual([['options', 'itemText', 'Q9']]);
    expect(issueKeys(() => planDevelopment(report, { feedbackDate: '2026-05-01', followUpDate: '2026-04-01' }))).toEqual([['options', 'followUpDate']]);
    expect(issueKeys(() => planDevelopment(report, { feedbackDate: '2026-02-30' }))).toEqual([['options', 'feedbackDate']]);
    expect(issueKeys(() => planDevelopment(report, { remeasurement: { targetReliability: 1 } }))).toEqual([['options', 'remeasurement', 'targetReliability']]);
  });

  it('names the report’s path when the report is not one', () => {
    expect(issueKeys(() => planDevelopment({ ...report, scale: { min: 5, max: 1 } }))[0]).toEqual(['report', 'scale']);
    expect(issueKeys(() => planDevelopment(null as never))[0]).toEqual(['report']);
  });
});
