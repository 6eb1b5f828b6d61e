// The HTML 360 report, checked at string level (no browser): the page's structure, escaping,
// determinism, no external references, the palette's contrast (WCAG 2.2's formula), anonymity, and
// the checks of a report against its instrument. The Chromium test (html-report-360.browser.test.ts)
// loads the page itself.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LmdInputError } from '../../src/core/input-error.js';
import { interpret360 } from '../../src/lmd/feedback360/interpret-360.js';
import type { Feedback360Report } from '../../src/lmd/feedback360/feedback360-report.js';
import type { Instrument360 } from '../../src/lmd/feedback360/instrument-360.js';
import type { RaterGroup } from '../../src/lmd/feedback360/rater-group.js';
import { chartSeries360 } from '../../src/report/_internal/html-chart-360.js';
import { escapeHtml } from '../../src/report/_internal/html-escape.js';
import { formatGap, formatScore, groupLabel } from '../../src/report/_internal/html-format.js';
import { html360ContentSecurityPolicy, render360Html } from '../../src/report/index.js';
import { badgeText, htmlPalette, seriesColours, severityColours } from '../../src/report/_internal/html-style.js';
import { frozen, roundTrip, thrownBy } from '../helpers/json-safety.js';
import { attributeValues, leaksInHtml, publishedNumbers, textOf, unpublishedNumbersInHtml, withoutHiddenSection } from './render-360-html.leaks.js';
import { sampleReports } from './render-360-html.sample.js';
import { readSampleInstrument } from '../cli/sample-data.js';

const instrument: Instrument360 = {
  scale: { min: 1, max: 5 },
  competencies: [
    { id: 'listening', name: 'Listening' },
    { id: 'xss', name: '<script>alert(1)</script>' },
  ],
  items: [
    { id: 'L1', competencyId: 'listening' },
    { id: 'L2', competencyId: 'listening' },
    { id: 'X1', competencyId: 'xss' },
  ],
};

type Row = { raterId: string; group: RaterGroup; itemId: string; score: number | null };

function rate(raterId: string, group: RaterGroup, scores: readonly (number | null)[]): Row[] {
  return instrument.items.map((item, index) => ({ raterId, group, itemId: item.id, score: scores[index] ?? null }));
}

/** Self well above others; four direct reports; two peers (hidden: below the minimum of 3). */
const ratings: Row[] = [
  ...rate('me', 'self', [5, 5, 4]),
  ...rate('boss', 'manager', [3, 4, 3]),
  ...rate('d1', 'direct-report', [3, 3, 4]),
  ...rate('d2', 'direct-report', [4, 3, 4]),
  ...rate('d3', 'direct-report', [2, 3, 3]),
  ...rate('d4', 'direct-report', [3, 2, null]),
  ...rate('p1', 'peer', [1, 1, 1]),
  ...rate('p2', 'peer', [2, 1, 2]),
];

const report = interpret360({ instrument, ratings, readiness: { coaching: false, embeddedInDevelopmentProcess: true } });
const context = { rateeId: 'A"&<>', instrument, organisation: 'Larkspur <Vale> & Co' };
const html = render360Html(report, context);

function sectionIds(page: string): string[] {
  return [...page.matchAll(/<section id="([^"]+)"/g)].map((match) => match[1] ?? '');
}

