// Catalogue tests for src/lmd: Day's (2000) taxonomy, the intervention catalogue, the leadership
// theories, the full range model and Revans' learning equation. Rule tests quote the 7OS06 and
// 7OS02 seeds (../shared/seeds/000_…txt and 001_…txt) in their names.
import { describe, expect, it } from 'vitest';
import {
  analysePortfolio,
  checkActionLearningDesign,
  classifyIntervention,
  developmentFocus,
  evidenceStrengths,
  fullRangeModel,
  fullRangeScaleIds,
  getIntervention,
  interventionIds,
  interventions,
  leadershipTheories,
  leadershipTheoryIds,
  learningEquation,
  LmdInputError,
  profileFullRange,
  references,
  type InterventionId,
} from '../../src/index.js';
import { copiedRuns, seedsAvailable } from '../helpers/copied-runs.js';
import { isDeeplyFrozen, roundTrip, thrownBy, unsafeJsonPaths } from '../helpers/json-safety.js';

const resolves = (id: string): boolean => Object.hasOwn(references, id);

describe('developmentFocus (Day, 2000)', () => {
  it('"Leader development focuses on individual-level intrapersonal competencies: the self-awareness, self-regulation, and self-motivation"', () => {
    expect(developmentFocus.leader.level).toBe('individual');
    expect(developmentFocus.leader.orientation).toBe('intrapersonal');
    expect(developmentFocus.leader.develops).toEqual(['self-awareness', 'self-regulation', 'self-motivation']);
  });

  it('"These interventions build what Day calls human capital" / "Leadership development builds social capital"', () => {
    expect(developmentFocus.leader.capital).toBe('human');
    expect(developmentFocus.leadership.capital).toBe('social');
  });

  it('"relational networks, collective sense-making, shared vision formation, and distributed leadership capacity"', () => {
    expect(developmentFocus.leadership.develops).toEqual([
      'relational networks',
      'collective sense-making',
      'shared vision',
      'distributed leadership capacity',
    ]);
    expect(developmentFocus.leadership.orientation).toBe('interpersonal and systemic');
  });

  it('is frozen, JSON-safe and sourced', () => {
    expect(isDeeplyFrozen(developmentFocus)).toBe(true);
    expect(roundTrip(developmentFocus)).toEqual(developmentFocus);
    for (const side of Object.values(developmentFocus)) for (const id of side.sources) expect(resolves(id)).toBe(true);
  });
});

