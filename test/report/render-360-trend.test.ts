// The trend across cycles in the four 360 renderers: shown only when a comparison is given, built
// as an accessible inline SVG (title, description, marks hidden, a table with the same figures),
// with the plain reading for the participant and the index and reliability only for the coach.
import { describe, expect, it } from 'vitest';
import {
  compareCycles360,
  interpret360Cohort,
  LmdInputError,
  participantCycleComparison360,
  participantView360,
  render360Html,
  render360Markdown,
  render360ParticipantHtml,
  render360ParticipantMarkdown,
  type CohortRating360,
  type Instrument360,
} from '../../src/index.js';

const instrument: Instrument360 = {
  scale: { min: 1, max: 5 },
  competencies: [
    { id: 'listening', name: 'Listening' },
    { id: 'clarity', name: 'Clarity' },
  ],
  items: [
    { id: 'L1', competencyId: 'listening', text: 'Listens without interrupting' },
    { id: 'L2', competencyId: 'listening', text: 'Checks what they heard' },
    { id: 'C1', competencyId: 'clarity', text: 'Explains decisions' },
  ],
};

/** Each ratee: a self score and four peers' levels; every item gets level (+1 on L2 for the odd peers). */
function cycle(label: string, levels: Record<string, number[]>) {
  const ratings: CohortRating360[] = Object.entries(levels).flatMap(([rateeId, peers]) => [
    ...instrument.items.map((item) => ({ rateeId, raterId: `${label}-${rateeId}-self`, group: 'self' as const, itemId: item.id, score: 4 })),
    ...peers.flatMap((level, n) =>
      instrument.items.map((item) => ({ rateeId, raterId: `${label}-${rateeId}-${n}`, group: 'peer' as const, itemId: item.id, score: Math.min(5, level + (item.id === 'L2' && n % 2 === 1 ? 1 : 0)) })),
    ),
  ]);
  return { label, ...interpret360Cohort({ instrument, ratings }) };
}

const earlier = cycle('2026', { m1: [2, 2, 3, 2], m2: [3, 3, 4, 3], m3: [4, 4, 4, 3], m4: [2, 3, 3, 3], m5: [4, 5, 4, 4], m6: [3, 2, 3, 3] });
const current = cycle('2027', { m1: [4, 4, 4, 5], m2: [3, 3, 4, 3] });
const comparison = compareCycles360({ earlier: [earlier], current, reliability: 0.8 });
const m1 = comparison.ratees.find((ratee) => ratee.rateeId === 'm1')!;
const report = current.ratees.find((ratee) => ratee.rateeId === 'm1')!.report;
const view = participantView360(report);
const mine = participantCycleComparison360(m1);

describe('the trend across cycles in the 360 pages', () => {
  it('appears only when a comparison is given', () => {
    expect(render360ParticipantHtml(view, { instrument })).not.toContain('id="trend"');
    expect(render360ParticipantMarkdown(view, { instrument })).not.toContain('Since the last cycle');
    expect(render360Html(report, { rateeId: 'm1', instrument })).not.toContain('id="trend"');
    expect(render360Markdown(report, { rateeId: 'm1', instrument })).not.toContain('Change across cycles');
    expect(render360ParticipantHtml(view, { instrument, comparison: mine })).toContain('id="trend"');
    expect(render360ParticipantMarkdown(view, { instrument, comparison: mine })).toContain('## Since the last cycle');
    expect(render360Html(report, { rateeId: 'm1', instrument, comparison: m1 })).toContain('id="trend"');
    expect(render360Markdown(report, { rateeId: 'm1', instrument, comparison: m1 })).toContain('## Change across cycles');
  });

  it('draws an accessible chart with a table of the same figures, and no script', () => {
    const html = render360ParticipantHtml(view, { instrument, comparison: mine });
    const trend = html.slice(html.indexOf('<section id="trend"'), html.indexOf('</section>', html.indexOf('<section id="trend"')));
    expect(trend).toContain('role="img" aria-labelledby="trend-chart-title trend-chart-desc"');
    expect(trend).toMatch(/<title id="trend-chart-title">[^<]+<\/title><desc id="trend-chart-desc">[^<]+<\/desc><g aria-hidden="true">/);
    expect(trend).toContain('<table id="trend-table">');
    expect(trend).not.toMatch(/<script|on[a-z]+=/i);
    // Each competency's two cycles appear as labelled points and in the table.
    const listening = m1.competencies[0]!.figures.find((figure) => figure.scope === 'others')!;
    for (const point of listening.series) expect(trend).toContain(`>${point.mean!.toFixed(2)}</text>`);
    expect(trend).toContain('higher, by more than the measurement');
  });

  it("keeps the coach's statistics off the participant's page and puts them on the coach's", () => {
    const participantPages = [render360ParticipantHtml(view, { instrument, comparison: mine }), render360ParticipantMarkdown(view, { instrument, comparison: mine })];
    for (const page of participantPages) {
      for (const word of ['RCI', 'Reliability', 'reliability', 'ICC', 'alpha', 'FB360_', 'change index']) expect(page).not.toContain(word);
    }
    const coach = render360Markdown(report, { rateeId: 'm1', instrument, comparison: m1 });
    expect(coach).toContain('RCI');
    expect(coach).toContain('0.80 (as given; SD');
    expect(coach).toContain('FB360_CYCLE_CHANGE_BEYOND_NOISE');
    expect(render360Html(report, { rateeId: 'm1', instrument, comparison: m1 })).toContain('<th scope="col">RCI</th>');
  });

  it('says "not comparable" where a cycle shows a figure that is not the same one', () => {
    // In 2027 m1's manager rates too: all others now pools the manager with the peers.
    const managerRows: CohortRating360[] = instrument.items.map((item) => ({ rateeId: 'm1', raterId: 'boss', group: 'manager', itemId: item.id, score: 5 }));
    const peerRows: CohortRating360[] = [4, 4, 4, 5].flatMap((level, n) => instrument.items.map((item) => ({ rateeId: 'm1', raterId: `p${n}`, group: 'peer' as const, itemId: item.id, score: level })));
    const current2027 = { label: '2027', ...interpret360Cohort({ instrument, ratings: [...peerRows, ...managerRows] }) };
    const pooled = compareCycles360({ earlier: [earlier], current: current2027, reliability: 0.8 }).ratees[0]!;
    expect(pooled.competencies[0]?.figures[0]?.notCompared).toEqual({ cycle: '2026', absence: 'different-groups-pooled' });
    const page = render360ParticipantMarkdown(participantView360(current2027.ratees[0]!.report), { instrument, comparison: participantCycleComparison360(pooled) });
    expect(page).toMatch(/\| Listening +\| not comparable \| [0-9.]+ \| not compared/);
  });

  it('a comparison that does not belong to the page is an error with keys', () => {
    const keysOf = (run: () => unknown): unknown => {
      try {
        run();
      } catch (caught) {
        expect(caught).toBeInstanceOf(LmdInputError);
        return (caught as LmdInputError).issues[0]?.keys;
      }
      return null;
    };
    expect(keysOf(() => render360ParticipantHtml(view, { instrument, comparison: m1 as never }))).toEqual(['context', 'comparison']);
    const m2 = comparison.ratees.find((ratee) => ratee.rateeId === 'm2')!;
    expect(keysOf(() => render360Html(report, { rateeId: 'm1', instrument, comparison: m2 }))).toEqual(['context', 'comparison', 'rateeId']);
  });
});
