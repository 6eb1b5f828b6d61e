// checkBusinessCase: the 7OS02 seed's advice on a business case for L&D investment (AC 1.4),
// tested case by case on its three examples (the Manchester legal firm, the Midlands warehouse,
// the South of England retail chain), each written as a business-case input. ROI numbers follow
// Phillips & Phillips (2016) through phillipsRoi.
import { describe, expect, it } from 'vitest';
import {
  businessCaseFindingCodes,
  businessCaseSchema,
  checkBusinessCase,
  getSeniorLeaderQuestion,
  LmdInputError,
  phillipsRoi,
  references,
  seniorLeaderQuestions,
  type BusinessCaseCheck,
  type BusinessCaseInput,
  type EvaluationMeasureInput,
} from '../../src/index.js';
import { exitInterviews, legalFirm, retail, warehouse } from '../fixtures/seed-business-cases.js';
import { frozen, isDeeplyFrozen, roundTrip, thrownBy, unsafeJsonPaths } from '../helpers/json-safety.js';

const codes = (check: BusinessCaseCheck): string[] => check.findings.map((finding) => finding.code);
const has = (check: BusinessCaseCheck, code: string): boolean => codes(check).includes(code);

describe('checkBusinessCase: the seed’s three examples', () => {
  it('the Manchester legal firm (turnover down about 30%), built carefully: complete, with no findings and the Phillips ROI carried', () => {
    const check = checkBusinessCase(legalFirm);
    expect(check.complete).toBe(true);
    expect(check.missing).toEqual([]);
    expect(codes(check)).toEqual([]);
    // 90,000 × 0.5 × 0.7 = 31,500 against 27,900 of fully loaded costs (Phillips & Phillips 2016).
    expect(check.roi?.adjustedBenefits).toBeCloseTo(31_500, 9);
    expect(check.roi?.totalCost).toBe(27_900);
    expect(check.roi?.roiPercent.toFixed(2)).toBe('12.90');
    expect(check.roi?.intangibles).toEqual(['Juniors more confident in partner meetings']);
    expect(check.roi).toEqual(
      phillipsRoi({ benefits: legalFirm.benefits ?? [], costs: legalFirm.costs ?? [], intangibles: legalFirm.intangibles ?? [] }),
    );
  });

  it('the legal firm as the seed tells it (HR shared the result in a team discussion, no sponsor, no comparison): advice and a warning, but no over-claiming', () => {
    const { sponsor: _sponsor, ...noSponsor } = legalFirm;
    const check = checkBusinessCase({ ...noSponsor, pilot: { scope: 'Junior solicitors', durationMonths: 12 } });
    expect(codes(check)).toEqual(['BUSINESS_CASE_PILOT_WITHOUT_COMPARISON', 'BUSINESS_CASE_NO_SENIOR_SPONSOR']);
    expect(check.complete).toBe(true);
  });

  it('the legal firm claiming more than its 30%: claimed 45% against cited 30% is over-claiming (risk); equal is not', () => {
    const overClaim = checkBusinessCase({
      ...legalFirm,
      evidence: [
        { benefit: 'Three fewer junior leavers', kind: 'internal-data', strength: 'case-based', claimedEffect: 45, citedEffect: 30 },
        ...(legalFirm.evidence?.slice(1) ?? []),
      ],
    });
    expect(codes(overClaim)).toEqual(['BUSINESS_CASE_CLAIM_EXCEEDS_EVIDENCE']);
    expect(overClaim.findings[0]).toMatchObject({ severity: 'risk', benefit: 'Three fewer junior leavers' });
    expect(overClaim.findings[0]?.message).toContain('45%');
    expect(overClaim.findings[0]?.message).toContain('30%');
    // case-based evidence can carry a large claim, so only the exceeding rule fires.
    expect(has(overClaim, 'BUSINESS_CASE_LARGE_CLAIM_WEAK_EVIDENCE')).toBe(false);
  });

  it('the Midlands warehouse ("dropped slightly", "not across every team") claimed as 25% everywhere: over-claiming twice, nothing admitted, no pilot, sponsor not senior, a warning from the ROI', () => {
    const check = checkBusinessCase(warehouse);
    expect(check.complete).toBe(true);
    expect(codes(check)).toEqual([
      'BUSINESS_CASE_CLAIM_EXCEEDS_EVIDENCE',
      'BUSINESS_CASE_LARGE_CLAIM_WEAK_EVIDENCE',
      'BUSINESS_CASE_NO_UNCERTAINTY',
      'PHILLIPS_PARTICIPANT_TIME_MISSING',
      'BUSINESS_CASE_NO_PILOT',
      'BUSINESS_CASE_NO_SENIOR_SPONSOR',
      'PHILLIPS_EVALUATION_COST_MISSING',
    ]);
    expect(check.findings.find((finding) => finding.code === 'BUSINESS_CASE_LARGE_CLAIM_WEAK_EVIDENCE')?.message).toContain(
      'practitioner-reported',
    );
  });

  it('the warehouse told honestly (5% claimed, as cited; a pilot on one shift against another; not every team improved): no over-claiming', () => {
    const check = checkBusinessCase({
      ...warehouse,
      evidence: [{ benefit: 'Less absence', kind: 'internal-data', strength: 'practitioner-reported', claimedEffect: 5, citedEffect: 5 }],
      pilot: { scope: 'Night shift supervisors', durationMonths: 6, comparison: 'Day shift supervisors' },
      uncertainties: ['Not every team improved last time'],
    });
    expect(codes(check)).toEqual(['PHILLIPS_PARTICIPANT_TIME_MISSING', 'BUSINESS_CASE_NO_SENIOR_SPONSOR', 'PHILLIPS_EVALUATION_COST_MISSING']);
  });

  it('the South of England retail lunch-and-learn (manager feedback carried the case): cost of inaction unanswered, reaction-only measures, no comparison, no sponsor, no costs', () => {
    const check = checkBusinessCase(retail);
    expect(check.complete).toBe(false);
    expect(check.missing).toEqual(['cost-of-inaction']);
    expect(codes(check)).toEqual([
      'BUSINESS_CASE_QUESTIONS_UNANSWERED',
      'BUSINESS_CASE_PILOT_WITHOUT_COMPARISON',
      'BUSINESS_CASE_REACTION_ONLY_MEASURES',
      'BUSINESS_CASE_NO_SENIOR_SPONSOR',
      'BUSINESS_CASE_NO_COSTS',
    ]);
    expect(check.roi).toBeNull();
  });
});

