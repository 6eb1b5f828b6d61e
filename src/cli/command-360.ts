/**
 * `lmdkit 360`: reads a survey export (wide or long, `.csv` or `.xlsx`), interprets the whole
 * cycle with `interpret360Cohort` and writes the cohort summary, one ratee's report, or one file
 * per ratee; with `--explain`, prints how the export's columns were read and stops.
 *
 * @module
 */
import { formatPath, LmdInputError, type LmdInputPathKey } from '../index.js';
import {
  interpret360Cohort,
  participantView360,
  publishComments360,
  summariseCohort360,
  type Comment360,
  type Comments360,
  type Feedback360Cohort,
  type Feedback360Report,
  type Instrument360,
} from '../lmd/index.js';
import {
  renderJsonReport as jsonReport,
  render360CohortHtml,
  render360CohortMarkdown,
  render360Html,
  render360Markdown,
  render360ParticipantHtml,
  render360ParticipantMarkdown,
} from '../report/index.js';
import { InputFileError, MAX_REPORTED_ERRORS, UsageError } from './cli-errors.js';
import type { CliContext, OutputFormat } from './cli-context.js';
import { assertOutDirSparesInputs, assertOutputIsNotInput, readBinaryFile, readTextFile, stageFiles, writeTextFile } from './cli-io.js';
import { decodeUtf8File } from './decode-utf8.js';
import { explainSurveyFile } from './explain-survey-file.js';
import { feedback360SettingsFileSchema, type Feedback360SettingsFile } from './file-formats.js';
import { readInstrumentFile } from './read-instrument-file.js';
import { inputErrorForFile, readJsonInput } from './read-json-input.js';
import { isWorkbook, readRatingsCsv, readRatingsXlsx, type ExportChoices, type SurveyFile } from './read-ratings-csv.js';
import { reportFileNames } from './report-file-names.js';

/** The options of `lmdkit 360`, parsed. */
export interface Options360 {
  readonly ratings: string;
  readonly instrument: string;
  readonly settings: string | null;
  readonly ratee: string | null;
  readonly format: OutputFormat;
  readonly out: string | null;
  readonly outDir: string | null;
  readonly quiet: boolean;
  /** `--column`, `--group-label` and `--sheet`. */
  readonly choices?: ExportChoices;
  /** `--explain`: print how the columns were read, and stop. */
  readonly explain?: boolean;
  /**
   * `--audience`: who reads the output. `null` takes the default: the person rated (`participant`)
   * for one ratee's report and the per-ratee files, the coach for the cohort summary.
   */
  readonly audience?: 'participant' | 'coach' | null;
}

/** A cycle bigger than this (rows or ratees) gets progress lines on standard error. */
export const PROGRESS_ROWS = 50_000;
/** See {@link PROGRESS_ROWS}. */
export const PROGRESS_RATEES = 200;

/**
 * A library error about the ratings (`ratings[N].key`) as a message naming the file's line (or
 * sheet row) and column; other paths are the settings file's.
 */
function cohortError(error: LmdInputError, options: Options360, file: SurveyFile): InputFileError {
  const rowOf = (keys: readonly LmdInputPathKey[] | undefined): number | null =>
    keys !== undefined && keys[0] === 'ratings' && typeof keys[1] === 'number' ? keys[1] : null;
  const ratingIssues = error.issues.filter((issue) => rowOf(issue.keys) !== null);
  if (ratingIssues.length === 0) return inputErrorForFile(error, options.settings ?? 'settings');
  return new InputFileError(
    ratingIssues
      .slice(0, MAX_REPORTED_ERRORS)
      .map((issue) => {
        const rating = rowOf(issue.keys) as number;
        const key = issue.keys[2];
        const header = typeof key === 'string' ? file.columnOf(rating, key) : null;
        const column = header === null ? '' : `, column ${JSON.stringify(header)}`;
        // The other row a problem involves is named in the message by its display path, written
        // from its keys; the same text is swapped for its place in the file, without parsing anything.
        const other = rowOf(issue.seeAlso);
        const message =
          issue.seeAlso === undefined || other === null ? issue.message : issue.message.replace(formatPath('', issue.seeAlso), file.placeOf(other));
        return `${options.ratings} ${file.placeOf(rating)}${column}: ${message}`;
      })
      .join('\n'),
  );
}

