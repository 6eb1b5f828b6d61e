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
import { randomCohort360, randomCohortRows, smallInstrument } from '../helpers/random-cohort-360.js';
import { render360Html } from '../../src/report/index.js';
import { interpret360Cohort } from '../../src/lmd/feedback360/interpret-360-cohort.js';
import type { RaterGroup } from '../../src/lmd/feedback360/rater-group.js';
import { groupLabel } from '../../src/report/_internal/html-format.js';
import { leaksInHtml, unpublishedNumbersInHtml, withoutHiddenSection } from './render-360-html.leaks.js';

const instrument = smallInstrument;
const cohort = randomCohort360(5);

describe('render360Html anonymity over random cohorts', () => {
  it('never shows a hidden group outside "What is hidden and why", nor a number the report does not publish (100 cohorts)', () => {
    let pagesWithHiddenGroups = 0;
    fc.assert(
      fc.property(cohort, ({ ratees, policy }) => {
        const ratings = randomCohortRows(ratees);
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
