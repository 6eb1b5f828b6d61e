// The issue 18 attack through lmdkit 360's JSON over two cycles: peers A, B and C give an item a
// mean of 3 (n = 3); a year later D joins and the peers' mean is 2.5 (n = 4), so D's rating is
// 4 × 2.5 − 3 × 3 = 1. Without --ledger the two outputs give D away; with --ledger the second
// withholds the figure and nothing recovers D. The ledger names no rater, and needs its key.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEDGER_KEY_VARIABLE } from '../../src/cli/command-360.js';
import { useLedgerKey } from '../helpers/ledger-key.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'lmdkit-ledger-'));
const instrument = join(dir, 'instrument.json');
writeFileSync(instrument, JSON.stringify({ scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'i1', competencyId: 'c' }] }));
const cycle = (name: string, peers: Record<string, number>): string => {
  const path = join(dir, name);
  writeFileSync(path, ['ratee_id,rater_id,rater_group,item_id,score', ...Object.entries(peers).map(([rater, score]) => `M1,${rater},peer,i1,${score}`)].join('\n'));
  return path;
};
const first = cycle('2025.csv', { A: 3, B: 3, C: 3 });
const second = cycle('2026.csv', { A: 3, B: 3, C: 3, D: 1 });

interface PeerFigure {
  readonly groups: readonly string[];
  readonly n: number;
  readonly mean: number;
}
function peerFigure(path: string, extra: readonly string[]): PeerFigure | null {
  const run = runCliInProcess(['360', path, '--instrument', instrument, '--ratee', 'M1', '--audience', 'coach', '--format', 'json', '--quiet', ...extra]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const report = (JSON.parse(run.stdout) as { result: { items: { groups: PeerFigure[] }[] } }).result;
  return report.items[0]?.groups.find((group) => group.groups.join() === 'peer') ?? null;
}

describe('lmdkit 360 --ledger stops the attack across cycles', () => {
  useLedgerKey();

  it('without --ledger, the two outputs give D away: 4 × 2.5 − 3 × 3 = 1', () => {
    const before = peerFigure(first, []) as PeerFigure;
    const after = peerFigure(second, []) as PeerFigure;
    expect(after.n * after.mean - before.n * before.mean).toBe(1);
  });

  it('with --ledger, the second cycle withholds the peers\' figure, and the ledger names no rater', () => {
    const ledger = join(dir, 'releases.json');
    const before = peerFigure(first, ['--ledger', ledger]);
    expect(before).toMatchObject({ n: 3, mean: 3 });
    const after = peerFigure(second, ['--ledger', ledger]);
    expect(after).toBeNull();
    const run = runCliInProcess(['360', second, '--instrument', instrument, '--ratee', 'M1', '--audience', 'coach', '--format', 'json', '--quiet', '--ledger', ledger]);
    const result = JSON.parse(run.stdout) as { input: { ledger: string; release: string }; result: { items: { others: unknown; withheld: { reason: string }[] }[] } };
    expect(result.input).toMatchObject({ ledger, release: '2026' });
    expect(result.result.items[0]?.others).toBeNull();
    expect(result.result.items[0]?.withheld.map((entry) => entry.reason)).toContain('differs-little-from-earlier-release');
    const stored = readFileSync(ledger, 'utf8');
    expect(stored).not.toMatch(/"[ABCD]"/);
    expect(JSON.parse(stored)).toHaveProperty('version');
  });

  it('says when the figures were not checked, and needs a key and a ledger for --release', () => {
    const plain = JSON.parse(runCliInProcess(['360', first, '--instrument', instrument, '--ratee', 'M1', '--format', 'json', '--quiet']).stdout) as { input: { ledger: unknown } };
    expect(plain.input.ledger).toBeNull();
    delete process.env[LEDGER_KEY_VARIABLE];
    const noKey = runCliInProcess(['360', first, '--instrument', instrument, '--ledger', join(dir, 'other.json')]);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain(LEDGER_KEY_VARIABLE);
    expect(runCliInProcess(['360', first, '--instrument', instrument, '--release', 'x']).code).toBe(2);
  });
});
