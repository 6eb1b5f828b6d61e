// A ratee called `__proto__` through the command (issue 13, item 4): the settings file's readiness
// for that ratee is applied, and readiness for a `__proto__` who has no ratings is rejected as it
// is for any other unknown id. Before, zod dropped the key without a word on both counts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';

const data = join(import.meta.dirname, '../../examples/data');
const instrument = join(data, '360-instrument.json');

/** The sample cycle with manager M07 renamed `__proto__`, in a fresh folder. */
function cycleWithProtoRatee(): { folder: string; ratings: string } {
  const folder = mkdtempSync(join(tmpdir(), 'lmdkit-proto-'));
  const ratings = join(folder, 'ratings.csv');
  writeFileSync(ratings, readFileSync(join(data, '360-ratings.csv'), 'utf8').replaceAll(/^M07,/gm, '__proto__,'));
  return { folder, ratings };
}

describe('lmdkit 360 with a ratee called __proto__', () => {
  it("applies that ratee's readiness from the settings file", () => {
    const { folder, ratings } = cycleWithProtoRatee();
    const settings = join(folder, 'settings.json');
    writeFileSync(settings, '{ "readiness": { "__proto__": { "coaching": false, "embeddedInDevelopmentProcess": false, "goalsSet": false } } }\n');
    const run = runCliInProcess(['360', ratings, '--instrument', instrument, '--settings', settings, '--ratee', '__proto__', '--format', 'json', '--quiet', '--audience', 'coach']);
    expect(run.code, run.stderr).toBe(0);
    const output = JSON.parse(run.stdout) as { input: { ratee: string }; result: { readiness: { band: string } | null } };
    expect(output.input.ratee).toBe('__proto__');
    expect(output.result.readiness?.band).toBe('low');
  });

  it('rejects readiness for a __proto__ who has no ratings, naming the key, as for any unknown id', () => {
    const folder = mkdtempSync(join(tmpdir(), 'lmdkit-proto-'));
    const settings = join(folder, 'settings.json');
    for (const id of ['nobody', '__proto__']) {
      writeFileSync(settings, `{ "readiness": { ${JSON.stringify(id)}: { "coaching": true } } }\n`);
      const run = runCliInProcess(['360', join(data, '360-ratings.csv'), '--instrument', instrument, '--settings', settings, '--quiet']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`readiness.${id}`);
      expect(run.stderr).toContain('no ratings are about this ratee');
    }
  });
});
