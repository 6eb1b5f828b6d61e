// The API contract of issue 3 (360-degree feedback), item by item: the names and shapes other
// code relies on. A change here is a breaking change for callers.
import { describe, expectTypeOf, it } from 'vitest';
import {
  assessFeedbackReadiness,
  awg,
  classifySelfOtherAgreement,
  cronbachAlpha,
  icc,
  iccOneWay,
  interpret360,
  interpret360Cohort,
  percentileRank,
  ratersNeeded,
  reliableChange,
  rwg,
  rwgJ,
  selfOthersChartSpec,
  spearmanBrown,
  type AgreementDistribution360,
  type AnonymityPolicyInput,
  type CohortRating360,
  type Feedback360Cohort,
  type Feedback360Report,
  type FeedbackReadiness,
  type FeedbackReadinessInput,
  type IccResult,
  type Instrument360,
  type Interpret360Input,
  type Norms360,
  type PercentileRankMethod,
  type RaterGroup,
  type Rating360,
  type ReferenceId,
  type ReliableChangeInput,
  type SelfOtherAgreementCategory,
  type SelfOtherAgreementRule,
  type SelfOtherAgreementSixWayCategory,
  type VegaLiteSpec,
} from '../../../src/index.js';
import * as lmd from '../../../src/lmd/index.js';

describe('the 360 statistics API contract', () => {
  it('returns numbers, or number | null where the statistic can be undefined', () => {
    expectTypeOf(rwg([4, 5], { scalePoints: 5 })).toEqualTypeOf<number>();
    expectTypeOf(rwgJ([[4, 5]], { scalePoints: 5 })).toEqualTypeOf<number>();
    expectTypeOf(spearmanBrown(0.5, 2)).toEqualTypeOf<number>();
    expectTypeOf(ratersNeeded(0.5, 0.8)).toEqualTypeOf<number>();
    expectTypeOf(percentileRank(3, [1, 2], 'mid-rank')).toEqualTypeOf<number>();
    expectTypeOf(awg([4, 5], { min: 1, max: 5 })).toEqualTypeOf<number | null>();
    expectTypeOf(cronbachAlpha([[1, 2]])).toEqualTypeOf<number | null>();
    expectTypeOf(iccOneWay([[1, 2]]).icc1).toEqualTypeOf<number | null>();
  });

  it('names the six ICC forms as psych does', () => {
    expectTypeOf(icc([[1, 2]])).toEqualTypeOf<IccResult>();
    expectTypeOf<Pick<IccResult, 'icc1' | 'icc2' | 'icc3' | 'icc1k' | 'icc2k' | 'icc3k'>>().toEqualTypeOf<{
      readonly icc1: number | null;
      readonly icc2: number | null;
      readonly icc3: number | null;
      readonly icc1k: number | null;
      readonly icc2k: number | null;
      readonly icc3k: number | null;
    }>();
  });

  it('takes matrices as rows of numbers (rwgJ: rows = raters; icc: rows = targets; alpha: rows = respondents)', () => {
    expectTypeOf(rwgJ).parameter(0).toEqualTypeOf<readonly (readonly number[])[]>();
    expectTypeOf(icc).parameter(0).toEqualTypeOf<readonly (readonly number[])[]>();
    // A null cell is a missing answer, allowed with { missing: 'pairwise' }.
    expectTypeOf(cronbachAlpha).parameter(0).toEqualTypeOf<readonly (readonly (number | null)[])[]>();
    expectTypeOf(spearmanBrown).parameters.toEqualTypeOf<[r: number, k: number]>();
    expectTypeOf(ratersNeeded).parameters.toEqualTypeOf<[r: number, target: number]>();
  });

  it('requires the percentile method and the rwg scale, and types the reliable-change direction', () => {
    expectTypeOf<PercentileRankMethod>().toEqualTypeOf<'below' | 'at-or-below' | 'mid-rank'>();
    // @ts-expect-error: the method is required
    percentileRank(3, [1, 2]);
    // @ts-expect-error: scalePoints is required
    rwg([4, 5], {});
    // @ts-expect-error: awg needs both ends of the scale
    awg([4, 5], { min: 1 });
    expectTypeOf(reliableChange({ before: 1, after: 2, sd: 1, reliability: 0.5 }).direction).toEqualTypeOf<
      'increase' | 'decrease' | 'none'
    >();
  });

  it('reliableChange takes { before, after, sd, reliability } and says whether the change is reliable at 95%', () => {
    expectTypeOf<ReliableChangeInput>().toEqualTypeOf<{
      readonly before: number;
      readonly after: number;
      readonly sd: number;
      readonly reliability: number;
    }>();
    expectTypeOf(reliableChange({ before: 1, after: 2, sd: 1, reliability: 0.5 })).toHaveProperty('index').toEqualTypeOf<number>();
    expectTypeOf(reliableChange({ before: 1, after: 2, sd: 1, reliability: 0.5 })).toHaveProperty('reliable').toEqualTypeOf<boolean>();
  });

  it('is exported from lmdkit/lmd as well as lmdkit', () => {
    expectTypeOf(lmd.rwg).toEqualTypeOf(rwg);
    expectTypeOf(lmd.percentileRank).toEqualTypeOf(percentileRank);
    expectTypeOf(lmd.interpret360).toEqualTypeOf(interpret360);
    expectTypeOf(lmd.interpret360Cohort).toEqualTypeOf(interpret360Cohort);
    expectTypeOf(lmd.classifySelfOtherAgreement).toEqualTypeOf(classifySelfOtherAgreement);
    expectTypeOf(lmd.selfOthersChartSpec).toEqualTypeOf(selfOthersChartSpec);
    expectTypeOf(lmd.assessFeedbackReadiness).toEqualTypeOf(assessFeedbackReadiness);
    expectTypeOf<'shrout-fleiss-1979'>().toExtend<ReferenceId>();
  });
});