describe('checkBusinessCase: the four senior-leader questions', () => {
  it('holds the four questions as frozen data with ids, our own wording and the seed as basis', () => {
    expect(seniorLeaderQuestions.map((question) => question.id)).toEqual(['problem', 'business-goals', 'success-evidence', 'cost-of-inaction']);
    expect(new Set(seniorLeaderQuestions.map((question) => question.id)).size).toBe(4);
    expect(isDeeplyFrozen(seniorLeaderQuestions)).toBe(true);
    expect(roundTrip(seniorLeaderQuestions)).toEqual(seniorLeaderQuestions);
    for (const question of seniorLeaderQuestions) {
      for (const id of question.basis) expect(Object.hasOwn(references, id)).toBe(true);
      expect(getSeniorLeaderQuestion(question.id)).toBe(question);
    }
    expect(thrownBy(() => getSeniorLeaderQuestion('budget' as never))).toBeInstanceOf(LmdInputError);
  });

  it('an empty draft answers none: every question missing, in the catalogue’s order; whitespace is no answer', () => {
    const check = checkBusinessCase({ problem: '   ', goals: [], successMeasures: [], costOfInaction: '' });
    expect(check.complete).toBe(false);
    expect(check.missing).toEqual(['problem', 'business-goals', 'success-evidence', 'cost-of-inaction']);
    expect(check.findings[0]?.code).toBe('BUSINESS_CASE_QUESTIONS_UNANSWERED');
    // The message names the questions in words, not as ids.
    expect(check.findings[0]?.message).toBe(
      'The case does not yet answer 4 of the four questions senior leaders ask (problem, business goals, success evidence and cost of inaction).',
    );
    expect(check.findings[0]?.message).toContain('4 of the four');
    expect(check.summary.slice(0, 4).map((row) => row.status)).toEqual(['missing', 'missing', 'missing', 'missing']);
  });

  it('each question is missing exactly when its own field is empty', () => {
    const fields = { problem: '', goals: [], successMeasures: [], costOfInaction: '' } as const;
    for (const question of seniorLeaderQuestions) {
      const check = checkBusinessCase({ ...legalFirm, [question.answeredBy]: fields[question.answeredBy] });
      expect(check.missing).toEqual([question.id]);
      expect(check.complete).toBe(false);
    }
  });
});