describe('render360Html: the page', () => {
  it('is a complete HTML document in UK English with a charset, viewport and strict CSP', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html360ContentSecurityPolicy).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${html360ContentSecurityPolicy}">`);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has one h1 and an h2 for each section, in reading order', () => {
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(sectionIds(html)).toEqual(['summary', 'by-competency', 'gaps', 'items', 'flags', 'agreement', 'findings', 'hidden', 'sources']);
    const h2 = [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((match) => match[1]);
    expect(h2).toEqual([
      'Summary',
      'Self and others by competency',
      'Gaps by competency',
      'Item by item',
      'Blind spots and hidden strengths',
      'Agreement',
      'Findings',
      'What is hidden and why',
      'Sources',
    ]);
    expect(html).toContain('<title>360-degree feedback: A&quot;&amp;&lt;&gt;</title>');
  });

  it('loads nothing: no script, no external link or image, no URL in src or href, no CSS import or url()', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed|base)\b/i);
    const references = [...html.matchAll(/\s(?:src|href|xlink:href|action|srcset)="([^"]*)"/gi)].map((match) => match[1] ?? '');
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) {
      expect(reference).toMatch(/^#[\w-]+$/);
      expect(reference).not.toMatch(/https?:|\/\//i);
    }
    expect(html).not.toMatch(/@import|url\(/i);
    // No URL anywhere: inline SVG in HTML needs no xmlns.
    expect(html.replace('http-equiv', '')).not.toMatch(/https?:|\/\//i);
  });

  it('has a chart with an accessible name and a table with the same figures', () => {
    expect(html).toMatch(/<svg class="chart" role="img" aria-labelledby="chart-title chart-desc"/);
    expect(html).toContain('<title id="chart-title">Self and others by competency</title>');
    const competencySection = /<section id="by-competency"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    const chartValues = [...competencySection.matchAll(/class="chart-value"[^>]*>([^<]*)</g)].map((match) => match[1]);
    const table = /<table id="competency-table">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    expect(table).toContain('<caption>');
    expect(table).toMatch(/<th scope="col"/);
    expect(table).toMatch(/<th scope="row"/);
    const tableValues = [...table.matchAll(/<td[^>]*>([^<]*)</g)].map((match) => match[1]).filter((value) => value !== 'not shown');
    // The chart draws by competency, series by series; the table reads row by row: the same order.
    expect(chartValues).toEqual(tableValues);
    const expected = chartSeries360({ scale: report.scale, shownGroups: report.shownGroups, rows: report.competencies });
    expect(expected.map((series) => series.label)).toEqual(['Self', 'Manager', 'Direct reports', 'All others']);
    expect(chartValues).toEqual(report.competencies.flatMap((_, position) => expected.flatMap((series) => {
      const value = series.values[position] ?? null;
      return value === null ? [] : [formatScore(value)];
    })));
  });

  it('states the summary, the gaps, the flagged items, the agreement rule and each finding with its sources', () => {
    const agreement = report.agreement;
    expect(agreement?.category).toBe('over-estimator');
    const summary = /<section id="summary"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(summary).toContain('over-estimator');
    expect(summary).toContain(formatScore(agreement?.self ?? Number.NaN));
    expect(summary).toContain(formatScore(agreement?.others ?? Number.NaN));
    expect(summary).toContain(formatGap(agreement?.difference ?? Number.NaN));
    expect(summary).toContain('Direct reports</span>: 4 raters');
    const gaps = /<section id="gaps"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    for (const competency of report.competencies) expect(gaps).toContain(formatGap(competency.gap ?? Number.NaN));
    expect(gaps).toContain('Self higher than others');
    const flags = /<section id="flags"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    for (const itemId of report.blindSpots) expect(flags).toContain(`${itemId} (`);
    const agreementSection = /<section id="agreement"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(agreementSection).toContain('\u22120.50 to +0.50');
    expect(agreementSection).toContain('a tenth of the scale\u2019s 5 points');
    expect(agreementSection).toContain('Yammarino &amp; Atwater (1997)');
    const findings = /<section id="findings"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    for (const finding of report.findings.filter((entry) => entry.code !== 'FB360_GROUP_HIDDEN')) {
      expect(findings).toContain(escapeHtml(finding.message));
      expect(findings).toContain(finding.code);
    }
    expect(findings).toContain('FB360_OVER_ESTIMATOR_UNSUPPORTED');
    // Cited as the Markdown report cites it (APA 7: three or more authors are "et al.").
    expect(findings).toContain('Smither et al. (2005)');
    expect(findings).not.toContain('Smither, London');
    expect(findings).toMatch(/<span class="badge badge-risk">Risk<\/span>/);
    const sources = /<section id="sources"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(sources).toContain('<li id="source-smither-london-reilly-2005">');
    expect(sources).toContain('Does performance improve following multisource feedback?');
  });
});

