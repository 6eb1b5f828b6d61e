import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  analysePortfolio,
  classifyIntervention,
  interventionIds,
  systemicConditionRatings,
  type PortfolioInput,
} from '../../src/index.js';
import { frozen, unsafeJsonPaths } from '../helpers/json-safety.js';

const amount = fc.double({ min: 0, max: 1e9, noNaN: true });
const item = fc.record(
  {
    interventionId: fc.constantFrom(...interventionIds),
    spend: amount,
    participants: fc.nat({ max: 500 }),
    hours: amount,
  },
  { requiredKeys: ['interventionId'] },
);
const rating = fc.constantFrom(...systemicConditionRatings);
const input: fc.Arbitrary<PortfolioInput> = fc.record(
  {
    items: fc.array(item, { minLength: 1, maxLength: 40 }),
    conditions: fc.record({ roleDesign: rating, governance: rating, culture: rating, accountability: rating }),
    interOrganisational: fc.boolean(),
  },
  { requiredKeys: ['items'] },
);

describe('analysePortfolio properties', () => {
  test.prop([input])('returns shares in [0, 1] adding to 1, and plain JSON', (portfolio) => {
    const result = analysePortfolio(portfolio);
    expect(result.leaderShare).toBeGreaterThanOrEqual(0);
    expect(result.leaderShare).toBeLessThanOrEqual(1);
    expect(result.leadershipShare).toBeGreaterThanOrEqual(0);
    expect(result.leadershipShare).toBeLessThanOrEqual(1);
    expect(result.leaderShare + result.leadershipShare).toBeCloseTo(1, 12);
    expect(unsafeJsonPaths(result)).toEqual([]);
  });

  test.prop([input])('does not mutate its input and is deterministic', (portfolio) => {
    const copy = frozen(structuredClone(portfolio));
    const first = JSON.stringify(analysePortfolio(copy));
    expect(JSON.stringify(analysePortfolio(copy))).toBe(first);
    expect(copy).toEqual(portfolio);
  });

  test.prop([input, fc.nat()])('does not depend on the order of the items (rotated)', (portfolio, seed) => {
    const shuffled = portfolio.items.map((_, index, all) => all[(index + seed) % all.length]!);
    const a = analysePortfolio(portfolio);
    const b = analysePortfolio({ ...portfolio, items: shuffled });
    expect(b.basis).toBe(a.basis);
    expect(b.leaderShare).toBeCloseTo(a.leaderShare, 9);
    expect(b.findings.map((finding) => finding.code)).toEqual(a.findings.map((finding) => finding.code));
  });

  test.prop([input])('gives the distributed-leadership finding exactly when every item is leader development', (portfolio) => {
    const allLeader = portfolio.items.every((entry) => classifyIntervention(entry.interventionId) === 'leader');
    const codes = analysePortfolio(portfolio).findings.map((finding) => finding.code);
    expect(codes.includes('PORTFOLIO_ALL_INDIVIDUAL')).toBe(allLeader);
  });
});