/**
 * Reads a survey export, `.csv` (UTF-8 text) or `.xlsx` (by its name or its bytes).
 *
 * @param path - the file, as the user gave it
 * @param instrument - the instrument
 * @param choices - the user's corrections
 * @returns the ratings, comments and how they were read
 * @throws InputFileError when the file cannot be read
 */
export function readSurveyFile(path: string, instrument: Instrument360, choices: ExportChoices = {}): SurveyFile {
  const bytes = readBinaryFile(path);
  if (isWorkbook(path, bytes)) return readRatingsXlsx(bytes, path, instrument, choices);
  if (choices.sheet !== undefined && choices.sheet !== null) throw new InputFileError(`${path}: --sheet is for Excel workbooks (.xlsx), and this is a CSV file`);
  return readRatingsCsv(decodeUtf8File(bytes, path, 'csv'), path, instrument, choices);
}

/**
 * Interprets a 360 cycle with what a settings file gives (its policy and readiness, when present).
 *
 * @param instrument - the instrument
 * @param ratings - the ratings as read from the CSV
 * @param settings - the settings file as read (`{}` when none was given)
 * @returns the cohort's interpretation
 * @throws LmdInputError when the library rejects the ratings or settings
 */
export function interpret360CohortWithSettings(instrument: Instrument360, ratings: SurveyFile['rows'], settings: Feedback360SettingsFile): Feedback360Cohort {
  return interpret360Cohort({
    instrument,
    ratings,
    ...(settings.policy === undefined ? {} : { policy: settings.policy }),
    ...(settings.readiness === undefined ? {} : { readiness: settings.readiness }),
  });
}

/**
 * Runs `lmdkit 360`.
 *
 * @param options - the parsed options
 * @param context - output and clock
 */
