#!/usr/bin/env node
/**
 * The `lmdkit` command's entry point (the package's bin): runs {@link runCli} with the process's
 * arguments and streams, and sets the exit code.
 *
 * @module
 */
import type { CliContext } from './cli-context.js';
import { EXIT_OK } from './cli-errors.js';
import { describeFailure, runCli } from './run-cli.js';

function main(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    throw error;
  });
  const context: CliContext = {
    stdout: (text) => process.stdout.write(text),
    progress: (line) => process.stderr.write(`lmdkit: ${line}\n`),
    now: () => performance.now(),
  };
  try {
    process.exitCode = runCli(process.argv.slice(2), context);
  } catch (error) {
    const { code, message } = describeFailure(error, process.env['LMDKIT_DEBUG'] === '1');
    process.stderr.write(message);
    process.exitCode = code;
  }
}

main();
