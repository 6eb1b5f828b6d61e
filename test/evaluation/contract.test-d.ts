// Pins every item of issue 4's "API contract" (names and shapes other code relies on), exactly as
// the issue writes it: function names, argument shapes (key names, one object argument unless the
// data is a sample) and result field names. A rename or a changed shape fails to type-check here.
import { describe, expectTypeOf, it } from 'vitest';
import {
  averageHeadcount,
  benefitCostRatio,
  bradfordFactor,
  cohensD,
  cohensDFromSummary,
  differenceInDifferences,
  enps,
  enpsFromPercentages,
  frequencyRate,
  hedgesG,
  hedgesGFromSummary,
  hedgesJ,
  hedgesJApprox,
  individualFrequencyRate,
  lostTimeRate,
  pairedEffectSize,
  paybackMonths,
  percentageChange,
  phillipsRoi,
  retentionRate,
  roi,
  stabilityIndex,
  tTest,
  turnoverRate,
  wilcoxonSignedRank,
} from '../../src/index.js';

/** The keys of a function's first (object) argument. */
type ArgumentKeys<F extends (...args: never[]) => unknown> = keyof Parameters<F>[0];

describe('issue 4 API contract: HR metrics', () => {
  it('averageHeadcount(counts: number[]) and enps(scores: number[]) take samples', () => {
    expectTypeOf(averageHeadcount).parameters.toEqualTypeOf<[counts: readonly number[]]>();
    expectTypeOf(averageHeadcount([1, 2])).toEqualTypeOf<number>();
    expectTypeOf(enps).parameters.toEqualTypeOf<[scores: readonly number[]]>();
    expectTypeOf(enps([9, 10])).toEqualTypeOf<number>();
  });

  it('each rate takes one object with exactly the contract’s keys', () => {
    expectTypeOf<ArgumentKeys<typeof turnoverRate>>().toEqualTypeOf<'leavers' | 'averageHeadcount'>();
    expectTypeOf<ArgumentKeys<typeof stabilityIndex>>().toEqualTypeOf<'withOneYearService' | 'headcountOneYearAgo'>();
    expectTypeOf<ArgumentKeys<typeof retentionRate>>().toEqualTypeOf<'startHeadcount' | 'endHeadcount' | 'hires'>();
    expectTypeOf<ArgumentKeys<typeof lostTimeRate>>().toEqualTypeOf<'hoursLost' | 'hoursAvailable'>();
    expectTypeOf<ArgumentKeys<typeof frequencyRate>>().toEqualTypeOf<'spells' | 'averageWorkers'>();
    expectTypeOf<ArgumentKeys<typeof individualFrequencyRate>>().toEqualTypeOf<'workersWithAbsence' | 'averageWorkers'>();
    expectTypeOf<ArgumentKeys<typeof bradfordFactor>>().toEqualTypeOf<'spells' | 'days'>();
    expectTypeOf<ArgumentKeys<typeof enpsFromPercentages>>().toEqualTypeOf<'promoters' | 'detractors'>();
    expectTypeOf<ArgumentKeys<typeof percentageChange>>().toEqualTypeOf<'before' | 'after'>();
  });

  it('each rate returns a plain number (percentageChange: null when not defined)', () => {
    expectTypeOf(turnoverRate({ leavers: 18, averageHeadcount: 150 })).toEqualTypeOf<number>();
    expectTypeOf(stabilityIndex({ withOneYearService: 170, headcountOneYearAgo: 200 })).toEqualTypeOf<number>();
    expectTypeOf(retentionRate({ startHeadcount: 200, endHeadcount: 205, hires: 25 })).toEqualTypeOf<number>();
    expectTypeOf(lostTimeRate({ hoursLost: 1, hoursAvailable: 2 })).toEqualTypeOf<number>();
    expectTypeOf(frequencyRate({ spells: 1, averageWorkers: 2 })).toEqualTypeOf<number>();
    expectTypeOf(individualFrequencyRate({ workersWithAbsence: 1, averageWorkers: 2 })).toEqualTypeOf<number>();
    expectTypeOf(bradfordFactor({ spells: 1, days: 2 })).toEqualTypeOf<number>();
    expectTypeOf(enpsFromPercentages({ promoters: 45, detractors: 20 })).toEqualTypeOf<number>();
    expectTypeOf(percentageChange({ before: 16, after: 12 })).toEqualTypeOf<number | null>();
  });
});

