/**
 * Runs the `lmdkit` command in-process, as `dist/cli/main.js` does but without a subprocess: the
 * arguments go to `runCli`, a thrown error becomes its exit code and message through
 * `describeFailure` (without the stack, as when `LMDKIT_DEBUG` is unset). About a hundred times
 * faster than spawning the built command, for tests that run it many times.
 */
import { describeFailure, runCli } from '../../src/cli/run-cli.js';

/** What one run of the command gave. */
export interface CliRun {
  /** The exit code. */
  readonly code: number;
  /** Everything written to standard output. */
  readonly stdout: string;
  /** Everything written to standard error (progress lines and the failure message). */
  readonly stderr: string;
}

/**
 * Runs `lmdkit <argv…>` in-process.
 *
 * @param argv - the arguments after `lmdkit`
 * @returns the exit code and the text of both streams
 */
export function runCliInProcess(argv: readonly string[]): CliRun {
  let stdout = '';
  let stderr = '';
  let code: number;
  try {
    code = runCli(argv, { stdout: (text) => (stdout += text), progress: (line) => (stderr += `lmdkit: ${line}\n`), now: () => 0 });
  } catch (error) {
    const failure = describeFailure(error, false);
    stderr += failure.message;
    code = failure.code;
  }
  return { code, stdout, stderr };
}
