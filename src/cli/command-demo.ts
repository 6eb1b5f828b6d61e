/**
 * `lmdkit demo`: the main analyses on the fictional organisation shipped in `examples/data/`.
 *
 * @module
 */
import type { LmAssessment } from '../indicators/index.js';
import {
  compareCycles360,
  competencySpread360,
  participantCycleComparison360,
  participantDevelopmentPlan,
  participantView360,
  planDevelopment,
  planDevelopmentOptionsSchema,
  type AgreementDistribution360,
  type DevelopmentPlan,
  type Feedback360Report,
  type Instrument360,
  type RateeCycleComparison360,
} from '../lmd/index.js';
import {
  escapeMarkdownText,
  joinMarkdownSections,
  render360AgreementMarkdown,
  render360ParticipantMarkdown,
  render360TrendMarkdown,
  renderDevelopmentPlanMarkdown,
  renderEvaluationMarkdown,
  renderIipMarkdown,
  renderJsonReport,
  type CaseEvaluation,
} from '../report/index.js';
import type { CliContext, OutputFormat } from './cli-context.js';
import { readTextFile } from './cli-io.js';
import { InputFileError } from './cli-errors.js';
import { interpret360CohortWithSettings } from './command-360.js';
import { evaluateCaseFile } from './command-evaluate.js';
import { assessEvidenceFile } from './command-iip.js';
import { feedback360SettingsFileSchema } from './file-formats.js';
import { readInstrumentFile } from './read-instrument-file.js';
import { readJsonInput } from './read-json-input.js';
import { readRatingsCsv } from './read-ratings-csv.js';

/** The manager whose 360 summary the demo shows (an over-estimator with a hidden peer group). */
export const DEMO_RATEE = 'M07';

/** The sample files, by the name the demo reads them under. */
export const demoFiles = {
  iip: 'iip-evidence.json',
  instrument: '360-instrument.json',
  ratings: '360-ratings.csv',
  settings: '360-settings.json',
  case: 'evaluation-case.json',
  plan: '360-plan-choices.json',
  ratings2027: '360-ratings-2027.csv',
} as const;

/** The texts of the sample files. */
export type DemoTexts = Readonly<Record<keyof typeof demoFiles, string>>;

/** Everything the demo computes. */
export interface DemoResult {
  /** The organisation's name. */
  readonly organisation: string;
  /** The date the IIP evidence was assessed, when the file gives one. */
  readonly assessedOn: string | null;
  /** The IIP L&M assessment. */
  readonly iip: LmAssessment;
  /** The demo manager's 360 report (from the whole cohort's run). */
  readonly feedback360: { readonly rateeId: string; readonly report: Feedback360Report };
  /** The demo manager's development plan, from the report and the choices in the sample's plan file. */
  readonly plan: DevelopmentPlan;
  /** The demo manager's change from the 2026 cycle to the 2027 cycle, a year later. */
  readonly change: RateeCycleComparison360;
  /** The cohort's agreement categories. */
  readonly cohortAgreement: AgreementDistribution360;
  /** How many ratees the cohort has. */
  readonly cohortRatees: number;
  /** The pilot's evaluation. */
  readonly evaluation: CaseEvaluation;
}

/**
 * Runs the demo's analyses on the sample files' texts. Pure.
 *
 * @param texts - the files' texts
 * @returns the results
 * @throws InputFileError when a sample file is broken
 */
export function runDemoAnalyses(texts: DemoTexts): DemoResult {
  return analyseDemo(texts).result;
}

