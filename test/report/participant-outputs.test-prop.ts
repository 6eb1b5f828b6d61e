// The participant's outputs as a property: over random small cohorts (groups from 0 to 5 raters,
// blanks, both small-group strategies, the manager exempt or not) with an open question every
// rater may answer, no participant page (HTML, Markdown) or JSON view holds a finding code, a
// sentence meant only for the coach, a comment from a hidden group, a hidden group named outside
// the section that says what was left out, or (on the HTML page) a number the report does not
// publish.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedback360Findings, feedbackReadinessFindings, interpret360Cohort, participantView360, publishComments360, type Comment360, type Instrument360 } from '../../src/index.js';
import { render360ParticipantHtml, render360ParticipantMarkdown } from '../../src/report/index.js';
import type { RaterGroup } from '../../src/lmd/feedback360/rater-group.js';
import { randomCohort360, randomCohortRows, smallInstrument } from '../helpers/random-cohort-360.js';
import { leaksInHtml, unpublishedNumbersInHtml } from './render-360-html.leaks.js';

const instrument: Instrument360 = { ...smallInstrument, openQuestions: [{ id: 'keep', text: 'What should they keep doing?' }] };
const audience = { ...feedback360Findings, ...feedbackReadinessFindings } as Record<string, { audience: string }>;

describe('participant outputs over random cohorts', () => {
  it('carry nothing meant for the coach and nothing of a hidden group (100 cohorts)', () => {
    let hiddenSeen = 0;
    fc.assert(
      fc.property(randomCohort360(5), ({ ratees, policy }) => {
        const ratings = randomCohortRows(ratees);
        fc.pre(ratings.length > 0);
        const result = interpret360Cohort({ instrument, ratings, policy });
        // Every rater answers the open question with a text that names them.
        const raters = new Map<string, Comment360>();
        for (const row of ratings) raters.set(`${row.rateeId} ${row.raterId}`, { rateeId: row.rateeId, raterId: row.raterId, group: row.group, questionId: 'keep', text: `Keep going, says ${row.raterId}.` });
        for (const { rateeId, report } of result.ratees) {
          const comments = publishComments360(report, { instrument, comments: [...raters.values()].filter((comment) => comment.rateeId === rateeId) });
          const view = participantView360(report);
          const html = render360ParticipantHtml(view, { instrument, comments });
          const markdown = render360ParticipantMarkdown(view, { instrument, comments });
          const json = JSON.stringify({ ...view, comments });
          const hidden: RaterGroup[] = report.hiddenGroups.flatMap((entry) => entry.groups);
          if (hidden.length > 0) hiddenSeen += 1;
          const coachOnly = report.findings.filter((finding) => audience[finding.code]?.audience === 'coach').map((finding) => finding.message);
          for (const output of [html, markdown, json]) {
            expect(output).not.toMatch(/FB360_/);
            for (const sentence of coachOnly) expect(output.includes(sentence)).toBe(false);
            for (const comment of raters.values()) {
              if (comment.rateeId === rateeId && (hidden.includes(comment.group) || comment.group === 'self')) expect(output.includes(`says ${comment.raterId}.`)).toBe(false);
            }
          }
          expect(leaksInHtml(html.replace('<section id="hidden"', '<section id="hidden"'), hidden)).toEqual([]);
          expect(unpublishedNumbersInHtml(html, report)).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
    expect(hiddenSeen).toBeGreaterThan(20);
  });
});
