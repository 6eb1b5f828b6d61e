// The sample organisation's files (examples/data/), read once for the CLI tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { demoFiles, type DemoTexts } from '../../src/cli/command-demo.js';

export const dataDir = resolve(import.meta.dirname, '../../examples/data');

export const sampleTexts: DemoTexts = Object.fromEntries(
  Object.entries(demoFiles).map(([key, name]) => [key, readFileSync(resolve(dataDir, name), 'utf8')]),
) as unknown as DemoTexts;

/** M07's peer raters' scores straight from the CSV, by competency (for the anonymity checks). */
export function peerScoresOf(rateeId: string): Map<string, number[]> {
  const instrument = JSON.parse(sampleTexts.instrument) as { items: { id: string; competencyId: string }[] };
  const competencyOf = new Map(instrument.items.map((item) => [item.id, item.competencyId]));
  const scores = new Map<string, number[]>();
  for (const line of sampleTexts.ratings.trim().split('\n').slice(1)) {
    const [ratee, , group, item, score] = line.split(',');
    if (ratee !== rateeId || group !== 'peer' || score === undefined || score === '') continue;
    const competency = competencyOf.get(item ?? '') ?? '';
    scores.set(competency, (scores.get(competency) ?? []).concat(Number(score)));
    scores.set('(all)', (scores.get('(all)') ?? []).concat(Number(score)));
  }
  return scores;
}

/** How many distinct raters each group has for a ratee, straight from the CSV. */
export function ratersByGroup(rateeId: string): Map<string, number> {
  const raters = new Map<string, Set<string>>();
  for (const line of sampleTexts.ratings.trim().split('\n').slice(1)) {
    const [ratee, rater, group] = line.split(',');
    if (ratee !== rateeId) continue;
    raters.set(group ?? '', (raters.get(group ?? '') ?? new Set()).add(rater ?? ''));
  }
  return new Map([...raters].map(([group, set]) => [group, set.size]));
}