describe('the interpret360 input contract', () => {
  it('takes { instrument, ratings, policy?, agreementRule?, norms?, readiness? } (and display options? and the release ledger?)', () => {
    expectTypeOf<keyof Interpret360Input>().toEqualTypeOf<
      'instrument' | 'ratings' | 'policy' | 'agreementRule' | 'norms' | 'readiness' | 'options' | 'releases'
    >();
    expectTypeOf<Interpret360Input['instrument']>().toEqualTypeOf<Instrument360>();
    expectTypeOf<Interpret360Input['policy']>().toEqualTypeOf<AnonymityPolicyInput | undefined>();
    expectTypeOf<Interpret360Input['agreementRule']>().toEqualTypeOf<SelfOtherAgreementRule | undefined>();
    expectTypeOf<Interpret360Input['readiness']>().toEqualTypeOf<FeedbackReadinessInput | undefined>();
    expectTypeOf<Norms360>().toHaveProperty('method').toEqualTypeOf<PercentileRankMethod>();
  });

  it('an instrument has a scale with optional labels, competencies, items with optional wording, and optional open questions', () => {
    expectTypeOf<Instrument360>().toEqualTypeOf<{
      scale: { min: number; max: number; labels?: { value: number; label: string }[]; notObserved?: string[] };
      competencies: { id: string; name: string; description?: string }[];
      items: { id: string; competencyId: string; text?: string; reverseScored?: boolean }[];
      openQuestions?: { id: string; text: string }[];
    }>();
  });

  it('a rating is { raterId, group, itemId, score } with score a point or null; groups are the five named', () => {
    expectTypeOf<Rating360>().toEqualTypeOf<{ raterId: string; group: RaterGroup; itemId: string; score: number | null }>();
    expectTypeOf<RaterGroup>().toEqualTypeOf<'self' | 'manager' | 'peer' | 'direct-report' | 'other'>();
    expectTypeOf<CohortRating360>().toEqualTypeOf<Rating360 & { rateeId: string } extends infer T ? { [K in keyof T]: T[K] } : never>();
  });

  it('the policy names minGroupSize, exemptGroups, minOthersSize and smallGroupStrategy (omit | merge)', () => {
    expectTypeOf<{ [K in keyof AnonymityPolicyInput]-?: Exclude<AnonymityPolicyInput[K], undefined> }>().toEqualTypeOf<{
      minGroupSize: number;
      exemptGroups: ('self' | 'manager')[];
      minOthersSize: number;
      smallGroupStrategy: 'omit' | 'merge';
    }>();
  });
});

