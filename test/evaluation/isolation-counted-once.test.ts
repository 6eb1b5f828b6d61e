// Issue 20, from the evaluator's side: in the Phillips ROI Methodology an effect is isolated once.
// A comparison group, trend line or forecast isolates it from the data; participants', managers' or
// experts' estimates isolate it when those are not available, and only estimates take the
// attribution and confidence adjustment (guiding principle 7: adjust estimates for error;
// Phillips & Phillips 2016). A benefit drawn from a difference-in-differences against a comparison
// group and then multiplied by an attribution of 0.6 is discounted twice.
import { describe, expect, it } from 'vitest';
import { buildEvidenceChain, checkBusinessCase, evaluateCase, LmdInputError, phillipsRoi, phillipsRoiFindings } from '../../src/index.js';
import { sampleTexts } from '../cli/sample-data.js';

const costs = [
  { label: 'Facilitation', amount: 10_000, category: 'delivery' as const },
  { label: 'Participants’ time', amount: 8_000, category: 'participant-time' as const },
  { label: 'Evaluation', amount: 2_000, category: 'evaluation' as const },
];

const codesOf = (result: { findings: readonly { code: string }[] }): string[] => result.findings.map((finding) => finding.code);

describe('isolation counted once (phillipsRoi)', () => {
  it('flags a DiD-derived benefit given an attribution of 0.6, and counts it at its isolated value', () => {
    // 5.3 fewer leavers a year from the comparison group × £6,000 = £31,800 a year, already the pilot's effect.
    const result = phillipsRoi({
      benefits: [{ label: 'Fewer leavers', annualValue: 31_800, isolation: 'comparison-group', attribution: 0.6, confidence: 0.7 }],
      costs,
    });
    expect(codesOf(result)).toContain('PHILLIPS_DOUBLE_DISCOUNT');
    const finding = result.findings.find((entry) => entry.code === 'PHILLIPS_DOUBLE_DISCOUNT');
    expect(finding?.severity).toBe(phillipsRoiFindings.PHILLIPS_DOUBLE_DISCOUNT.severity);
    expect(finding?.benefitIndex).toBe(0);
    expect(finding?.message).toContain('an attribution of 0.6 and a confidence of 0.7');
    expect(result.benefits[0]).toMatchObject({ isolation: 'comparison-group', adjustmentApplies: false, attribution: 1, confidence: 1, adjustedAnnualValue: 31_800 });
    // (31,800 − 20,000) ÷ 20,000 = 59 %.
    expect(result.roiPercent).toBeCloseTo(59, 10);
  });

  it('does not flag the same benefit stated without an attribution, nor with an attribution of 1', () => {
    for (const extra of [{}, { attribution: 1, confidence: 1 }]) {
      const result = phillipsRoi({ benefits: [{ label: 'Fewer leavers', annualValue: 31_800, isolation: 'comparison-group', ...extra }], costs });
      expect(codesOf(result)).not.toContain('PHILLIPS_DOUBLE_DISCOUNT');
      expect(codesOf(result)).not.toContain('PHILLIPS_ADJUSTMENT_MISSING');
      expect(result.adjustedAnnualBenefits).toBe(31_800);
    }
  });

  it('flags an attribution of 0.9 on a trend line as a double discount, not as a credible share', () => {
    const result = phillipsRoi({ benefits: [{ label: 'Less absence', annualValue: 10_000, isolation: 'trend-line', attribution: 0.9, confidence: 1 }], costs });
    expect(codesOf(result)).toEqual(['PHILLIPS_DOUBLE_DISCOUNT']);
    expect(result.benefits[0]?.adjustedAnnualValue).toBe(10_000);
  });

  it('adjusts an estimate by attribution × confidence, and flags a high attribution resting on it', () => {
    const modest = phillipsRoi({ benefits: [{ label: 'Fewer errors', annualValue: 10_000, isolation: 'participant-estimate', attribution: 0.5, confidence: 0.8 }], costs });
    expect(modest.benefits[0]).toMatchObject({ adjustmentApplies: true, adjustedAnnualValue: 4_000 });
    expect(codesOf(modest)).toEqual([]);
    for (const isolation of ['participant-estimate', 'manager-estimate', 'expert-estimate'] as const) {
      const bold = phillipsRoi({ benefits: [{ label: 'Fewer errors', annualValue: 10_000, isolation, attribution: 0.9, confidence: 0.8 }], costs });
      expect(codesOf(bold)).toEqual(['PHILLIPS_HIGH_ATTRIBUTION_WEAK_METHOD']);
      expect(bold.benefits[0]?.adjustedAnnualValue).toBeCloseTo(7_200, 9);
    }
    // The threshold is the caller's to set, and is echoed with `verified: false`.
    const relaxed = phillipsRoi({ benefits: [{ label: 'Fewer errors', annualValue: 10_000, isolation: 'manager-estimate', attribution: 0.9, confidence: 0.8 }], costs, highAttribution: 0.95 });
    expect(codesOf(relaxed)).toEqual([]);
    expect(relaxed.thresholds).toEqual({ highAttribution: 0.95, verified: false });
  });

  it('says when a benefit does not state how it was isolated, and keeps the old arithmetic for it', () => {
    const result = phillipsRoi({ benefits: [{ label: 'Fewer errors', annualValue: 10_000, attribution: 0.85, confidence: 0.8 }], costs });
    expect(codesOf(result)).toEqual(['PHILLIPS_HIGH_ATTRIBUTION_WEAK_METHOD', 'PHILLIPS_ISOLATION_NOT_STATED']);
    expect(result.benefits[0]).toMatchObject({ isolation: null, adjustmentApplies: true, adjustedAnnualValue: 6_800 });
  });
});

