// Seed statements that are rules, not already quoted by the other lmd tests (issue 5 audit):
// 7OS06 (../shared/seeds/000_…txt) AC 1.1, 1.2, 2.1 and the FAQ, and 7OS02 (001_…txt) AC 1.4 and
// AC 2.3. Each test quotes the rule in its name; short quotations only. Also pins every finding
// code the issue requires, since a released code must never be renamed.
import { describe, expect, it } from 'vitest';
import {
  actionLearningFindingCodes,
  analysePortfolio,
  checkActionLearningDesign,
  fullRangeModel,
  fullRangeProfileFindingCodes,
  getIntervention,
  leadershipTheories,
  learningEquation,
  portfolioFindingCodes,
  type ActionLearningDesign,
} from '../../src/index.js';

const goodDesign: ActionLearningDesign = {
  setSize: 6,
  meetings: 8,
  spanDays: 210,
  realProblemsOwned: true,
  adviserRole: 'facilitates-questioning',
  organisationalSupport: true,
};
const alCodes = (change: Partial<ActionLearningDesign>): string[] =>
  checkActionLearningDesign({ ...goodDesign, ...change }).findings.map((finding) => finding.code);
const theory = (id: string) => leadershipTheories.find((entry) => entry.id === id);

describe('7OS06 AC 1.1 (Day, 2000)', () => {
  it('"individual-level development rarely translates into organisational-level leadership capability without deliberate attention to the systemic conditions" → transfer is judged only when the conditions are rated, and enabling conditions clear it', () => {
    const items = [{ interventionId: 'coaching' }, { interventionId: 'team-coaching' }] as const;
    const unrated = analysePortfolio({ items: [...items] }).findings.map((finding) => finding.code);
    expect(unrated).toContain('PORTFOLIO_CONDITIONS_NOT_RATED');
    const enabling = analysePortfolio({
      items: [...items],
      conditions: { roleDesign: 'enabling', governance: 'enabling', culture: 'enabling', accountability: 'enabling' },
    }).findings.map((finding) => finding.code);
    expect(enabling).not.toContain('PORTFOLIO_CONDITIONS_NOT_RATED');
    expect(enabling).not.toContain('PORTFOLIO_CONDITIONS_CONSTRAIN_TRANSFER');
  });

  it('"role design, governance, culture, accountability" → each one constraining on its own is enough for the transfer risk, and the message names it', () => {
    const names = { roleDesign: 'role design', governance: 'governance', culture: 'culture', accountability: 'accountability' } as const;
    for (const key of ['roleDesign', 'governance', 'culture', 'accountability'] as const) {
      const conditions = { roleDesign: 'neutral', governance: 'neutral', culture: 'neutral', accountability: 'neutral', [key]: 'constraining' } as const;
      const result = analysePortfolio({ items: [{ interventionId: 'executive-education' }], conditions });
      const finding = result.findings.find((entry) => entry.code === 'PORTFOLIO_CONDITIONS_CONSTRAIN_TRANSFER');
      expect(finding?.severity, key).toBe('risk');
      expect(finding?.message, key).toContain(names[key]);
      expect(result.constrainingConditions).toEqual([key]);
    }
  });
});

describe('7OS06 AC 1.2 (theories)', () => {
  it('"the four Is of transformational leadership: idealised influence …; inspirational motivation …; intellectual stimulation …; and individualised consideration" → the transformational group holds exactly these (idealised influence as its attributed and behaviour scales)', () => {
    const transformational = fullRangeModel.scales.filter((scale) => scale.group === 'transformational').map((scale) => scale.id);
    expect([...transformational].sort()).toEqual([
      'idealised-influence-attributed',
      'idealised-influence-behaviour',
      'individualised-consideration',
      'inspirational-motivation',
      'intellectual-stimulation',
    ]);
  });

  it('"Meta-analyses (Judge and Piccolo, 2004; Wang et al., 2011) consistently find transformational leadership associated with follower performance" → graded meta-analysis on both works', () => {
    expect(theory('transformational')?.evidence).toBe('meta-analysis');
    expect(theory('transformational')?.sources).toEqual(
      expect.arrayContaining(['judge-piccolo-2004', 'wang-oh-courtright-colbert-2011']),
    );
    expect(fullRangeModel.sources).toEqual(expect.arrayContaining(['judge-piccolo-2004', 'wang-oh-courtright-colbert-2011']));
  });

  it('"leadership is better understood as a practice that is distributed across multiple leaders and followers … shaped by the tools and routines" → the distributed theory locates leadership there', () => {
    const distributed = theory('distributed');
    expect(distributed?.locus).toMatch(/tools and routines/);
    expect(distributed?.keyClaims.join(' ')).toMatch(/not an attribute of one person/);
  });

  it('"in partnership working, commissioning relationships, and complex public sector environments" → the collaborative theory covers those contexts and implies cross-organisational development', () => {
    const collaborative = theory('collaborative');
    expect(collaborative?.keyClaims[0]).toMatch(/partnerships, commissioning and complex public services/);
    expect(collaborative?.designImplications.join(' ')).toMatch(/across partner organisations at the same time/);
  });
});

