// The coach's and the participant's 360 pages for manager M07 (in 2026, and in 2027 with the trend
// since 2026), their development plan, and the cohort page, of the sample organisation in
// headless Chromium at 1200, 640 and 360 px wide on screen, and at an A4 page's width with the
// print style sheet: no
// horizontal scrolling of the page, no element wider than the page (nothing cut off), no console
// or page error, no network request. A full-page screenshot of each is saved to
// .vitest-artifacts/ (report-360-<page>-<width>.png).
import { mkdirSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compareCycles360,
  interpret360Cohort,
  participantCycleComparison360,
  participantDevelopmentPlan,
  participantView360,
  planDevelopment,
  summariseCohort360,
  type CohortRating360,
  type Feedback360Report,
} from '../../src/index.js';
import { render360CohortHtml, render360Html, render360ParticipantHtml, renderDevelopmentPlanHtml } from '../../src/report/index.js';
import { launchChromium, openLoggedPage, type TestBrowser } from '../helpers/chromium.js';
import { sampleReports } from './render-360-html.sample.js';
import { readSampleInstrument, readSampleRows, sampleTexts, type SampleRow } from '../cli/sample-data.js';

// The browser globals the page.evaluate callback uses (the project compiles without the DOM library).
interface Box {
  readonly right: number;
  readonly left: number;
}
interface DomElement {
  readonly scrollWidth: number;
  readonly clientWidth: number;
  readonly tagName: string;
  readonly id: string;
  closest(selector: string): DomElement | null;
  getBoundingClientRect(): Box;
}
declare const document: { readonly documentElement: DomElement; querySelectorAll(selector: string): ArrayLike<DomElement> };

const artifacts = new URL('../../.vitest-artifacts/', import.meta.url);
const instrument = readSampleInstrument();
const reports2026 = sampleReports();
const m07 = reports2026.get('M07') as Feedback360Report;
// The 2027 cycle (issue 18): M07's pages with the trend since 2026.
const rows2027: SampleRow[] = sampleTexts.ratings2027
  .split(/\r?\n/)
  .filter((line) => line.trim() !== '')
  .slice(1)
  .map((line) => {
    const [rateeId = '', raterId = '', group = '', itemId = '', score = ''] = line.split(',');
    return { rateeId, raterId, group: group as SampleRow['group'], itemId, score: score.trim() === '' ? null : Number(score) };
  });
const reports2027 = sampleReports(rows2027);
const ratees = (reports: Map<string, Feedback360Report>) => [...reports].map(([rateeId, report]) => ({ rateeId, report }));
const change = compareCycles360({ earlier: [{ label: '2026', ratees: ratees(reports2026) }], current: { label: '2027', ratees: ratees(reports2027) } }).ratees.find(
  (ratee) => ratee.rateeId === 'M07',
)!;
const m07In2027 = reports2027.get('M07') as Feedback360Report;
const pages = {
  coach: render360Html(m07, { rateeId: 'M07', instrument, organisation: 'Larkspur Vale Housing' }),
  participant: render360ParticipantHtml(participantView360(m07), { instrument, participantName: 'Morgan Ellis', cycleName: 'Leadership 360', cycleDate: '2026-05-01', organisation: 'Larkspur Vale Housing' }),
  cohort: render360CohortHtml(summariseCohort360(interpret360Cohort({ instrument, ratings: readSampleRows() as readonly CohortRating360[] })), {
    instrument,
    organisation: 'Larkspur Vale Housing',
    cycleName: 'Leadership 360',
    cycleDate: '2026-05-01',
  }),
  'coach-2027': render360Html(m07In2027, { rateeId: 'M07', instrument, organisation: 'Larkspur Vale Housing', comparison: change }),
  'participant-2027': render360ParticipantHtml(participantView360(m07In2027), {
    instrument,
    participantName: 'Morgan Ellis',
    cycleName: 'Leadership 360',
    cycleDate: '2027-05-01',
    organisation: 'Larkspur Vale Housing',
    comparison: participantCycleComparison360(change),
  }),
  plan: renderDevelopmentPlanHtml(participantDevelopmentPlan(planDevelopment(m07, JSON.parse(sampleTexts.plan) as never)), { participantName: 'Morgan Ellis' }),
} as const;
const timeout = 90_000;

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchChromium();
}, timeout);
afterAll(async () => {
  await browser?.close();
}, timeout);

describe('the 360 pages at three widths and in print', () => {
  for (const [name, html] of Object.entries(pages)) {
    it(
      `${name}: no horizontal scrolling and nothing cut off at 1200, 640 and 360 px, and on an A4 page in print`,
      async () => {
        mkdirSync(artifacts, { recursive: true });
        const { page, log } = await openLoggedPage(browser.browser);
        try {
          await page.setContent(html, { waitUntil: 'load' });
          for (const media of ['screen', 'print'] as const) {
            await page.emulateMedia({ media });
            // On screen at three widths; in print at an A4 page's width (794 px at 96 dpi), since
            // paper, not a phone, is what the print style sheet lays out for.
            for (const width of media === 'screen' ? [1200, 640, 360] : [794]) {
              await page.setViewportSize({ width, height: 900 });
              const facts = await page.evaluate(() => {
                const root = document.documentElement;
                const pageWidth = root.clientWidth;
                // Elements that reach past the page's edge, outside a table's own scroll box.
                const cut = Array.from(document.querySelectorAll('main *, header *'))
                  .filter((element) => element.closest('.table-wrap') === null)
                  .filter((element) => {
                    const box = element.getBoundingClientRect();
                    return box.right - box.left > 0 && (box.right > pageWidth + 1 || box.left < -1);
                  })
                  .map((element) => `${element.tagName}${element.id === '' ? '' : `#${element.id}`}`);
                return { overflow: root.scrollWidth - root.clientWidth, cut };
              });
              expect(facts.overflow, `${name} ${media} ${width}px`).toBe(0);
              expect(facts.cut, `${name} ${media} ${width}px`).toEqual([]);
              if (media === 'screen') {
                const shot = new URL(`report-360-${name}-${width}.png`, artifacts);
                await page.screenshot({ path: shot.pathname, fullPage: true });
                expect(statSync(shot).size).toBeGreaterThan(10_000);
              }
            }
          }
          expect(log.consoleErrors).toEqual([]);
          expect(log.pageErrors).toEqual([]);
          expect(log.requests).toEqual([]);
        } finally {
          await page.close();
        }
      },
      timeout,
    );
  }
});
