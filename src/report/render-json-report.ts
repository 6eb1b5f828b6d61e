/**
 * The JSON report: a result as it is, in a small envelope that says what produced it and from
 * what (the `lmdkit` command writes every `--format json` report this way). Pure.
 *
 * @module
 */

/**
 * A result as a JSON report: `{ "command", "input", "result" }`, indented by two spaces, ending
 * with a newline. lmdkit's results are plain JSON data, so `result` comes out whole and the same
 * result always gives the same bytes.
 *
 * @param command - what produced the result (the `lmdkit` command gives its subcommand: `360`,
 *   `iip`, `evaluate`, `demo`)
 * @param input - what it was computed from: file names or ids, and the options that chose what is
 *   reported (`null` for one not given)
 * @param result - the result (a JSON-serialisable value)
 * @returns the JSON text
 * @example
 * import { renderJsonReport } from 'lmdkit/report';
 * renderJsonReport('360', { ratee: 'M07' }, { agreement: null })
 * //=> '{\n  "command": "360",\n  "input": {\n    "ratee": "M07"\n  },\n  "result": {\n    "agreement": null\n  }\n}\n'
 * @see {@link render360Markdown}
 */
export function renderJsonReport(command: string, input: Readonly<Record<string, string | null>>, result: unknown): string {
  return `${JSON.stringify({ command, input, result }, null, 2)}\n`;
}
