/**
 * The two kinds of error the `lmdkit` command reports to its user without a stack trace: a
 * problem with the input files or data (exit 1) and a problem with how the command was called
 * (exit 2). Anything else is a bug (exit 70).
 *
 * @module
 */

/** Exit code for success. */
export const EXIT_OK = 0;
/** Exit code for a problem with the input data or files. */
export const EXIT_INPUT = 1;
/** Exit code for a usage error (unknown subcommand or option, missing argument). */
export const EXIT_USAGE = 2;
/** Exit code for anything unexpected (`EX_SOFTWARE` of sysexits.h). */
export const EXIT_INTERNAL = 70;

/** How many problems one error message lists at most (CSV rows, schema issues); the rest are counted or left out. */
export const MAX_REPORTED_ERRORS = 10;

/**
 * A problem with an input file or its data; its message is shown to the user as it is.
 *
 * @param message - one or more lines, each naming the file and where the problem is
 */
export class InputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputFileError';
  }
}

/**
 * A problem with how the command was called; the message is shown with a pointer to `--help`.
 *
 * @param message - what is wrong
 * @param command - the subcommand whose help to point at, if any
 */
export class UsageError extends Error {
  readonly command: string | null;

  constructor(message: string, command: string | null = null) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}