/** The demo's results and the instrument read on the way, which the Markdown report needs too. */
function analyseDemo(texts: DemoTexts): { result: DemoResult; instrument: Instrument360 } {
  const { file, assessment } = assessEvidenceFile(texts.iip, demoFiles.iip);
  const instrument = readInstrumentFile(texts.instrument, demoFiles.instrument);
  const settings = readJsonInput(texts.settings, demoFiles.settings, feedback360SettingsFileSchema);
  const csv = readRatingsCsv(texts.ratings, demoFiles.ratings, instrument);
  const cohort = interpret360CohortWithSettings(instrument, csv.rows, settings);
  const entry = cohort.ratees.find((candidate) => candidate.rateeId === DEMO_RATEE);
  if (entry === undefined) throw new InputFileError(`${demoFiles.ratings}: the sample has no ratings about ${DEMO_RATEE}`);
  // The plan takes the cycle's spread per competency and the items' wording besides the choices.
  const choices = readJsonInput(texts.plan, demoFiles.plan, planDevelopmentOptionsSchema);
  const itemText = Object.fromEntries(instrument.items.flatMap((item) => (item.text === undefined ? [] : [[item.id, item.text]])));
  const plan = planDevelopment(entry.report, { ...choices, reference: competencySpread360(cohort.ratees.map((ratee) => ratee.report)), itemText });
  // A year later: the same managers rated again, compared with 2026.
  const cohort2027 = interpret360CohortWithSettings(instrument, readRatingsCsv(texts.ratings2027, demoFiles.ratings2027, instrument).rows, settings);
  const comparison = compareCycles360({ earlier: [{ label: '2026', ratees: cohort.ratees }], current: { label: '2027', ratees: cohort2027.ratees } });
  const change = comparison.ratees.find((candidate) => candidate.rateeId === DEMO_RATEE);
  if (change === undefined) throw new InputFileError(`${demoFiles.ratings2027}: the sample has no ratings about ${DEMO_RATEE}`);
  const result: DemoResult = {
    organisation: file.organisation,
    assessedOn: file.assessedOn ?? null,
    iip: assessment,
    feedback360: entry,
    plan,
    change,
    cohortAgreement: cohort.agreement,
    cohortRatees: cohort.ratees.length,
    evaluation: evaluateCaseFile(texts.case, demoFiles.case),
  };
  return { result, instrument };
}

/** A Markdown document one heading level down, to sit inside the demo's own. */
function demoted(markdown: string): string {
  return markdown
    .trimEnd()
    .split('\n')
    .map((line) => (line.startsWith('#') ? `#${line}` : line))
    .join('\n');
}

/**
 * The demo's Markdown report: the IIP assessment (main findings), the demo manager's 360
 * summary and plan, their change in the 2027 cycle a year later, the cohort's agreement
 * categories and the pilot's evaluation with ROI.
 *
 * @param result - the demo's results
 * @param instrument - the 360 instrument (for competency names)
 * @returns the Markdown text
 */
export function renderDemoMarkdown(result: DemoResult, instrument: Instrument360): string {
  return joinMarkdownSections([
    [
      `# lmdkit demo: ${escapeMarkdownText(result.organisation)}`,
      '',
      'An invented organisation: the evidence, ratings and figures are made up (examples/data/).',
    ],
    [
      renderIipMarkdown(result.iip, {
        organisation: result.organisation,
        brief: true,
        headingLevel: 2,
        ...(result.assessedOn === null ? {} : { assessedOn: result.assessedOn }),
      }).trimEnd(),
    ],
    // What the manager is given: their own page and their plan, one heading level down.
    [demoted(render360ParticipantMarkdown(participantView360(result.feedback360.report), { instrument, participantName: result.feedback360.rateeId }))],
    [demoted(renderDevelopmentPlanMarkdown(participantDevelopmentPlan(result.plan), result.feedback360.rateeId))],
    // A year later, what the manager is given about their change since 2026.
    [`## ${escapeMarkdownText(result.feedback360.rateeId)} a year later: the 2027 cycle`, '', render360TrendMarkdown(participantCycleComparison360(result.change), 3)],
    [`## The 360 cohort (${result.cohortRatees} managers): agreement categories`, '', render360AgreementMarkdown(result.cohortAgreement)],
    [renderEvaluationMarkdown(result.evaluation, { brief: true, headingLevel: 2 }).trimEnd()],
  ]);
}

/**
 * Runs `lmdkit demo`: reads the sample files from `dataDir` and prints the report.
 *
 * @param options - the output format
 * @param dataDir - the folder holding the sample files (a file URL ending in `/`)
 * @param context - output
 */
export function runDemo(options: { readonly format: Exclude<OutputFormat, 'html'> }, dataDir: URL, context: CliContext): void {
  const texts = Object.fromEntries(
    Object.entries(demoFiles).map(([key, name]) => [key, readTextFile(new URL(name, dataDir), name.endsWith('.csv') ? 'csv' : 'json', `examples/data/${name}`)]),
  ) as unknown as DemoTexts;
  const { result, instrument } = analyseDemo(texts);
  if (options.format === 'json') {
    context.stdout(renderJsonReport('demo', Object.fromEntries(Object.entries(demoFiles).map(([key, name]) => [key, `examples/data/${name}`])), result));
    return;
  }
  context.stdout(renderDemoMarkdown(result, instrument));
}
