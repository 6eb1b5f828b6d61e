/**
 * interpret360Cohort over a whole organisation's 360 cycle: 10,000 ratees × 12 raters × 60 items
 * (7.2 million rating rows). Reported against a baseline measured in the same run: a bare single
 * pass over the same rows that resolves each row's ratee and item and adds its score into a
 * per-ratee, per-item sum and count — the least any correct aggregation must do. A second
 * reference reads every score without grouping, to show the cost of the grouping itself.
 *
 * `npm run bench` prints rows per second and the ratio to the baseline; this file also writes the
 * process's peak resident memory and the heap the cohort result holds to .bench/ for the summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, bench, describe } from 'vitest';
import { interpret360Cohort, type CohortRating360, type Instrument360, type RaterGroup } from '../src/index.js';
import { indexInstrument } from '../src/lmd/feedback360/instrument-index.js';
import { anonymityPolicySchema } from '../src/lmd/feedback360/anonymity/anonymity-policy.js';
import { aggregateRatee } from '../src/lmd/feedback360/ratee-aggregate.js';

const ratees = 10_000;
const competencies = 10;
const itemsPerCompetency = 6;
const raterPlan: readonly RaterGroup[] = ['self', 'manager', 'peer', 'peer', 'peer', 'peer', 'direct-report', 'direct-report', 'direct-report', 'direct-report', 'other', 'other'];

const instrument: Instrument360 = {
  scale: { min: 1, max: 5 },
  competencies: Array.from({ length: competencies }, (_, c) => ({ id: `c${c}`, name: `Competency ${c + 1}` })),
  items: Array.from({ length: competencies * itemsPerCompetency }, (_, i) => ({ id: `i${i}`, competencyId: `c${Math.floor(i / itemsPerCompetency)}` })),
};

function generateCycle(): CohortRating360[] {
  let state = 20261122;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  const rows: CohortRating360[] = [];
  for (let ratee = 0; ratee < ratees; ratee += 1) {
    const rateeId = `m${ratee}`;
    const leaning = next() % 3;
    raterPlan.forEach((group, rater) => {
      const raterId = `${rateeId}-r${rater}`;
      for (const item of instrument.items) {
        const roll = next() % 100;
        const score = roll < 5 ? null : 1 + ((roll + leaning + (group === 'self' ? 2 : 0)) % 5);
        rows.push({ rateeId, raterId, group, itemId: item.id, score });
      }
    });
  }
  return rows;
}

const rows = generateCycle();
const count = rows.length;

function bareGroupingPass(data: readonly CohortRating360[]): number {
  const rateeIndex = new Map<string, number>();
  const itemIndex = new Map(instrument.items.map((item, index) => [item.id, index]));
  const itemCount = instrument.items.length;
  const sums = new Float64Array(ratees * itemCount);
  const counts = new Float64Array(ratees * itemCount);
  for (const row of data) {
    let ratee = rateeIndex.get(row.rateeId);
    if (ratee === undefined) {
      ratee = rateeIndex.size;
      rateeIndex.set(row.rateeId, ratee);
    }
    const item = itemIndex.get(row.itemId) ?? 0;
    if (row.score !== null) {
      sums[ratee * itemCount + item] = (sums[ratee * itemCount + item] as number) + row.score;
      counts[ratee * itemCount + item] = (counts[ratee * itemCount + item] as number) + 1;
    }
  }
  return (sums[0] as number) + (counts[0] as number);
}

// The cohort call without building the report objects: row checks, grouping by ratee (rows are
// contiguous here) and the per-ratee aggregation. It shows how the time splits between the row
// pass and the reports; it uses internal functions and is not public API.
const policy = anonymityPolicySchema.parse({});
const index = indexInstrument(instrument);
function checksAndAggregationOnly(data: readonly CohortRating360[]): number {
  let published = 0;
  let start = 0;
  for (let row = 1; row <= data.length; row += 1) {
    if (row === data.length || data[row]?.rateeId !== data[start]?.rateeId) {
      const aggregate = aggregateRatee({ index, policy }, data, { positions: null, start, end: row, withRatee: true });
      published += aggregate.overall === null ? 0 : 1;
      start = row;
    }
  }
  return published;
}

function readEveryScore(data: readonly CohortRating360[]): number {
  let total = 0;
  for (const row of data) total += row.score ?? 0;
  return total;
}

let retainedHeapMb = 0;
const options = { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 };

describe(`interpret360Cohort: 10,000 ratees × 12 raters × 60 items [items=${count}]`, () => {
  bench('baseline: bare single pass grouping scores by ratee and item', () => {
    bareGroupingPass(rows);
  }, options);
  bench('reference: read every score, no grouping', () => {
    readEveryScore(rows);
  }, options);
  bench('phase: row checks and aggregation only, no report objects (internal)', () => {
    checksAndAggregationOnly(rows);
  }, options);
  bench('interpret360Cohort (checks + per-ratee reports + agreement distribution)', () => {
    const before = process.memoryUsage().heapUsed;
    const result = interpret360Cohort({ instrument, ratings: rows });
    retainedHeapMb = Math.max(retainedHeapMb, (process.memoryUsage().heapUsed - before) / 2 ** 20);
    if (result.ratees.length !== ratees) throw new Error('wrong number of reports');
  }, options);
});

afterAll(() => {
  mkdirSync('.bench', { recursive: true });
  writeFileSync(
    '.bench/memory-feedback360.json',
    JSON.stringify({
      benchmark: 'interpret360Cohort, 7.2M rows',
      peakResidentMb: Math.round(process.resourceUsage().maxRSS / 1024),
      heapGrowthDuringOneCallMb: Math.round(retainedHeapMb),
      note: 'Peak resident memory of the whole bench process, including the 7.2M generated input rows.',
    }, null, 2),
  );
});
