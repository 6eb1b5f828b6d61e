import { describeValue } from './describe-value.js';

/**
 * One problem found in a caller's input: where it is and what is wrong with it.
 *
 * @example
 * const issue: LmdInputIssue = { path: 'evidence[0].audience', message: 'expected one of … (received "boss")' };
 * issue.path //=> 'evidence[0].audience'
 * @see {@link LmdInputError}
 */
export interface LmdInputIssue {
  /** Where the bad value sits, written as a JavaScript accessor from the argument's name (`evidence[3].audience`). */
  readonly path: string;
  /** What is wrong, in plain UK English, ending with the value received. */
  readonly message: string;
}

/**
 * The error every lmdkit entry point throws when the caller's data is unusable.
 *
 * It extends `Error`, so `instanceof Error` holds; `.issues` lists every problem found (at least
 * one), and `.message` names the first bad path and the value found there, so a log line alone is
 * enough to find the problem in a spreadsheet or JSON file.
 *
 * @example
 * const error = new LmdInputError([{ path: 'scores[2]', message: 'expected a finite number (received NaN)' }]);
 * error.message //=> 'scores[2]: expected a finite number (received NaN)'
 * error instanceof Error //=> true
 * @see {@link parseInput} which turns zod issues into this error
 */
export class LmdInputError extends Error {
  /** Every problem found, in input order; never empty. */
  readonly issues: readonly LmdInputIssue[];

  /**
   * @param issues - the problems found; the first one is named in `message`. The constructor never
   * throws: anything other than an array of `{ path, message }` strings is read as best it can be
   * (a missing list as one `(input)` issue, a missing path as `(input)`, a non-string message as
   * its description), so an error raised while reporting an error is never a `TypeError`.
   */
  constructor(issues: readonly LmdInputIssue[]) {
    const given = Array.isArray(issues) ? (issues as readonly unknown[]).map(asIssue) : [];
    const list: readonly LmdInputIssue[] = given.length > 0 ? given : [{ path: '(input)', message: 'invalid input' }];
    const first = list[0] as LmdInputIssue;
    const more = list.length > 1 ? ` (and ${list.length - 1} more problem${list.length > 2 ? 's' : ''})` : '';
    super(`${first.path}: ${first.message}${more}`);
    this.name = 'LmdInputError';
    this.issues = Object.freeze(list.map((issue) => Object.freeze({ path: issue.path, message: issue.message })));
  }
}

/** One issue as given, made safe to print: both fields strings. */
function asIssue(issue: unknown): LmdInputIssue {
  const record = issue !== null && typeof issue === 'object' ? (issue as Record<string, unknown>) : {};
  const path = typeof record['path'] === 'string' && record['path'] !== '' ? record['path'] : '(input)';
  const message = typeof record['message'] === 'string' ? record['message'] : `invalid input (issue given as ${describeValue(issue)})`;
  return { path, message };
}