describe('issue 4 API contract: ROI', () => {
  it('roi and benefitCostRatio take { benefits, costs }; paybackMonths takes { cost, annualBenefit }', () => {
    expectTypeOf<ArgumentKeys<typeof roi>>().toEqualTypeOf<'benefits' | 'costs'>();
    expectTypeOf<ArgumentKeys<typeof benefitCostRatio>>().toEqualTypeOf<'benefits' | 'costs'>();
    expectTypeOf<ArgumentKeys<typeof paybackMonths>>().toEqualTypeOf<'cost' | 'annualBenefit'>();
    expectTypeOf(roi({ benefits: 150, costs: 60 })).toEqualTypeOf<number>();
    expectTypeOf(benefitCostRatio({ benefits: 150, costs: 60 })).toEqualTypeOf<number>();
    expectTypeOf(paybackMonths({ cost: 60, annualBenefit: 120 })).toEqualTypeOf<number | null>();
  });

  it('phillipsRoi({ benefits, costs, horizonYears? }) with benefits { label, annualValue, isolation?, measure?, attribution?, confidence? }', () => {
    type Input = Parameters<typeof phillipsRoi>[0];
    expectTypeOf<'benefits' | 'costs' | 'horizonYears'>().toExtend<keyof Input>();
    expectTypeOf<undefined>().toExtend<Input['horizonYears']>();
    type Benefit = Input['benefits'][number];
    expectTypeOf<keyof Benefit>().toEqualTypeOf<'label' | 'annualValue' | 'isolation' | 'measure' | 'attribution' | 'confidence'>();
    expectTypeOf<undefined>().toExtend<Benefit['attribution']>();
    expectTypeOf<undefined>().toExtend<Benefit['confidence']>();
    // Costs are categorised.
    expectTypeOf<'category'>().toExtend<keyof Input['costs'][number]>();
    phillipsRoi({
      benefits: [{ label: 'Fewer leavers', annualValue: 48_000 }],
      costs: [{ label: 'Coach', amount: 9_000, category: 'delivery' }],
    });
  });

  it('phillipsRoi returns the contract’s fields', () => {
    type Result = ReturnType<typeof phillipsRoi>;
    expectTypeOf<
      'adjustedBenefits' | 'totalCost' | 'netBenefits' | 'roiPercent' | 'benefitCostRatio' | 'paybackMonths' | 'assumptions' | 'intangibles'
    >().toExtend<keyof Result>();
    expectTypeOf<Result['adjustedBenefits']>().toEqualTypeOf<number>();
    expectTypeOf<Result['totalCost']>().toEqualTypeOf<number>();
    expectTypeOf<Result['netBenefits']>().toEqualTypeOf<number>();
    expectTypeOf<Result['roiPercent']>().toEqualTypeOf<number>();
    expectTypeOf<Result['benefitCostRatio']>().toEqualTypeOf<number>();
    expectTypeOf<Result['paybackMonths']>().toEqualTypeOf<number | null>();
    expectTypeOf<Result['intangibles']>().toEqualTypeOf<readonly string[]>();
  });
});

describe('issue 4 API contract: effect sizes and tests', () => {
  it('cohensD(a, b), hedgesG(a, b) take two samples; hedgesJ(df), hedgesJApprox(df) a number', () => {
    expectTypeOf(cohensD).parameters.toEqualTypeOf<[a: readonly number[], b: readonly number[]]>();
    expectTypeOf(hedgesG).parameters.toEqualTypeOf<[a: readonly number[], b: readonly number[]]>();
    expectTypeOf(hedgesJ).parameters.toEqualTypeOf<[df: number]>();
    expectTypeOf(hedgesJApprox).parameters.toEqualTypeOf<[df: number]>();
    expectTypeOf(hedgesJ(18)).toEqualTypeOf<number>();
    expectTypeOf(hedgesJApprox(18)).toEqualTypeOf<number>();
  });

  it('cohensDFromSummary and hedgesGFromSummary take { n1, mean1, sd1, n2, mean2, sd2 }', () => {
    expectTypeOf<ArgumentKeys<typeof cohensDFromSummary>>().toEqualTypeOf<'n1' | 'mean1' | 'sd1' | 'n2' | 'mean2' | 'sd2'>();
    expectTypeOf<ArgumentKeys<typeof hedgesGFromSummary>>().toEqualTypeOf<'n1' | 'mean1' | 'sd1' | 'n2' | 'mean2' | 'sd2'>();
  });

  it('pairedEffectSize(before, after) → { dz, dav, drm, gav }', () => {
    expectTypeOf(pairedEffectSize).parameters.toEqualTypeOf<[before: readonly number[], after: readonly number[]]>();
    expectTypeOf<'dz' | 'dav' | 'drm' | 'gav'>().toExtend<keyof ReturnType<typeof pairedEffectSize>>();
  });

  it('tTest(a, b, { variant: pooled | welch | paired }) → { t, df, p }', () => {
    type Options = NonNullable<Parameters<typeof tTest>[2]>;
    expectTypeOf<NonNullable<Options['variant']>>().toEqualTypeOf<'pooled' | 'welch' | 'paired'>();
    const result = tTest([1, 2, 3], [2, 3, 5], { variant: 'paired' });
    expectTypeOf(result.t).toEqualTypeOf<number>();
    expectTypeOf(result.df).toEqualTypeOf<number>();
    expectTypeOf(result.p).toEqualTypeOf<number>();
  });

  it('wilcoxonSignedRank(differences) → { wPlus, wMinus, p, exact }', () => {
    expectTypeOf(wilcoxonSignedRank).parameter(0).toEqualTypeOf<readonly number[]>();
    const result = wilcoxonSignedRank([1, 2, -3]);
    expectTypeOf(result.wPlus).toEqualTypeOf<number>();
    expectTypeOf(result.wMinus).toEqualTypeOf<number>();
    expectTypeOf(result.p).toEqualTypeOf<number>();
    expectTypeOf(result.exact).toEqualTypeOf<boolean>();
  });

  it('differenceInDifferences({ treatedBefore, treatedAfter, comparisonBefore, comparisonAfter }) → { estimate, … }', () => {
    expectTypeOf<ArgumentKeys<typeof differenceInDifferences>>().toEqualTypeOf<
      'treatedBefore' | 'treatedAfter' | 'comparisonBefore' | 'comparisonAfter'
    >();
    const result = differenceInDifferences({ treatedBefore: 6, treatedAfter: 4, comparisonBefore: 6, comparisonAfter: 5.5 });
    expectTypeOf(result.estimate).toEqualTypeOf<number>();
  });
});
