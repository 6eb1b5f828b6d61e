import { describe, expect, it } from 'vitest';
import {
  consultation2010,
  LmdInputError,
  lmThemeCoverage,
  rankBySupport,
  references,
  supportShare,
  type VoteTally,
} from '../../src/index.js';
import { frozen, isDeeplyFrozen, roundTrip, thrownBy, unsafeJsonPaths } from '../helpers/json-safety.js';

describe('consultation2010: the report’s data reproduce the report’s statements', () => {
  it('holds the nine stretch topics with their votes as printed', () => {
    expect(consultation2010.stretchTopics).toHaveLength(9);
    const impact = consultation2010.stretchTopics.find((topic) => topic.id === 'leadership-impact');
    expect(impact).toMatchObject({ yes: 44, no: 3, maybe: 3 });
    const leadershipOnly = consultation2010.stretchTopics.find((topic) => topic.id === 'leadership-only');
    expect(leadershipOnly).toMatchObject({ yes: 20, no: 22, maybe: 9 });
  });

  it('"The impact of leadership, succession planning, developing business acumen and a focus on individual as well as organisational L&M had the strongest support"', () => {
    const topFour = rankBySupport(consultation2010.stretchTopics)
      .slice(0, 4)
      .map((topic) => topic.id);
    expect(new Set(topFour)).toEqual(new Set(consultation2010.strongestSupportAsReported));
    // Ranking by raw yes votes gives the same four.
    const byYes = [...consultation2010.stretchTopics].sort((a, b) => b.yes - a.yes).slice(0, 4).map((topic) => topic.id);
    expect(new Set(byYes)).toEqual(new Set(consultation2010.strongestSupportAsReported));
  });

  it('"84% saying they believe there is a market for an award": the centres sum to the printed total, 37 of 44', () => {
    const total = consultation2010.awardMarket.reduce(
      (sum, centre) => ({ yes: sum.yes + centre.yes, no: sum.no + centre.no, maybe: sum.maybe + centre.maybe }),
      { yes: 0, no: 0, maybe: 0 },
    );
    expect(total).toEqual(consultation2010.awardMarketTotalAsReported);
    expect(supportShare(total)).toBe(37 / 44);
    expect(Math.round(supportShare(total) * 100) / 100).toBe(consultation2010.awardMarketShareAsReported);
  });

  it('records the East Midlands blank "maybe" cell as 0 and lists it', () => {
    const emids = consultation2010.awardMarket.find((centre) => centre.centre === 'EMIDS');
    expect(emids).toMatchObject({ yes: 11, no: 2, maybe: 0, blankCells: ['maybe'] });
  });

  it('holds four options and recommends option 1, the themed approach', () => {
    expect(consultation2010.options.map((option) => option.number)).toEqual([1, 2, 3, 4]);
    const recommended = consultation2010.options.find((option) => option.id === consultation2010.recommendation.option);
    expect(recommended?.number).toBe(1);
    for (const option of consultation2010.options) {
      expect(option.pros.length).toBeGreaterThan(0);
      expect(option.cons.length).toBeGreaterThan(0);
    }
  });

  it('lists the suggested measures of L&M capability, including a Leadership Index and 360s', () => {
    const ids = consultation2010.measurementApproaches.map((approach) => approach.id);
    expect(ids).toHaveLength(11);
    expect(ids).toEqual(expect.arrayContaining(['leadership-index', '360-degree-feedback', 'retention', 'absence', 'promotions']));
  });

  it('cites its sources, is frozen and JSON-safe', () => {
    expect(consultation2010.evidence).toBe('consultation');
    for (const source of consultation2010.sources) expect(references).toHaveProperty(source);
    for (const fact of consultation2010.facts) expect(references).toHaveProperty(fact.source);
    expect(isDeeplyFrozen(consultation2010)).toBe(true);
    expect(roundTrip(consultation2010)).toEqual(consultation2010);
  });
});

