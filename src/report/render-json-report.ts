/**
 * The JSON output of every subcommand: the library's results as they are, in a small envelope
 * naming the command and its input files. Pure.
 *
 * @module
 */

/**
 * A JSON report: `{ "command", "input", "result" }`, indented by two spaces, ending with a newline.
 *
 * @param command - the subcommand (`360`, `iip`, `evaluate`, `demo`)
 * @param input - the input files (as given) and the options that chose what is reported
 * @param result - the library's result
 * @returns the JSON text
 */
export function renderJsonReport(command: string, input: Readonly<Record<string, string | null>>, result: unknown): string {
  return `${JSON.stringify({ command, input, result }, null, 2)}\n`;
}