describe('the interpret360 report contract', () => {
  type Item = Feedback360Report['items'][number];
  type Competency = Feedback360Report['competencies'][number];
  it('per-item entries carry itemId and per-competency entries competencyId', () => {
    expectTypeOf(interpret360).returns.toEqualTypeOf<Feedback360Report>();
    expectTypeOf<Item['itemId']>().toEqualTypeOf<string>();
    expectTypeOf<Item['competencyId']>().toEqualTypeOf<string>();
    expectTypeOf<Competency['competencyId']>().toEqualTypeOf<string>();
  });

  it('every published figure is { groups, n, mean, sd?, … }', () => {
    type Figure = { readonly groups: readonly RaterGroup[]; readonly n: number; readonly mean: number };
    expectTypeOf<NonNullable<Item['self']>>().toExtend<Figure>();
    expectTypeOf<Item['groups'][number]>().toExtend<Figure>();
    expectTypeOf<NonNullable<Item['others']>>().toExtend<Figure>();
    expectTypeOf<NonNullable<Item['others']>['sd']>().toEqualTypeOf<number | null>();
    expectTypeOf<NonNullable<Competency['self']>>().toExtend<Figure>();
    expectTypeOf<Competency['groups'][number]>().toExtend<Figure>();
    expectTypeOf<NonNullable<Competency['others']>>().toExtend<Figure>();
  });

  it('lists hidden groups with a reason and no count', () => {
    expectTypeOf<Feedback360Report['hiddenGroups'][number]>().toEqualTypeOf<{
      readonly groups: readonly RaterGroup[];
      readonly reason: 'below-minimum-group-size';
    }>();
    expectTypeOf<Item['withheld'][number]>().not.toHaveProperty('n');
  });
});

describe('the agreement, readiness, chart and cohort contracts', () => {
  it('classifySelfOtherAgreement(self, others, rule) returns one of the four category strings', () => {
    expectTypeOf(classifySelfOtherAgreement).parameters.toEqualTypeOf<[self: number, others: number, rule: SelfOtherAgreementRule]>();
    expectTypeOf(classifySelfOtherAgreement).returns.toEqualTypeOf<SelfOtherAgreementCategory>();
    expectTypeOf<SelfOtherAgreementCategory>().toEqualTypeOf<'over-estimator' | 'under-estimator' | 'in-agreement-good' | 'in-agreement-poor'>();
    expectTypeOf<SelfOtherAgreementSixWayCategory>().toExtend<`${'over-estimator' | 'under-estimator' | 'in-agreement'}-${'good' | 'poor'}`>();
  });

  it('has the three rule kinds, with the scale-fraction rule { kind, fraction, scalePoints }', () => {
    expectTypeOf<SelfOtherAgreementRule['kind']>().toEqualTypeOf<'absolute' | 'scale-fraction' | 'norm-referenced'>();
    expectTypeOf({ kind: 'absolute', points: 0.5 } as const).toExtend<SelfOtherAgreementRule>();
    expectTypeOf({ kind: 'scale-fraction', fraction: 0.1, scalePoints: 5 } as const).toExtend<SelfOtherAgreementRule>();
    expectTypeOf({ kind: 'norm-referenced', meanDifference: 0.2, sdDifference: 0.6, othersCutOff: 3 } as const).toExtend<SelfOtherAgreementRule>();
    expectTypeOf({ kind: 'norm-referenced', meanDifference: 0.2, sdDifference: 0.6, k: 1, othersCutOff: 3 } as const).toExtend<SelfOtherAgreementRule>();
    // @ts-expect-error: the scale-fraction rule needs the number of scale points
    classifySelfOtherAgreement(4, 3, { kind: 'scale-fraction', fraction: 0.1 });
  });

  it('assessFeedbackReadiness returns a likelihood band with findings', () => {
    expectTypeOf(assessFeedbackReadiness).returns.toEqualTypeOf<FeedbackReadiness>();
    expectTypeOf<FeedbackReadiness['band']>().toEqualTypeOf<'low' | 'moderate' | 'high' | 'unknown'>();
    expectTypeOf<FeedbackReadiness['findings'][number]>().toHaveProperty('basis');
  });

  it('selfOthersChartSpec(report) returns a Vega-Lite spec', () => {
    expectTypeOf(selfOthersChartSpec).parameters.toEqualTypeOf<[report: Feedback360Report]>();
    expectTypeOf(selfOthersChartSpec).returns.toEqualTypeOf<VegaLiteSpec>();
    expectTypeOf<VegaLiteSpec['$schema']>().toEqualTypeOf<string>();
  });

  it('the cohort call returns per-ratee reports and the distribution of agreement categories', () => {
    expectTypeOf(interpret360Cohort).returns.toEqualTypeOf<Feedback360Cohort>();
    expectTypeOf<Feedback360Cohort['ratees'][number]>().toEqualTypeOf<{ readonly rateeId: string; readonly report: Feedback360Report }>();
    expectTypeOf<Feedback360Cohort['agreement']>().toEqualTypeOf<AgreementDistribution360>();
    expectTypeOf<keyof AgreementDistribution360>().toEqualTypeOf<SelfOtherAgreementCategory | 'not-classified'>();
    expectTypeOf(interpret360Cohort).parameter(0).toHaveProperty('ratings').toEqualTypeOf<readonly CohortRating360[]>();
  });
});
