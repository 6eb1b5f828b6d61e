// Every boundary the docs name, tested on both sides. Sources: Yammarino & Atwater (1997) and
// Fleenor et al. (2010) for the agreement rules; Smither, London & Reilly (2005) for readiness;
// CCL practice for the all-others minimum and the 3-point disagreement flag.
import { describe, expect, it } from 'vitest';
import {
  agreementBand,
  assessFeedbackReadiness,
  classifySelfOtherAgreement,
  classifySelfOtherAgreementSixWay,
  interpret360,
  LmdInputError,
  type SelfOtherAgreementRule,
} from '../../../src/index.js';
import { roundTrip } from '../../helpers/json-safety.js';
import { instrument, rater } from './fixtures.js';

describe('agreement band edges are inclusive for every rule kind, on both sides', () => {
  const cases: [string, SelfOtherAgreementRule, number, number][] = [
    // [name, rule, lower edge, upper edge] of self − others
    ['absolute ±0.5', { kind: 'absolute', points: 0.5, othersCutOff: 3 }, -0.5, 0.5],
    ['absolute 0 (only exact equality agrees)', { kind: 'absolute', points: 0, othersCutOff: 3 }, 0, 0],
    ['scale-fraction 0.1 × 5', { kind: 'scale-fraction', fraction: 0.1, scalePoints: 5 }, -0.5, 0.5],
    ['scale-fraction 0.1 × 7', { kind: 'scale-fraction', fraction: 0.1, scalePoints: 7 }, -0.7, 0.7],
    ['norm-referenced 0.2 ± 0.5 × 0.6', { kind: 'norm-referenced', meanDifference: 0.2, sdDifference: 0.6, othersCutOff: 3 }, -0.1, 0.5],
    ['norm-referenced 0.2 ± 1 × 0.6', { kind: 'norm-referenced', meanDifference: 0.2, sdDifference: 0.6, k: 1, othersCutOff: 3 }, -0.4, 0.8],
  ];
  it.each(cases)('%s', (_name, rule, lower, upper) => {
    const others = 4;
    // The band is echoed in reports, so it is exact (0.7, not 0.7000000000000001) and never −0.
    expect(agreementBand(rule)).toMatchObject({ lower, upper });
    expect(classifySelfOtherAgreement(others + upper, others, rule)).toBe('in-agreement-good');
    expect(classifySelfOtherAgreement(others + upper + 0.01, others, rule)).toBe('over-estimator');
    expect(classifySelfOtherAgreement(others + lower, others, rule)).toBe('in-agreement-good');
    expect(classifySelfOtherAgreement(others + lower - 0.01, others, rule)).toBe('under-estimator');
  });
});

describe('the others cut-off is inclusive of "good" for every rule kind', () => {
  const rules: [string, SelfOtherAgreementRule][] = [
    ['absolute', { kind: 'absolute', points: 0.5, othersCutOff: 3.5 }],
    ['scale-fraction (explicit cut-off)', { kind: 'scale-fraction', fraction: 0.1, scalePoints: 5, othersCutOff: 3.5 }],
    ['norm-referenced', { kind: 'norm-referenced', meanDifference: 0, sdDifference: 1, othersCutOff: 3.5 }],
  ];
  it.each(rules)('%s: others exactly 3.5 is good, 3.49 is poor', (_name, rule) => {
    expect(classifySelfOtherAgreement(3.5, 3.5, rule)).toBe('in-agreement-good');
    expect(classifySelfOtherAgreement(3.49, 3.49, rule)).toBe('in-agreement-poor');
  });
  it('scale-fraction default: the midpoint of 1..scalePoints, inclusive (3 on five points, 4 on seven)', () => {
    expect(classifySelfOtherAgreement(3, 3, { kind: 'scale-fraction', fraction: 0.1, scalePoints: 5 })).toBe('in-agreement-good');
    expect(classifySelfOtherAgreement(2.99, 2.99, { kind: 'scale-fraction', fraction: 0.1, scalePoints: 5 })).toBe('in-agreement-poor');
    expect(classifySelfOtherAgreement(4, 4, { kind: 'scale-fraction', fraction: 0.1, scalePoints: 7 })).toBe('in-agreement-good');
    expect(classifySelfOtherAgreement(3.99, 3.99, { kind: 'scale-fraction', fraction: 0.1, scalePoints: 7 })).toBe('in-agreement-poor');
  });
  it('six-way: over- and under-estimators split at the same inclusive cut-off', () => {
    const rule: SelfOtherAgreementRule = { kind: 'absolute', points: 0.5, othersCutOff: 3 };
    expect(classifySelfOtherAgreementSixWay(4, 3, rule)).toBe('over-estimator-good');
    expect(classifySelfOtherAgreementSixWay(4, 2.99, rule)).toBe('over-estimator-poor');
    expect(classifySelfOtherAgreementSixWay(2, 3, rule)).toBe('under-estimator-good');
    expect(classifySelfOtherAgreementSixWay(2, 2.99, rule)).toBe('under-estimator-poor');
  });
});