describe('interventions: the catalogue', () => {
  it('has unique kebab-case ids equal to interventionIds, in order', () => {
    const ids = interventions.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...interventionIds]);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('grades every entry with an evidence strength and resolves every source and basis in the bibliography', () => {
    for (const entry of interventions) {
      expect(evidenceStrengths).toContain(entry.evidence);
      expect(entry.sources.length).toBeGreaterThan(0);
      expect(entry.basis.length).toBeGreaterThan(0);
      for (const id of [...entry.sources, ...entry.basis]) expect(resolves(id), `${entry.id}: ${id}`).toBe(true);
    }
  });

  it('fills every descriptive field with plain sentences', () => {
    for (const entry of interventions) {
      for (const text of [entry.name, entry.description, entry.format, entry.typicalDuration, entry.evidenceNote, entry.focusNote]) {
        expect(text.trim().length, entry.id).toBeGreaterThan(0);
      }
      expect(entry.conditions.length, entry.id).toBeGreaterThan(0);
      expect(entry.risks.length, entry.id).toBeGreaterThan(0);
    }
  });

  it('is deeply frozen and survives a JSON round trip', () => {
    expect(isDeeplyFrozen(interventions)).toBe(true);
    expect(isDeeplyFrozen(interventionIds)).toBe(true);
    expect(roundTrip(interventions)).toEqual(interventions);
    expect(unsafeJsonPaths(interventions)).toEqual([]);
  });

  it.each([
    [
      'The characteristic interventions of leader development are individual-facing: coaching, mentoring, 360-degree feedback, assessment centres, executive education programmes, and personal development planning',
      ['coaching', 'mentoring', '360-degree-feedback', 'assessment-centre', 'executive-education', 'personal-development-planning'],
      'leader',
      'human',
    ],
    [
      'Its characteristic interventions are relational and collective: action learning sets, team coaching, cross-functional projects, communities of practice, and culture change programmes',
      ['action-learning-set', 'team-coaching', 'cross-functional-project', 'community-of-practice', 'culture-change-programme'],
      'leadership',
      'social',
    ],
  ] as const)('"%s"', (_quote, ids: readonly InterventionId[], focus, capital) => {
    for (const id of ids) {
      expect(classifyIntervention(id)).toBe(focus);
      expect(getIntervention(id).capital).toBe(capital);
      expect(getIntervention(id).listedIn).toBe('7OS06');
    }
  });

  it('puts job assignments and networking on the leader-development side, noting that networking builds social capital', () => {
    expect(classifyIntervention('job-assignment')).toBe('leader');
    expect(classifyIntervention('networking')).toBe('leader');
    expect(getIntervention('networking').capital).toBe('social');
    expect(getIntervention('networking').focusNote).toMatch(/social rather than human capital/);
  });

  it('includes the 7OS02 initiatives: peer learning circles, on-the-job coaching by line managers, lunch-and-learn', () => {
    const fromSevenOsTwo = interventions.filter((entry) => entry.listedIn === '7OS02').map((entry) => entry.id);
    expect(fromSevenOsTwo).toEqual(['peer-learning-circle', 'line-manager-coaching', 'lunch-and-learn']);
    expect(classifyIntervention('peer-learning-circle')).toBe('leadership');
    expect(classifyIntervention('line-manager-coaching')).toBe('leader');
    expect(classifyIntervention('lunch-and-learn')).toBe('leader');
  });

  it('"unless these sessions are supported, given space in work hours, they\'ll quietly fizzle out" (peer learning circles)', () => {
    const circle = getIntervention('peer-learning-circle');
    expect(circle.conditions).toContain('Protected time within working hours');
    expect(circle.risks).toContain('Fades without organisational backing');
  });

  it('"There\'s also a risk of burnout, if we ask them to add coaching to their already heavy workload" (on-the-job coaching)', () => {
    expect(getIntervention('line-manager-coaching').risks.some((risk) => /burnout/i.test(risk))).toBe(true);
  });

  it('"a series of "lunch and learn" sessions focused on genuine problems"', () => {
    expect(getIntervention('lunch-and-learn').conditions[0]).toMatch(/real problems/);
  });

  it('"The evidence base for action learning\'s developmental effectiveness is largely practitioner-reported and case-based"', () => {
    expect(getIntervention('action-learning-set').evidence).toBe('case-based');
    expect(getIntervention('action-learning-set').sources).toEqual(['revans-2011', 'pedler-burgoyne-brook-2005']);
  });

  it('"Effective sets require sustained commitment (months, not days), skilled facilitation, and organisational support"', () => {
    const conditions = getIntervention('action-learning-set').conditions.join(' ');
    expect(conditions).toMatch(/months, not days/);
    expect(conditions).toMatch(/set adviser/);
    expect(conditions).toMatch(/Organisational support/);
  });

  it('grades 360-degree feedback on Smither et al. (2005): "a valuable diagnostic tool within a coached development process — not a standalone developmental intervention"', () => {
    const feedback = getIntervention('360-degree-feedback');
    expect(feedback.evidence).toBe('meta-analysis');
    expect(feedback.sources).toContain('smither-london-reilly-2005');
    expect(feedback.conditions[0]).toMatch(/Coaching/);
    expect(feedback.risks[0]).toMatch(/standalone/);
  });

  it('looks entries up by id and rejects unknown ids from untyped input with LmdInputError', () => {
    expect(getIntervention('mentoring').name).toBe('Mentoring');
    const error = thrownBy(() => getIntervention('away-day' as InterventionId));
    expect(error).toBeInstanceOf(LmdInputError);
    expect((error as LmdInputError).message).toBe('id: no intervention in the catalogue has this id (received "away-day")');
    expect(() => classifyIntervention(undefined as unknown as InterventionId)).toThrow(LmdInputError);
    expect(() => classifyIntervention('toString' as InterventionId)).toThrow(LmdInputError);
  });
});

describe('leadershipTheories', () => {
  it('has the three theories with unique ids, graded and sourced', () => {
    expect(leadershipTheories.map((theory) => theory.id)).toEqual([...leadershipTheoryIds]);
    for (const theory of leadershipTheories) {
      expect(evidenceStrengths).toContain(theory.evidence);
      for (const id of theory.sources) expect(resolves(id)).toBe(true);
      expect(theory.keyClaims.length).toBeGreaterThan(0);
      expect(theory.designImplications.length).toBeGreaterThan(0);
    }
    expect(isDeeplyFrozen(leadershipTheories)).toBe(true);
    expect(roundTrip(leadershipTheories)).toEqual(leadershipTheories);
  });

  it('"Spillane\'s distributed leadership theory (2006) provides a critical counterpoint to the individual-focused transformational model"', () => {
    const byId = Object.fromEntries(leadershipTheories.map((theory) => [theory.id, theory]));
    expect(byId.transformational?.emphasis).toBe('leader');
    expect(byId.distributed?.emphasis).toBe('leadership');
    expect(byId.distributed?.sources).toEqual(['spillane-2006']);
    expect(byId.collaborative?.sources).toEqual(['archer-cameron-2013']);
    expect(byId.transformational?.evidence).toBe('meta-analysis');
  });
});