describe('checkBusinessCase: each rule on its own', () => {
  it('"don’t make L&D sound like it solves everything": four or more goals and nothing admitted is a silver bullet; three goals, or an admitted risk, is not', () => {
    const { uncertainties: _u, ...nothingAdmitted } = legalFirm;
    const many = checkBusinessCase({ ...nothingAdmitted, goals: ['retention', 'performance', 'engagement', { other: 'Client satisfaction' }] });
    expect(codes(many)).toEqual(['BUSINESS_CASE_NO_UNCERTAINTY', 'BUSINESS_CASE_SILVER_BULLET']);
    expect(many.findings[1]?.message).toContain('4 goals');
    const repeated = checkBusinessCase({ ...nothingAdmitted, goals: ['retention', 'retention', { other: 'A' }, { other: 'a' }] });
    expect(codes(repeated)).toEqual(['BUSINESS_CASE_NO_UNCERTAINTY']);
    expect(codes(checkBusinessCase({ ...legalFirm, goals: ['retention', 'performance', 'engagement', 'absence'] }))).toEqual([]);
    const configured = checkBusinessCase({ ...nothingAdmitted, goals: ['retention', 'performance'] }, { silverBulletGoalCount: 2 });
    expect(codes(configured)).toContain('BUSINESS_CASE_SILVER_BULLET');
    expect(configured.thresholds.silverBulletGoalCount).toBe(2);
  });

  it('a large claim (20% by default, inclusive) on practitioner-reported, consultation or theoretical evidence alone is over-claiming; one stronger item lifts it', () => {
    const withEvidence = (evidence: NonNullable<BusinessCaseInput['evidence']>): BusinessCaseCheck =>
      checkBusinessCase({ ...legalFirm, evidence: evidence.concat(legalFirm.evidence?.slice(1) ?? []) });
    const benefit = 'Three fewer junior leavers';
    for (const strength of ['practitioner-reported', 'consultation', 'theoretical'] as const) {
      expect(codes(withEvidence([{ benefit, kind: 'anecdote', strength, claimedEffect: 20 }]))).toEqual(['BUSINESS_CASE_LARGE_CLAIM_WEAK_EVIDENCE']);
    }
    expect(codes(withEvidence([{ benefit, kind: 'anecdote', strength: 'practitioner-reported', claimedEffect: 19.9 }]))).toEqual([]);
    expect(codes(withEvidence([{ benefit, kind: 'anecdote', strength: 'practitioner-reported' }]))).toEqual([]);
    expect(
      codes(
        withEvidence([
          { benefit, kind: 'anecdote', strength: 'practitioner-reported', claimedEffect: 30 },
          { benefit, kind: 'research', strength: 'meta-analysis' },
        ]),
      ),
    ).toEqual([]);
    const stricter = checkBusinessCase({ ...legalFirm }, { largeClaimPercent: 10 });
    expect(stricter.thresholds.largeClaimPercent).toBe(10);
  });

  it('every expected benefit, monetised or intangible, needs evidence; the finding names it', () => {
    const check = checkBusinessCase({ ...legalFirm, evidence: legalFirm.evidence?.slice(0, 1) ?? [] });
    expect(codes(check)).toEqual(['BUSINESS_CASE_BENEFIT_WITHOUT_EVIDENCE']);
    expect(check.findings[0]).toMatchObject({ benefit: 'Juniors more confident in partner meetings', severity: 'warning' });
    const { evidence: _e, ...noEvidence } = legalFirm;
    expect(codes(checkBusinessCase(noEvidence))).toEqual(['BUSINESS_CASE_BENEFIT_WITHOUT_EVIDENCE', 'BUSINESS_CASE_BENEFIT_WITHOUT_EVIDENCE']);
  });

  it('a case with no expected benefit at all is flagged', () => {
    const { benefits: _b, intangibles: _i, evidence: _e, ...noBenefits } = legalFirm;
    const check = checkBusinessCase(noBenefits);
    expect(codes(check)).toEqual(['BUSINESS_CASE_NO_EXPECTED_BENEFITS']);
    expect(check.roi).toBeNull();
  });

  it('"start with a pilot": no pilot is advice; "ask them to sponsor it": no sponsor or a junior one is advice', () => {
    const { pilot: _p, sponsor: _s, ...bare } = legalFirm;
    const check = checkBusinessCase(bare);
    expect(codes(check)).toEqual(['BUSINESS_CASE_NO_PILOT', 'BUSINESS_CASE_NO_SENIOR_SPONSOR']);
    expect(check.findings.map((finding) => finding.severity)).toEqual(['advice', 'advice']);
    for (const seniority of ['board', 'senior-leader'] as const) {
      expect(codes(checkBusinessCase({ ...legalFirm, sponsor: { name: 'R. Patel', seniority } }))).toEqual([]);
    }
    for (const seniority of ['middle-manager', 'line-manager'] as const) {
      expect(codes(checkBusinessCase({ ...legalFirm, sponsor: { name: 'R. Patel', seniority } }))).toEqual(['BUSINESS_CASE_NO_SENIOR_SPONSOR']);
    }
  });

  it('reaction-only measures (Kirkpatrick 1, Phillips 0–1, LTEM 1–3) are flagged; one behaviour-level measure is enough', () => {
    const reaction = (level: EvaluationMeasureInput['level']): EvaluationMeasureInput => ({ name: 'Happy sheet', level, kind: 'quantitative', timing: 'after' });
    for (const level of [
      { model: 'kirkpatrick', level: 1 },
      { model: 'phillips', level: 0 },
      { model: 'phillips', level: 1 },
      { model: 'ltem', level: 3 },
    ] as const) {
      expect(codes(checkBusinessCase({ ...legalFirm, successMeasures: [reaction(level)] }))).toEqual(['BUSINESS_CASE_REACTION_ONLY_MEASURES']);
    }
    for (const level of [{ model: 'phillips', level: 2 }, { model: 'ltem', level: 4 }] as const) {
      expect(codes(checkBusinessCase({ ...legalFirm, successMeasures: [reaction(level)] }))).toEqual([]);
    }
    expect(codes(checkBusinessCase({ ...legalFirm, successMeasures: [reaction({ model: 'kirkpatrick', level: 1 }), exitInterviews] }))).toEqual([]);
  });

  it('no costs is advice and leaves the ROI uncomputed; costs without benefits likewise give no ROI', () => {
    const { costs: _c, ...noCosts } = legalFirm;
    const check = checkBusinessCase(noCosts);
    expect(codes(check)).toEqual(['BUSINESS_CASE_NO_COSTS']);
    expect(check.roi).toBeNull();
    const { benefits: _b, evidence, ...noBenefits } = legalFirm;
    const costsOnly = checkBusinessCase({ ...noBenefits, evidence: evidence?.slice(1) ?? [] });
    expect(costsOnly.roi).toBeNull();
    expect(costsOnly.summary.find((row) => row.section === 'Total cost')?.answer).toBe(27_900);
  });

  it('every code in businessCaseFindingCodes is reachable', () => {
    const { uncertainties: _u, ...nothingAdmitted } = legalFirm;
    const { benefits: _b, intangibles: _i, evidence: _e, costs: _c, ...bare } = legalFirm;
    const reached = new Set(
      [
        checkBusinessCase(warehouse),
        checkBusinessCase(retail),
        checkBusinessCase(bare),
        checkBusinessCase({ ...nothingAdmitted, goals: ['retention', 'performance', 'engagement', 'absence'] }),
        checkBusinessCase({ ...legalFirm, evidence: [] }),
      ].flatMap(codes),
    );
    for (const code of businessCaseFindingCodes) expect(reached.has(code), code).toBe(true);
  });
});