export function run360(options: Options360, context: CliContext): void {
  const forCohort = options.ratee === null && options.outDir === null;
  if (forCohort && options.audience === 'participant') {
    throw new UsageError('--audience participant is for one person: add --ratee <id> or --out-dir <dir> (the cohort summary is for coaches, and its HTML page for the organisation)', '360');
  }
  const audience = options.audience ?? (forCohort ? 'coach' : 'participant');
  if (options.out !== null && options.outDir !== null) throw new UsageError('use --out or --out-dir, not both', '360');
  if (options.ratee !== null && options.outDir !== null) throw new UsageError('--out-dir writes every ratee; leave out --ratee, or use --out', '360');
  assertOutputIsNotInput(options.out, [options.ratings, options.instrument, options.settings], '360');

  const instrument: Instrument360 = readInstrumentFile(readTextFile(options.instrument, 'json'), options.instrument);
  const settings: Feedback360SettingsFile =
    options.settings === null ? {} : readJsonInput(readTextFile(options.settings, 'json'), options.settings, feedback360SettingsFileSchema);

  let started = context.now();
  if (options.explain === true) {
    explainSurveyFile(options.ratings, instrument, options.choices ?? {}, context.stdout);
    return;
  }
  const csv = readSurveyFile(options.ratings, instrument, options.choices ?? {});
  if (!options.quiet) for (const warning of csv.survey.warnings) if (warning.code !== 'COLUMNS_IGNORED') context.progress(`${options.ratings}: ${warning.message}`);
  const rateeCount = new Set(csv.rows.map((row) => row.rateeId)).size;
  const large = !options.quiet && (csv.rows.length > PROGRESS_ROWS || rateeCount > PROGRESS_RATEES);
  const seconds = (): string => ((context.now() - started) / 1000).toFixed(1);
  if (large) context.progress(`read ${csv.rows.length.toLocaleString('en-GB')} rows about ${rateeCount.toLocaleString('en-GB')} ratees in ${seconds()} s`);

  if (options.ratee !== null && !csv.rows.some((row) => row.rateeId === options.ratee)) {
    throw new InputFileError(`${options.ratings}: no ratings are about the ratee ${JSON.stringify(options.ratee)} (check --ratee)`);
  }

  started = context.now();
  let cohort: Feedback360Cohort;
  try {
    cohort = interpret360CohortWithSettings(instrument, csv.rows, settings);
  } catch (error) {
    if (error instanceof LmdInputError) throw cohortError(error, options, csv);
    throw error;
  }
  if (large) context.progress(`interpreted ${cohort.ratees.length.toLocaleString('en-GB')} ratees in ${seconds()} s`);

  const inputs = { ratings: options.ratings, instrument: options.instrument, settings: options.settings };
  // Comments by ratee, published under the report's guarantee when the instrument asks open questions.
  const commentsByRatee = new Map<string, Comment360[]>();
  for (const comment of csv.survey.comments) commentsByRatee.set(comment.rateeId, (commentsByRatee.get(comment.rateeId) ?? []).concat([comment]));
  const commentsFor = (rateeId: string, report: Feedback360Report): Comments360 | undefined =>
    (instrument.openQuestions ?? []).length === 0 ? undefined : publishComments360(report, { instrument, comments: commentsByRatee.get(rateeId) ?? [] });
  const rateeText = (rateeId: string, report: Feedback360Report): string => {
    const comments = commentsFor(rateeId, report);
    const withComments = comments === undefined ? {} : { comments };
    if (audience === 'participant') {
      const view = participantView360(report);
      if (options.format === 'json') return jsonReport('360', { ...inputs, ratee: rateeId, audience }, comments === undefined ? view : { ...view, comments });
      if (options.format === 'html') return render360ParticipantHtml(view, { instrument, ...withComments });
      return render360ParticipantMarkdown(view, { instrument, ...withComments });
    }
    if (options.format === 'json') return jsonReport('360', { ...inputs, ratee: rateeId }, report);
    if (options.format === 'html') return render360Html(report, { rateeId, instrument, ...withComments });
    return render360Markdown(report, { rateeId, instrument });
  };
  const cohortText = (): string => {
    if (options.format === 'json') return jsonReport('360', { ...inputs, ratee: null }, cohort);
    // The organisation's page: names no one, every figure on at least five ratees.
    if (options.format === 'html' && forCohort) {
      if (cohort.ratees.length < 5) {
        throw new InputFileError(
          `${options.ratings}: the organisation's page needs at least 5 ratees, so that no figure is one person's (the cycle has ${cohort.ratees.length}); use --format markdown for the coaches' summary, or --ratee for one person's page`,
        );
      }
      return render360CohortHtml(summariseCohort360(cohort), { instrument });
    }
    return render360CohortMarkdown(cohort);
  };

  if (options.outDir !== null) {
    const outDir = options.outDir;
    const total = cohort.ratees.length;
    let nextTenth = 1;
    const names = reportFileNames(
      cohort.ratees.map(({ rateeId }) => rateeId),
      options.format,
      options.ratings,
    );
    assertOutDirSparesInputs(outDir, [...names.ratees, names.cohort], [options.ratings, options.instrument, options.settings], '360');
    // All or nothing: every file goes to a temporary name first, and all are renamed into place at the end.
    const staged = stageFiles(outDir);
    try {
      cohort.ratees.forEach(({ rateeId, report }, index) => {
        staged.write(names.ratees[index] as string, rateeText(rateeId, report));
        while (large && (index + 1) * 10 >= nextTenth * total && nextTenth <= 10) {
          context.progress(`wrote ${index + 1} of ${total} ratee files (${nextTenth * 10}%)`);
          nextTenth += 1;
        }
      });
      // With --format html the cohort summary is Markdown: cohortText gives Markdown for every format but json.
      staged.write(names.cohort, cohortText());
      staged.commit();
    } catch (error) {
      staged.abandon();
      throw error;
    }
    if (large) context.progress(`wrote ${names.cohort} to ${outDir}`);
    return;
  }

  let text: string;
  if (options.ratee === null) text = cohortText();
  else {
    const entry = cohort.ratees.find((candidate) => candidate.rateeId === options.ratee);
    if (entry === undefined) throw new InputFileError(`${options.ratings}: no report for the ratee ${JSON.stringify(options.ratee)}`);
    text = rateeText(entry.rateeId, entry.report);
  }
  if (options.out === null) context.stdout(text);
  else writeTextFile(options.out, text);
}
