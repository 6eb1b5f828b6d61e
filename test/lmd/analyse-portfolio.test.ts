// analysePortfolio: rules from the 7OS06 seed (AC 1.1 and AC 1.2), quoted in the test names.
import { describe, expect, it } from 'vitest';
import {
  analysePortfolio,
  LmdInputError,
  type InterventionId,
  type PortfolioFinding,
  type PortfolioInput,
} from '../../src/index.js';
import { frozen, roundTrip, thrownBy, unsafeJsonPaths } from '../helpers/json-safety.js';

const codes = (findings: readonly PortfolioFinding[]): string[] => findings.map((finding) => finding.code);
const allEnabling = { roleDesign: 'enabling', governance: 'enabling', culture: 'enabling', accountability: 'enabling' } as const;

describe('analysePortfolio: shares', () => {
  it('computes shares by spend when every item carries spend', () => {
    const result = analysePortfolio({
      items: [
        { interventionId: 'coaching', spend: 30_000, hours: 10 },
        { interventionId: 'team-coaching', spend: 10_000, hours: 90 },
      ],
      conditions: allEnabling,
    });
    expect(result.basis).toBe('spend');
    expect(result.leaderShare).toBe(0.75);
    expect(result.leadershipShare).toBe(0.25);
    expect(result.totals.leader).toEqual({ items: 1, spend: 30_000, hours: 10, participants: 0 });
  });

  it('falls back to hours when only some items carry spend, and says so', () => {
    const result = analysePortfolio({
      items: [
        { interventionId: 'coaching', spend: 30_000, hours: 10 },
        { interventionId: 'community-of-practice', hours: 30 },
      ],
      conditions: allEnabling,
    });
    expect(result.basis).toBe('hours');
    expect(result.leadershipShare).toBe(0.75);
    const fallback = result.findings.find((finding) => finding.code === 'PORTFOLIO_BASIS_FALLBACK');
    expect(fallback?.message).toBe('Only 1 of 2 items carry spend, so the shares are not computed by spend.');
  });

  it('falls back to the count of items when neither spend nor hours is complete', () => {
    const result = analysePortfolio({
      items: [
        { interventionId: 'coaching', participants: 3 },
        { interventionId: 'mentoring', participants: 4 },
        { interventionId: 'action-learning-set', hours: 50, participants: 6 },
        { interventionId: 'culture-change-programme' },
      ],
      conditions: allEnabling,
    });
    expect(result.basis).toBe('count');
    expect(result.leaderShare).toBe(0.5);
    expect(result.totals.leadership.participants).toBe(6);
    expect(codes(result.findings)).toEqual(['PORTFOLIO_BASIS_FALLBACK']);
  });

  it('does not use a basis whose total is 0', () => {
    const result = analysePortfolio({
      items: [
        { interventionId: 'coaching', spend: 0, hours: 2 },
        { interventionId: 'team-coaching', spend: 0, hours: 6 },
      ],
      conditions: allEnabling,
    });
    expect(result.basis).toBe('hours');
    expect(result.leadershipShare).toBe(0.75);
  });
});

