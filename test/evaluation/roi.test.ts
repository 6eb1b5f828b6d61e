import { describe, expect, it } from 'vitest';
import {
  benefitCostRatio,
  LmdInputError,
  paybackMonths,
  phillipsCostCategories,
  phillipsRoi,
  phillipsRoiFindingCodes,
  references,
  roi,
  type PhillipsRoiInput,
} from '../../src/index.js';
import { frozen, roundTrip, thrownBy, unsafeJsonPaths } from '../helpers/json-safety.js';

const errorPath = (run: () => unknown): string => {
  const error = thrownBy(run);
  expect(error).toBeInstanceOf(LmdInputError);
  return (error as LmdInputError).issues[0]?.path ?? '';
};

describe('roi, benefitCostRatio and paybackMonths (Phillips & Phillips, the ROI Methodology)', () => {
  it('ROI % = net benefits ÷ costs × 100 and BCR = benefits ÷ costs; by hand for 150,000 against 60,000', () => {
    expect(roi({ benefits: 150_000, costs: 60_000 })).toBe(150);
    expect(benefitCostRatio({ benefits: 150_000, costs: 60_000 })).toBe(2.5);
    expect(roi({ benefits: 60_000, costs: 60_000 })).toBe(0);
    expect(roi({ benefits: 0, costs: 60_000 })).toBe(-100);
    expect(roi({ benefits: 0, costs: 1647.349193652636 })).toBe(-100); // found by the property test
  });

  it('reproduces Phillips’ Healthcare Inc. case figures (benefits $3,200,908, costs $277,987: BCR 11.5, ROI 1,051%)', () => {
    // Figures as recalled from Phillips' published case study; the arithmetic is what is tested.
    expect(benefitCostRatio({ benefits: 3_200_908, costs: 277_987 })).toBeCloseTo(11.51, 2);
    expect(Math.round(roi({ benefits: 3_200_908, costs: 277_987 }))).toBe(1051);
  });

  it('keeps BCR = 1 + ROI ÷ 100', () => {
    for (const [benefits, costs] of [[1, 3], [12_345.67, 890.12], [0, 5]] as const) {
      expect(benefitCostRatio({ benefits, costs })).toBeCloseTo(1 + roi({ benefits, costs }) / 100, 12);
    }
  });

  it('rejects zero or negative costs and negative benefits', () => {
    expect(errorPath(() => roi({ benefits: 45_000, costs: 0 }))).toBe('input.costs');
    expect(errorPath(() => benefitCostRatio({ benefits: -1, costs: 10 }))).toBe('input.benefits');
    expect(errorPath(() => roi({ benefits: 2e15, costs: 10 }))).toBe('input.benefits');
    // Costs so close to 0 that the ratio overflows are an error, never Infinity.
    expect(errorPath(() => benefitCostRatio({ benefits: 1e15, costs: 1e-320 }))).toBe('input.costs');
    expect(errorPath(() => roi({ benefits: 1e15, costs: 1e-320 }))).toBe('input.costs');
    expect(
      errorPath(() =>
        phillipsRoi({
          benefits: [{ label: 'x', annualValue: 1e9, attribution: 1, confidence: 1 }],
          costs: [{ label: 'y', amount: 1e-320, category: 'delivery' }],
        }),
      ),
    ).toBe('input.costs');
  });

  it('payback months = cost × 12 ÷ annual benefit; null when the benefit never repays', () => {
    expect(paybackMonths({ cost: 60_000, annualBenefit: 150_000 })).toBe(4.8);
    expect(paybackMonths({ cost: 60_000, annualBenefit: 120_000 })).toBe(6);
    expect(paybackMonths({ cost: 0, annualBenefit: 10 })).toBe(0);
    expect(paybackMonths({ cost: 0, annualBenefit: 0 })).toBe(0);
    expect(paybackMonths({ cost: 60_000, annualBenefit: 0 })).toBeNull();
    expect(paybackMonths({ cost: 60_000, annualBenefit: -5 })).toBeNull();
    expect(paybackMonths({ cost: 1e15, annualBenefit: 1e-320 })).toBeNull();
    expect(errorPath(() => paybackMonths({ cost: -1, annualBenefit: 5 }))).toBe('input.cost');
  });
});

