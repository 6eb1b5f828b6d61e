// The fictional organisation's 360 cycle (examples/data) interpreted for the HTML report tests,
// from the rows and instrument of sample-data.ts.
import { interpret360Cohort } from '../../src/lmd/feedback360/interpret-360-cohort.js';
import type { Feedback360Report } from '../../src/lmd/feedback360/feedback360-report.js';
import type { CohortRating360 } from '../../src/lmd/feedback360/rating-360.js';
import { readSampleInstrument, readSampleRows, sampleTexts, type SampleRow } from '../cli/sample-data.js';

/** Every ratee's report, with the cycle's policy and readiness from `360-settings.json`. */
export function sampleReports(rows: readonly SampleRow[] = readSampleRows()): Map<string, Feedback360Report> {
  const settings = JSON.parse(sampleTexts.settings) as {
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