describe('analysePortfolio: rules from the seed', () => {
  it('"organisations systematically under-invest in leadership development relative to leader development" → PORTFOLIO_LEADERSHIP_UNDER_INVESTED below the threshold (default 0.3)', () => {
    const result = analysePortfolio({
      items: [
        { interventionId: 'executive-education', spend: 80 },
        { interventionId: 'team-coaching', spend: 20 },
      ],
      conditions: allEnabling,
    });
    expect(result.rule).toEqual({ minimumLeadershipShare: 0.3 });
    expect(codes(result.findings)).toEqual(['PORTFOLIO_LEADERSHIP_UNDER_INVESTED']);
    expect(result.findings[0]?.basis).toEqual(['day-2000']);
    expect(result.findings[0]?.message).toMatch(/20% of the portfolio by spend, below the 30% threshold/);
  });

  it('treats the threshold as inclusive: a share exactly at it is not under-invested; the threshold is configurable', () => {
    const items: PortfolioInput['items'] = [
      { interventionId: 'coaching', spend: 70 },
      { interventionId: 'team-coaching', spend: 30 },
    ];
    expect(codes(analysePortfolio({ items, conditions: allEnabling }).findings)).toEqual([]);
    const stricter = analysePortfolio({ items, conditions: allEnabling }, { minimumLeadershipShare: 0.5 });
    expect(codes(stricter.findings)).toEqual(['PORTFOLIO_LEADERSHIP_UNDER_INVESTED']);
    expect(stricter.rule.minimumLeadershipShare).toBe(0.5);
  });

  it('never words a share just below the threshold as equal to it (regression: "30% … below the 30% threshold")', () => {
    const message = (leadershipSpend: number, threshold?: number): string | undefined =>
      analysePortfolio(
        {
          items: [
            { interventionId: 'coaching', spend: 100000 - leadershipSpend },
            { interventionId: 'team-coaching', spend: leadershipSpend },
          ],
          conditions: allEnabling,
        },
        threshold === undefined ? {} : { minimumLeadershipShare: threshold },
      ).findings[0]?.message;
    expect(message(29995)).toMatch(/takes 29\.995% of the portfolio by spend, below the 30% threshold/);
    expect(message(20000)).toMatch(/takes 20% of the portfolio by spend, below the 30% threshold/);
    expect(message(12345, 0.123456)).toMatch(/takes 12\.345% of the portfolio by spend, below the 12\.3456% threshold/);
  });

  it('"developing individual leaders without attending to team dynamics, organisational structure, and cultural norms will produce limited organisational benefit" → an all-individual portfolio triggers the distributed-leadership finding (Spillane)', () => {
    const result = analysePortfolio({
      items: [{ interventionId: 'coaching' }, { interventionId: '360-degree-feedback' }, { interventionId: 'mentoring' }],
      conditions: allEnabling,
    });
    expect(result.leadershipShare).toBe(0);
    expect(codes(result.findings)).toEqual(['PORTFOLIO_LEADERSHIP_UNDER_INVESTED', 'PORTFOLIO_ALL_INDIVIDUAL']);
    expect(result.findings[1]?.basis).toContain('spillane-2006');
  });

  it('does not give the distributed-leadership finding when any item is collective, even with zero weight', () => {
    const result = analysePortfolio({
      items: [
        { interventionId: 'coaching', spend: 100 },
        { interventionId: 'community-of-practice', spend: 0 },
      ],
      conditions: allEnabling,
    });
    expect(codes(result.findings)).toEqual(['PORTFOLIO_LEADERSHIP_UNDER_INVESTED']);
  });

  it('"will not produce sustainable organisational improvement if the structural conditions — role design, governance, culture, accountability — do not enable and reward the application of those capabilities" → PORTFOLIO_CONDITIONS_CONSTRAIN_TRANSFER (risk)', () => {
    const result = analysePortfolio({
      items: [
        { interventionId: 'coaching', spend: 50 },
        { interventionId: 'action-learning-set', spend: 50 },
      ],
      conditions: { roleDesign: 'constraining', governance: 'neutral', culture: 'constraining', accountability: 'enabling' },
    });
    expect(result.constrainingConditions).toEqual(['roleDesign', 'culture']);
    expect(codes(result.findings)).toEqual(['PORTFOLIO_CONDITIONS_CONSTRAIN_TRANSFER']);
    expect(result.findings[0]?.severity).toBe('risk');
    expect(result.findings[0]?.message).toBe(
      'With role design and culture constraining, individual development is unlikely to turn into organisational capability until those conditions enable and reward its use.',
    );
  });

  it('does not give the transfer risk when the portfolio has no leader development', () => {
    const result = analysePortfolio({
      items: [{ interventionId: 'culture-change-programme' }],
      conditions: { roleDesign: 'constraining', governance: 'constraining', culture: 'constraining', accountability: 'constraining' },
    });
    expect(result.constrainingConditions).toHaveLength(4);
    expect(codes(result.findings)).toEqual([]);
  });

  it('says when the systemic conditions were not rated', () => {
    const result = analysePortfolio({ items: [{ interventionId: 'coaching' }, { interventionId: 'team-coaching' }] });
    expect(codes(result.findings)).toEqual(['PORTFOLIO_CONDITIONS_NOT_RATED']);
    expect(result.findings[0]?.severity).toBe('info');
  });

  it('"in partnership working … leadership is necessarily distributed across organisational boundaries, requiring forms of development that build relational capacity across multiple organisations simultaneously" → PORTFOLIO_INTER_ORGANISATIONAL (Archer & Cameron)', () => {
    const result = analysePortfolio({
      items: [{ interventionId: 'coaching' }, { interventionId: 'cross-functional-project' }],
      conditions: allEnabling,
      interOrganisational: true,
    });
    expect(codes(result.findings)).toEqual(['PORTFOLIO_INTER_ORGANISATIONAL']);
    expect(result.findings[0]?.basis).toEqual(['archer-cameron-2013']);
    expect(result.findings[0]?.severity).toBe('advice');
  });
});

describe('analysePortfolio: input', () => {
  it('rejects an unknown intervention id with LmdInputError naming the path', () => {
    const error = thrownBy(() => analysePortfolio({ items: [{ interventionId: 'away-day' as InterventionId }] }));
    expect(error).toBeInstanceOf(LmdInputError);
    expect((error as LmdInputError).issues[0]?.path).toBe('input.items[0].interventionId');
  });

  it.each([
    ['no items', { items: [] }],
    ['a negative spend', { items: [{ interventionId: 'coaching', spend: -1 }] }],
    ['NaN hours', { items: [{ interventionId: 'coaching', hours: Number.NaN }] }],
    ['infinite spend', { items: [{ interventionId: 'coaching', spend: Number.POSITIVE_INFINITY }] }],
    ['fractional participants', { items: [{ interventionId: 'coaching', participants: 1.5 }] }],
    ['an unknown rating', { items: [{ interventionId: 'coaching' }], conditions: { ...allEnabling, culture: 'toxic' } }],
    ['a partial set of conditions', { items: [{ interventionId: 'coaching' }], conditions: { culture: 'enabling' } }],
    ['an unknown key', { items: [{ interventionId: 'coaching', cost: 3 }] }],
    ['not an object', null],
  ])('rejects %s', (_name, input) => {
    expect(() => analysePortfolio(input as PortfolioInput)).toThrow(LmdInputError);
  });

  it('rejects an out-of-range threshold', () => {
    expect(() => analysePortfolio({ items: [{ interventionId: 'coaching' }] }, { minimumLeadershipShare: 1.2 })).toThrow(LmdInputError);
  });

  it('does not mutate its input and returns plain JSON', () => {
    const input = frozen({
      items: [{ interventionId: 'coaching', spend: 10 }, { interventionId: 'team-coaching', spend: 5 }],
      conditions: { roleDesign: 'constraining', governance: 'neutral', culture: 'neutral', accountability: 'neutral' },
      interOrganisational: true,
    } satisfies PortfolioInput);
    const result = analysePortfolio(input);
    expect(unsafeJsonPaths(result)).toEqual([]);
    expect(roundTrip(result)).toEqual(result);
  });
});