describe('readiness band edges (Smither, London & Reilly 2005)', () => {
  it('exactly three known conditions are enough to judge; two are not', () => {
    expect(assessFeedbackReadiness({ goalsSet: true, actionTaken: true }).band).toBe('unknown');
    expect(assessFeedbackReadiness({ goalsSet: true, actionTaken: true, changeFeasible: true }).band).toBe('moderate');
  });
  it('a standalone event without coaching is low even when too little else is known', () => {
    const result = assessFeedbackReadiness({ coaching: false, embeddedInDevelopmentProcess: false });
    expect(result.band).toBe('low');
    expect(result.findings[0]).toMatchObject({ code: 'FB360_STANDALONE_WITHOUT_COACHING', severity: 'risk' });
  });
  it('a favourable share just under 0.75 with coaching and a process is moderate; exactly 0.75 is high', () => {
    // 5 of 7 ≈ 0.714: goalsSet, actionTaken, coaching, embedded, changeFeasible favourable; two not.
    const under = { goalsSet: true, actionTaken: true, coaching: true, embeddedInDevelopmentProcess: true, changeFeasible: true, perceivedNeedToChange: false, feedbackIndicatesChange: false };
    expect(assessFeedbackReadiness(under).favourableShare).toBeCloseTo(5 / 7, 15);
    expect(assessFeedbackReadiness(under).band).toBe('moderate');
    expect(assessFeedbackReadiness({ goalsSet: true, actionTaken: true, coaching: true, embeddedInDevelopmentProcess: true, changeFeasible: true, perceivedNeedToChange: false, feedbackIndicatesChange: true, reaction: 'negative' }).favourableShare).toBe(0.75);
    expect(assessFeedbackReadiness({ goalsSet: true, actionTaken: true, coaching: true, embeddedInDevelopmentProcess: true, changeFeasible: true, perceivedNeedToChange: false, feedbackIndicatesChange: true, reaction: 'negative' }).band).toBe('high');
  });
  it('an over-estimator is a risk only when coaching is known to be missing', () => {
    const codes = (coaching: boolean | undefined) =>
      assessFeedbackReadiness(coaching === undefined ? { agreementCategory: 'over-estimator' } : { agreementCategory: 'over-estimator', coaching }).findings.map((f) => f.code);
    expect(codes(false)).toContain('FB360_OVER_ESTIMATOR_UNSUPPORTED');
    expect(codes(true)).not.toContain('FB360_OVER_ESTIMATOR_UNSUPPORTED');
    expect(codes(undefined)).not.toContain('FB360_OVER_ESTIMATOR_UNSUPPORTED');
  });
});

describe('interpret360: anonymity thresholds exactly met', () => {
  const peers = (count: number, scores: (number | null)[] = [3, 3, 3]) => Array.from({ length: count }, (_, n) => rater(`p${n}`, 'peer', scores)).flat();

  it('minGroupSize 5 with exactly five peers shows them; four are hidden', () => {
    expect(interpret360({ instrument, policy: { minGroupSize: 5 }, ratings: peers(5) }).shownGroups).toEqual([{ groups: ['peer'], raters: 5, identifiable: false, merged: false }]);
    expect(interpret360({ instrument, policy: { minGroupSize: 5 }, ratings: peers(4) }).hiddenGroups).toEqual([{ groups: ['peer'], reason: 'below-minimum-group-size' }]);
  });

  it('on an item, exactly minGroupSize raters who scored it publish the figure', () => {
    const ratings = [...rater('p1', 'peer', [3, 3, null]), ...rater('p2', 'peer', [3, 3, 3]), ...rater('p3', 'peer', [3, 3, 3]), ...rater('p4', 'peer', [3, null, null])];
    const report = interpret360({ instrument, policy: { minOthersSize: 1 }, ratings });
    expect(report.items.map((item) => item.groups[0]?.n ?? null)).toEqual([4, 3, null]);
    expect(report.items[2]?.withheld).toContainEqual({ groups: ['peer'], reason: 'below-minimum-on-item' });
  });

  it('merge: a pool that exactly reaches the minimum (two peers + one other) is shown', () => {
    const report = interpret360({
      instrument,
      policy: { smallGroupStrategy: 'merge' },
      ratings: [...rater('p1', 'peer', [3, 3, 3]), ...rater('p2', 'peer', [4, 4, 4]), ...rater('o1', 'other', [5, 5, 5])],
    });
    expect(report.shownGroups).toEqual([{ groups: ['peer', 'other'], raters: 3, identifiable: false, merged: true }]);
    expect(report.hiddenGroups).toEqual([]);
    expect(report.items[0]?.groups[0]).toMatchObject({ groups: ['peer', 'other'], n: 3, mean: 4 });
  });

  it('all others: exactly minOthersSize raters publish it; one fewer withholds it (default 4, and 5)', () => {
    const withSelf = (count: number) => [...rater('me', 'self', [3, 3, 3]), ...peers(count)];
    expect(interpret360({ instrument, ratings: withSelf(4) }).items[0]?.others).toMatchObject({ groups: ['peer'], n: 4 });
    expect(interpret360({ instrument, ratings: withSelf(3) }).items[0]?.others).toBeNull();
    expect(interpret360({ instrument, policy: { minOthersSize: 5 }, ratings: withSelf(5) }).items[0]?.others).toMatchObject({ n: 5 });
    expect(interpret360({ instrument, policy: { minOthersSize: 5 }, ratings: withSelf(4) }).items[0]?.others).toBeNull();
  });
});

