// The fictional organisation's 360 cycle (examples/data), read for the HTML report tests with a
// plain split: the CSV export has no quotes. Scores left blank are "not observed" (null).
import { readFileSync } from 'node:fs';
import { interpret360Cohort } from '../../src/lmd/feedback360/interpret-360-cohort.js';
import type { Feedback360Report } from '../../src/lmd/feedback360/feedback360-report.js';
import type { Instrument360 } from '../../src/lmd/feedback360/instrument-360.js';
import type { RaterGroup } from '../../src/lmd/feedback360/rater-group.js';
import type { CohortRating360 } from '../../src/lmd/feedback360/rating-360.js';

const dataDirectory = new URL('../../examples/data/', import.meta.url);

/** One row of the CSV export. */
export interface SampleRow {
  readonly rateeId: string;
  readonly raterId: string;
  readonly group: RaterGroup;
  readonly itemId: string;
  readonly score: number | null;
}

/** The rows of `360-ratings.csv`. */
export function readSampleRows(): SampleRow[] {
  const lines = readFileSync(new URL('360-ratings.csv', dataDirectory), 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
  return lines.slice(1).map((line) => {
    const [rateeId = '', raterId = '', group = '', itemId = '', score = ''] = line.split(',');
    return { rateeId, raterId, group: group as RaterGroup, itemId, score: score.trim() === '' ? null : Number(score) };
  });
}

/** The instrument of the cycle. */
export function readSampleInstrument(): Instrument360 {
  const parsed = JSON.parse(readFileSync(new URL('360-instrument.json', dataDirectory), 'utf8')) as Instrument360 & { $schema?: string };
  return { scale: parsed.scale, competencies: parsed.competencies, items: parsed.items };
}

/** Every ratee's report, with the cycle's policy and readiness from `360-settings.json`. */
export function sampleReports(rows: readonly SampleRow[] = readSampleRows()): Map<string, Feedback360Report> {
  const settings = JSON.parse(readFileSync(new URL('360-settings.json', dataDirectory), 'utf8')) as {
    policy: { minGroupSize: number; minOthersSize: number; smallGroupStrategy: 'omit' | 'merge' };
    readiness: Record<string, Record<string, unknown>>;
  };
  const cohort = interpret360Cohort({
    instrument: readSampleInstrument(),
    ratings: rows as readonly CohortRating360[],
    policy: settings.policy,
    readiness: settings.readiness,
  });
  return new Map(cohort.ratees.map(({ rateeId, report }) => [rateeId, report]));
}
