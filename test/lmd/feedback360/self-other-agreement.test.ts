import { describe, expect, it } from 'vitest';
import {
  agreementBand,
  assessFeedbackReadiness,
  classifySelfOtherAgreement,
  classifySelfOtherAgreementSixWay,
  LmdInputError,
  type SelfOtherAgreementRule,
} from '../../../src/index.js';

// Yammarino & Atwater (1997) categories; boundaries are inclusive of agreement (|d| ≤ threshold)
// and inclusive of "good" (others ≥ cut-off), as the TSDoc states.
describe('classifySelfOtherAgreement: absolute rule (±0.5 points, others cut-off 3.5)', () => {
  const rule: SelfOtherAgreementRule = { kind: 'absolute', points: 0.5, othersCutOff: 3.5 };
  it.each([
    [4.6, 4.0, 'over-estimator'],
    [4.5, 4.0, 'in-agreement-good'],
    [3.5, 4.0, 'in-agreement-good'],
    [3.4, 4.0, 'under-estimator'],
    [3.5, 3.5, 'in-agreement-good'],
    [3.0, 3.49, 'in-agreement-poor'],
  ] as const)('self %d, others %d → %s', (self, others, expected) => {
    expect(classifySelfOtherAgreement(self, others, rule)).toBe(expected);
  });
  it('float noise on the edge does not move a ratee: 4 − 10/3 vs a band of 2/3', () => {
    expect(classifySelfOtherAgreement(4, 10 / 3, { kind: 'absolute', points: 2 / 3, othersCutOff: 3 })).toBe('in-agreement-good');
    expect(classifySelfOtherAgreement(4.7, 4, { kind: 'absolute', points: 0.7, othersCutOff: 3 })).toBe('in-agreement-good');
  });
  it('without an others cut-off, a pair in agreement is an error that names the field', () => {
    expect(classifySelfOtherAgreement(5, 3, { kind: 'absolute', points: 0.5 })).toBe('over-estimator');
    expect(() => classifySelfOtherAgreement(3, 3, { kind: 'absolute', points: 0.5 })).toThrow(/rule\.othersCutOff/);
  });
});

describe('classifySelfOtherAgreement: scale-fraction rule (threshold = fraction × scale points)', () => {
  it('0.1 of a 5-point scale is ±0.5; the default others cut-off is the midpoint of 1..5 (3)', () => {
    const rule: SelfOtherAgreementRule = { kind: 'scale-fraction', fraction: 0.1, scalePoints: 5 };
    expect(agreementBand(rule)).toEqual({ lower: -0.5, upper: 0.5, othersCutOff: 3 });
    expect(classifySelfOtherAgreement(3.5, 3, rule)).toBe('in-agreement-good');
    expect(classifySelfOtherAgreement(3.51, 3, rule)).toBe('over-estimator');
    expect(classifySelfOtherAgreement(2.5, 2.99, rule)).toBe('in-agreement-poor');
  });
  it('0.1 of a 7-point scale is ±0.7', () => {
    const rule: SelfOtherAgreementRule = { kind: 'scale-fraction', fraction: 0.1, scalePoints: 7 };
    expect(classifySelfOtherAgreement(5.7, 5, rule)).toBe('in-agreement-good');
    expect(classifySelfOtherAgreement(5.71, 5, rule)).toBe('over-estimator');
    expect(classifySelfOtherAgreement(4.29, 5, rule)).toBe('under-estimator');
  });
});

describe('classifySelfOtherAgreement: norm-referenced rule (mean ± k·sd of a cohort’s differences)', () => {
  const rule: SelfOtherAgreementRule = { kind: 'norm-referenced', meanDifference: 0.2, sdDifference: 0.6, othersCutOff: 3.5 };
  it('default k 0.5 gives cut-offs −0.1 and 0.5 (inclusive)', () => {
    expect(agreementBand(rule)).toEqual({ lower: -0.1, upper: 0.5, othersCutOff: 3.5 });
    expect(classifySelfOtherAgreement(4.5, 4, rule)).toBe('in-agreement-good');
    expect(classifySelfOtherAgreement(4.51, 4, rule)).toBe('over-estimator');
    expect(classifySelfOtherAgreement(3.9, 4, rule)).toBe('in-agreement-good');
    expect(classifySelfOtherAgreement(3.89, 4, rule)).toBe('under-estimator');
  });
  it('requires an others cut-off', () => {
    expect(() => classifySelfOtherAgreement(3, 3, { kind: 'norm-referenced', meanDifference: 0, sdDifference: 1 } as unknown as SelfOtherAgreementRule)).toThrow(LmdInputError);
  });
});