describe('interpret360: flag edges', () => {
  const others = (scores: [number, number, number][]) => scores.flatMap((row, n) => rater(`p${n}`, 'peer', row));

  it('a custom disagreementSpread is inclusive: a spread of exactly 2 is flagged at 2, not at 3', () => {
    const ratings = others([[2, 3, 3], [4, 3, 3], [3, 3, 3]]);
    expect(interpret360({ instrument, ratings, options: { disagreementSpread: 2 } }).items[0]?.groups[0]?.raterDisagreement).toBe(true);
    expect(interpret360({ instrument, ratings }).items[0]?.groups[0]?.raterDisagreement).toBe(false);
  });

  it('items are flagged by their own gap, inclusive, whatever the overall agreement rule: ±1 is a flag at the default, not at 1.5', () => {
    const ratings = [...rater('me', 'self', [4, 2, 5]), ...others([[3, 3, 3], [3, 3, 3], [3, 3, 3], [3, 3, 3]])];
    for (const agreementRule of [undefined, { kind: 'absolute', points: 1 } as const, { kind: 'absolute', points: 3 } as const]) {
      const report = interpret360({ instrument, ratings, ...(agreementRule === undefined ? {} : { agreementRule }) });
      expect(report.items.map((item) => item.flag)).toEqual(['blind-spot', 'hidden-strength', 'blind-spot']);
    }
    const stricter = interpret360({ instrument, ratings, options: { blindSpotGap: 1.5 } });
    expect(stricter.items.map((item) => item.flag)).toEqual([null, null, 'blind-spot']);
  });

  it('flags only the largest gaps, maxFlaggedItems of each kind, largest first and ties to the earlier item', () => {
    const ratings = [...rater('me', 'self', [5, 5, 5]), ...others([[3, 4, 3], [3, 4, 3], [3, 4, 3], [3, 4, 3]])];
    const report = interpret360({ instrument, ratings, options: { maxFlaggedItems: 1 } });
    // Gaps 2, 1, 2: the first of the two largest is flagged.
    expect(report.items.map((item) => item.flag)).toEqual(['blind-spot', null, null]);
    expect(report.blindSpots).toEqual(['L1']);
    const two = interpret360({ instrument, ratings, options: { maxFlaggedItems: 2 } });
    expect(two.blindSpots).toEqual(['L1', 'C1']);
    expect(interpret360({ instrument, ratings, options: { maxFlaggedItems: 0 } }).blindSpots).toEqual([]);
  });

  it('overall: others exactly at the scale midpoint (3) and self within the band is in-agreement-good', () => {
    const ratings = [...rater('me', 'self', [3, 3, 3]), ...others([[2, 3, 4], [4, 3, 2], [3, 3, 3], [3, 3, 3]])];
    expect(interpret360({ instrument, ratings }).agreement).toMatchObject({ others: 3, category: 'in-agreement-good', sixWay: 'in-agreement-good' });
  });
});

describe('agreement bands echoed in reports are exact and JSON-safe (regressions)', () => {
  it('a band of 0 points holds 0, not −0, so the report round-trips unchanged', () => {
    for (const rule of [{ kind: 'absolute', points: 0 }, { kind: 'scale-fraction', fraction: 0, scalePoints: 5 }, { kind: 'norm-referenced', meanDifference: -0, sdDifference: 0, othersCutOff: 3 }] as const) {
      const band = agreementBand(rule);
      expect(Object.is(band.lower, -0) || Object.is(band.upper, -0)).toBe(false);
    }
    const report = interpret360({ instrument, ratings: rater('me', 'self', [3, 3, 3]), agreementRule: { kind: 'absolute', points: 0 } });
    expect(roundTrip(report)).toEqual(report);
  });
  it('huge but finite norm-referenced figures give a finite band, or an error when the band overflows', () => {
    expect(agreementBand({ kind: 'norm-referenced', meanDifference: 1e300, sdDifference: 0, othersCutOff: 3 })).toEqual({ lower: 1e300, upper: 1e300, othersCutOff: 3 });
    expect(() => agreementBand({ kind: 'norm-referenced', meanDifference: 1e308, sdDifference: 1e308, k: 2, othersCutOff: 3 })).toThrow(LmdInputError);
  });
});