describe('7OS06 AC 2.1 and FAQ (Revans)', () => {
  it('"Q is developed through reflective engagement with real problems rather than through instruction" → the learning equation says so, as data', () => {
    expect(learningEquation.meaning).toMatch(/Q grows through questioning and reflection on real problems/);
    expect(learningEquation.terms.find((term) => term.symbol === 'P')?.meaning).toMatch(/instruction/);
  });

  it('"Action learning develops Q … rather than transmitting fixed content" → an adviser who provides expertise is flagged', () => {
    expect(alCodes({ adviserRole: 'provides-expertise' })).toEqual(['ACTION_LEARNING_ADVISER_AS_EXPERT']);
  });

  it('"The set adviser facilitates questioning and reflection but does not provide expert answers" → facilitating questioning passes with no adviser finding', () => {
    expect(alCodes({ adviserRole: 'facilitates-questioning' })).toEqual([]);
  });

  it('"Each participant owns a genuine problem that matters to their organisation" → problems not real or not owned is a risk', () => {
    const result = checkActionLearningDesign({ ...goodDesign, realProblemsOwned: false });
    expect(result.findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['ACTION_LEARNING_PROBLEMS_NOT_REAL_OR_OWNED', 'risk'],
    ]);
    expect(result.isActionLearning).toBe(true);
  });

  it('"brings small groups of peers together regularly over months" → a set meeting once over months is not meeting regularly', () => {
    expect(alCodes({ meetings: 1, spanDays: 180 })).toEqual(['ACTION_LEARNING_FEW_MEETINGS']);
  });

  it('"action learning\'s strongest claims are in relational and adaptive skill development … rather than technical knowledge acquisition" → the catalogue entry is leadership development and its evidence note says so', () => {
    const set = getIntervention('action-learning-set');
    expect(set.focus).toBe('leadership');
    expect(set.evidenceNote).toMatch(/relational and adaptive skills/);
  });

  it('"it requires sustained commitment over extended periods that many organisations are reluctant to provide given competing time pressures" → a named risk of action learning sets', () => {
    expect(getIntervention('action-learning-set').risks).toContain('Members drop out under time pressure');
  });

  it('"sessions of one day or less" → a half-day, a day, and a single meeting on one day are all not action learning, whatever else is right', () => {
    for (const change of [{ spanDays: 0.5 }, { spanDays: 1 }, { spanDays: 1, meetings: 1 }]) {
      const result = checkActionLearningDesign({ ...goodDesign, ...change });
      expect(result.isActionLearning).toBe(false);
      expect(result.findings.map((finding) => finding.code)).toEqual(['ACTION_LEARNING_ONE_DAY_OR_LESS']);
    }
  });
});

describe('7OS02 AC 2.3 and AC 1.4 (the initiatives)', () => {
  it('"small, recurring group discussions where staff meet (perhaps monthly)" and "There\'s no single trainer" → peer learning circles', () => {
    const circle = getIntervention('peer-learning-circle');
    expect(circle.typicalDuration).toMatch(/Monthly/);
    expect(circle.description).toMatch(/without a trainer/);
  });

  it('"Rotating facilitators helps" and "a space that feels open but safe" → conditions of a peer learning circle', () => {
    const conditions = getIntervention('peer-learning-circle').conditions.join(' ');
    expect(conditions).toMatch(/rotating facilitation/);
    expect(conditions).toMatch(/safe space/);
  });

  it('"Not everyone is a talker. Some people learn by doing" → a risk of peer learning circles', () => {
    expect(getIntervention('peer-learning-circle').risks.join(' ')).toMatch(/learn by doing/);
  });

  it('"short, practice-based workshops" and "peer observation" to shift managers "from \'telling\' to \'asking\'" → the format of on-the-job coaching by line managers', () => {
    const coaching = getIntervention('line-manager-coaching');
    expect(coaching.format).toMatch(/practice-based workshops/);
    expect(coaching.format).toMatch(/peer observation/);
    expect(coaching.description).toMatch(/asking questions/);
  });

  it('"Some managers may feel out of their depth" → a risk of on-the-job coaching by line managers', () => {
    expect(getIntervention('line-manager-coaching').risks.join(' ')).toMatch(/out of their depth/);
  });

  it('"Managers liked the informal setting. They used real cases, not scenarios" → lunch-and-learn is informal and built on real problems', () => {
    const lunch = getIntervention('lunch-and-learn');
    expect(lunch.format).toMatch(/informal/);
    expect(lunch.description).toMatch(/real problems/);
  });
});