describe('phillipsRoi (conservative adjustment, fully loaded costs, guiding principles echoed)', () => {
  const input: PhillipsRoiInput = frozen({
    benefits: [
      { label: 'Fewer leavers (4 × £12,000)', annualValue: 48_000, isolation: 'manager-estimate', attribution: 0.5, confidence: 0.8 },
      { label: 'Less absence', annualValue: 15_000, isolation: 'participant-estimate', attribution: 0.4, confidence: 0.7 },
    ],
    costs: [
      { label: 'Coach fees', amount: 9_000, category: 'delivery' },
      { label: 'Participants’ time', amount: 6_000, category: 'participant-time' },
      { label: 'Evaluation', amount: 1_000, category: 'evaluation' },
    ],
    intangibles: ['Managers feel less isolated'],
  });

  it('works a case by hand: 19,200 + 4,200 = 23,400 against 16,000 gives ROI 46.25%, BCR 1.4625, payback 8.2 months', () => {
    const result = phillipsRoi(input);
    expect(result.benefits.map((row) => row.adjustedAnnualValue)).toEqual([19_200, expect.closeTo(4_200, 9)]);
    expect(result.adjustedAnnualBenefits).toBeCloseTo(23_400, 9);
    expect(result.adjustedBenefits).toBeCloseTo(23_400, 9);
    expect(result.totalCost).toBe(16_000);
    expect(result.netBenefits).toBeCloseTo(7_400, 9);
    expect(result.roiPercent).toBeCloseTo(46.25, 9);
    expect(result.benefitCostRatio).toBeCloseTo(1.4625, 12);
    expect(result.paybackMonths).toBeCloseTo((16_000 * 12) / 23_400, 12);
    expect(result.horizonYears).toBe(1);
    expect(result.intangibles).toEqual(['Managers feel less isolated']);
    expect(result.findings).toEqual([]);
    expect(result.costsByCategory).toEqual([
      { category: 'delivery', amount: 9_000 },
      { category: 'participant-time', amount: 6_000 },
      { category: 'evaluation', amount: 1_000 },
    ]);
  });

  it('agrees with roi, benefitCostRatio and paybackMonths on the adjusted figures', () => {
    const result = phillipsRoi(input);
    expect(result.roiPercent).toBeCloseTo(roi({ benefits: result.adjustedBenefits, costs: result.totalCost }), 12);
    expect(result.benefitCostRatio).toBeCloseTo(benefitCostRatio({ benefits: result.adjustedBenefits, costs: result.totalCost }), 12);
    expect(result.paybackMonths).toBeCloseTo(
      paybackMonths({ cost: result.totalCost, annualBenefit: result.adjustedAnnualBenefits }) ?? Number.NaN,
      12,
    );
  });

  it('echoes the first-year default and the guiding principles it applied', () => {
    const { assumptions } = phillipsRoi(input);
    expect(assumptions.map((assumption) => assumption.id)).toEqual([
      'isolation-counted-once',
      'conservative-adjustment',
      'missing-adjustment-counts-zero',
      'benefit-horizon',
      'costs-fully-loaded',
      'intangibles-not-monetised',
      'payback-evenly-accrued',
    ]);
    expect(assumptions.find((assumption) => assumption.id === 'benefit-horizon')).toMatchObject({ principle: 9 });
    expect(assumptions.find((assumption) => assumption.id === 'benefit-horizon')?.statement).toMatch(/first year/);
  });

  it('never uses an unadjusted estimate silently: a benefit missing attribution or confidence counts at 0, with a warning', () => {
    const result = phillipsRoi({
      benefits: [
        { label: 'Claimed saving', annualValue: 100_000 },
        { label: 'Half-adjusted', annualValue: 10_000, attribution: 0.5 },
        { label: 'In full, explicitly', annualValue: 2_000, attribution: 1, confidence: 1 },
      ],
      costs: input.costs,
    });
    expect(result.benefits.map((row) => [row.adjustmentSupplied, row.adjustedAnnualValue])).toEqual([
      [false, 0],
      [false, 0],
      [true, 2_000],
    ]);
    const warnings = result.findings.filter((finding) => finding.code === 'PHILLIPS_ADJUSTMENT_MISSING');
    expect(warnings.map((finding) => finding.benefitIndex)).toEqual([0, 1]);
    expect(warnings[0]?.message).toBe(
      'The benefit “Claimed saving” has neither an attribution nor a confidence, so it was counted at 0; give both to count it.',
    );
    expect(warnings[1]?.message).toContain('no confidence');
    expect(result.adjustedBenefits).toBe(2_000);
  });

  it('flags a multi-year horizon, missing participant time and evaluation costs, and no monetary benefits', () => {
    const result = phillipsRoi({
      benefits: [],
      costs: [{ label: 'Workshop', amount: 5_000, category: 'delivery' }],
      horizonYears: 3,
    });
    expect(result.findings.map((finding) => finding.code)).toEqual([
      'PHILLIPS_NO_MONETARY_BENEFITS',
      'PHILLIPS_PARTICIPANT_TIME_MISSING',
      'PHILLIPS_MULTI_YEAR_BENEFITS',
      'PHILLIPS_EVALUATION_COST_MISSING',
    ]);
    expect(result.roiPercent).toBe(-100);
    expect(result.paybackMonths).toBeNull();
    expect(result.assumptions.map((assumption) => assumption.id)).toContain('no-discounting');
    for (const finding of result.findings) {
      expect(phillipsRoiFindingCodes).toContain(finding.code);
      for (const id of finding.basis) expect(references).toHaveProperty(id);
    }
  });

  it('multiplies annual benefits by the horizon but counts costs once', () => {
    const result = phillipsRoi({ ...input, horizonYears: 2 });
    expect(result.adjustedBenefits).toBeCloseTo(46_800, 9);
    expect(result.totalCost).toBe(16_000);
    expect(result.paybackMonths).toBeCloseTo((16_000 * 12) / 23_400, 12);
  });

  it('rejects percentages given as attribution, zero total cost, no costs and unknown categories', () => {
    const error = thrownBy(() =>
      phillipsRoi({ benefits: [{ label: 'x', annualValue: 1, attribution: 80, confidence: 0.5 }], costs: input.costs }),
    ) as LmdInputError;
    expect(error).toBeInstanceOf(LmdInputError);
    expect(error.message).toBe('input.benefits[0].attribution: expected a proportion from 0 to 1 (write 80% as 0.8) (received 80)');
    expect(errorPath(() => phillipsRoi({ benefits: [], costs: [{ label: 'Free', amount: 0, category: 'delivery' }] }))).toBe('input.costs');
    expect(errorPath(() => phillipsRoi({ benefits: [], costs: [] }))).toBe('input.costs');
    expect(errorPath(() => phillipsRoi({ benefits: [], costs: [{ label: 'x', amount: 1, category: 'lunch' as never }] }))).toBe(
      'input.costs[0].category',
    );
    expect(errorPath(() => phillipsRoi({ benefits: [], costs: input.costs, horizonYears: 0 }))).toBe('input.horizonYears');
  });

  it('lists participant time and evaluation among its cost categories', () => {
    expect(phillipsCostCategories).toEqual(expect.arrayContaining(['participant-time', 'evaluation', 'needs-assessment', 'overhead']));
  });

  it('returns JSON-safe results that survive a round trip', () => {
    const result = phillipsRoi({ benefits: [], costs: [{ label: 'Workshop', amount: 5_000, category: 'delivery' }] });
    expect(unsafeJsonPaths(result)).toEqual([]);
    expect(roundTrip(result)).toEqual(result);
    expect(unsafeJsonPaths(phillipsRoi(input))).toEqual([]);
  });
});
