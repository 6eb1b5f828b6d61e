import { writePath } from './_internal/write-path.js';

/**
 * One key of a path into a caller's input: a property name, or a position in an array.
 * @see {@link LmdInputIssue}
 */
export type LmdInputPathKey = string | number;

/**
 * One problem found in a caller's input: where it is (as keys for programs, and as text for
 * people) and what is wrong with it.
 *
 * @example
 * const issue = new LmdInputError([{ keys: ['evidence', 0, 'audience'], message: 'expected one of … (received "boss")' }]).issues[0];
 * issue?.path //=> 'evidence[0].audience'
 * issue?.keys //=> ['evidence', 0, 'audience']
 * @see {@link LmdInputError}
 */
export interface LmdInputIssue {
  /** Where the bad value sits, written as a JavaScript accessor from the argument's name (`evidence[3].audience`): the display form of `keys`. */
  readonly path: string;
  /**
   * The same place as keys, from the argument's name down (`['evidence', 3, 'audience']`), so a
   * program can find the value (a CSV line from a row number, a field in a form) without parsing
   * `path`. Empty when the whole input is at fault.
   */
  readonly keys: readonly LmdInputPathKey[];
  /** What is wrong, in plain UK English, ending with the value received. */
  readonly message: string;
  /**
   * Another place the problem involves, as keys, when there is one: the earlier row of a
   * duplicate, say. The message names it by its display path (`ratings[10]`), so a program that
   * shows places its own way (a CSV line) can find that text from these keys and replace it.
   */
  readonly seeAlso?: readonly LmdInputPathKey[];
}

/**
 * What {@link LmdInputError} is built from: an issue's keys (its `path` is then written from
 * them), or — for code that has only text — a `path` string, which becomes the issue's one key.
 *
 * @example
 * const fromKeys: LmdInputIssueInit = { keys: ['scores', 2], message: 'expected a finite number (received NaN)' };
 * new LmdInputError([fromKeys]).message //=> 'scores[2]: expected a finite number (received NaN)'
 * @see {@link LmdInputError}
 */
export type LmdInputIssueInit =
  | { readonly keys: readonly LmdInputPathKey[]; readonly message: string; readonly seeAlso?: readonly LmdInputPathKey[] }
  | { readonly path: string; readonly message: string };

/**
 * The error every lmdkit entry point throws when the caller's data is unusable.
 *
 * It extends `Error`, so `instanceof Error` holds; `.issues` lists every problem found (at least
 * one), and `.message` names the first bad path and the value found there, so a log line alone is
 * enough to find the problem in a spreadsheet or JSON file.
 *
 * @example
 * const error = new LmdInputError([{ keys: ['scores', 2], message: 'expected a finite number (received NaN)' }]);
 * error.message //=> 'scores[2]: expected a finite number (received NaN)'
 * error.issues[0]?.keys //=> ['scores', 2]
 * error instanceof Error //=> true
 * @see {@link parseInput} which turns zod issues into this error
 */
export class LmdInputError extends Error {
  /** Every problem found, in input order; never empty. */
  readonly issues: readonly LmdInputIssue[];

  /**
   * @param issues - the problems found, each as `{ keys, message }` (or `{ path, message }`); the
   * first one is named in `message`. The constructor never throws: anything else is read as best
   * it can be (a missing list as one `(input)` issue, missing keys as `(input)`, a missing message
   * as `invalid input`), so an error raised while reporting an error is never a `TypeError`.
   */
  constructor(issues: readonly LmdInputIssueInit[]) {
    const given = Array.isArray(issues) ? (issues as readonly unknown[]).map(asIssue) : [];
    const list: readonly LmdInputIssue[] = given.length > 0 ? given : [{ path: '(input)', keys: [], message: 'invalid input' }];
    const first = list[0] as LmdInputIssue;
    const more = list.length > 1 ? ` (and ${list.length - 1} more problem${list.length > 2 ? 's' : ''})` : '';
    super(`${first.path}: ${first.message}${more}`);
    this.name = 'LmdInputError';
    this.issues = Object.freeze(
      list.map((issue) =>
        Object.freeze({
          path: issue.path,
          keys: Object.freeze([...issue.keys]),
          message: issue.message,
          ...(issue.seeAlso === undefined ? {} : { seeAlso: Object.freeze([...issue.seeAlso]) }),
        }),
      ),
    );
  }
}

/** One issue as given, made safe to print: keys and a path that says the same, and a message. */
function asIssue(issue: unknown): LmdInputIssue {
  const { keys, path, message, seeAlso } = (issue ?? {}) as { keys?: unknown; path?: unknown; message?: unknown; seeAlso?: unknown };
  const text = typeof message === 'string' ? message : 'invalid input';
  if (isKeys(keys)) {
    return { path: writePath('', keys), keys, message: text, ...(isKeys(seeAlso) ? { seeAlso } : {}) };
  }
  return typeof path === 'string' && path !== '' ? { path, keys: [path], message: text } : { path: '(input)', keys: [], message: text };
}

function isKeys(value: unknown): value is LmdInputPathKey[] {
  return Array.isArray(value) && value.every((key) => typeof key === 'string' || typeof key === 'number');
}