describe('isolation counted once (the sample evaluation case)', () => {
  const sample = JSON.parse(sampleTexts.case) as { roi: { benefits: { measure?: string; attribution?: number }[] }; plan: { measures: { name: string; isolation?: string }[] } };

  it('no longer discounts its comparison-group benefits twice: each takes its measure’s isolation method', () => {
    const evaluation = evaluateCase(sample as never);
    expect(sample.roi.benefits.map((benefit) => benefit.attribution)).toEqual([undefined, undefined]);
    expect(evaluation.roi.benefits.map((benefit) => [benefit.measure, benefit.isolation, benefit.adjustmentApplies])).toEqual([
      ['Staff turnover rate', 'comparison-group', false],
      ['Absence rate (time lost)', 'comparison-group', false],
    ]);
    expect(codesOf(evaluation.roi)).toEqual([]);
    // 31,800 + 16,640 = 48,440 against 17,800: ROI 172.1 % (it was 3.1 % with 0.6 × 0.7 and 0.5 × 0.6 on top).
    expect(evaluation.roi.roiPercent.toFixed(1)).toBe('172.1');
    // The evidence chain carries the same method on the numbers the benefits come from.
    const numbers = evaluation.evidenceChain.levels.flatMap((level) => level.numbers);
    expect(numbers.filter((number) => number.measure === 'Staff turnover rate').map((number) => number.isolation)).toEqual(['comparison-group']);
  });

  it('would flag the old sample: the same benefits with an attribution of 0.6 and 0.5', () => {
    const old = structuredClone(sample);
    Object.assign(old.roi.benefits[0] ?? {}, { attribution: 0.6, confidence: 0.7 });
    Object.assign(old.roi.benefits[1] ?? {}, { attribution: 0.5, confidence: 0.6 });
    expect(codesOf(evaluateCase(old as never).roi)).toEqual(['PHILLIPS_DOUBLE_DISCOUNT', 'PHILLIPS_DOUBLE_DISCOUNT']);
  });

  it('rejects a benefit naming a measure the plan lacks, or an isolation method other than its measure’s', () => {
    const unknown = structuredClone(sample);
    Object.assign(unknown.roi.benefits[0] ?? {}, { measure: 'Staff happiness' });
    expect(() => evaluateCase(unknown as never)).toThrow(LmdInputError);
    try {
      evaluateCase(unknown as never);
    } catch (error) {
      expect((error as LmdInputError).issues[0]?.keys).toEqual(['roi', 'benefits', 0, 'measure']);
      expect((error as LmdInputError).issues[0]?.message).toContain('“Staff turnover rate”');
    }
    const conflicting = structuredClone(sample);
    Object.assign(conflicting.roi.benefits[1] ?? {}, { isolation: 'participant-estimate' });
    expect(() => evaluateCase(conflicting as never)).toThrow(/roi\.benefits\.1\.isolation|roi\.benefits\[1\]\.isolation/);
  });
});

describe('the evidence chain carries the isolation method', () => {
  it('puts each measure’s isolation method on its numbers and its measure rows, or null when not stated', () => {
    const chain = buildEvidenceChain({
      initiative: { id: 'x', name: 'Coaching' },
      measures: [
        { name: 'Turnover', level: { model: 'kirkpatrick', level: 4 }, kind: 'quantitative', timing: 'ongoing', isolation: 'trend-line' },
        { name: 'Pulse score', level: { model: 'kirkpatrick', level: 3 }, kind: 'quantitative', timing: 'ongoing' },
      ],
      quantitative: [
        { measure: 'Turnover', before: 12, after: 9, direction: 'lower-is-better' },
        { measure: 'Pulse score', before: 3.1, after: 3.4, direction: 'higher-is-better' },
      ],
    });
    const byMeasure = Object.fromEntries(chain.levels.flatMap((level) => level.numbers).map((number) => [number.measure, number.isolation]));
    expect(byMeasure).toEqual({ Turnover: 'trend-line', 'Pulse score': null });
    expect(chain.levels.flatMap((level) => level.measures).map((measure) => measure.isolation)).toEqual(expect.arrayContaining(['trend-line', null]));
  });
});

describe('isolation counted once (checkBusinessCase)', () => {
  it('gives a benefit that names a comparison-group success measure that measure’s method, so a discount on top is flagged', () => {
    const check = checkBusinessCase({
      problem: 'Junior solicitors leave within two years',
      goals: ['retention'],
      successMeasures: [{ name: 'Junior turnover', level: { model: 'kirkpatrick', level: 4 }, kind: 'quantitative', timing: 'before-and-after', isolation: 'comparison-group' }],
      costOfInaction: 'We keep paying to replace about ten juniors a year',
      costs: [{ label: 'Coaching', amount: 20_000, category: 'delivery' }],
      benefits: [{ label: 'Three fewer junior leavers', annualValue: 90_000, measure: ' junior  turnover ', attribution: 0.5, confidence: 0.7 }],
    });
    expect(check.roi?.benefits[0]).toMatchObject({ isolation: 'comparison-group', adjustedAnnualValue: 90_000 });
    expect(check.findings.map((finding) => finding.code)).toContain('PHILLIPS_DOUBLE_DISCOUNT');
  });
});