describe('classifySelfOtherAgreementSixWay', () => {
  const rule: SelfOtherAgreementRule = { kind: 'absolute', points: 0.5, othersCutOff: 3 };
  it.each([
    [4.8, 4, 'over-estimator-good'],
    [3.6, 2.9, 'over-estimator-poor'],
    [3, 3, 'in-agreement-good'],
    [2.5, 2.9, 'in-agreement-poor'],
    [2, 3, 'under-estimator-good'],
    [1, 2, 'under-estimator-poor'],
  ] as const)('self %d, others %d → %s', (self, others, expected) => {
    expect(classifySelfOtherAgreementSixWay(self, others, rule)).toBe(expected);
  });
});

describe('classifySelfOtherAgreement: bad input', () => {
  it('names the bad argument', () => {
    expect(() => classifySelfOtherAgreement(Number.NaN, 3, { kind: 'absolute', points: 1, othersCutOff: 3 })).toThrow(/^self: expected a finite number/);
    expect(() => classifySelfOtherAgreement(3, 3, { kind: 'scale-fraction', fraction: 2, scalePoints: 5 })).toThrow(/^rule\.fraction/);
    expect(() => classifySelfOtherAgreement(3, 3, { kind: 'nope' } as unknown as SelfOtherAgreementRule)).toThrow(LmdInputError);
  });
});

// Smither, London & Reilly (2005) moderators; Atwater & Waldman (1998) on over-raters.
describe('assessFeedbackReadiness', () => {
  const codes = (input: Parameters<typeof assessFeedbackReadiness>[0]) => assessFeedbackReadiness(input).findings.map((f) => f.code);

  it('"a potentially harmful source of demoralisation when administered as a standalone event": standalone without coaching is a risk and the band is low', () => {
    const result = assessFeedbackReadiness({ coaching: false, embeddedInDevelopmentProcess: false });
    expect(result.band).toBe('low');
    expect(result.findings[0]).toMatchObject({ code: 'FB360_STANDALONE_WITHOUT_COACHING', severity: 'risk' });
  });

  it('"overraters … least likely to improve": an over-estimator without coaching is a risk', () => {
    expect(codes({ coaching: false, agreementCategory: 'over-estimator' })).toContain('FB360_OVER_ESTIMATOR_UNSUPPORTED');
    expect(codes({ coaching: true, agreementCategory: 'over-estimator' })).not.toContain('FB360_OVER_ESTIMATOR_UNSUPPORTED');
  });

  it('"improvement concentrated in those who believed they needed to change, set goals and received coaching": all favourable → high', () => {
    const result = assessFeedbackReadiness({
      feedbackIndicatesChange: true,
      feedbackOrientation: 'high',
      perceivedNeedToChange: true,
      reaction: 'positive',
      changeFeasible: true,
      goalsSet: true,
      actionTaken: true,
      coaching: true,
      embeddedInDevelopmentProcess: true,
    });
    expect(result.band).toBe('high');
    expect(result.favourableShare).toBe(1);
    expect(result.findings.map((f) => f.code)).toEqual(['FB360_EXPECT_SMALL_CHANGE']);
  });

  it('the high band needs coaching and a development process even when the share is high', () => {
    expect(assessFeedbackReadiness({ perceivedNeedToChange: true, goalsSet: true, actionTaken: true, changeFeasible: true, coaching: true }).band).toBe('moderate');
  });

  it('share boundaries: exactly 0.5 favourable is moderate, below is low; exactly 0.75 with support is high', () => {
    expect(assessFeedbackReadiness({ goalsSet: true, actionTaken: false, coaching: true, embeddedInDevelopmentProcess: false }).band).toBe('moderate');
    expect(assessFeedbackReadiness({ goalsSet: false, actionTaken: false, coaching: true }).band).toBe('low');
    expect(assessFeedbackReadiness({ goalsSet: true, actionTaken: false, coaching: true, embeddedInDevelopmentProcess: true }).band).toBe('high');
  });

  it('fewer than three known conditions → unknown band, with a finding; the small expected change is always stated', () => {
    const result = assessFeedbackReadiness({ goalsSet: true });
    expect(result.band).toBe('unknown');
    expect(result.findings.map((f) => f.code)).toEqual(['FB360_READINESS_UNKNOWN', 'FB360_EXPECT_SMALL_CHANGE']);
  });

  it('mixed reactions and moderate orientation are neither favourable nor unfavourable', () => {
    const result = assessFeedbackReadiness({ reaction: 'mixed', feedbackOrientation: 'moderate', goalsSet: true });
    expect(result.favourable).toEqual(['goalsSet']);
    expect(result.unfavourable).toEqual([]);
  });

  it('rejects an unknown field by name', () => {
    expect(() => assessFeedbackReadiness({ coached: true } as never)).toThrow(/^readiness\.coached/);
  });
});
