/**
 * The `lmdkit` command's dispatcher: parses the arguments, runs a subcommand and turns errors into
 * messages and exit codes (0 success, 1 input problem, 2 usage error, 70 internal error).
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { LmdInputError } from '../index.js';
import { raterGroups, type RaterGroup } from '../lmd/index.js';
import { EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, InputFileError, UsageError } from './cli-errors.js';
import { outputFormats, type CliContext, type OutputFormat } from './cli-context.js';
import { run360 } from './command-360.js';
import { runDemo } from './command-demo.js';
import { runEvaluate } from './command-evaluate.js';
import { runIip } from './command-iip.js';
import { packageVersion } from './package-version.js';
import { runPlan } from './command-plan.js';
import { mainUsage, usage360, usageDemo, usageEvaluate, usageIip, usagePlan } from './usage-text.js';

type Command = '360' | 'plan' | 'iip' | 'evaluate' | 'demo';

const usages: Readonly<Record<Command, string>> = { '360': usage360, plan: usagePlan, iip: usageIip, evaluate: usageEvaluate, demo: usageDemo };

const common = {
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string' },
} as const;

const optionsOf = {
  '360': {
    ...common,
    instrument: { type: 'string' },
    settings: { type: 'string' },
    ratee: { type: 'string' },
    out: { type: 'string' },
    'out-dir': { type: 'string' },
    quiet: { type: 'boolean' },
    column: { type: 'string', multiple: true },
    'group-label': { type: 'string', multiple: true },
    sheet: { type: 'string' },
    explain: { type: 'boolean' },
    audience: { type: 'string' },
    units: { type: 'string' },
    ledger: { type: 'string' },
    release: { type: 'string' },
    previous: { type: 'string', multiple: true },
    labels: { type: 'string' },
  },
  plan: {
    ...common,
    instrument: { type: 'string' },
    settings: { type: 'string' },
    choices: { type: 'string' },
    ratee: { type: 'string' },
    out: { type: 'string' },
    audience: { type: 'string' },
  },
  iip: { ...common, out: { type: 'string' } },
  evaluate: { ...common, out: { type: 'string' } },
  demo: { ...common },
} as const;

function isCommand(name: string): name is Command {
  return Object.hasOwn(usages, name);
}


function parseAudience(value: string | null, command: Command): 'participant' | 'coach' | null {
  if (value === null) return null;
  if (value !== 'participant' && value !== 'coach') throw new UsageError(`--audience must be participant or coach (received ${JSON.stringify(value)})`, command);
  return value;
}

function parseFormat(value: string | undefined, command: Command, allowed: readonly OutputFormat[]): OutputFormat {
  if (value === undefined) return 'markdown';
  if (!(outputFormats as readonly string[]).includes(value)) {
    throw new UsageError(`--format must be one of ${allowed.join(', ')} (received ${JSON.stringify(value)})`, command);
  }
  if (!allowed.includes(value as OutputFormat)) {
    throw new UsageError(`--format ${value} is only for the 360 report; use ${allowed.join(' or ')}`, command);
  }
  return value as OutputFormat;
}

/** The `--column role="header"` choices, checked. */
function parseColumns(values: readonly string[] | undefined): { ratee?: string; rater?: string; group?: string } | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const columns: { ratee?: string; rater?: string; group?: string } = {};
  for (const value of values) {
    const at = value.indexOf('=');
    const role = (at === -1 ? value : value.slice(0, at)).trim();
    const header = at === -1 ? '' : value.slice(at + 1).trim();
    if (role !== 'ratee' && role !== 'rater' && role !== 'group') {
      throw new UsageError(`--column expects ratee=, rater= or group= and a column header, as --column ratee="Who are you giving feedback on?" (received ${JSON.stringify(value)})`, '360');
    }
    if (header === '') throw new UsageError(`--column ${role}= needs the column's header after the = (received ${JSON.stringify(value)})`, '360');
    if (columns[role] !== undefined) throw new UsageError(`--column ${role}= is given twice`, '360');
    columns[role] = header;
  }
  return columns;
}

/** The `--group-label "label=group"` mappings, checked. */
function parseGroupLabels(values: readonly string[] | undefined): Record<string, RaterGroup> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const labels: Record<string, RaterGroup> = {};
  for (const value of values) {
    const at = value.lastIndexOf('=');
    const label = at === -1 ? '' : value.slice(0, at).trim();
    const group = (at === -1 ? '' : value.slice(at + 1)).trim().toLowerCase().replace(/[\s_]+/g, '-');
    if (label === '' || !(raterGroups as readonly string[]).includes(group)) {
      throw new UsageError(
        `--group-label expects a label, =, and one of ${raterGroups.join(', ')}, as --group-label "I work alongside them=peer" (received ${JSON.stringify(value)})`,
        '360',
      );
    }
    Object.defineProperty(labels, label, { value: group, enumerable: true, writable: true, configurable: true });
  }
  return labels;
}

function onePositional(positionals: readonly string[], command: Command, what: string): string {
  if (positionals.length === 0) throw new UsageError(`missing the ${what} argument`, command);
  if (positionals.length > 1) throw new UsageError(`expected one ${what} argument (received ${positionals.length}: ${positionals.join(' ')})`, command);
  const value = positionals[0] as string;
  if (value.trim() === '') throw new UsageError(`the ${what} argument is an empty text`, command);
  return value;
}

/**
 * Runs the command with the given arguments.
 *
 * @param argv - the arguments after `lmdkit`
 * @param context - output and clock
 * @returns the exit code
 */