describe('render360Html: where raters within a group disagree', () => {
  it('names the items and shown groups the report flags, so the FB360_RATER_DISAGREEMENT finding can be followed', () => {
    // Direct reports score L2 with 1, 4 and 5: 4 points apart, at least the default spread of 3
    // (Center for Creative Leadership practice, as the library applies it).
    const split = interpret360({
      instrument,
      ratings: [
        ...rate('me', 'self', [4, 4, 4]),
        ...rate('d1', 'direct-report', [3, 1, 3]),
        ...rate('d2', 'direct-report', [3, 4, 3]),
        ...rate('d3', 'direct-report', [4, 5, 3]),
        ...rate('d4', 'direct-report', [3, 3, 4]),
      ],
    });
    expect(split.findings.map((finding) => finding.code)).toContain('FB360_RATER_DISAGREEMENT');
    expect(split.items.map((item) => item.groups.some((figure) => figure.raterDisagreement))).toEqual([false, true, false]);
    const agreement = /<section id="agreement"[\s\S]*?<\/section>/.exec(render360Html(split, { rateeId: 'gus', instrument }))?.[0] ?? '';
    expect(agreement).toContain('<h3>Where raters within a group disagree</h3>');
    expect(agreement).toContain('<ul><li>L2 (Listening): Direct reports</li></ul>');
    expect(agreement).toContain('two of their scores are 3 or more points apart');
    expect(agreement).toContain('Center for Creative Leadership (2020)');
  });

  it('says so when no shown group disagrees', () => {
    expect(report.items.some((item) => item.groups.some((figure) => figure.raterDisagreement))).toBe(false);
    expect(html).toContain('On no item are a shown group\u2019s raters far apart');
  });
});

describe('render360Html: an agreement band that does not hold a gap of zero', () => {
  // A norm-referenced band (Fleenor et al., 2010: mean difference ± k·sd of a comparison group),
  // here +0.40 to +1.20. The ratee rates every item 4.00 and all others 3.75: a gap of +0.25,
  // below the band, so the library classifies an under-estimator although the ratee rates
  // themself ABOVE others. The page must say "below the band", never "self lower". Items are
  // judged by their own gap (at least one scale point), so none is a hidden strength.
  const offZero = interpret360({
    instrument,
    ratings: [
      ...rate('me', 'self', [4, 4, 4]),
      ...rate('d1', 'direct-report', [4, 4, 4]),
      ...rate('d2', 'direct-report', [4, 3, 4]),
      ...rate('d3', 'direct-report', [3, 4, 3]),
      ...rate('d4', 'direct-report', [4, 4, 4]),
    ],
    agreementRule: { kind: 'norm-referenced', meanDifference: 0.8, sdDifference: 0.4, k: 1, othersCutOff: 3 },
  });
  const page = render360Html(offZero, { rateeId: 'eve', instrument });
  const text = textOf(page).replace(/\s+/g, ' ');

  it('is the case under test: gaps of +0.25, a band of +0.40 to +1.20, hidden strengths and an under-estimator', () => {
    expect(offZero.agreementBand).toEqual({ lower: 0.4, upper: 1.2, othersCutOff: 3 });
    expect(offZero.items.map((item) => item.gap)).toEqual([0.25, 0.25, 0.25]);
    expect(offZero.hiddenStrengths).toEqual([]);
    expect(offZero.agreement?.category).toBe('under-estimator');
  });

  it('reads gaps against the band, and never says self is lower than others when it is higher', () => {
    expect(text).not.toMatch(/Self lower than others|rated lower by self than by others|self-ratings are well below|Self-ratings sit below/i);
    const gaps = /<section id="gaps"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(gaps).toContain('+0.25</td><td class="text">Below the agreement band</td>');
    const flags = /<section id="flags"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(flags).toContain('<p>No item is a hidden strength.</p>');
    expect(textOf(flags).replace(/\s+/g, ' ')).toContain('a hidden strength one they rate at least that much lower');
    const agreement = /<section id="agreement"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(agreement).toContain('under-estimator (the gap between self and others is below the agreement band)');
    expect(agreement).toContain('+0.40 to +1.20, both ends included');
    expect(agreement).not.toContain('lmdkit\u2019s default');
  });

  it('keeps the plain words for the default band, which holds zero', () => {
    expect(html).toContain('Self higher than others');
    expect(html).toContain('rated higher by self than by others');
    expect(html).not.toContain('agreement band. This band does not include a gap of zero');
  });
});

