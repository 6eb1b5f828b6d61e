// The HTML 360 report in headless Chromium (Debian's chromium through playwright-core): the page
// of manager M07 of the fictional organisation (an over-estimator whose two peers and small
// "other" group are hidden) and of a manager with no hidden group load with no console or page
// error and no network request; headings, chart name and table alternative are checked in the
// DOM; and no text node or attribute outside the "What is hidden and why" section names a hidden
// group (by id or by name: an aria-label is read aloud), no attribute carries a figure, nor does
// any figure computed from the hidden raters' own ratings appear on the page.
// A full-page screenshot is saved to .vitest-artifacts/html-report-360-M07.png.
import { mkdirSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render360Html } from '../../src/report/index.js';
import { formatGap, formatScore } from '../../src/report/_internal/html-format.js';
import type { Feedback360Report } from '../../src/lmd/feedback360/feedback360-report.js';
import type { RaterGroup } from '../../src/lmd/feedback360/rater-group.js';
import { launchChromium, openLoggedPage, type TestBrowser } from '../helpers/chromium.js';
import { attributeNamesGroup, figurePattern, namedGroup, publishedNumbers } from './render-360-html.leaks.js';
import { sampleReports } from './render-360-html.sample.js';
import { readSampleInstrument, readSampleRows, type SampleRow } from '../cli/sample-data.js';

// The browser globals the page.evaluate callbacks use, typed here because the project compiles
// without the DOM library (the library itself must not depend on it).
interface DomNode {
  readonly parentElement: DomElement | null;
  readonly textContent: string | null;
}
interface DomElement extends DomNode {
  readonly tagName: string;
  readonly scrollWidth: number;
  readonly clientWidth: number;
  readonly attributes: ArrayLike<{ readonly value: string }>;
  closest(selector: string): DomElement | null;
  getAttribute(name: string): string | null;
}
declare const document: {
  readonly documentElement: DomElement;
  createTreeWalker(root: DomElement, filter: number): { nextNode(): DomNode | null };
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementById(id: string): DomElement | null;
};
declare const NodeFilter: { readonly SHOW_TEXT: number };
declare function getComputedStyle(element: DomElement): { readonly color: string; getPropertyValue(name: string): string };

const artifacts = new URL('../../.vitest-artifacts/', import.meta.url);
const rows = readSampleRows();
const reports = sampleReports(rows);
const instrument = readSampleInstrument();
const timeout = 60_000;

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchChromium();
}, timeout);
afterAll(async () => {
  await browser?.close();
}, timeout);

interface PageFacts {
  readonly headings: { tag: string; text: string }[];
  readonly chartName: string;
  readonly chartValues: string[];
  readonly tableValues: string[];
  readonly tableHeaders: string[];
  readonly texts: { text: string; inHidden: boolean; inCitation: boolean }[];
  readonly attributes: string[];
}

async function load(rateeId: string, screenshot?: URL) {
  const report = reports.get(rateeId) as Feedback360Report;
  const html = render360Html(report, { rateeId, instrument, organisation: 'Larkspur Vale Housing' });
  const { page, log } = await openLoggedPage(browser.browser);
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.setContent(html, { waitUntil: 'load' });
  const facts: PageFacts = await page.evaluate(() => {
    const texts: { text: string; inHidden: boolean; inCitation: boolean }[] = [];
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent === null || parent.closest('style') !== null) continue;
      const text = node.textContent ?? '';
      if (text.trim() !== '') texts.push({ text, inHidden: parent.closest('section#hidden') !== null, inCitation: parent.closest('cite') !== null });
    }
    const attributes: string[] = [];
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) attributes.push(attribute.value);
    }
    const svg = document.querySelector('svg[role="img"]');
    const chartName = (svg?.getAttribute('aria-labelledby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    return {
      headings: Array.from(document.querySelectorAll('h1, h2')).map((heading) => ({ tag: heading.tagName, text: heading.textContent ?? '' })),
      chartName,
      chartValues: Array.from(document.querySelectorAll('#by-competency svg .chart-value')).map((node) => node.textContent ?? ''),
      tableValues: Array.from(document.querySelectorAll('#competency-table tbody td'))
        .map((node) => node.textContent ?? '')
        .filter((text) => text !== 'not shown'),
      tableHeaders: Array.from(document.querySelectorAll('#competency-table thead th')).map((node) => node.textContent ?? ''),
      texts,
      attributes,
    };
  });
  const accessibleImages = await page.getByRole('img', { name: /Self and others by competency/ }).count();
  if (screenshot !== undefined) await page.screenshot({ path: screenshot.pathname, fullPage: true });
  await page.close();
  return { report, html, log, facts, accessibleImages };
}

const expectedHeadings = [
  { tag: 'H2', text: 'Summary' },
  { tag: 'H2', text: 'Self and others by competency' },
  { tag: 'H2', text: 'Gaps by competency' },
  { tag: 'H2', text: 'Item by item' },
  { tag: 'H2', text: 'Blind spots and hidden strengths' },
  { tag: 'H2', text: 'Agreement' },
  { tag: 'H2', text: 'Findings' },
  { tag: 'H2', text: 'What is hidden and why' },
  { tag: 'H2', text: 'Sources' },
];

