/**
 * assessLmModel over a large organisation's evidence: throughput against a baseline measured in
 * the same run. The baseline is a bare single pass over the same rows that tallies them per
 * requirement and audience, the least any assessment must do. `npm run bench` prints items per
 * second and the ratio to the baseline (see scripts/summarise-bench.mjs).
 *
 * Group names carry `[items=N]` so the summary can turn operations per second into items per second.
 */
import { bench, describe } from 'vitest';
import {
  assessLmModel,
  lmAudienceIds,
  lmEvidenceSources,
  lmEvidenceSupport,
  lmRequirementIds,
  type LmEvidenceItem,
} from '../src/index.js';

function generateEvidence(count: number): LmEvidenceItem[] {
  let state = 20260522;
  const next = (length: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % length;
  };
  return Array.from({ length: count }, () => ({
    requirementId: lmRequirementIds[next(lmRequirementIds.length)] ?? 'LM1.1',
    audience: lmAudienceIds[next(lmAudienceIds.length)] ?? 'people',
    source: lmEvidenceSources[next(lmEvidenceSources.length)] ?? 'interview',
    supports: lmEvidenceSupport[next(3) === 0 ? 2 : next(2)] ?? 'yes',
  }));
}

function bareTally(items: readonly LmEvidenceItem[]): number {
  const tallies = new Map<string, number>();
  for (const item of items) {
    const key = `${item.requirementId}|${item.audience}`;
    tallies.set(key, (tallies.get(key) ?? 0) + (item.supports === 'yes' ? 1 : 0));
  }
  return tallies.size;
}

for (const count of [1_000, 100_000]) {
  const evidence = generateEvidence(count);
  describe(`assessLmModel [items=${count}]`, () => {
    bench('baseline: bare single pass tallying the rows', () => {
      bareTally(evidence);
    });
    bench('assessLmModel (validation + assessment)', () => {
      assessLmModel(evidence);
    });
  });
}