describe('checkBusinessCase: the summary table', () => {
  it('is plain rows of strings and numbers, questions first, ready for console.table', () => {
    const check = checkBusinessCase(legalFirm);
    expect(check.summary).toEqual([
      { section: 'Which problem does this investment address?', answer: 'Junior solicitors leave within two years despite competitive pay', status: 'answered' },
      { section: 'Which business goals will it serve, such as retention, performance or fewer disputes?', answer: 'retention, performance', status: 'answered' },
      {
        section: 'How will we tell whether it has worked?',
        answer: 'Junior solicitor turnover (Kirkpatrick level 4); Exit and stay interviews (Kirkpatrick level 3)',
        status: 'answered',
      },
      { section: 'What will it cost us if we do nothing?', answer: legalFirm.costOfInaction, status: 'answered' },
      { section: 'Pilot', answer: 'Junior solicitors in the Manchester office, 12 months, compared with Junior solicitors in the Leeds office', status: 'answered' },
      { section: 'Sponsor', answer: 'Managing partner (board)', status: 'answered' },
      { section: 'Total cost', answer: 27_900, status: 'answered' },
      { section: 'Expected benefits', answer: 'Three fewer junior leavers; Juniors more confident in partner meetings', status: 'answered' },
      { section: 'Evidence', answer: '2 items for 2 of 2 expected benefits', status: 'answered' },
      { section: 'Adjusted first-year benefits', answer: 31_500, status: 'answered' },
      { section: 'Return on investment (%)', answer: 12.9, status: 'answered' },
      {
        section: 'Uncertainties admitted',
        answer: 'The earlier fall in turnover may partly reflect a better year for the firm; Not every junior wants coaching',
        status: 'answered',
      },
    ]);
    for (const row of check.summary) {
      expect(['string', 'number']).toContain(typeof row.answer);
      expect(typeof row.section).toBe('string');
    }
  });

  it('marks the rows findings concern as needing attention', () => {
    const rows = Object.fromEntries(checkBusinessCase(warehouse).summary.map((row) => [row.section, row]));
    expect(rows['Pilot']).toEqual({ section: 'Pilot', answer: 'none proposed', status: 'missing' });
    expect(rows['Sponsor']).toEqual({ section: 'Sponsor', answer: 'A. Shah, Operations manager (middle manager)', status: 'needs attention' });
    expect(rows['Evidence']?.status).toBe('needs attention');
    expect(rows['Adjusted first-year benefits']?.status).toBe('needs attention');
    expect(rows['Uncertainties admitted']).toEqual({ section: 'Uncertainties admitted', answer: 'none stated', status: 'missing' });
    const retailRows = checkBusinessCase(retail).summary;
    expect(retailRows[2]?.status).toBe('needs attention');
    expect(retailRows.find((row) => row.section === 'Return on investment (%)')).toEqual({
      section: 'Return on investment (%)',
      answer: 'not computed (needs costs and benefits)',
      status: 'missing',
    });
  });
});