describe('fullRangeModel (Bass & Avolio)', () => {
  it('has nine scales and three outcome scales, with unique ids', () => {
    expect(fullRangeModel.scales).toHaveLength(9);
    expect(fullRangeModel.outcomes).toHaveLength(3);
    expect(fullRangeModel.scales.map((scale) => scale.id)).toEqual([...fullRangeScaleIds]);
    expect(new Set(fullRangeModel.scales.map((scale) => scale.abbreviation)).size).toBe(9);
  });

  it('"a spectrum from laissez-faire leadership … through management-by-exception (passive and active) and contingent reward (transactional) to the four Is of transformational leadership"', () => {
    expect(fullRangeModel.scales.map((scale) => scale.abbreviation)).toEqual([
      'LF', 'MBEP', 'MBEA', 'CR', 'IC', 'IS', 'IM', 'IIB', 'IIA',
    ]);
    const ranks = fullRangeModel.scales.map((scale) => scale.activityRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('groups the scales 5 transformational, 2 transactional, 2 passive-avoidant (Avolio & Bass, 2004)', () => {
    const count = (group: string): number => fullRangeModel.scales.filter((scale) => scale.group === group).length;
    expect([count('transformational'), count('transactional'), count('passive-avoidant')]).toEqual([5, 2, 2]);
    expect(fullRangeModel.groups.map((group) => group.id)).toEqual(['transformational', 'transactional', 'passive-avoidant']);
  });

  it('has the MLQ 5X structure: 36 leadership items and 9 outcome items on a 0–4 frequency scale (no items carried)', () => {
    expect(fullRangeModel.scales.reduce((total, scale) => total + scale.itemCount, 0)).toBe(36);
    expect(fullRangeModel.outcomes.reduce((total, outcome) => total + outcome.itemCount, 0)).toBe(9);
    expect(fullRangeModel.frequencyScale.labels.map((label) => label.value)).toEqual([0, 1, 2, 3, 4]);
    expect(JSON.stringify(fullRangeModel)).not.toMatch(/"items"/);
  });

  it('carries Judge & Piccolo (2004) overall validities: transformational .44, contingent reward .39, laissez-faire −.37', () => {
    expect(fullRangeModel.validities).toEqual([
      { dimension: 'transformational', validity: 0.44 },
      { dimension: 'contingent-reward', validity: 0.39 },
      { dimension: 'laissez-faire', validity: -0.37 },
    ]);
  });

  it('is graded, sourced, frozen and JSON-safe', () => {
    expect(evidenceStrengths).toContain(fullRangeModel.evidence);
    for (const id of fullRangeModel.sources) expect(resolves(id)).toBe(true);
    expect(isDeeplyFrozen(fullRangeModel)).toBe(true);
    expect(roundTrip(fullRangeModel)).toEqual(fullRangeModel);
  });
});

describe('learningEquation (Revans)', () => {
  it('"Revans\' distinction between programmed knowledge (P …) and questioning insight (Q …)": L = P + Q', () => {
    expect(learningEquation.formula).toBe('L = P + Q');
    expect(learningEquation.terms.map((term) => [term.symbol, term.name])).toEqual([
      ['L', 'learning'],
      ['P', 'programmed knowledge'],
      ['Q', 'questioning insight'],
    ]);
    for (const id of learningEquation.sources) expect(resolves(id)).toBe(true);
    expect(isDeeplyFrozen(learningEquation)).toBe(true);
    expect(roundTrip(learningEquation)).toEqual(learningEquation);
  });
});

// Own words: nothing the lmd module ships (catalogues or finding messages) may repeat ten or more
// consecutive words of the seeds (CIPD-based pages). Runs where the seeds are beside the repository.
describe.runIf(seedsAvailable)('paraphrase guard', () => {
  it('ships no run of ten words copied from the seeds', () => {
    const design = {
      setSize: 3, meetings: 2, spanDays: 20, realProblemsOwned: false, adviserRole: 'provides-expertise', organisationalSupport: false,
    } as const;
    const copied = copiedRuns({
      developmentFocus,
      interventions,
      leadershipTheories,
      fullRangeModel,
      learningEquation,
      'analysePortfolio()': [
        analysePortfolio({
          items: [{ interventionId: 'coaching', spend: 1 }, { interventionId: 'mentoring' }],
          conditions: { roleDesign: 'constraining', governance: 'constraining', culture: 'neutral', accountability: 'neutral' },
          interOrganisational: true,
        }),
        analysePortfolio({ items: [{ interventionId: 'coaching' }] }),
      ],
      'profileFullRange()': profileFullRange({ 'laissez-faire': 3 }),
      'checkActionLearningDesign()': [
        checkActionLearningDesign(design),
        checkActionLearningDesign({ ...design, setSize: 4, spanDays: 1, adviserRole: 'none' }),
      ],
    });
    expect(copied).toEqual([]);
  });
});
