import { assertFiniteNumbers } from '../_internal/assert-finite-numbers.js';
import { assertNumberInRange } from '../_internal/assert-number-in-range.js';
import { describeValue } from '../describe-value.js';
import { LmdInputError } from '../input-error.js';
import { assertNorms, percentileInNorms, type Norms } from './build-norms.js';

/**
 * How {@link percentileRank} counts norm-sample values equal to the score:
 * `'below'` counts none of them, `'at-or-below'` all of them, `'mid-rank'` half of them.
 *
 * @example
 * const method: PercentileRankMethod = 'mid-rank';
 * percentileRank(3, [1, 3, 5, 7], method) //=> 37.5
 * @see {@link percentileRank}
 */
export type PercentileRankMethod = 'below' | 'at-or-below' | 'mid-rank';

const methods: readonly string[] = ['below', 'at-or-below', 'mid-rank'];

/**
 * The percentile rank of a score in a norm sample: the percentage of the sample below it, with
 * ties counted as the method says.
 *
 * With n sample values, b of them below the score and e equal to it:
 * - `'below'`: 100·b / n (the share the score beats);
 * - `'at-or-below'`: 100·(b + e) / n (the empirical distribution function, R's `ecdf`);
 * - `'mid-rank'`: 100·(b + e/2) / n (ties split evenly, the usual convention for test norms).
 *
 * The method is required because the three differ most where 360 norms are coarse (many tied
 * means on a five-point scale). Equality is exact: round both score and sample to the same
 * precision first if they come from different arithmetic.
 *
 * Given norms from {@link buildNorms} instead of a raw sample, it uses their sorted scores and
 * their method (binary search, so many lookups stay cheap), and the norms' minimum group size
 * has already been enforced: `percentileRank(score, buildNorms(sample, { minN }))`. This is the
 * form to prefer for reports; a raw sample of any size is still accepted for backward
 * compatibility, and nothing checks that it is large enough.
 *
 * Source: crocker-algina-1986 (percentile ranks and the mid-point convention for ties).
 *
 * @param score - the score to place, a finite number
 * @param normSample - the comparison scores (at least one finite number; not changed), or norms
 * from {@link buildNorms}
 * @param method - how ties with the score count: `'below'`, `'at-or-below'` or `'mid-rank'`;
 * required with a raw sample, and with norms it must be omitted or equal the norms' method
 * @returns the percentile rank, from 0 to 100
 * @throws LmdInputError when the score or a sample value is not a finite number, the sample is
 * empty, the method is not one of the three, or differs from the norms' method
 * @example
 * percentileRank(3, [1, 2, 3, 3, 4], 'below') //=> 40
 * percentileRank(3, [1, 2, 3, 3, 4], 'at-or-below') //=> 80
 * percentileRank(3, [1, 2, 3, 3, 4], 'mid-rank') //=> 60
 * percentileRank(3, [], 'below') //=> throws LmdInputError
 * const norms = buildNorms([1, 2, 3, 3, 4], { minN: 5, method: 'mid-rank' });
 * percentileRank(3, norms) //=> 60
 * @see {@link reliableChange}, {@link buildNorms}
 */
export function percentileRank(score: number, normSample: readonly number[], method: PercentileRankMethod): number;
export function percentileRank(score: number, norms: Norms, method?: PercentileRankMethod): number;
export function percentileRank(score: number, normSample: readonly number[] | Norms, method?: PercentileRankMethod): number {
  assertNumberInRange(score, ['score'], {});
  if (!Array.isArray(normSample)) {
    assertNorms(normSample, ['normSample']);
    const norms = normSample as Norms;
    if (method !== undefined && method !== norms.method) {
      throw new LmdInputError([
        { keys: ['method'], message: `expected the norms' own method "${norms.method}" or none (received ${describeValue(method)})` },
      ]);
    }
    return percentileInNorms(norms, score);
  }
  assertFiniteNumbers(normSample, ['normSample'], 1);
  if (method === undefined || !methods.includes(method)) {
    throw new LmdInputError([
      { keys: ['method'], message: `expected "below", "at-or-below" or "mid-rank" (received ${describeValue(method)})` },
    ]);
  }
  let below = 0;
  let equal = 0;
  for (const value of normSample) {
    if (value < score) below += 1;
    else if (value === score) equal += 1;
  }
  const counted = method === 'below' ? below : method === 'at-or-below' ? below + equal : below + equal / 2;
  return (100 * counted) / normSample.length;
}