function checkPage({ log, facts, accessibleImages }: Awaited<ReturnType<typeof load>>, rateeId: string): void {
  expect(log.consoleErrors).toEqual([]);
  expect(log.pageErrors).toEqual([]);
  expect(log.requests).toEqual([]);
  expect(facts.headings).toEqual([{ tag: 'H1', text: `360-degree feedback: ${rateeId}` }, ...expectedHeadings]);
  expect(accessibleImages).toBe(1);
  expect(facts.chartName).toMatch(/^Self and others by competency Horizontal bars give the mean rating/);
  expect(facts.chartValues.length).toBeGreaterThan(0);
  expect(facts.tableValues).toEqual(facts.chartValues);
}

const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Figures that only the hidden raters' ratings could produce: each hidden group's mean per item
 * and per competency (as a mean of item means and over all its scores), and what "all others"
 * would be per item and competency if the hidden groups were pooled into it.
 */
function hiddenFigures(rateeRows: readonly SampleRow[], hidden: readonly RaterGroup[]): number[] {
  const figures: number[] = [];
  const scored = rateeRows.filter((row): row is SampleRow & { score: number } => row.score !== null);
  const byItem = (chosen: readonly SampleRow[], itemId: string): number[] => chosen.filter((row) => row.itemId === itemId).map((row) => row.score as number);
  for (const subset of [...hidden.map((group) => [group]), ['manager', 'direct-report', 'peer', 'other']] as RaterGroup[][]) {
    const chosen = scored.filter((row) => subset.includes(row.group));
    for (const competency of instrument.competencies) {
      const itemMeans = instrument.items
        .filter((item) => item.competencyId === competency.id)
        .map((item) => byItem(chosen, item.id))
        .filter((scores) => scores.length > 0)
        .map(mean);
      itemMeans.forEach((value) => figures.push(value));
      if (itemMeans.length > 0) figures.push(mean(itemMeans));
      const all = chosen.filter((row) => instrument.items.some((item) => item.id === row.itemId && item.competencyId === competency.id)).map((row) => row.score as number);
      if (all.length > 0) figures.push(mean(all));
    }
  }
  return figures;
}

