// compareCycles360 over random pairs of cycles (ratees, raters joining and leaving, groups of any
// size, "not observed" answers): every compared figure is one both reports publish, with the same
// groups and the means the reports print, so the comparison discloses nothing they do not; every
// figure a report withholds or does not show gives no change; results are plain JSON with no NaN,
// and the input is not changed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCycles360, interpret360Cohort, raterGroups, type CohortRating360, type Feedback360Report, type Instrument360, type RaterGroup } from '../../../src/index.js';
import { roundTrip, unsafeJsonPaths } from '../../helpers/json-safety.js';

const instrument: Instrument360 = {
  scale: { min: 1, max: 5 },
  competencies: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
  items: [
    { id: 'a1', competencyId: 'a' },
    { id: 'a2', competencyId: 'a' },
    { id: 'b1', competencyId: 'b' },
  ],
};
const groups = raterGroups.filter((group) => group !== 'self');

/** One ratee's raters in one cycle: group sizes 0–5 and each rater's answers (null = not observed). */
const rateeArb = fc.record({
  self: fc.boolean(),
  raters: fc.array(
    fc.record({
      group: fc.constantFrom(...groups),
      answers: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { freq: 6 }), { minLength: 3, maxLength: 3 }),
    }),
    { maxLength: 14 },
  ),
});

interface RandomRatee {
  readonly self: boolean;
  readonly raters: readonly { readonly group: RaterGroup; readonly answers: readonly (number | null)[] }[];
}

function rows(label: string, ratees: readonly RandomRatee[]): CohortRating360[] {
  return ratees.flatMap((ratee, r) => {
    const rateeId = `m${r}`;
    const raters = [...(ratee.self ? [{ group: 'self' as const, answers: [4, 4, 4] }] : []), ...ratee.raters];
    // A rater who answered nothing is left out (a cohort needs at least one row per ratee, which the
    // placeholder rater below provides).
    const list = raters.flatMap((rater, n) =>
      rater.answers.map((score, i) => ({ rateeId, raterId: `${label}-${r}-${n}`, group: rater.group, itemId: instrument.items[i]?.id as string, score })),
    );
    return list.length > 0 ? list : [{ rateeId, raterId: `${label}-${r}-x`, group: 'peer' as const, itemId: 'a1', score: null }];
  });
}

const keyOf = (groupsOf: readonly RaterGroup[]): string => groupsOf.join('+');

function published(report: Feedback360Report, level: 'item' | 'competency', id: string, scope: 'others' | 'group', groupsOf: readonly RaterGroup[]) {
  const entry = level === 'item' ? report.items.find((item) => item.itemId === id) : report.competencies.find((competency) => competency.competencyId === id);
  if (entry === undefined) return null;
  if (scope === 'others') return entry.others;
  return (entry.groups as readonly { groups: readonly RaterGroup[]; mean: number }[]).find((figure) => keyOf(figure.groups) === keyOf(groupsOf)) ?? null;
}

describe('compareCycles360 (properties)', () => {
  it('compares only figures both reports publish, and gives plain JSON without changing its input', () => {
    fc.assert(
      fc.property(fc.array(rateeArb, { minLength: 1, maxLength: 7 }), fc.array(rateeArb, { minLength: 1, maxLength: 7 }), fc.boolean(), (before, after, givenReliability) => {
        const earlier = { label: 'one', ...interpret360Cohort({ instrument, ratings: rows('one', before) }) };
        const current = { label: 'two', ...interpret360Cohort({ instrument, ratings: rows('two', after) }) };
        const input = { earlier: [earlier], current, minReferenceRatees: 2, ...(givenReliability ? { reliability: 0.7 } : {}) };
        const copy = JSON.stringify(input);
        const result = compareCycles360(input);
        expect(JSON.stringify(input)).toBe(copy);
        expect(unsafeJsonPaths(result)).toEqual([]);
        expect(roundTrip(result)).toEqual(result);
        const reportOf = (cycle: typeof earlier, rateeId: string) => cycle.ratees.find((ratee) => ratee.rateeId === rateeId)?.report ?? null;
        for (const ratee of result.ratees) {
          const then = reportOf(earlier, ratee.rateeId);
          const now = reportOf(current, ratee.rateeId) as Feedback360Report;
          const entries = [
            ...ratee.items.map((item) => ({ level: 'item' as const, id: item.itemId, figures: item.figures })),
            ...ratee.competencies.map((competency) => ({ level: 'competency' as const, id: competency.competencyId, figures: competency.figures })),
          ];
          for (const { level, id, figures } of entries) {
            for (const figure of figures) {
              const figureNow = published(now, level, id, figure.scope, figure.groups);
              const figureThen = then === null ? null : published(then, level, id, figure.scope, figure.groups);
              if (figure.change !== null) {
                // Both reports publish it, over the same groups, with the means the comparison uses.
                expect(figureNow).not.toBeNull();
                expect(figureThen).not.toBeNull();
                expect(figure.change.after).toBe(figureNow?.mean);
                expect(figure.change.before).toBe(figureThen?.mean);
                if (figure.scope === 'others') expect(keyOf(figureThen?.groups ?? [])).toBe(keyOf(figureNow?.groups ?? []));
                expect(figure.notCompared).toBeNull();
              } else {
                expect(figure.notCompared).not.toBeNull();
              }
              // A point in the series is only ever a published mean.
              expect(figure.series[1]?.mean ?? null).toBe(figure.series[1]?.absence === null ? (figureNow?.mean ?? null) : null);
              if (figureThen === null || figureNow === null) expect(figure.change).toBeNull();
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
