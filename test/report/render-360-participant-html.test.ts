// The participant's HTML page on the sample cycle, as text: for every manager, no coach-only
// sentence, finding code, category, readiness or statistics term, and no hidden group named
// outside the section that says what was left out.
import { describe, expect, it } from 'vitest';
import { feedback360Findings, feedbackReadinessFindings, LmdInputError, participantView360 } from '../../src/index.js';
import { render360ParticipantHtml } from '../../src/report/index.js';
import { namedGroup } from './render-360-html.leaks.js';
import { sampleReports } from './render-360-html.sample.js';
import { readSampleInstrument } from '../cli/sample-data.js';

const reports = sampleReports();
const instrument = readSampleInstrument();
const audience = { ...feedback360Findings, ...feedbackReadinessFindings } as Record<string, { audience: string }>;
const textOf = (html: string): string => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;|&#\d+;/g, ' ').replace(/\s+/g, ' ');

describe('render360ParticipantHtml on the sample cycle', () => {
  const coachOnly = [...new Set([...reports.values()].flatMap((report) => report.findings.filter((finding) => audience[finding.code]?.audience === 'coach').map((finding) => finding.message)))];

  it('prints nothing meant only for the coach, for every manager', () => {
    expect(reports.size).toBe(20);
    for (const [rateeId, report] of reports) {
      const html = render360ParticipantHtml(participantView360(report), { instrument, participantName: rateeId, cycleName: 'Leadership 360', cycleDate: '2026-05-01' });
      const text = textOf(html);
      expect(text, rateeId).not.toMatch(/FB360_|estimator|in-agreement|[Rr]eadiness|agreement band|standard deviation|\bSD\b|percentile|coaching before/);
      for (const sentence of coachOnly) expect(text.includes(sentence), `${rateeId}: ${sentence}`).toBe(false);
    }
  });

  it('names a hidden group only where it says what was left out, and never gives its size', () => {
    let checked = 0;
    for (const [rateeId, report] of reports) {
      const hidden = report.hiddenGroups.flatMap((entry) => entry.groups);
      if (hidden.length === 0) continue;
      checked += 1;
      const html = render360ParticipantHtml(participantView360(report), { instrument, participantName: 'Alex' });
      const outside = textOf(html.replace(/<section id="hidden"[\s\S]*?<\/section>/, ''));
      expect(namedGroup(outside, hidden) ?? "", rateeId).toBe("");
      const inside = /<section id="hidden"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      expect(inside).toContain('fewer than 3 took part');
      expect(inside).not.toMatch(/\b[12] (?:people|raters?|took part)\b/);
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('shows the name, the cycle, the chart with its table, the highest and lowest items and every item', () => {
    const view = participantView360(reports.get('M07') as never);
    const html = render360ParticipantHtml(view, { instrument, participantName: 'Morgan Ellis', cycleName: 'Leadership 360', cycleDate: '2026-05-01', organisation: 'Larkspur Vale Housing' });
    expect(html).toContain('<title>Your 360-degree feedback, Morgan Ellis</title>');
    expect(html).toContain('Leadership 360, 2026-05-01');
    expect(html).toContain('<table id="competency-table">');
    expect(html).toContain('<table id="item-table">');
    expect((/<table id="item-table">[\s\S]*?<\/table>/.exec(html)?.[0].match(/<th scope="row">/g) ?? []).length).toBe(instrument.items.length);
    expect(html).toContain('Rated highest by others');
    expect(html).toContain('You rated these higher than others did');
  });

  it('refuses a coach report passed as a view, and a view from another instrument', () => {
    const report = reports.get('M07') as never;
    expect(() => render360ParticipantHtml(report, { instrument })).toThrow(LmdInputError);
    const other = { ...instrument, scale: { min: 0, max: 10 } };
    expect(() => render360ParticipantHtml(participantView360(report), { instrument: other })).toThrow(/instrument's scale/);
  });
});
