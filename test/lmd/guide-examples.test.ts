// The worked examples of docs/lmd.md, run as written, so the guide's numbers cannot drift from the
// code (issue 5 audit: the guide's code blocks are not compiled by the @example runner).
import { describe, expect, it } from 'vitest';
import {
  analysePortfolio,
  checkActionLearningDesign,
  classifyIntervention,
  developmentFocus,
  getIntervention,
  interventions,
  LmdInputError,
  profileFullRange,
  type InterventionId,
} from '../../src/index.js';

describe('docs/lmd.md examples', () => {
  it('Day (2000): leader and leadership development', () => {
    expect(developmentFocus.leader.develops).toEqual(['self-awareness', 'self-regulation', 'self-motivation']);
    expect(developmentFocus.leadership.capital).toBe('social');
    expect(classifyIntervention('team-coaching')).toBe('leadership');
  });

  it('the catalogue table: 16 entries with the focus and evidence grade the guide lists', () => {
    expect(interventions.map((entry) => [entry.id, entry.focus, entry.evidence])).toEqual(
      expect.arrayContaining([
        ['coaching', 'leader', 'meta-analysis'],
        ['mentoring', 'leader', 'meta-analysis'],
        ['360-degree-feedback', 'leader', 'meta-analysis'],
        ['assessment-centre', 'leader', 'meta-analysis'],
        ['executive-education', 'leader', 'meta-analysis'],
        ['personal-development-planning', 'leader', 'practitioner-reported'],
        ['job-assignment', 'leader', 'cross-sectional'],
        ['networking', 'leader', 'theoretical'],
        ['line-manager-coaching', 'leader', 'cross-sectional'],
        ['lunch-and-learn', 'leader', 'practitioner-reported'],
        ['action-learning-set', 'leadership', 'case-based'],
        ['team-coaching', 'leadership', 'theoretical'],
        ['cross-functional-project', 'leadership', 'practitioner-reported'],
        ['community-of-practice', 'leadership', 'case-based'],
        ['culture-change-programme', 'leadership', 'case-based'],
        ['peer-learning-circle', 'leadership', 'practitioner-reported'],
      ]),
    );
    expect(interventions).toHaveLength(16);
    expect(getIntervention('360-degree-feedback').evidence).toBe('meta-analysis');
    expect(() => getIntervention('away-day' as InterventionId)).toThrow(LmdInputError);
  });

  it('portfolio analysis: 90% leader development by spend, culture constraining', () => {
    const result = analysePortfolio({
      items: [
        { interventionId: 'executive-education', spend: 60000, participants: 20 },
        { interventionId: 'coaching', spend: 30000, participants: 8 },
        { interventionId: 'action-learning-set', spend: 10000, participants: 6 },
      ],
      conditions: { roleDesign: 'neutral', governance: 'enabling', culture: 'constraining', accountability: 'neutral' },
      interOrganisational: false,
    });
    expect(result.basis).toBe('spend');
    expect(result.leaderShare).toBe(0.9);
    expect(result.leadershipShare).toBe(0.1);
    expect(result.findings.map((finding) => finding.code)).toEqual([
      'PORTFOLIO_LEADERSHIP_UNDER_INVESTED',
      'PORTFOLIO_CONDITIONS_CONSTRAIN_TRANSFER',
    ]);
    expect(result.findings[0]?.message).toBe(
      'Leadership development takes 10% of the portfolio by spend, below the 30% threshold, so collective capacity is under-invested relative to individual development.',
    );
  });

  it('full range profile: (2 + 2 + 2.5 + 1.5 + 2) / 5 = 2, (2.5 + 2.5) / 2 = 2.5, (2.5 + 2) / 2 = 2.25', () => {
    const profile = profileFullRange({
      'idealised-influence-attributed': 2, 'idealised-influence-behaviour': 2, 'inspirational-motivation': 2.5,
      'intellectual-stimulation': 1.5, 'individualised-consideration': 2,
      'contingent-reward': 2.5, 'management-by-exception-active': 2.5,
      'management-by-exception-passive': 2.5, 'laissez-faire': 2,
    });
    expect(profile.groups.map((row) => row.mean)).toEqual([2, 2.5, 2.25]);
    expect(profile.dominantGroup).toBe('transactional');
    expect(profile.findings.map((finding) => finding.code)).toEqual([
      'FULL_RANGE_PASSIVE_AVOIDANT_HIGH',
      'FULL_RANGE_TRANSFORMATIONAL_NOT_DOMINANT',
    ]);
  });

  it('a one-day "action learning" workshop', () => {
    const workshop = checkActionLearningDesign({
      setSize: 12,
      meetings: 1,
      spanDays: 1,
      realProblemsOwned: false,
      adviserRole: 'provides-expertise',
      organisationalSupport: true,
    });
    expect(workshop.isActionLearning).toBe(false);
    expect(workshop.findings.map((finding) => finding.code)).toEqual([
      'ACTION_LEARNING_ONE_DAY_OR_LESS',
      'ACTION_LEARNING_SET_SIZE_OUTSIDE_RANGE',
      'ACTION_LEARNING_PROBLEMS_NOT_REAL_OR_OWNED',
      'ACTION_LEARNING_ADVISER_AS_EXPERT',
    ]);
  });
});
