// The sample cycle's wide export (answer labels, relationships in the rater's words, two open
// questions) read with lmdkit/import: every manager's comments published under the guarantee and
// printed on the participant's and the coach's pages, with no comment from a hidden group.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interpret360Cohort, participantView360, publishComments360 } from '../../src/index.js';
import { readSurveyExport } from '../../src/import/index.js';
import { render360Html, render360ParticipantHtml, render360ParticipantMarkdown } from '../../src/report/index.js';
import { instrument360Schema } from '../../src/index.js';
import { dataDir, sampleTexts } from '../cli/sample-data.js';

const { $schema: _schema, ...instrumentFile } = JSON.parse(sampleTexts.instrument) as Record<string, unknown>;
const instrument = instrument360Schema.parse(instrumentFile);
const read = readSurveyExport(readFileSync(`${dataDir}/360-export-wide.csv`, 'utf8'), { instrument });
const cohort = interpret360Cohort({ instrument, ratings: read.ratings });

describe('comments on the sample cycle', () => {
  it('the export carries comments, and no hidden group’s comment reaches any page', () => {
    expect(read.comments.length).toBeGreaterThan(20);
    let shown = 0;
    for (const { rateeId, report } of cohort.ratees) {
      const mine = read.comments.filter((comment) => comment.rateeId === rateeId);
      const comments = publishComments360(report, { instrument, comments: mine, redact: [rateeId] });
      const hidden = new Set(report.hiddenGroups.flatMap((entry) => entry.groups));
      const pages = [
        render360ParticipantHtml(participantView360(report), { instrument, comments }),
        render360ParticipantMarkdown(participantView360(report), { instrument, comments }),
        render360Html(report, { rateeId, instrument, comments }),
      ];
      // The sample draws comments from a pool, so two raters may write the same words: a hidden
      // rater's comment leaks only if no shown rater of the same manager wrote the same text.
      const shownTexts = new Set(mine.filter((comment) => !hidden.has(comment.group) && comment.group !== 'self').map((comment) => comment.text));
      for (const comment of mine) {
        const onPage = pages.some((page) => page.includes(comment.text.trim().split(/\s+/).slice(0, 4).join(' ')));
        if ((hidden.has(comment.group) || comment.group === 'self') && !shownTexts.has(comment.text)) expect(onPage, `${rateeId} ${comment.raterId}: ${comment.text}`).toBe(false);
        if (onPage) shown += 1;
      }
    }
    expect(shown).toBeGreaterThan(0);
  });
});
