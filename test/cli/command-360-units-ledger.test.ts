// lmdkit 360 --units with --ledger: the roll-up by unit checked against earlier roll-ups.
// The attack: a team of six managers one year, the same six and a joiner the next. Without the
// ledger, the two roll-ups' JSON give the joiner's figure away (7 × the new mean − 6 × the old
// one); with it the second roll-up withholds the figures and the ledger records the blocks of
// ratees, never a rater.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseLedgerSchema } from '../../src/index.js';
import { useLedgerKey } from '../helpers/ledger-key.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'lmdkit-units-ledger-'));
const instrument = join(dir, 'instrument.json');
writeFileSync(instrument, JSON.stringify({ scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'i1', competencyId: 'c' }] }));
const managers = (count: number) => Array.from({ length: count }, (_, index) => `M${index + 1}`);
/** An export in which each manager has four peers (fresh ones each year) and a score of their own. */
const cycle = (name: string, ids: readonly string[]): string => {
  const path = join(dir, name);
  const rows = ids.flatMap((id, index) => [1, 2, 3, 4].map((peer) => `${id},${name}-${id}-p${peer},peer,i1,${1 + ((index * 3 + peer) % 5)}`));
  writeFileSync(path, ['ratee_id,rater_id,rater_group,item_id,score', ...rows].join('\n'));
  return path;
};
const unitsFile = join(dir, 'units.csv');
writeFileSync(unitsFile, ['ratee,unit', ...managers(7).map((id) => `${id},Larkspur Vale / Lettings`)].join('\n'));
const first = cycle('2026.csv', managers(6));
const second = cycle('2027.csv', managers(7));

interface UnitJson {
  readonly path: readonly string[];
  readonly withheld: string | null;
  readonly figures: { readonly competencies: readonly { readonly ratees: number; readonly othersMean: number | null; readonly othersWithheld: string | null }[] } | null;
}
function rollUp(path: string, extra: readonly string[]): { input: { ledger: string | null }; result: { units: UnitJson[] } } {
  const run = runCliInProcess(['360', path, '--instrument', instrument, '--units', unitsFile, '--format', 'json', '--quiet', ...extra]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as { input: { ledger: string | null }; result: { units: UnitJson[] } };
}
function joinersFigure(): number {
  const run = runCliInProcess(['360', second, '--instrument', instrument, '--ratee', 'M7', '--audience', 'coach', '--format', 'json', '--quiet']);
  return (JSON.parse(run.stdout) as { result: { competencies: { others: { mean: number } }[] } }).result.competencies[0]?.others.mean as number;
}

describe('lmdkit 360 --units --ledger stops the attack on roll-ups across cycles', () => {
  useLedgerKey();

  it('without --ledger, the two roll-ups give the joiner away', () => {
    const before = rollUp(first, []);
    const after = rollUp(second, []);
    expect(before.input.ledger).toBeNull();
    const figure = (output: typeof before) => output.result.units[0]?.figures?.competencies[0] as { ratees: number; othersMean: number };
    const recovered = figure(after).ratees * figure(after).othersMean - figure(before).ratees * figure(before).othersMean;
    expect(recovered).toBeCloseTo(joinersFigure(), 9);
  });

  it('with --ledger, the second roll-up withholds every unit, and the ledger names ratees and no rater', () => {
    const ledger = join(dir, 'releases.json');
    const before = rollUp(first, ['--ledger', ledger]);
    expect(before.input.ledger).toBe(ledger);
    expect(before.result.units.map((unit) => unit.withheld)).toEqual([null, null]);
    const after = rollUp(second, ['--ledger', ledger]);
    expect(after.result.units.map((unit) => [unit.path.join(' / '), unit.withheld, unit.figures])).toEqual([
      ['Larkspur Vale', 'differs-little-from-earlier-release', null],
      ['Larkspur Vale / Lettings', 'differs-little-from-earlier-release', null],
    ]);
    const stored = releaseLedgerSchema.parse(JSON.parse(readFileSync(ledger, 'utf8')));
    expect(stored.releases).toEqual(['2026', '2027']);
    expect(stored.units?.blocks.map((block) => [block.release, block.n])).toEqual([[0, 6]]);
    // The people's figures the roll-up is built from are recorded too, under pseudonyms.
    expect(stored.ratees.map((ratee) => ratee.rateeId)).toEqual(managers(7));
    expect(readFileSync(ledger, 'utf8')).not.toMatch(/-p\d/);
    // Run again with the same release id: nothing new is published and the ledger is unchanged.
    const again = rollUp(second, ['--ledger', ledger, '--release', '2027']);
    expect(again.result.units.map((unit) => unit.withheld)).toEqual(after.result.units.map((unit) => unit.withheld));
    expect(releaseLedgerSchema.parse(JSON.parse(readFileSync(ledger, 'utf8')))).toEqual(stored);
  });

  it('holds back the sample organisation\'s 2027 roll-up where the people reports the ledger thinned would give two people away', () => {
    const data = (name: string): string => new URL(`../../examples/data/${name}`, import.meta.url).pathname;
    const ledger = join(dir, 'sample.json');
    const args = (file: string, release: string) => ['360', data(file), '--instrument', data('360-instrument.json'), '--units', data('360-units.csv'), '--ledger', ledger, '--release', release, '--quiet'];
    const early = runCliInProcess(args('360-export-wide.csv', '2026'));
    expect(early.code).toBe(0);
    expect(early.stdout).toContain('checked against the roll-ups published before');
    const later = runCliInProcess(args('360-export-wide-2027.csv', '2027'));
    expect(later.code).toBe(0);
    const profile = later.stdout.slice(later.stdout.indexOf('## Competency profile'), later.stdout.indexOf('## Strengths'));
    expect(profile).toMatch(/\| Larkspur Vale Housing +\| +held back \|/);
    expect(profile).not.toMatch(/\d\.\d\d/);
  });
});