describe('checkBusinessCase: input handling', () => {
  it('rejects a bad case with LmdInputError naming the path', () => {
    const bad: [unknown, string][] = [
      [{ ...legalFirm, goals: ['happiness'] }, 'case.goals[0]'],
      [{ ...legalFirm, costOfInaction: undefined }, 'case.costOfInaction'],
      [{ ...legalFirm, sponsor: { seniority: 'board' } }, 'case.sponsor'],
      [{ ...legalFirm, pilot: { scope: 'x', durationMonths: 0 } }, 'case.pilot.durationMonths'],
      [{ ...legalFirm, costs: [] }, 'case.costs'],
      [{ ...legalFirm, benefits: [{ label: 'x', annualValue: 1, attribution: 50, confidence: 1 }] }, 'case.benefits[0].attribution'],
      [{ ...legalFirm, evidence: [{ benefit: 'Nothing we listed', kind: 'research', strength: 'meta-analysis' }] }, 'case.evidence[0].benefit'],
      [{ ...legalFirm, intangibles: ['Three fewer junior leavers'] }, 'case.intangibles[0]'],
      [{ ...legalFirm, evidence: [{ benefit: 'x', kind: 'research', strength: 'strong' }] }, 'case.evidence[0].strength'],
      [{ ...legalFirm, evidence: [{ benefit: 'x', kind: 'research', strength: 'case-based', claimedEffect: Number.NaN }] }, 'case.evidence[0].claimedEffect'],
      [{ ...legalFirm, budget: 3 }, 'case.budget'],
      [{ ...legalFirm, benefits: [{ label: '   ', annualValue: 1, attribution: 1, confidence: 1 }] }, 'case.benefits[0].label'],
      [{ ...legalFirm, costs: [{ label: '\t', amount: 1, category: 'delivery' }] }, 'case.costs[0].label'],
      [{ ...legalFirm, intangibles: [' '] }, 'case.intangibles[0]'],
      [{ ...legalFirm, goals: { retention: true } }, 'case.goals'],
      [{ ...legalFirm, benefits: [{ label: 'x', annualValue: 1e13 }] }, 'case.benefits[0].annualValue'],
      [{ ...legalFirm, evidence: [{ benefit: 'x', kind: 'research', strength: 'case-based', citedEffect: Number.POSITIVE_INFINITY }] }, 'case.evidence[0].citedEffect'],
      [[legalFirm], 'case'],
      [null, 'case'],
    ];
    for (const [input, path] of bad) {
      const error = thrownBy(() => checkBusinessCase(input as BusinessCaseInput));
      expect(error, path).toBeInstanceOf(LmdInputError);
      expect((error as LmdInputError).issues[0]?.path, path).toBe(path);
    }
    expect(thrownBy(() => checkBusinessCase(legalFirm, { largeClaimPercent: 0 }))).toBeInstanceOf(LmdInputError);
    expect(thrownBy(() => checkBusinessCase(legalFirm, { silverBulletGoalCount: 1 }))).toBeInstanceOf(LmdInputError);
  });

  it('keeps -0 out of the result: a typed -0 reads as 0, and an ROI just below zero rounds to 0 in the summary', () => {
    const nearlyEven = checkBusinessCase({
      ...legalFirm,
      benefits: [{ label: 'Three fewer junior leavers', annualValue: 999.99, attribution: 1, confidence: 1 }],
      costs: [
        { label: 'Workshops', amount: 1_000, category: 'delivery' },
        { label: 'Evaluation', amount: -0, category: 'evaluation' },
      ],
      evidence: [{ benefit: 'Three fewer junior leavers', kind: 'internal-data', strength: 'case-based', claimedEffect: -0, citedEffect: -0 }],
    });
    expect(nearlyEven.roi?.roiPercent).toBeLessThan(0);
    const roiRow = nearlyEven.summary.find((row) => row.section === 'Return on investment (%)');
    expect(Object.is(roiRow?.answer, 0)).toBe(true);
    const typedNegativeZero = checkBusinessCase({
      ...legalFirm,
      benefits: [{ label: 'Three fewer junior leavers', annualValue: -0, attribution: -0, confidence: -0 }],
    });
    const row = typedNegativeZero.roi?.benefits[0];
    for (const value of [row?.annualValue, row?.attribution, row?.confidence, row?.adjustedAnnualValue]) expect(Object.is(value, 0)).toBe(true);
    expect(roundTrip(nearlyEven)).toEqual(nearlyEven);
    expect(roundTrip(typedNegativeZero)).toEqual(typedNegativeZero);
  });

  it('trims benefit labels before the ROI too, so the ROI rows and the summary use the same label', () => {
    const check = checkBusinessCase({
      ...legalFirm,
      benefits: [{ label: ' Three fewer junior leavers ', annualValue: 90_000, attribution: 0.5, confidence: 0.7 }],
    });
    expect(check.roi?.benefits.map((benefit) => benefit.label)).toEqual(['Three fewer junior leavers']);
  });

  it('the schema accepts a draft with empty answers and rejects a missing answer key', () => {
    expect(businessCaseSchema.safeParse({ problem: '', goals: [], successMeasures: [], costOfInaction: '' }).success).toBe(true);
    expect(businessCaseSchema.safeParse({ problem: '', goals: [], successMeasures: [] }).success).toBe(false);
  });

  it('matches evidence to benefit labels after trimming', () => {
    const check = checkBusinessCase({
      ...legalFirm,
      benefits: [{ label: ' Three fewer junior leavers ', annualValue: 90_000, isolation: 'manager-estimate', attribution: 0.5, confidence: 0.7 }],
    });
    expect(codes(check)).toEqual([]);
  });

  it('does not mutate a deep-frozen input, echoes its thresholds and survives a JSON round trip', () => {
    const input = frozen(structuredClone(legalFirm));
    const check = checkBusinessCase(input);
    expect(input).toEqual(legalFirm);
    expect(check.thresholds).toEqual({
      largeClaimPercent: 20,
      silverBulletGoalCount: 4,
      weakEvidenceStrengths: ['practitioner-reported', 'consultation', 'theoretical'],
      seniorSponsorSeniorities: ['board', 'senior-leader'],
      highestReactionLevel: { kirkpatrick: 1, phillips: 1, ltem: 3 },
    });
    for (const example of [legalFirm, warehouse, retail]) {
      const result = checkBusinessCase(example);
      expect(unsafeJsonPaths(result)).toEqual([]);
      expect(roundTrip(result)).toEqual(result);
    }
  });

  it('every finding’s basis is in the bibliography', () => {
    for (const example of [legalFirm, warehouse, retail, { problem: '', goals: [], successMeasures: [], costOfInaction: '' }]) {
      for (const finding of checkBusinessCase(example).findings) {
        for (const id of finding.basis) expect(Object.hasOwn(references, id), id).toBe(true);
      }
    }
  });
});
