import * as z from 'zod';
import { parseInput } from '../core/parse-input.js';
import { shareOfValidTally } from './support-share.js';
import { voteTallySchema, type VoteTally } from './vote-tally.js';

const talliesSchema = /* @__PURE__ */ z.array(voteTallySchema);

/**
 * Orders vote records from best to least supported by {@link supportShare}; ties go to the record
 * with more yes votes, then fewer no votes, then the original order.
 *
 * @param records - records carrying `yes`, `no` and `maybe` counts, and any other fields (not changed)
 * @returns a new array of the same record objects, best supported first
 * @throws LmdInputError when a record's counts are invalid or it has no responses
 * @example
 * const ranked = rankBySupport([
 *   { topic: 'A', yes: 20, no: 22, maybe: 9 },
 *   { topic: 'B', yes: 44, no: 3, maybe: 3 },
 * ]);
 * ranked.map((record) => record.topic) //=> ['B', 'A']
 * @see {@link supportShare}
 * @see {@link consultation2010}
 */
export function rankBySupport<T extends VoteTally>(records: readonly T[]): T[] {
  parseInput(talliesSchema, records, 'records');
  return records
    .map((record, index) => ({ record, index, share: shareOfValidTally(record, ['records', index]) }))
    .sort(
      (a, b) =>
        b.share - a.share || b.record.yes - a.record.yes || a.record.no - b.record.no || a.index - b.index,
    )
    .map(({ record }) => record);
}
