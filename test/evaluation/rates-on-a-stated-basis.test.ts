// Issue 20, from the evaluator's side: a six-month turnover rate is about half an annual one, so a
// rate is labelled with its period wherever it is shown, annualised on request, and set beside a
// benchmark only on the same basis.
import { describe, expect, it } from 'vitest';
import { annualiseRate, compareRateWithBenchmark, evaluateCase, LmdInputError, ratePeriodLabel, renderEvaluationMarkdown, turnoverRate } from '../../src/index.js';
import { sampleTexts } from '../cli/sample-data.js';

describe('annualiseRate', () => {
  it('reproduces the published worked example: 15% over January to March is 60% a year', () => {
    // Humano HR library, "Annualized turnover" (humano-annualized-turnover): 15% × (12 ÷ 3) = 60%.
    const result = annualiseRate({ rate: 15, periodMonths: 3 });
    expect(result).toEqual({ rate: 15, periodMonths: 3, periodLabel: '3 months', method: 'simple', annualRate: 60 });
  });

  it('annualises the sample pilot’s six-month turnover: 9 leavers on 64 is 14.0625% over 6 months, 28.125% a year', () => {
    // By hand: 9 ÷ 64 × 100 = 14.0625; × 12 ÷ 6 = 28.125.
    const sixMonths = turnoverRate({ leavers: 9, averageHeadcount: 64 });
    expect(sixMonths).toBe(14.0625);
    expect(annualiseRate({ rate: sixMonths, periodMonths: 6 }).annualRate).toBe(28.125);
  });

  it('compounds on request, never above 100%: 10% over 6 months is 1 − 0.9² = 19% a year', () => {
    expect(annualiseRate({ rate: 10, periodMonths: 6, method: 'compound' }).annualRate).toBeCloseTo(19, 12);
    expect(annualiseRate({ rate: 60, periodMonths: 3, method: 'compound' }).annualRate).toBeCloseTo(100 * (1 - 0.4 ** 4), 12);
    expect(annualiseRate({ rate: 60, periodMonths: 3, method: 'compound' }).annualRate).toBeLessThan(100);
    // A year's rate is itself, by either method; a two-year rate halves under the simple method.
    expect(annualiseRate({ rate: 12, periodMonths: 12 }).annualRate).toBe(12);
    expect(annualiseRate({ rate: 12, periodMonths: 12, method: 'compound' }).annualRate).toBeCloseTo(12, 12);
    expect(annualiseRate({ rate: 30, periodMonths: 24 }).annualRate).toBe(15);
  });

  it('labels periods in words and rejects a period of 0, a negative rate and a compound rate above 100%', () => {
    expect([1, 6, 12, 18].map(ratePeriodLabel)).toEqual(['a month', '6 months', 'a year', '18 months']);
    expect(() => annualiseRate({ rate: 10, periodMonths: 0 })).toThrow(LmdInputError);
    expect(() => annualiseRate({ rate: -1, periodMonths: 6 })).toThrow(LmdInputError);
    expect(() => annualiseRate({ rate: 120, periodMonths: 6, method: 'compound' })).toThrow(/100 or less/);
  });
});

describe('compareRateWithBenchmark', () => {
  it('puts a six-month rate and an annual benchmark on an annual basis', () => {
    const comparison = compareRateWithBenchmark({ rate: { rate: 7.94, periodMonths: 6 }, benchmark: { rate: 15, periodMonths: 12 } });
    expect(comparison).toMatchObject({ comparable: true, basis: 'a year', benchmark: 15 });
    expect(comparison.rate).toBeCloseTo(15.88, 12);
    expect(comparison.differencePoints).toBeCloseTo(0.88, 12);
    expect(comparison.note).toContain('both put on an annual basis');
  });

  it('compares rates over the same period as they are', () => {
    expect(compareRateWithBenchmark({ rate: { rate: 8, periodMonths: 6 }, benchmark: { rate: 7, periodMonths: 6 } })).toMatchObject({ comparable: true, basis: '6 months', differencePoints: 1 });
  });

  it('says it cannot compare when a period is not stated', () => {
    const comparison = compareRateWithBenchmark({ rate: { rate: 8 }, benchmark: { rate: 15, periodMonths: 12 } });
    expect(comparison).toMatchObject({ comparable: false, basis: null, rate: null, benchmark: null, differencePoints: null });
    expect(comparison.note).toMatch(/^They cannot be compared: the rate’s period is not stated/);
  });
});

describe('the evaluation case labels its rates with their period and annualises on request', () => {
  const sample = JSON.parse(sampleTexts.case) as { periods: { before: string; after: string; months?: number; annualiseTurnover?: boolean } };

  it('labels the sample’s six-month turnover rates and says how to set them beside annual benchmarks', () => {
    expect(sample.periods.months).toBe(6);
    const evaluation = evaluateCase(sample as never);
    expect(evaluation.rateBasis).toEqual({ periodMonths: 6, periodLabel: '6 months', turnoverAnnualised: false, turnoverMeasure: 'Staff turnover rate' });
    expect(renderEvaluationMarkdown(evaluation)).toContain('Staff turnover rate: −6.13 points over 6 months (improved)');
    const text = renderEvaluationMarkdown(evaluation);
    expect(text).toMatch(/\| Turnover over 6 months +\| 14\.06% \|/);
    expect(text).toContain('turnover −4.20 points over 6 months');
    expect(text).toContain('Turnover rates are over 6 months, not a year');
    expect(text).not.toMatch(/\| Turnover +\|/);
  });

  it('annualises the turnover rates (not lost time) when asked, and labels them so', () => {
    const annualised = evaluateCase({ ...sample, periods: { ...sample.periods, annualiseTurnover: true } } as never);
    expect(annualised.pilot.turnover.before).toBe(28.125);
    expect(annualised.pilot.lostTime.before).toBeCloseTo((2650 / 57600) * 100, 12);
    const text = renderEvaluationMarkdown(annualised);
    expect(text).toMatch(/\| Turnover a year \(annualised from 6 months\) +\| 28\.13% \|/);
    expect(text).toContain('Turnover rates are on an annual basis');
  });

  it('refuses to annualise without the period’s length, and says a rate without one cannot be compared', () => {
    const { months: _months, ...withoutMonths } = sample.periods;
    expect(() => evaluateCase({ ...sample, periods: { ...withoutMonths, annualiseTurnover: true } } as never)).toThrow(LmdInputError);
    const text = renderEvaluationMarkdown(evaluateCase({ ...sample, periods: withoutMonths } as never));
    expect(text).toMatch(/\| Turnover over the period +\|/);
    expect(text).toContain('cannot be set beside annual figures or benchmarks');
  });
});