describe('supportShare', () => {
  it('is yes ÷ all responses', () => {
    expect(supportShare({ yes: 44, no: 3, maybe: 3 })).toBe(0.88);
    expect(supportShare({ yes: 0, no: 2, maybe: 1 })).toBe(0);
    expect(supportShare({ yes: 5, no: 0, maybe: 0 })).toBe(1);
  });

  it('rejects a tally with no responses, or bad counts', () => {
    const error = thrownBy(() => supportShare({ yes: 0, no: 0, maybe: 0 })) as LmdInputError;
    expect(error).toBeInstanceOf(LmdInputError);
    expect(error.issues[0]?.path).toBe('tally');
    expect(() => supportShare({ yes: -1, no: 2, maybe: 0 })).toThrow(/tally\.yes/);
    expect(() => supportShare({ yes: 1.5, no: 2, maybe: 0 })).toThrow(LmdInputError);
    expect(() => supportShare({ yes: 1, no: 2 } as VoteTally)).toThrow(/tally\.maybe/);
  });
});

describe('rankBySupport', () => {
  it('orders by share, then more yes, then fewer no, then input order, returning the same objects', () => {
    const records = frozen([
      { id: 'a', yes: 1, no: 1, maybe: 0 },
      { id: 'b', yes: 2, no: 2, maybe: 0 },
      { id: 'c', yes: 2, no: 1, maybe: 1 },
      { id: 'd', yes: 9, no: 1, maybe: 0 },
      { id: 'e', yes: 1, no: 1, maybe: 0 },
    ]);
    const ranked = rankBySupport(records);
    // b and c share 0.5 and 2 yes; c has fewer no. a and e tie completely and keep input order.
    expect(ranked.map((record) => record.id)).toEqual(['d', 'c', 'b', 'a', 'e']);
    expect(ranked[0]).toBe(records[3]);
    expect(ranked).not.toBe(records);
  });

  it('names the record with no responses', () => {
    const error = thrownBy(() => rankBySupport([{ yes: 1, no: 0, maybe: 0 }, { yes: 0, no: 0, maybe: 0 }])) as LmdInputError;
    expect(error.issues[0]?.path).toBe('records[1]');
    expect(() => rankBySupport([{ yes: 1, no: 0, maybe: -2 }])).toThrow(/records\[0\]\.maybe/);
  });

  it('handles an empty list', () => {
    expect(rankBySupport([])).toEqual([]);
  });
});

describe('lmThemeCoverage: what an L&M themed assessment (option 1) must examine', () => {
  const coverage = lmThemeCoverage();

  it('keeps the 39 Standard requirements as the base', () => {
    expect(coverage.standardBase.evidenceRequirements).toBe(39);
  });

  it('groups the mapped Standard and wider framework statements by audience', () => {
    expect(coverage.audiences.map((group) => group.audience)).toEqual(['top-managers', 'managers', 'people']);
    const topManagers = coverage.audiences[0];
    expect(topManagers?.standard.find((item) => item.id === '4.1')?.indicators).toEqual(['LM1', 'LM3', 'LM4']);
    expect(coverage.audiences[1]?.standard.map((item) => item.id)).toEqual(['10.2']);
    // A statement for top managers and managers appears under both.
    expect(topManagers?.widerFramework.some((item) => item.id === 'WF1')).toBe(true);
    expect(coverage.audiences[1]?.widerFramework.some((item) => item.id === 'WF1')).toBe(true);
    expect(topManagers?.widerFramework.find((item) => item.id === 'WF2')?.indicators).toEqual(['LM1', 'LM3', 'LM9']);
  });

  it('covers every L&M indicator', () => {
    const served = new Set(
      coverage.audiences.flatMap((group) => [...group.standard, ...group.widerFramework].flatMap((item) => item.indicators)),
    );
    expect(served.size).toBe(9);
  });

  it('is plain JSON, the same on every call, and cites its basis', () => {
    expect(unsafeJsonPaths(coverage)).toEqual([]);
    expect(JSON.stringify(lmThemeCoverage())).toBe(JSON.stringify(coverage));
    for (const id of coverage.basis) expect(references).toHaveProperty(id);
  });
});
