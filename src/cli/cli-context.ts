/**
 * What a subcommand is given to talk to the outside world, so that its logic does not reach for
 * globals.
 *
 * @module
 */

/** The outside world of a subcommand. */
export interface CliContext {
  /** Writes report text to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes one progress line to standard error. */
  readonly progress: (line: string) => void;
  /** Milliseconds from some fixed point, for timings. */
  readonly now: () => number;
}

/** The output formats of the command. */
export const outputFormats = ['markdown', 'json', 'html'] as const;

/** One of {@link outputFormats}. */
export type OutputFormat = (typeof outputFormats)[number];

/** The file extension of each format. */
export const formatExtensions: Readonly<Record<OutputFormat, string>> = { markdown: 'md', json: 'json', html: 'html' };

/** The options of a subcommand that reads one file and writes one report (`iip`, `evaluate`). */
export interface SingleFileOptions {
  /** The input file, as the user gave it. */
  readonly file: string;
  /** The output format. */
  readonly format: Exclude<OutputFormat, 'html'>;
  /** The output file, or `null` for standard output. */
  readonly out: string | null;
}
