import { describe, expect, it } from 'vitest';
import { interpret360Cohort, LmdInputError, summariseCohort360, type CohortRating360 } from '../../src/index.js';
import { render360CohortHtml } from '../../src/report/index.js';
import { readSampleInstrument, readSampleRows } from '../cli/sample-data.js';

const instrument = readSampleInstrument();
const cohort = interpret360Cohort({ instrument, ratings: readSampleRows() as readonly CohortRating360[] });
const textOf = (html: string): string => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('render360CohortHtml on the sample cycle', () => {
  it('names no one and prints no category code or finding code', () => {
    const html = render360CohortHtml(summariseCohort360(cohort), { instrument, organisation: 'Larkspur Vale Housing' });
    for (const { rateeId } of cohort.ratees) expect(textOf(html)).not.toContain(rateeId);
    expect(textOf(html)).not.toMatch(/FB360_|estimator|in-agreement|not-classified/);
    expect(html).toContain('20 people received feedback in this cycle');
  });

  it('shows every competency’s cohort figure and the agreement counts, which add up to the cohort', () => {
    const summary = summariseCohort360(cohort);
    const html = render360CohortHtml(summary, { instrument });
    for (const competency of summary.competencies) expect(html).toContain(competency.name);
    const counts = [...(/<section id="agreement"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '').matchAll(/<td>(\d+)<\/td>/g)].map((match) => Number(match[1]));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(20);
  });

  it('says when a part of the organisation is too small to show', () => {
    const ids = cohort.ratees.map(({ rateeId }) => rateeId);
    const slices = Object.fromEntries(ids.map((id, index) => [id, index < 3 ? 'Estates' : index < 11 ? 'Housing' : 'Finance']));
    const html = render360CohortHtml(summariseCohort360(cohort, { slices }), { instrument });
    const table = /<section id="slices"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(table).toContain('<th scope="row">Estates</th><td>not shown (fewer than 5 people)</td>');
  });

  it('refuses a summary from another instrument', () => {
    const summary = summariseCohort360(cohort);
    expect(() => render360CohortHtml(summary, { instrument: { ...instrument, competencies: instrument.competencies.slice(1) } })).toThrow(LmdInputError);
  });
});
