// The participant's plan carries none of the coach's checks; the quadrants have plain labels.
import { describe, expect, it } from 'vitest';
import {
  developmentPlanFindings,
  developmentQuadrantLabels,
  developmentQuadrants,
  interpret360,
  LmdInputError,
  participantDevelopmentPlan,
  planDevelopment,
  type Rating360,
} from '../../../src/index.js';
import { thrownBy, unsafeJsonPaths } from '../../helpers/json-safety.js';

const instrument = {
  scale: { min: 1, max: 5 },
  competencies: [
    { id: 'A', name: 'Listens' },
    { id: 'B', name: 'Plans' },
  ],
  items: [
    { id: 'A1', competencyId: 'A' },
    { id: 'B1', competencyId: 'B' },
  ],
};
const rows = (raterId: string, group: Rating360['group'], scores: readonly number[]): Rating360[] =>
  scores.map((score, index) => ({ raterId, group, itemId: instrument.items[index]?.id as string, score }));
const report = interpret360({
  instrument,
  ratings: [...rows('me', 'self', [5, 3]), ...['p1', 'p2'].flatMap((id) => rows(id, 'peer', [3, 4])), ...['d1', 'd2', 'd3', 'd4'].flatMap((id) => rows(id, 'direct-report', [3, 4]))],
});

describe('participantDevelopmentPlan', () => {
  it('keeps no coach check: no finding, code or coach message', () => {
    const plan = planDevelopment(report, { resources: { coach: false } });
    const coachText = plan.findings.map((finding) => finding.message);
    expect(coachText.length).toBeGreaterThan(3);
    const mine = participantDevelopmentPlan(plan);
    const text = JSON.stringify(mine);
    expect(mine.audience).toBe('participant');
    expect('findings' in mine).toBe(false);
    expect(text).not.toMatch(/DEVPLAN_/);
    for (const message of coachText) expect(text).not.toContain(message);
    for (const definition of Object.values(developmentPlanFindings)) expect(text).not.toContain(definition.meaning);
    expect(unsafeJsonPaths(mine)).toEqual([]);
    // Everything else is the plan's.
    const { findings: _ignored, ...rest } = plan;
    expect({ ...mine, audience: undefined }).toEqual({ ...rest, audience: undefined });
  });

  it('does not change the plan, and refuses what is not one', () => {
    const plan = planDevelopment(report);
    const before = JSON.stringify(plan);
    const mine = participantDevelopmentPlan(plan);
    expect(JSON.stringify(plan)).toBe(before);
    expect(mine.priorities).not.toBe(plan.priorities);
    expect(thrownBy(() => participantDevelopmentPlan({} as never))).toBeInstanceOf(LmdInputError);
  });
});

describe('developmentQuadrantLabels', () => {
  it('labels every quadrant in plain words, without the identifiers', () => {
    expect(Object.keys(developmentQuadrantLabels)).toEqual([...developmentQuadrants]);
    for (const label of Object.values(developmentQuadrantLabels)) {
      expect(label).toMatch(/^[A-Z]/);
      expect(label).not.toMatch(/[a-z]-[a-z]|blind spot/i);
    }
  });
});
