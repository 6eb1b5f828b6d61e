// The reason the release ledger gives for a withheld figure reaches every renderer in plain words,
// and the participant's page never shows the figure.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { emptyReleaseLedger, interpret360, participantView360, type Rating360, type ReleaseLedger } from '../../src/index.js';
import { render360Html, render360Markdown, render360ParticipantHtml, render360ParticipantMarkdown } from '../../src/report/index.js';

const pseudonymise = (raterId: string): string => createHmac('sha256', 'test key').update(raterId).digest('hex');
const instrument = {
  scale: { min: 1, max: 5 },
  competencies: [{ id: 'c', name: 'Coaching' }],
  items: [{ id: 'i1', competencyId: 'c' }, { id: 'i2', competencyId: 'c' }],
};
const rate = (raterId: string, group: Rating360['group'], score: number): Rating360[] => instrument.items.map((item) => ({ raterId, group, itemId: item.id, score }));
const cycle = (peers: string[]): Rating360[] => [...rate('me', 'self', 4), ...rate('boss', 'manager', 3), ...peers.flatMap((peer) => rate(peer, 'peer', 3))];

describe('a figure withheld by the release ledger', () => {
  const first = interpret360({ instrument, ratings: cycle(['a', 'b', 'c']), releases: { ledger: emptyReleaseLedger, releaseId: '2025', rateeId: 'M07', pseudonymise } });
  const second = interpret360({ instrument, ratings: cycle(['a', 'b', 'c', 'd']), releases: { ledger: first.release?.ledger as ReleaseLedger, releaseId: '2026', rateeId: 'M07', pseudonymise } });

  it('is withheld with its reason, and all-others no longer pools it', () => {
    expect(second.items[0]?.withheld).toContainEqual({ groups: ['peer'], reason: 'differs-little-from-earlier-release' });
    expect(second.items[0]?.groups.map((figure) => figure.groups)).toEqual([['manager']]);
    expect(second.items[0]?.others).toBeNull();
    expect(second.competencies[0]?.groups.map((figure) => figure.groups)).toEqual([['manager']]);
  });

  it('is explained in plain words in the coach’s and the participant’s pages', () => {
    expect(render360Markdown(second, { rateeId: 'M07', instrument })).toContain('differ from an earlier report’s by too few people');
    expect(render360Html(second, { rateeId: 'M07', instrument })).toContain('Checked against earlier reports (the release ledger)');
    const view = participantView360(second);
    expect(view.notes.map((note) => note.message).join(' ')).toContain('differ from those of a figure already published');
    expect(render360ParticipantHtml(view, { instrument })).toContain('almost the same as for a figure you were shown before');
    expect(render360ParticipantMarkdown(view, { instrument })).toContain('almost the same as for a figure you were shown before');
  });
});
