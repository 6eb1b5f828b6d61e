// The sample organisation's files (examples/data/), read once for the CLI tests, and the 360
// cycle's rows split plainly (the CSV export has no quotes) so that tests can check the command's
// figures against the raw data without going through the command's own CSV reader.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { demoFiles, type DemoTexts } from '../../src/cli/command-demo.js';
import type { Instrument360 } from '../../src/lmd/feedback360/instrument-360.js';
import type { RaterGroup } from '../../src/lmd/feedback360/rater-group.js';

export const dataDir = resolve(import.meta.dirname, '../../examples/data');

export const sampleTexts: DemoTexts = Object.fromEntries(
  Object.entries(demoFiles).map(([key, name]) => [key, readFileSync(resolve(dataDir, name), 'utf8')]),
) as unknown as DemoTexts;

/** One row of the CSV export. */
export interface SampleRow {
  readonly rateeId: string;
  readonly raterId: string;
  readonly group: RaterGroup;
  readonly itemId: string;
  readonly score: number | null;
}

/** The rows of `360-ratings.csv`; a blank score ("not observed") is `null`. */
export function readSampleRows(): SampleRow[] {
  const lines = sampleTexts.ratings.split(/\r?\n/).filter((line) => line.trim() !== '');
  return lines.slice(1).map((line) => {
    const [rateeId = '', raterId = '', group = '', itemId = '', score = ''] = line.split(',');
    return { rateeId, raterId, group: group as RaterGroup, itemId, score: score.trim() === '' ? null : Number(score) };
  });
}

/** The instrument of the cycle (without the file's `$schema` key). */
export function readSampleInstrument(): Instrument360 {
  const parsed = JSON.parse(sampleTexts.instrument) as Instrument360 & { $schema?: string };
  return { scale: parsed.scale, competencies: parsed.competencies, items: parsed.items };
}

/** M07's peer raters' scores straight from the CSV, by competency (for the anonymity checks). */
export function peerScoresOf(rateeId: string): Map<string, number[]> {
  const competencyOf = new Map(readSampleInstrument().items.map((item) => [item.id, item.competencyId]));
  const scores = new Map<string, number[]>();
  for (const { rateeId: ratee, group, itemId, score } of readSampleRows()) {
    if (ratee !== rateeId || group !== 'peer' || score === null) continue;
    const competency = competencyOf.get(itemId) ?? '';
    scores.set(competency, (scores.get(competency) ?? []).concat(score));
    scores.set('(all)', (scores.get('(all)') ?? []).concat(score));
  }
  return scores;
}

/** How many distinct raters each group has for a ratee, straight from the CSV. */
export function ratersByGroup(rateeId: string): Map<string, number> {
  const raters = new Map<string, Set<string>>();
  for (const { rateeId: ratee, raterId, group } of readSampleRows()) {
    if (ratee !== rateeId) continue;
    raters.set(group, (raters.get(group) ?? new Set()).add(raterId));
  }
  return new Map([...raters].map(([group, set]) => [group, set.size]));
}