describe('the findings issue 5 requires, with stable codes', () => {
  it('keeps every released code, in order (never rename one)', () => {
    expect(portfolioFindingCodes).toEqual([
      'PORTFOLIO_LEADERSHIP_UNDER_INVESTED',
      'PORTFOLIO_ALL_INDIVIDUAL',
      'PORTFOLIO_CONDITIONS_CONSTRAIN_TRANSFER',
      'PORTFOLIO_CONDITIONS_NOT_RATED',
      'PORTFOLIO_INTER_ORGANISATIONAL',
      'PORTFOLIO_BASIS_FALLBACK',
    ]);
    expect(actionLearningFindingCodes).toEqual([
      'ACTION_LEARNING_ONE_DAY_OR_LESS',
      'ACTION_LEARNING_SPAN_WEEKS_NOT_MONTHS',
      'ACTION_LEARNING_FEW_MEETINGS',
      'ACTION_LEARNING_SET_SIZE_OUTSIDE_TYPICAL',
      'ACTION_LEARNING_SET_SIZE_OUTSIDE_RANGE',
      'ACTION_LEARNING_PROBLEMS_NOT_REAL_OR_OWNED',
      'ACTION_LEARNING_ADVISER_AS_EXPERT',
      'ACTION_LEARNING_NO_ADVISER',
      'ACTION_LEARNING_NO_ORGANISATIONAL_SUPPORT',
    ]);
    expect(fullRangeProfileFindingCodes).toEqual([
      'FULL_RANGE_PASSIVE_AVOIDANT_HIGH',
      'FULL_RANGE_TRANSFORMATIONAL_NOT_DOMINANT',
      'FULL_RANGE_SCALES_MISSING',
    ]);
  });

  it('produces each required finding, with the severity the issue or seed asks for', () => {
    const portfolio = analysePortfolio({
      items: [{ interventionId: 'coaching' }],
      conditions: { roleDesign: 'constraining', governance: 'neutral', culture: 'neutral', accountability: 'neutral' },
      interOrganisational: true,
    });
    expect(portfolio.findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['PORTFOLIO_LEADERSHIP_UNDER_INVESTED', 'warning'],
      ['PORTFOLIO_ALL_INDIVIDUAL', 'warning'],
      ['PORTFOLIO_CONDITIONS_CONSTRAIN_TRANSFER', 'risk'],
      ['PORTFOLIO_INTER_ORGANISATIONAL', 'advice'],
    ]);
    const bases = Object.fromEntries(portfolio.findings.map((finding) => [finding.code, finding.basis]));
    expect(bases['PORTFOLIO_LEADERSHIP_UNDER_INVESTED']).toContain('day-2000');
    expect(bases['PORTFOLIO_ALL_INDIVIDUAL']).toContain('spillane-2006');
    expect(bases['PORTFOLIO_INTER_ORGANISATIONAL']).toContain('archer-cameron-2013');

    const oneDay = checkActionLearningDesign({ ...goodDesign, spanDays: 1 });
    expect(oneDay.findings[0]?.severity).toBe('risk');
    expect(oneDay.isActionLearning).toBe(false);
    expect(alCodes({ spanDays: 30 })).toEqual(['ACTION_LEARNING_SPAN_WEEKS_NOT_MONTHS']);
    expect(alCodes({ setSize: 4 })).toEqual(['ACTION_LEARNING_SET_SIZE_OUTSIDE_TYPICAL']);
    expect(alCodes({ setSize: 8 })).toEqual(['ACTION_LEARNING_SET_SIZE_OUTSIDE_RANGE']);
    expect(alCodes({ organisationalSupport: false })).toEqual(['ACTION_LEARNING_NO_ORGANISATIONAL_SUPPORT']);
  });
});