describe('render360Html: escaping and purity', () => {
  it('escapes every text from the input: a competency named <script>, an id with "&<>, the organisation', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Ratee <strong>A&quot;&amp;&lt;&gt;</strong>');
    expect(html).toContain('Larkspur &lt;Vale&gt; &amp; Co');
    expect(html).not.toContain('A"&<>');
    // Every attribute value is well formed: no raw quote or angle bracket inside.
    for (const value of attributeValues(html)) expect(value).not.toMatch(/[<>]/);
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('is deterministic and does not mutate its input', () => {
    const frozenReport = frozen(roundTrip(report));
    const frozenContext = frozen(roundTrip(context));
    expect(render360Html(frozenReport, frozenContext)).toBe(html);
    expect(render360Html(frozenReport, frozenContext)).toBe(render360Html(frozenReport, frozenContext));
    expect(frozenReport).toEqual(report);
  });

  it('uses the given title, and shows no organisation line when none is given', () => {
    const page = render360Html(report, { rateeId: 'ana', instrument, title: 'Ana <2026>' });
    expect(page).toContain('<title>Ana &lt;2026&gt;</title>');
    expect(page).toContain('<h1>Ana &lt;2026&gt;</h1>');
    expect(page).toContain('<p class="eyebrow">360-degree feedback report</p>');
  });

  it('writes numbers with two decimals and a true minus sign', () => {
    expect(formatScore(10 / 3)).toBe('3.33');
    expect(formatScore(-0.001)).toBe('0.00');
    expect(formatGap(0.5)).toBe('+0.50');
    expect(formatGap(-0.5)).toBe('\u22120.50');
    expect(formatGap(0)).toBe('0.00');
  });

  it('labels groups as the library does, except "Other raters", which cannot be mistaken for "All others"', () => {
    expect(groupLabel(['peer', 'direct-report'])).toBe('Peers + Direct reports');
    expect(groupLabel(['other'])).toBe('Other raters');
  });

  it('uses no Node built-in, clock or randomness (the renderers are pure)', () => {
    const directory = new URL('../../src/report/', import.meta.url);
    const files = readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
    expect(files.filter((name) => /(^|\/)html-/.test(name)).length).toBeGreaterThanOrEqual(7);
    for (const name of files) {
      const source = readFileSync(new URL(name, directory), 'utf8');
      expect(source, name).not.toMatch(/from '(node:|fs|path|os|process)/);
      expect(source, name).not.toMatch(/\bDate\b|Math\.random|performance\.now|process\./);
    }
  });
});

// WCAG 2.2 relative luminance and contrast ratio (W3C, Understanding SC 1.4.3): sRGB channels
// linearised with the 0.04045 threshold, L = 0.2126 R + 0.7152 G + 0.0722 B, ratio (L1 + 0.05) / (L2 + 0.05).
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

describe('render360Html: colour contrast (WCAG 2.2 AA)', () => {
  it('computes contrast as WCAG does (black on white 21:1; #767676 on white just over 4.5:1, as WebAIM reports 4.54:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });

  it('gives text at least 4.5:1 on every background it is set on', () => {
    for (const background of [htmlPalette.background, htmlPalette.panel]) {
      for (const text of [htmlPalette.text, htmlPalette.mutedText, htmlPalette.accent]) {
        expect(contrast(text, background), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    for (const [severity, colour] of Object.entries(severityColours)) {
      expect(contrast(badgeText, colour), `badge text on ${severity}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives chart marks at least 3:1 against the chart background, and the axis too', () => {
    for (const [series, colour] of Object.entries(seriesColours)) {
      expect(contrast(colour, htmlPalette.background), series).toBeGreaterThanOrEqual(3);
    }
    expect(contrast(htmlPalette.text, htmlPalette.background)).toBeGreaterThanOrEqual(3);
  });

  it('uses only the palette\u2019s colours in the page', () => {
    const palette = new Set([...Object.values(htmlPalette), ...Object.values(seriesColours), ...Object.values(severityColours), badgeText, '#000000']);
    const used = new Set(html.match(/#[0-9a-f]{6}\b/gi) ?? []);
    for (const colour of used) expect(palette.has(colour.toLowerCase()), colour).toBe(true);
  });

  it('sizes text and layout in relative units, and has print styles', () => {
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const screen = css.replace(/@media print \{[\s\S]*\}\s*$/, '');
    expect(screen).not.toMatch(/\d+px\b/);
    expect(css).toContain('@media print');
  });
});

describe('render360Html: anonymity', () => {
  it('names a hidden group only in the "What is hidden and why" section, and never as data', () => {
    expect(report.hiddenGroups).toEqual([{ groups: ['peer'], reason: 'below-minimum-group-size' }]);
    expect(leaksInHtml(html, ['peer'])).toEqual([]);
    expect(html).not.toMatch(/data-group="[^"]*peer/);
    const hidden = /<section id="hidden"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(hidden).toContain('Not shown: Peers.');
    expect(hidden).toContain('not in &ldquo;All others&rdquo;');
    expect(hidden).toContain('FB360_GROUP_HIDDEN');
    expect(textOf(withoutHiddenSection(html))).not.toMatch(/\bpeers?\b/i);
  });

  it('the leak check finds a planted leak (a peer column, or the finding moved out of the hidden section)', () => {
    const planted = html.replace('<th scope="col" data-group="manager">Manager</th>', '<th scope="col" data-group="peer">Peers</th>');
    expect(leaksInHtml(planted, ['peer']).length).toBeGreaterThan(0);
    const message = report.findings.find((finding) => finding.code === 'FB360_GROUP_HIDDEN')?.message ?? '';
    expect(leaksInHtml(html.replace('</main>', `<p>${message}</p></main>`), ['peer']).length).toBeGreaterThan(0);
  });

  it('publishes no number the report does not, and the check finds a planted one (a hidden figure, a count, a tooltip)', () => {
    expect(unpublishedNumbersInHtml(html, report)).toEqual([]);
    // The two hidden peers' mean over their six scores ((1 + 1 + 1 + 2 + 1 + 2) / 6 = 1.33), a
    // count for them, and a tooltip.
    expect(publishedNumbers(report).has('1.33')).toBe(false);
    expect(unpublishedNumbersInHtml(html.replace('</main>', '<p>1.33</p></main>'), report)).toEqual(['the figure 1.33 is not one the report publishes']);
    expect(unpublishedNumbersInHtml(html.replace('</main>', '<p>2 raters</p></main>'), report)).toEqual(['the count "2 raters" is not one the report publishes']);
    expect(unpublishedNumbersInHtml(html.replace('<td data-group="manager">', '<td title="n = 1" data-group="manager">'), report)).toContain('the attribute title is not one the page uses');
  });

  it('states the item-level withholding: a shown group withheld on an item, and all-others withheld', () => {
    const sparse = interpret360({
      instrument,
      ratings: [
        ...rate('me', 'self', [4, 4, 4]),
        ...rate('d1', 'direct-report', [3, 3, 3]),
        ...rate('d2', 'direct-report', [3, 3, null]),
        ...rate('d3', 'direct-report', [3, 2, null]),
      ],
      policy: { minOthersSize: 3 },
    });
    const page = render360Html(sparse, { rateeId: 'ben', instrument });
    const hidden = /<section id="hidden"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(hidden).toContain('Direct reports: no figure on X1 (&lt;script&gt;alert(1)&lt;/script&gt;)');
    expect(hidden).toContain('All others: no figure on X1');
    expect(hidden).toContain('No count is given for a withheld figure');
    expect(page).toContain('<td data-group="direct-report">not shown</td>');
  });

  it('explains merged groups under the merge strategy', () => {
    const merged = interpret360({
      instrument,
      ratings: [...rate('me', 'self', [4, 4, 4]), ...rate('p1', 'peer', [3, 3, 3]), ...rate('p2', 'peer', [2, 3, 4]), ...rate('d1', 'direct-report', [4, 4, 4]), ...rate('d2', 'direct-report', [5, 4, 3])],
      policy: { smallGroupStrategy: 'merge' },
    });
    const page = render360Html(merged, { rateeId: 'cy', instrument });
    expect(page).toContain('<th scope="col" data-group="peer direct-report">Peers + Direct reports</th>');
    expect(page).toContain('Peers + Direct reports are shown together');
    expect(page).toContain('first pooled with the smallest other group');
    expect(page).toContain('Every rater group that gave a score is shown.');
  });

  it('under merge, says that a group whose raters scored nothing is left out rather than pooled', () => {
    // Three peers who answered every item "not observed": the library hides them under either
    // strategy (nothing to pool), so "only a group that cannot be pooled is left out" would be untrue.
    const silent = interpret360({
      instrument,
      ratings: [
        ...rate('me', 'self', [4, 4, 4]),
        ...rate('p1', 'peer', [null, null, null]),
        ...rate('p2', 'peer', [null, null, null]),
        ...rate('p3', 'peer', [null, null, null]),
        ...rate('d1', 'direct-report', [4, 4, 4]),
        ...rate('d2', 'direct-report', [3, 3, 3]),
        ...rate('d3', 'direct-report', [2, 2, 2]),
      ],
      policy: { smallGroupStrategy: 'merge' },
    });
    expect(silent.hiddenGroups).toEqual([{ groups: ['peer'], reason: 'below-minimum-group-size' }]);
    expect(silent.shownGroups.every((shown) => !shown.merged)).toBe(true);
    const hidden = textOf(/<section id="hidden"[\s\S]*?<\/section>/.exec(render360Html(silent, { rateeId: 'fay', instrument }))?.[0] ?? '').replace(/\s+/g, ' ');
    expect(hidden).toContain('Not shown: Peers.');
    expect(hidden).toContain('So is a group none of whose raters gave a score: it has no ratings to pool.');
    expect(hidden).not.toContain('only a group that cannot be pooled');
  });

  it('without a self-rating shows no self series and says why there is no agreement', () => {
    const noSelf = interpret360({ instrument, ratings: ratings.filter((row) => row.group !== 'self') });
    const page = render360Html(noSelf, { rateeId: 'dee', instrument });
    expect(page).not.toContain('data-group="self"');
    expect(page).toContain('there is no self-rating');
    expect(page).toContain('Without a self-rating there are no blind spots or hidden strengths to show.');
  });
});

describe('render360Html: the report must match its instrument', () => {
  const errorOf = (bad: Feedback360Report, other: Instrument360 = instrument): LmdInputError => thrownBy(() => render360Html(bad, { rateeId: 'x', instrument: other })) as LmdInputError;

  it('rejects another scale, competencies out of order or unknown, and unknown items, naming the path', () => {
    expect(errorOf(report, { ...instrument, scale: { min: 1, max: 7 } }).issues[0]?.path).toBe('report.scale');
    const swapped = { ...instrument, competencies: [...instrument.competencies].reverse() };
    expect(errorOf(report, swapped).issues[0]?.path).toBe('report.competencies[0].competencyId');
    const fewer: Instrument360 = { ...instrument, items: instrument.items.filter((item) => item.id !== 'L2') };
    const error = errorOf(report, fewer);
    expect(error).toBeInstanceOf(LmdInputError);
    expect(error.issues.map((issue) => issue.path)).toContain('report.items[1].itemId');
    const moved: Instrument360 = { ...instrument, items: instrument.items.map((item) => (item.id === 'L2' ? { id: 'L2', competencyId: 'xss' } : item)) };
    expect(errorOf(report, moved).issues[0]?.path).toBe('report.items[1].competencyId');
  });

  it('rejects a finding that cites a work not in the bibliography, and a blank ratee id', () => {
    const bad = { ...report, findings: [{ code: 'FB360_NO_SELF_RATING', severity: 'info', message: 'x', basis: ['nobody-1999'] }] } as unknown as Feedback360Report;
    expect(errorOf(bad).issues[0]?.path).toBe('report.findings[0].basis[0]');
    expect((thrownBy(() => render360Html(report, { rateeId: ' ', instrument })) as LmdInputError).issues[0]?.path).toBe('context.rateeId');
    expect(thrownBy(() => render360Html(null as unknown as Feedback360Report, { rateeId: 'x', instrument }))).toBeInstanceOf(LmdInputError);
  });
});

describe('render360Html: the sample cycle', () => {
  it('renders every manager of the fictional organisation without naming a hidden group outside its section', () => {
    const sample = readSampleInstrument();
    for (const [rateeId, sampleReport] of sampleReports()) {
      const page = render360Html(sampleReport, { rateeId, instrument: sample, organisation: 'Larkspur Vale Housing' });
      const hidden = sampleReport.hiddenGroups.flatMap((entry) => entry.groups);
      expect(leaksInHtml(page, hidden), rateeId).toEqual([]);
      expect(unpublishedNumbersInHtml(page, sampleReport), rateeId).toEqual([]);
    }
  });
});
