// The trend across cycles on M07's 2027 participant page, in Chromium: the chart is one image to
// assistive technology, named by its title and description, with none of its marks or labels
// exposed; the table after it carries the same figures as the chart's point labels; the page
// loads nothing and logs no error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareCycles360, participantCycleComparison360, participantView360, type Feedback360Report } from '../../src/index.js';
import { render360ParticipantHtml } from '../../src/report/index.js';
import { launchChromium, openLoggedPage, type TestBrowser } from '../helpers/chromium.js';
import { readSampleInstrument, readSampleRows, sampleTexts, type SampleRow } from '../cli/sample-data.js';
import { sampleReports } from './render-360-html.sample.js';

// Browser globals the evaluate callback uses (the project compiles without the DOM library).
interface DomNode {
  readonly textContent: string | null;
}
declare const document: { querySelectorAll(selector: string): ArrayLike<DomNode> };

const instrument = readSampleInstrument();
const rows2027: SampleRow[] = sampleTexts.ratings2027
  .split(/\r?\n/)
  .filter((line) => line.trim() !== '')
  .slice(1)
  .map((line) => {
    const [rateeId = '', raterId = '', group = '', itemId = '', score = ''] = line.split(',');
    return { rateeId, raterId, group: group as SampleRow['group'], itemId, score: score.trim() === '' ? null : Number(score) };
  });
const ratees = (reports: Map<string, Feedback360Report>) => [...reports].map(([rateeId, report]) => ({ rateeId, report }));
const reports2027 = sampleReports(rows2027);
const comparison = compareCycles360({ earlier: [{ label: '2026', ratees: ratees(sampleReports(readSampleRows())) }], current: { label: '2027', ratees: ratees(reports2027) } });
const m07 = comparison.ratees.find((ratee) => ratee.rateeId === 'M07')!;
const html = render360ParticipantHtml(participantView360(reports2027.get('M07') as Feedback360Report), { instrument, comparison: participantCycleComparison360(m07) });
const timeout = 90_000;

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchChromium();
}, timeout);
afterAll(async () => {
  await browser?.close();
}, timeout);

describe('the trend chart in Chromium', () => {
  it(
    'is one named image with nothing exposed inside it, and its table holds the figures its labels show',
    async () => {
      const { page, log } = await openLoggedPage(browser.browser);
      try {
        await page.setContent(html, { waitUntil: 'load' });
        const session = await page.context().newCDPSession(page);
        interface AxNode {
          readonly nodeId: string;
          readonly ignored: boolean;
          readonly role?: { readonly value: string };
          readonly name?: { readonly value: string };
          readonly childIds?: readonly string[];
        }
        const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
        const byId = new Map(nodes.map((node) => [node.nodeId, node]));
        const trend = nodes.filter((node) => node.role?.value === 'image' && !node.ignored && (node.name?.value ?? '').startsWith('All others’ rating by competency across cycles'));
        expect(trend).toHaveLength(1);
        expect(trend[0]?.name?.value).toContain('For each competency, a line joins all others');
        const exposed: string[] = [];
        const walk = (id: string): void => {
          for (const childId of byId.get(id)?.childIds ?? []) {
            const child = byId.get(childId);
            if (child !== undefined && !child.ignored) exposed.push(`${child.role?.value ?? '?'} "${child.name?.value ?? ''}"`);
            walk(childId);
          }
        };
        walk(trend[0]?.nodeId ?? '');
        expect(exposed).toEqual([]);
        const facts = await page.evaluate(() => ({
          labels: Array.from(document.querySelectorAll('#trend svg text[font-weight="600"][text-anchor="middle"]')).map((node) => node.textContent ?? ''),
          cells: Array.from(document.querySelectorAll('#trend-table tbody tr')).map((row) => (row.textContent ?? '')),
        }));
        // Every point's label is in the table's row for its competency, in cycle order.
        const expected = m07.competencies.flatMap((competency) => competency.figures.find((figure) => figure.scope === 'others')?.series.flatMap((point) => (point.mean === null ? [] : [point.mean.toFixed(2)])) ?? []);
        expect(facts.labels).toEqual(expected);
        expect(facts.cells.join(' ')).toContain('3.60');
        expect(log.consoleErrors).toEqual([]);
        expect(log.pageErrors).toEqual([]);
        expect(log.requests).toEqual([]);
      } finally {
        await page.close();
      }
    },
    timeout,
  );
});
