import { describe, expect, it } from 'vitest';
import {
  checkBusinessCase,
  costOfTurnover,
  percentageChange,
  turnoverRate,
  type BusinessCaseInput,
} from '../../src/index.js';
import { legalFirm } from '../fixtures/seed-business-cases.js';

// Keeps docs/evaluation.md's "Building a business case" honest: the Manchester legal firm of the
// 7OS02 seed (junior solicitor turnover down about 30% after quarterly workshops and peer
// coaching), built end to end. Formulas: CIPD (turnover, cost of turnover), Phillips & Phillips
// (2016) through phillipsRoi.
const firstDraft: BusinessCaseInput = {
  problem: 'Junior solicitors leave within two years despite competitive pay',
  goals: ['retention', 'performance', 'engagement', 'wellbeing'],
  successMeasures: [
    { name: 'Workshop feedback forms', level: { model: 'kirkpatrick', level: 1 }, kind: 'quantitative', timing: 'after' },
  ],
  costOfInaction: '',
  benefits: [{ label: 'Three fewer junior leavers', annualValue: 90_000, attribution: 1, confidence: 1 }],
  evidence: [
    { benefit: 'Three fewer junior leavers', kind: 'internal-data', strength: 'case-based', claimedEffect: 45, citedEffect: 30 },
  ],
};

// The revised case is the shared fixture, written out in full in the guide.
const revised = legalFirm;

describe('the guide’s business case: the Manchester legal firm', () => {
  it('1. the numbers behind the expected benefit', () => {
    expect(turnoverRate({ leavers: 10, averageHeadcount: 40 })).toBe(25);
    expect(percentageChange({ before: 10, after: 7 })).toBe(-30);
    const perLeaver = costOfTurnover({
      leavers: 3,
      costsPerLeaver: [
        { label: 'Recruitment agency', amount: 12_000, category: 'recruitment' },
        { label: 'Partners’ interview time', amount: 3_000, category: 'selection' },
        { label: 'Induction and supervision', amount: 5_000, category: 'induction-and-training' },
        { label: 'Lost billable hours while the post is vacant', amount: 10_000, category: 'lost-productivity' },
      ],
    });
    expect([perLeaver.costPerLeaver, perLeaver.totalCost]).toEqual([30_000, 90_000]);
  });

  it('2. the first draft', () => {
    const draft = checkBusinessCase(firstDraft);
    expect(draft.complete).toBe(false);
    expect(draft.missing).toEqual(['cost-of-inaction']);
    expect(draft.findings.map((finding) => finding.code)).toEqual([
      'BUSINESS_CASE_CLAIM_EXCEEDS_EVIDENCE',
      'BUSINESS_CASE_QUESTIONS_UNANSWERED',
      'BUSINESS_CASE_NO_UNCERTAINTY',
      'BUSINESS_CASE_SILVER_BULLET',
      'BUSINESS_CASE_REACTION_ONLY_MEASURES',
      'BUSINESS_CASE_NO_PILOT',
      'BUSINESS_CASE_NO_SENIOR_SPONSOR',
      'BUSINESS_CASE_NO_COSTS',
    ]);
    expect(draft.findings[0]?.message).toBe(
      'The case expects “Three fewer junior leavers” to improve by 45%, more than the 30% its evidence reports; claim no more than the evidence shows.',
    );
  });

  it('3. the revised case and its summary table', () => {
    const check = checkBusinessCase(revised);
    expect(check.complete).toBe(true);
    expect(check.findings).toEqual([]);
    expect(check.roi?.adjustedBenefits.toFixed(0)).toBe('31500');
    expect(check.roi?.totalCost).toBe(27_900);
    expect(check.roi?.netBenefits.toFixed(0)).toBe('3600');
    expect(check.roi?.roiPercent.toFixed(1)).toBe('12.9');
    expect(check.roi?.benefitCostRatio.toFixed(2)).toBe('1.13');
    expect(check.roi?.paybackMonths?.toFixed(1)).toBe('10.6');
    expect(check.summary.map((row) => [row.section, row.answer, row.status])).toEqual([
      ['Which problem does this investment address?', 'Junior solicitors leave within two years despite competitive pay', 'answered'],
      ['Which business goals will it serve, such as retention, performance or fewer disputes?', 'retention, performance', 'answered'],
      [
        'How will we tell whether it has worked?',
        'Junior solicitor turnover (Kirkpatrick level 4); Exit and stay interviews (Kirkpatrick level 3)',
        'answered',
      ],
      ['What will it cost us if we do nothing?', 'About ten juniors a year to replace at roughly £30,000 each, and partners’ time lost to recruiting', 'answered'],
      ['Pilot', 'Junior solicitors in the Manchester office, 12 months, compared with Junior solicitors in the Leeds office', 'answered'],
      ['Sponsor', 'Managing partner (board)', 'answered'],
      ['Total cost', 27_900, 'answered'],
      ['Expected benefits', 'Three fewer junior leavers; Juniors more confident in partner meetings', 'answered'],
      ['Evidence', '2 items for 2 of 2 expected benefits', 'answered'],
      ['Adjusted first-year benefits', 31_500, 'answered'],
      ['Return on investment (%)', 12.9, 'answered'],
      ['Uncertainties admitted', 'The earlier fall in turnover may partly reflect a better year for the firm; Not every junior wants coaching', 'answered'],
    ]);
  });
});