export function runCli(argv: readonly string[], context: CliContext): number {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing the command (360, iip, evaluate or demo)');
  if (first === '--help' || first === '-h' || first === 'help') {
    // `lmdkit help 360` is `lmdkit 360 --help`.
    const topic = first === 'help' ? rest[0] : undefined;
    if (topic !== undefined && !isCommand(topic)) throw new UsageError(`no help on ${JSON.stringify(topic)} (expected 360, plan, iip, evaluate or demo)`);
    context.stdout(topic === undefined ? mainUsage : usages[topic]);
    return EXIT_OK;
  }
  if (first === '--version' || first === '-v') {
    context.stdout(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  if (!isCommand(first)) {
    const command = rest.find(isCommand);
    if (first.startsWith('-') && command !== undefined) throw new UsageError(`options go after the command: lmdkit ${command} … ${first}`);
    throw new UsageError(first.startsWith('-') ? `unknown option ${JSON.stringify(first)}` : `unknown command ${JSON.stringify(first)} (expected 360, plan, iip, evaluate or demo)`);
  }
  const command = first;
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: optionsOf[command], allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error);
    throw new UsageError(message, command);
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values['help'] === true) {
    context.stdout(usages[command]);
    return EXIT_OK;
  }
  const text = (name: string): string | null => {
    const value = values[name];
    if (typeof value !== 'string') return null;
    if (value.trim() === '') throw new UsageError(`--${name} needs a value (received an empty text)`, command);
    return value;
  };
  switch (command) {
    case '360': {
      const instrument = text('instrument');
      if (instrument === null) throw new UsageError('missing --instrument <file.json>', command);
      const columns = parseColumns(values['column'] as unknown as string[] | undefined);
      const groupLabels = parseGroupLabels(values['group-label'] as unknown as string[] | undefined);
      const sheet = text('sheet');
      run360(
        {
          ratings: onePositional(parsed.positionals, command, '<export.csv|.xlsx>'),
          instrument,
          settings: text('settings'),
          ratee: text('ratee'),
          format: parseFormat(text('format') ?? undefined, command, ['markdown', 'json', 'html']),
          out: text('out'),
          outDir: text('out-dir'),
          quiet: values['quiet'] === true,
          choices: {
            ...(columns === undefined ? {} : { columns }),
            ...(groupLabels === undefined ? {} : { groupLabels }),
            ...(sheet === null ? {} : { sheet }),
          },
          explain: values['explain'] === true,
          audience: parseAudience(text('audience'), command),
          units: text('units'),
          ledger: text('ledger'),
          release: text('release'),
          previous: (values['previous'] as unknown as string[] | undefined) ?? [],
          labels: text('labels'),
        },
        context,
      );
      return EXIT_OK;
    }
    case 'plan': {
      const instrument = text('instrument');
      if (instrument === null) throw new UsageError('missing --instrument <file.json>', command);
      const choices = text('choices');
      if (choices === null) throw new UsageError('missing --choices <file.json> (the plan choices: see examples/data/360-plan-choices.json)', command);
      const ratee = text('ratee');
      if (ratee === null) throw new UsageError('missing --ratee <id>: a plan is for one person', command);
      runPlan(
        {
          ratings: onePositional(parsed.positionals, command, '<export.csv|.xlsx>'),
          instrument,
          settings: text('settings'),
          choices,
          ratee,
          format: parseFormat(text('format') ?? undefined, command, ['markdown', 'json', 'html']),
          out: text('out'),
          audience: parseAudience(text('audience'), command),
        },
        context,
      );
      return EXIT_OK;
    }
    case 'iip':
    case 'evaluate': {
      const options = {
        file: onePositional(parsed.positionals, command, command === 'iip' ? '<evidence.json>' : '<case.json>'),
        format: parseFormat(text('format') ?? undefined, command, ['markdown', 'json']) as 'markdown' | 'json',
        out: text('out'),
      };
      if (command === 'iip') runIip(options, context);
      else runEvaluate(options, context);
      return EXIT_OK;
    }
    case 'demo':
      if (parsed.positionals.length > 0) throw new UsageError(`demo takes no file argument (received ${parsed.positionals.join(' ')})`, command);
      runDemo(
        { format: parseFormat(text('format') ?? undefined, command, ['markdown', 'json']) as 'markdown' | 'json' },
        new URL('../../examples/data/', import.meta.url),
        context,
      );
      return EXIT_OK;
  }
}

/**
 * The exit code and the message for an error: user errors without a stack trace, anything else
 * as an internal error (with the stack only when `LMDKIT_DEBUG=1`).
 *
 * @param error - what was thrown
 * @param debug - whether to show the stack of an internal error
 * @returns the exit code and the text for standard error
 */
export function describeFailure(error: unknown, debug: boolean): { code: number; message: string } {
  if (error instanceof UsageError) {
    const help = error.command === null ? 'lmdkit --help' : `lmdkit ${error.command} --help`;
    return { code: EXIT_USAGE, message: `lmdkit${error.command === null ? '' : ` ${error.command}`}: ${error.message}\nRun "${help}" for usage.\n` };
  }
  if (error instanceof InputFileError) return { code: EXIT_INPUT, message: `lmdkit: ${error.message}\n` };
  if (error instanceof LmdInputError) return { code: EXIT_INPUT, message: `lmdkit: ${error.message}\n` };
  const detail = error instanceof Error ? error.message : String(error);
  const stack = debug && error instanceof Error && error.stack !== undefined ? `\n${error.stack}` : '';
  return {
    code: EXIT_INTERNAL,
    message: `lmdkit: internal error (${detail}); this is a bug, please report it with the command you ran (LMDKIT_DEBUG=1 shows the stack trace).${stack}\n`,
  };
}