describe('the HTML 360 report in Chromium', () => {
  it(
    'M07: loads cleanly, is structured, and shows its hidden groups (peer, other) nowhere outside "What is hidden and why"',
    async () => {
      mkdirSync(artifacts, { recursive: true });
      const screenshot = new URL('html-report-360-M07.png', artifacts);
      const loaded = await load('M07', screenshot);
      checkPage(loaded, 'M07');
      const { report, facts } = loaded;
      const hidden = report.hiddenGroups.flatMap((entry) => entry.groups);
      expect(hidden).toEqual(['peer', 'other']);

      // Text nodes outside the hidden section, and every attribute anywhere.
      // Titles of cited works (<cite>) are the bibliography's words, not the report's.
      const outside = facts.texts.filter((entry) => !entry.inHidden && !entry.inCitation).map((entry) => entry.text);
      expect(outside.map((text) => namedGroup(text, hidden)).filter((found) => found !== null)).toEqual([]);
      expect(facts.attributes.filter((value) => attributeNamesGroup(value, hidden))).toEqual([]);
      // No attribute carries a figure (a tooltip or aria-label would be read aloud or shown on hover).
      expect(facts.attributes.filter((value) => (value.match(figurePattern) ?? []).length > 0)).toEqual([]);
      expect(facts.tableHeaders).toEqual(['Competency', 'Self', 'Manager', 'Direct reports', 'All others']);
      // The hidden section does name them, so a reader learns what is missing.
      const inside = facts.texts.filter((entry) => entry.inHidden).map((entry) => entry.text).join(' ');
      expect(inside).toContain('Not shown: Peers and Other raters.');

      // No figure computed from the hidden raters' ratings appears on the page, except where it
      // happens to equal a figure the report publishes anyway (a coincidence, not a disclosure).
      const pageNumbers = new Set(facts.texts.flatMap((entry) => entry.text.match(figurePattern) ?? []));
      const published = publishedNumbers(report);
      const candidates = [...new Set(hiddenFigures(rows.filter((row) => row.rateeId === 'M07'), hidden).flatMap((value) => [formatScore(value), formatGap(value)]))];
      // Every number on the page is one of the report's published figures...
      expect([...pageNumbers].filter((text) => !published.has(text))).toEqual([]);
      // ...and the hidden-only figures that are not also published figures are nowhere.
      const checked = candidates.filter((text) => !published.has(text));
      expect(checked.length).toBeGreaterThan(10);
      expect(checked.filter((text) => pageNumbers.has(text))).toEqual([]);
      // The peers' own competency means (mean of their item means), named in the task: none is on
      // the page unless the report publishes the same number for a shown figure.
      const peerRows = rows.filter((row) => row.rateeId === 'M07' && row.group === 'peer' && row.score !== null);
      expect(new Set(peerRows.map((row) => row.raterId)).size).toBe(2);
      const peerMeans = instrument.competencies.map((competency) =>
        formatScore(mean(instrument.items.filter((item) => item.competencyId === competency.id).map((item) => mean(peerRows.filter((row) => row.itemId === item.id).map((row) => row.score as number))))),
      );
      expect(peerMeans).toHaveLength(5);
      expect(peerMeans.filter((text) => pageNumbers.has(text) && !published.has(text))).toEqual([]);
      // On this data the peers' means are coarse (sixths), so some equal shown figures (2.17 is
      // also the all-others mean of "Develops people"); none appears that is not such a figure.
      expect(peerMeans.filter((text) => !pageNumbers.has(text)).length).toBeGreaterThan(0);

      expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    },
    timeout,
  );

  it(
    'reflows on narrow screens (200% and 400% zoom): no horizontal scrolling of the page, nor of a table down to 400 px',
    async () => {
      const html = render360Html(reports.get('M07') as Feedback360Report, { rateeId: 'M07', instrument, organisation: 'Larkspur Vale Housing' });
      const { page, log } = await openLoggedPage(browser.browser);
      try {
        await page.setContent(html, { waitUntil: 'load' });
        const overflow: Record<number, { page: number; tables: number[] }> = {};
        // 640 px is a 1280 px screen at 200% zoom; 320 px is WCAG 2.2's reflow width (SC 1.4.10,
        // which lets data tables scroll); 400 px is the narrowest at which the tables must fit too.
        for (const width of [640, 400, 320]) {
          await page.setViewportSize({ width, height: 900 });
          overflow[width] = await page.evaluate(() => ({
            page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            tables: Array.from(document.querySelectorAll('.table-wrap')).map((wrap) => wrap.scrollWidth - wrap.clientWidth),
          }));
        }
        expect(overflow[640]?.page).toBe(0);
        expect(overflow[640]?.tables.filter((extra) => extra > 0)).toEqual([]);
        expect(overflow[400]?.page).toBe(0);
        expect(overflow[400]?.tables.filter((extra) => extra > 0)).toEqual([]);
        expect(overflow[320]?.page).toBe(0);
        expect(log.consoleErrors).toEqual([]);
      } finally {
        await page.close();
      }
    },
    timeout,
  );

  it(
    'exposes the chart to assistive technology as one image with a name, not as its bars and labels (the table reads them)',
    async () => {
      const html = render360Html(reports.get('M07') as Feedback360Report, { rateeId: 'M07', instrument });
      const { page } = await openLoggedPage(browser.browser);
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
        const images = nodes.filter((node) => node.role?.value === 'image' && !node.ignored);
        expect(images.map((node) => node.name?.value ?? '')).toEqual([expect.stringMatching(/^Self and others by competency Horizontal bars give the mean rating/)]);
        const exposed: string[] = [];
        const walk = (id: string): void => {
          for (const childId of byId.get(id)?.childIds ?? []) {
            const child = byId.get(childId);
            if (child !== undefined && !child.ignored) exposed.push(`${child.role?.value ?? '?'} "${child.name?.value ?? ''}"`);
            walk(childId);
          }
        };
        walk(images[0]?.nodeId ?? '');
        expect(exposed).toEqual([]);
      } finally {
        await page.close();
      }
    },
    timeout,
  );

  it(
    'prints legibly: the severity badges keep dark text on paper, where browsers drop background colours',
    async () => {
      const html = render360Html(reports.get('M07') as Feedback360Report, { rateeId: 'M07', instrument });
      const { page } = await openLoggedPage(browser.browser);
      try {
        await page.setContent(html, { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
        const badges = await page.evaluate(() =>
          Array.from(document.querySelectorAll('.badge')).map((badge) => {
            const style = getComputedStyle(badge);
            return { color: style.color, printExact: style.getPropertyValue('print-color-adjust') === 'exact' };
          }),
        );
        expect(badges.length).toBeGreaterThan(0);
        // Either the page asks for its badge colours to be printed, or the text is dark on its own.
        expect(badges.filter((badge) => !badge.printExact && badge.color !== 'rgb(0, 0, 0)')).toEqual([]);
      } finally {
        await page.close();
      }
    },
    timeout,
  );

  it(
    'a manager with no hidden group: loads cleanly and says every group is shown',
    async () => {
      const rateeId = [...reports.entries()].find(([, report]) => report.hiddenGroups.length === 0)?.[0];
      expect(rateeId).toBeDefined();
      const loaded = await load(rateeId as string);
      checkPage(loaded, rateeId as string);
      const inside = loaded.facts.texts.filter((entry) => entry.inHidden).map((entry) => entry.text).join(' ');
      expect(inside).toContain('Every rater group that gave a score is shown.');
    },
    timeout,
  );
});
