// Pins every item of issue 5's "API contract" section (names other code relies on), exactly as
// the issue writes them, through both entry points: `lmdkit` (src/index.ts) and `lmdkit/lmd`.
import { describe, expectTypeOf, it } from 'vitest';
import {
  analysePortfolio,
  checkActionLearningDesign,
  classifyIntervention,
  fullRangeModel,
  interventions,
  profileFullRange,
  type EvidenceStrength,
  type Finding,
  type FullRangeScaleId,
  type InterventionData,
  type InterventionId,
  type ReferenceId,
} from '../../src/index.js';
import * as lmd from '../../src/lmd/index.js';

type Rating = 'enabling' | 'neutral' | 'constraining';

/** The portfolio input as the contract writes it (zod's input types make optional keys `| undefined`). */
interface ContractPortfolioInput {
  items: { interventionId: InterventionId; spend?: number | undefined; participants?: number | undefined; hours?: number | undefined }[];
  conditions?: { roleDesign: Rating; governance: Rating; culture: Rating; accountability: Rating } | undefined;
  interOrganisational?: boolean | undefined;
}

/** The action learning design as the contract writes it. */
interface ContractActionLearningDesign {
  setSize: number;
  meetings: number;
  spanDays: number;
  realProblemsOwned: boolean;
  adviserRole: 'facilitates-questioning' | 'provides-expertise' | 'none';
  organisationalSupport: boolean;
}

describe('issue 5 API contract', () => {
  it('exports every contract name from lmdkit/lmd as the same value as from lmdkit', () => {
    expectTypeOf(lmd.interventions).toEqualTypeOf(interventions);
    expectTypeOf(lmd.classifyIntervention).toEqualTypeOf(classifyIntervention);
    expectTypeOf(lmd.analysePortfolio).toEqualTypeOf(analysePortfolio);
    expectTypeOf(lmd.checkActionLearningDesign).toEqualTypeOf(checkActionLearningDesign);
    expectTypeOf(lmd.fullRangeModel).toEqualTypeOf(fullRangeModel);
    expectTypeOf(lmd.profileFullRange).toEqualTypeOf(profileFullRange);
  });

  it('interventions[] entries are { id, name, focus, capital, evidence, basis, … }', () => {
    type Entry = (typeof interventions)[number];
    expectTypeOf<Entry['id']>().toEqualTypeOf<InterventionId>();
    expectTypeOf<Entry['name']>().toExtend<string>();
    expectTypeOf<Entry>().toExtend<InterventionData>();
    expectTypeOf<Entry['focus']>().toEqualTypeOf<'leader' | 'leadership'>();
    expectTypeOf<Entry['capital']>().toEqualTypeOf<'human' | 'social'>();
    expectTypeOf<Entry['evidence']>().toExtend<EvidenceStrength>();
    expectTypeOf<Entry['basis']>().toExtend<readonly ReferenceId[]>();
    expectTypeOf<Entry['sources']>().toExtend<readonly ReferenceId[]>();
  });

  it("classifyIntervention(id) → 'leader' | 'leadership'", () => {
    expectTypeOf(classifyIntervention).parameters.toEqualTypeOf<[id: InterventionId]>();
    expectTypeOf(classifyIntervention).returns.toEqualTypeOf<'leader' | 'leadership'>();
  });

  it('analysePortfolio({ items: { interventionId, spend?, participants?, hours? }[], conditions?, interOrganisational? })', () => {
    expectTypeOf(analysePortfolio).parameter(0).toEqualTypeOf<ContractPortfolioInput>();
    // The minimal call of the contract compiles; every optional part may be left out.
    analysePortfolio({ items: [{ interventionId: 'coaching' }] });
    analysePortfolio({
      items: [{ interventionId: 'team-coaching', spend: 1, participants: 2, hours: 3 }],
      conditions: { roleDesign: 'enabling', governance: 'neutral', culture: 'constraining', accountability: 'neutral' },
      interOrganisational: true,
    });
    // @ts-expect-error — conditions rate all four of role design, governance, culture and accountability
    analysePortfolio({ items: [{ interventionId: 'coaching' }], conditions: { roleDesign: 'enabling' } });
    // @ts-expect-error — a rating is one of enabling, neutral, constraining
    analysePortfolio({ items: [{ interventionId: 'coaching' }], conditions: { roleDesign: 'good', governance: 'neutral', culture: 'neutral', accountability: 'neutral' } });
  });

  it("analysePortfolio → { leaderShare, leadershipShare, basis: 'spend' | 'hours' | 'count', findings }", () => {
    type Result = ReturnType<typeof analysePortfolio>;
    expectTypeOf<Result['leaderShare']>().toEqualTypeOf<number>();
    expectTypeOf<Result['leadershipShare']>().toEqualTypeOf<number>();
    expectTypeOf<Result['basis']>().toEqualTypeOf<'spend' | 'hours' | 'count'>();
    expectTypeOf<Result['findings']>().toExtend<readonly Finding[]>();
  });

  it("checkActionLearningDesign({ setSize, meetings, spanDays, realProblemsOwned, adviserRole, organisationalSupport }) → { isActionLearning, findings }", () => {
    expectTypeOf(checkActionLearningDesign).parameter(0).toEqualTypeOf<ContractActionLearningDesign>();
    type Result = ReturnType<typeof checkActionLearningDesign>;
    expectTypeOf<Result['isActionLearning']>().toEqualTypeOf<boolean>();
    expectTypeOf<Result['findings']>().toExtend<readonly Finding[]>();
    // @ts-expect-error — 'coach' is not an adviser role
    checkActionLearningDesign({ setSize: 6, meetings: 6, spanDays: 180, realProblemsOwned: true, adviserRole: 'coach', organisationalSupport: true });
  });

  it('fullRangeModel has scales (9) and outcomes (3)', () => {
    expectTypeOf(fullRangeModel.scales.length).toEqualTypeOf<9>();
    expectTypeOf(fullRangeModel.outcomes.length).toEqualTypeOf<3>();
    expectTypeOf<(typeof fullRangeModel.scales)[number]['id']>().toEqualTypeOf<FullRangeScaleId>();
  });

  it('profileFullRange(scores) takes scale ids', () => {
    type Scores = Parameters<typeof profileFullRange>[0];
    expectTypeOf<keyof Scores>().toEqualTypeOf<FullRangeScaleId>();
    expectTypeOf<Scores['laissez-faire']>().toEqualTypeOf<number | undefined>();
  });
});
