#!/usr/bin/env node
/**
 * The `lmdkit` command's entry point (the package's bin): runs {@link runCli} with the process's
 * arguments and streams, and sets the exit code.
 *
 * @module
 */
import type { CliContext } from './cli-context.js';
import { packageVersion } from './package-version.js';
import { mainUsage, usage360, usageDemo, usageEvaluate, usageIip, usagePlan } from './usage-text.js';

const EXIT_OK = 0;

/**
 * The help a bare help request asks for, or `null` for anything else (which `runCli` answers, with
 * its errors for an unknown topic).
 */
function helpText(argv: readonly string[]): string | null {
  const usages: Readonly<Record<string, string>> = { '360': usage360, plan: usagePlan, iip: usageIip, evaluate: usageEvaluate, demo: usageDemo };
  const [first, second] = argv;
  if (argv.length === 1 && (first === '--help' || first === '-h' || first === 'help')) return mainUsage;
  if (argv.length === 2 && first === 'help' && second !== undefined && Object.hasOwn(usages, second)) return usages[second] as string;
  if (argv.length === 2 && first !== undefined && Object.hasOwn(usages, first) && (second === '--help' || second === '-h')) return usages[first] as string;
  return null;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  // `lmdkit --version` answers before the library (and zod) is loaded: about 0.1 s less.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`${packageVersion()}\n`);
    return;
  }
  // So do `lmdkit --help`, `lmdkit help [command]` and `lmdkit <command> --help`: their text needs nothing else.
  const help = helpText(argv);
  if (help !== null) {
    process.stdout.write(help);
    return;
  }
  const { describeFailure, runCli } = await import('./run-cli.js');
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
    process.exitCode = runCli(argv, context);
  } catch (error) {
    const { code, message } = describeFailure(error, process.env['LMDKIT_DEBUG'] === '1');
    process.stderr.write(message);
    process.exitCode = code;
  }
}

await main();
