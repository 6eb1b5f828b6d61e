// Anonymity of the HTML 360 report as a property: over random small cohorts (group sizes from 0
// to 5, so some groups fall below the minimum; some scores "not observed"; both small-group
// strategies; the manager exempt or not), every ratee's page names a hidden group nowhere outside
// "What is hidden and why", and never as a data-group, table header or chart label; and every
// number on the page is one the report publishes (each two-decimal figure is a report figure, each
// count of raters a shown unit's size, the pooled all-others count or a policy minimum; no title
// tooltip or data attribute carries another), so the page adds nothing to subtract from. The
// library's own differencing property (test/lmd) then covers every figure on the page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { render360Html } from '../../src/cli/html-report-360.js';
import { interpret360Cohort } from '../../src/lmd/feedback360/interpret-360-cohort.js';
import type { Instrument360 } from '../../src/lmd/feedback360/instrument-360.js';
import { raterGroups, type RaterGroup } from '../../src/lmd/feedback360/rater-group.js';
import type { CohortRating360 } from '../../src/lmd/feedback360/rating-360.js';
import { groupLabel } from '../../src/cli/html-format.js';
import { leaksInHtml, unpublishedNumbersInHtml, withoutHiddenSection } from './html-report-360.leaks.js';

const instrument: Instrument360 = {
  scale: { min: 1, max: 5 },
  competencies: [
    { id: 'c1', name: 'Coaching' },
    { id: 'c2', name: 'Delegation' },
  ],
  items: [
    { id: 'i1', competencyId: 'c1' },
    { id: 'i2', competencyId: 'c1' },
    { id: 'i3', competencyId: 'c2' },
  ],
};

const ratee = fc.record({
  sizes: fc.record({
    self: fc.integer({ min: 0, max: 1 }),
    manager: fc.integer({ min: 0, max: 2 }),
    peer: fc.integer({ min: 0, max: 5 }),
    'direct-report': fc.integer({ min: 0, max: 5 }),
    other: fc.integer({ min: 0, max: 4 }),
  }),
  scores: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { freq: 8 }), { minLength: 60, maxLength: 60 }),
});

const cohort = fc.record({
  ratees: fc.array(ratee, { minLength: 1, maxLength: 4 }),
  policy: fc.record({
    minGroupSize: fc.integer({ min: 3, max: 5 }),
    minOthersSize: fc.integer({ min: 1, max: 6 }),
    smallGroupStrategy: fc.constantFrom('omit' as const, 'merge' as const),
    exemptGroups: fc.constantFrom<('self' | 'manager')[]>(['self', 'manager'], ['self']),
  }),
});

type Ratee = typeof ratee extends fc.Arbitrary<infer T> ? T : never;

function rowsOf(ratees: readonly Ratee[]): CohortRating360[] {
  const rows: CohortRating360[] = [];
  ratees.forEach((entry, position) => {
    let draw = 0;
    for (const group of raterGroups) {
      for (let rater = 0; rater < entry.sizes[group]; rater += 1) {
        for (const item of instrument.items) {
          const score = entry.scores[draw % entry.scores.length] ?? null;
          draw += 1;
          rows.push({ rateeId: `R${position}`, raterId: `R${position}-${group}-${rater}`, group, itemId: item.id, score });
        }
      }
    }
  });
  return rows;
}

describe('render360Html anonymity over random cohorts', () => {
  it('never shows a hidden group outside "What is hidden and why", nor a number the report does not publish (100 cohorts)', () => {
    let pagesWithHiddenGroups = 0;
    fc.assert(
      fc.property(cohort, ({ ratees, policy }) => {
        const ratings = rowsOf(ratees);
        fc.pre(ratings.length > 0);
        const result = interpret360Cohort({ instrument, ratings, policy });
        for (const { rateeId, report } of result.ratees) {
          const html = render360Html(report, { rateeId, instrument });
          const hidden: RaterGroup[] = report.hiddenGroups.flatMap((entry) => entry.groups);
          if (hidden.length > 0) pagesWithHiddenGroups += 1;
          expect(leaksInHtml(html, hidden)).toEqual([]);
          expect(unpublishedNumbersInHtml(html, report)).toEqual([]);
          const outside = withoutHiddenSection(html);
          for (const group of hidden) {
            expect(html).not.toMatch(new RegExp(`data-group="[^"]*\\b${group}\\b`));
            expect(outside).not.toContain(`>${groupLabel([group])}</th>`);
            expect(outside).not.toContain(`>${groupLabel([group])}</text>`);
          }
        }
      }),
      { numRuns: 100 },
    );
    expect(pagesWithHiddenGroups).toBeGreaterThan(20);
  });
});
