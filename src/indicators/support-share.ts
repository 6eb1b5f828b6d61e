import { LmdInputError, type LmdInputPathKey } from '../core/input-error.js';
import { parseInput } from '../core/parse-input.js';
import { voteTallySchema, type VoteTally } from './vote-tally.js';

/**
 * The share of all responses that were "yes": `yes ÷ (yes + no + maybe)`, a fraction from 0 to 1.
 * "Maybe" counts as a response that is not support, which is how the 2010 report arrives at its
 * 84% market figure (37 of 44).
 *
 * @param tally - the yes, no and maybe counts
 * @returns the share of yes votes, 0–1
 * @throws LmdInputError when a count is negative or fractional, or there are no responses at all
 * @example
 * supportShare({ yes: 37, no: 3, maybe: 4 }) //=> 37 / 44
 * supportShare({ yes: 0, no: 0, maybe: 0 }) //=> throws LmdInputError
 * @see {@link rankBySupport}
 * @see {@link consultation2010}
 */
export function supportShare(tally: VoteTally): number {
  return shareOfValidTally(parseInput(voteTallySchema, tally, 'tally'), ['tally']);
}

/**
 * The yes share of a tally whose counts are already validated; throws for a tally with no responses.
 *
 * @internal
 */
export function shareOfValidTally(tally: VoteTally, path: readonly LmdInputPathKey[]): number {
  const total = tally.yes + tally.no + tally.maybe;
  if (total === 0) {
    throw new LmdInputError([
      { keys: path, message: 'the share of support is not defined when there are no responses (received 0 yes, 0 no, 0 maybe)' },
    ]);
  }
  return tally.yes / total;
}
