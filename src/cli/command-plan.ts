/**
 * `lmdkit plan`: one person's development plan from their 360 and the choices made with their
 * coach (a JSON file: importance of each competency, support available, goals, dates).
 *
 * @module
 */
import {
  competencySpread360,
  participantDevelopmentPlan,
  planDevelopment,
  planDevelopmentOptionsSchema,
  type Instrument360,
} from '../lmd/index.js';
import { renderDevelopmentPlanHtml, renderDevelopmentPlanMarkdown, renderJsonReport } from '../report/index.js';
import { InputFileError, UsageError } from './cli-errors.js';
import type { CliContext } from './cli-context.js';
import { assertOutputIsNotInput, readTextFile, writeTextFile } from './cli-io.js';
import { interpret360CohortWithSettings, readSurveyFile } from './command-360.js';
import { feedback360SettingsFileSchema, type Feedback360SettingsFile } from './file-formats.js';
import { readInstrumentFile } from './read-instrument-file.js';
import { readJsonInput } from './read-json-input.js';

/** The options of `lmdkit plan`, parsed. */
export interface OptionsPlan {
  readonly ratings: string;
  readonly instrument: string;
  readonly settings: string | null;
  readonly choices: string;
  readonly ratee: string;
  readonly format: 'markdown' | 'json' | 'html';
  readonly out: string | null;
  /** Who reads it: the person (`participant`, the default: no coach's checks) or the coach (everything). */
  readonly audience: 'participant' | 'coach' | null;
}

/**
 * Runs `lmdkit plan`: interprets the cycle (the plan compares the person with the cycle's spread
 * per competency), plans the ratee's development from their report and the choices file, and
 * writes it for the person rated (by default) or their coach.
 *
 * @param options - the parsed options
 * @param context - output
 */
export function runPlan(options: OptionsPlan, context: CliContext): void {
  assertOutputIsNotInput(options.out, [options.ratings, options.instrument, options.settings, options.choices], 'plan');
  const instrument: Instrument360 = readInstrumentFile(readTextFile(options.instrument, 'json'), options.instrument);
  const settings: Feedback360SettingsFile =
    options.settings === null ? {} : readJsonInput(readTextFile(options.settings, 'json'), options.settings, feedback360SettingsFileSchema);
  const choices = readJsonInput(readTextFile(options.choices, 'json'), options.choices, planDevelopmentOptionsSchema);
  const file = readSurveyFile(options.ratings, instrument);
  const cohort = interpret360CohortWithSettings(instrument, file.rows, settings);
  const entry = cohort.ratees.find((candidate) => candidate.rateeId === options.ratee);
  if (entry === undefined) throw new InputFileError(`${options.ratings}: no ratings are about the ratee ${JSON.stringify(options.ratee)} (check --ratee)`);
  const itemText = Object.fromEntries(instrument.items.flatMap((item) => (item.text === undefined ? [] : [[item.id, item.text]])));
  const plan = planDevelopment(entry.report, { ...choices, reference: competencySpread360(cohort.ratees.map((ratee) => ratee.report)), itemText });
  const audience = options.audience ?? 'participant';
  const inputs = { ratings: options.ratings, instrument: options.instrument, settings: options.settings, choices: options.choices, ratee: options.ratee, audience };
  let text: string;
  if (options.format === 'json') text = renderJsonReport('plan', inputs, audience === 'participant' ? participantDevelopmentPlan(plan) : plan);
  else if (options.format === 'html') {
    if (audience === 'coach') throw new UsageError('--format html is the person\'s page; for the coach\'s checks use --format markdown or json with --audience coach', 'plan');
    text = renderDevelopmentPlanHtml(participantDevelopmentPlan(plan), { participantName: options.ratee });
  } else {
    text = renderDevelopmentPlanMarkdown(participantDevelopmentPlan(plan), options.ratee);
    if (audience === 'coach') {
      const checks = plan.findings.map((finding) => `- **${finding.severity}** \`${finding.code}\`: ${finding.message}`);
      text = `${text}\n## Checks for the coach\n\n${checks.length === 0 ? 'None: goals, coaching and follow-up are in place.' : checks.join('\n')}\n`;
    }
  }
  if (options.out === null) context.stdout(text);
  else writeTextFile(options.out, text);
}
