/**
 * `lmdkit 360`: reads a survey export (wide or long, `.csv` or `.xlsx`), interprets the whole
 * cycle with `interpret360Cohort` and writes the cohort summary, one ratee's report, or one file
 * per ratee; with `--explain`, prints how the export's columns were read and stops.
 *
 * @module
 */
import { createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { formatPath, LmdInputError, type LmdInputPathKey } from '../index.js';
import {
  comparableReport360,
  cycleComparer360,
  interpret360Cohort,
  interpret360Stream,
  participantCycleComparison360,
  participantView360,
  publishComments360,
  summariseCohort360,
  type Comment360,
  type Comments360,
  type ComparableReport360,
  type CycleComparer360,
  type Feedback360Cohort,
  type Feedback360CohortTotals,
  type Feedback360Report,
  type Instrument360,
  emptyReleaseLedger,
  releaseLedgerSchema,
  type ReleaseLedger,
  type Releases360,
  type RateeCycleComparison360,
  type RateeUnits360,
  type RatingColumns360,
  type Units360Summary,
} from '../lmd/index.js';
import {
  renderJsonReport as jsonReport,
  render360CohortHtml,
  render360CohortMarkdown,
  render360Html,
  render360Markdown,
  render360ParticipantHtml,
  render360ParticipantMarkdown,
  render360UnitsHtml,
  render360UnitsMarkdown,
} from '../report/index.js';
import { parseSurveyCsv, parseUnitsCsv } from '../import/index.js';
import { InputFileError, MAX_REPORTED_ERRORS, UsageError } from './cli-errors.js';
import type { CliContext, OutputFormat } from './cli-context.js';
import { assertOutDirSparesInputs, assertOutputIsNotInput, openOutputFile, readBinaryFile, readFileHead, readTextFile, readTextPieces, stageFiles, writeTextFile } from './cli-io.js';
import { cohortWriter, unitsWriter } from './cohort-writer.js';
import { decodeUtf8File } from './decode-utf8.js';
import { explainSurveyFile } from './explain-survey-file.js';
import { feedback360SettingsFileSchema, type Feedback360SettingsFile } from './file-formats.js';
import { readInstrumentFile } from './read-instrument-file.js';
import { inputErrorForFile, readJsonInput } from './read-json-input.js';
import { isWorkbook, readRatingsCsv, readRatingsCsvColumns, readRatingsXlsx, surveyFileColumns, type ExportChoices, type SurveyColumnsFile, type SurveyFile } from './read-ratings-csv.js';
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
  /** `--units`: a CSV of ratee → unit path; the output is the roll-up by unit. */
  readonly units?: string | null;
  /** `--ledger`: the release ledger file (read when it exists, rewritten after the release). */
  readonly ledger?: string | null;
  /** `--release`: this release's id in the ledger (default: the export's file name). */
  readonly release?: string | null;
  /** `--previous`: earlier cycles' exports, oldest first (with `--ratee`). */
  readonly previous?: readonly string[];
  /** `--labels`: the cycles' names, oldest first, the current last. */
  readonly labels?: string | null;
}

/** A file's name without its folder and extension: a cycle's default label. */
function fileLabel(path: string): string {
  return basename(path).replace(/\.[^.]*$/, '');
}

/** The environment variable holding the key of the rater ids' hashes in the release ledger. */
export const LEDGER_KEY_VARIABLE = 'LMDKIT_LEDGER_KEY';

/**
 * The release settings for `--ledger`: the ledger as stored (or an empty one), this release's id,
 * and HMAC-SHA-256 of each rater id under the key from {@link LEDGER_KEY_VARIABLE}.
 */
function releasesFor(options: Options360): Releases360 | undefined {
  const path = options.ledger ?? null;
  if (path === null) {
    if (options.release !== undefined && options.release !== null) throw new UsageError('--release names a release in the ledger: add --ledger <file>', '360');
    return undefined;
  }
  const key = process.env[LEDGER_KEY_VARIABLE] ?? '';
  if (key.length < 16) {
    throw new UsageError(
      `--ledger needs a secret key in the environment variable ${LEDGER_KEY_VARIABLE} (at least 16 characters; keep it apart from the ledger, and the same from release to release)${key.length === 0 ? '' : ` (it has ${key.length})`}`,
      '360',
    );
  }
  const ledger: ReleaseLedger = existsSync(path) ? readJsonInput(readTextFile(path, 'json'), path, releaseLedgerSchema) : emptyReleaseLedger;
  const releaseId = options.release ?? basename(options.ratings).replace(/\.[^.]*$/, '');
  return { ledger, releaseId, pseudonymise: (raterId) => createHmac('sha256', key).update(raterId).digest('hex') };
}

/** A cycle bigger than this (rows or ratees) gets progress lines on standard error. */
export const PROGRESS_ROWS = 50_000;
/** See {@link PROGRESS_ROWS}. */
export const PROGRESS_RATEES = 200;

/**
 * A library error about the ratings (`ratings[N].key`) as a message naming the file's line (or
 * sheet row) and column; other paths are the settings file's.
 */
function cohortError(error: LmdInputError, options: Options360, file: Pick<SurveyFile, 'columnOf' | 'placeOf'>): InputFileError {
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
 * Reads a survey export into columns: a CSV file piece by piece (never whole, unless it has
 * problems to report), an Excel workbook whole.
 *
 * @param path - the file, as the user gave it
 * @param instrument - the instrument
 * @param choices - the user's corrections
 * @returns the ratings in columns, the comments and how they were read
 * @throws InputFileError when the file cannot be read
 */
export function readSurveyColumns(path: string, instrument: Instrument360, choices: ExportChoices = {}): SurveyColumnsFile {
  const head = readFileHead(path, 4);
  if (isWorkbook(path, head)) return surveyFileColumns(readSurveyFile(path, instrument, choices), instrument);
  if (choices.sheet !== undefined && choices.sheet !== null) throw new InputFileError(`${path}: --sheet is for Excel workbooks (.xlsx), and this is a CSV file`);
  return readRatingsCsvColumns((onPiece) => readTextPieces(path, onPiece), path, instrument, choices, () => decodeUtf8File(readBinaryFile(path), path, 'csv'));
}

/**
 * The comparer of each ratee with earlier cycles: each earlier export interpreted as it streams,
 * keeping only the parts of its reports the comparison reads (the previous cycle's reports are
 * the reference the noise is judged against); the current reports are then compared one by one as
 * they are made, and none is kept.
 *
 * @param previous - the earlier exports, oldest first
 * @param labels - the cycles' names, oldest first, the current last
 * @param instrument - the instrument (the same for every cycle)
 * @param settings - the settings file as read
 * @param options - the command's options (for messages)
 * @returns the comparer
 * @throws InputFileError when an earlier export cannot be read or interpreted
 */
function cycleComparerFor(previous: readonly string[], labels: readonly string[], instrument: Instrument360, settings: Feedback360SettingsFile, options: Options360): CycleComparer360 {
  const earlier = previous.map((path, index) => {
    const file = readSurveyColumns(path, instrument, options.choices ?? {});
    // Only what the comparison reads is kept of each earlier report.
    const ratees: { rateeId: string; report: ComparableReport360 }[] = [];
    try {
      interpret360StreamWithSettings(instrument, file.ratings, settings, (rateeId, report) => ratees.push({ rateeId, report: comparableReport360(report) }));
    } catch (error) {
      if (error instanceof LmdInputError) throw cohortError(error, { ...options, ratings: path }, file);
      throw error;
    }
    return { label: labels[index] as string, ratees };
  });
  return cycleComparer360({ earlier, current: { label: labels[labels.length - 1] as string, itemIds: instrument.items.map((item) => item.id) } });
}

/**
 * Reads a units file (`ratee,unit`, the path joined by ` / `), with errors naming its lines.
 *
 * @param path - the file, as the user gave it
 * @returns the file's path and the units
 * @throws InputFileError when it cannot be read or is not a units file
 */
export function readUnitsFile(path: string): { path: string; units: RateeUnits360 } {
  const text = readTextFile(path, 'csv');
  try {
    return { path, units: parseUnitsCsv(text) };
  } catch (error) {
    if (!(error instanceof LmdInputError)) throw error;
    let lines: readonly number[] = [];
    try {
      lines = parseSurveyCsv(text).lines;
    } catch {
      // Text that is not CSV: its own message names the line.
    }
    throw new InputFileError(
      error.issues
        .slice(0, MAX_REPORTED_ERRORS)
        .map((issue) => {
          const [first, row, column] = issue.keys;
          if (first !== 'rows' || typeof row !== 'number') return `${path}: ${issue.message}`;
          return `${path} line ${lines[row] ?? row + 1}${typeof column === 'string' ? `, column ${JSON.stringify(column)}` : ''}: ${issue.message}`;
        })
        .join('\n'),
    );
  }
}

/**
 * Interprets a 360 cycle ratee by ratee, with what a settings file gives, handing each report on.
 *
 * @param instrument - the instrument
 * @param ratings - the ratings in columns
 * @param settings - the settings file as read (`{}` when none was given)
 * @param onReport - takes each ratee's report
 * @param ratees - only these ratees' reports (all when left out)
 * @param releases - the release ledger's settings (`--ledger`)
 * @returns the cohort's figures
 * @throws LmdInputError when the library rejects the ratings or settings
 */
export function interpret360StreamWithSettings(
  instrument: Instrument360,
  ratings: RatingColumns360,
  settings: Feedback360SettingsFile,
  onReport: (rateeId: string, report: Feedback360Report) => void,
  ratees?: readonly string[],
  releases?: Releases360,
): Feedback360CohortTotals {
  return interpret360Stream(
    {
      instrument,
      ratings,
      ...(ratees === undefined ? {} : { ratees }),
      ...(releases === undefined ? {} : { releases }),
      ...(settings.policy === undefined ? {} : { policy: settings.policy }),
      ...(settings.readiness === undefined ? {} : { readiness: settings.readiness }),
    },
    onReport,
  );
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
  const unitsPath = options.units ?? null;
  if (unitsPath !== null && (options.ratee !== null || options.outDir !== null)) {
    throw new UsageError('--units rolls the whole cycle up by unit: leave out --ratee and --out-dir', '360');
  }
  if (unitsPath !== null && options.audience === 'participant') throw new UsageError('--audience participant is for one person; the roll-up by unit is for the organisation', '360');
  assertOutputIsNotInput(options.out, [options.ratings, options.instrument, options.settings, unitsPath], '360');

  const instrument: Instrument360 = readInstrumentFile(readTextFile(options.instrument, 'json'), options.instrument);
  const settings: Feedback360SettingsFile =
    options.settings === null ? {} : readJsonInput(readTextFile(options.settings, 'json'), options.settings, feedback360SettingsFileSchema);

  let started = context.now();
  if (options.explain === true) {
    explainSurveyFile(options.ratings, instrument, options.choices ?? {}, context.stdout);
    return;
  }
  const units = unitsPath === null ? null : readUnitsFile(unitsPath);
  const previous = options.previous ?? [];
  if (previous.length > 0 && options.ratee === null && options.outDir === null) {
    throw new UsageError('--previous shows each person\'s change: add --ratee <id> or --out-dir <dir> (the cohort summary has no change to show)', '360');
  }
  if (previous.length === 0 && options.labels !== undefined && options.labels !== null) throw new UsageError('--labels names the cycles of --previous', '360');
  const labels = options.labels === undefined || options.labels === null ? [...previous, options.ratings].map(fileLabel) : options.labels.split(',').map((label) => label.trim());
  if (labels.length !== previous.length + 1 || labels.some((label) => label === '') || new Set(labels).size !== labels.length) {
    throw new UsageError(`--labels names ${previous.length + 1} cycles, oldest first, each once (received ${JSON.stringify(options.labels)})`, '360');
  }
  const releases = releasesFor(options);
  const file = readSurveyColumns(options.ratings, instrument, options.choices ?? {});
  if (!options.quiet) for (const warning of file.survey.warnings) if (warning.code !== 'COLUMNS_IGNORED') context.progress(`${options.ratings}: ${warning.message}`);
  const rateeIds = file.ratings.rateeIds;
  const rateeCount = rateeIds.length;
  const large = !options.quiet && (file.ratings.length > PROGRESS_ROWS || rateeCount > PROGRESS_RATEES);
  const seconds = (): string => ((context.now() - started) / 1000).toFixed(1);
  if (large) context.progress(`read ${file.ratings.length.toLocaleString('en-GB')} rows about ${rateeCount.toLocaleString('en-GB')} ratees in ${seconds()} s`);

  if (options.ratee !== null && !rateeIds.includes(options.ratee)) {
    throw new InputFileError(`${options.ratings}: no ratings are about the ratee ${JSON.stringify(options.ratee)} (check --ratee)`);
  }

  // `ledger: null` says that the figures were not checked against earlier releases.
  const inputs = {
    ratings: options.ratings,
    instrument: options.instrument,
    settings: options.settings,
    ledger: options.ledger ?? null,
    ...(releases === undefined ? {} : { release: releases.releaseId }),
    ...(previous.length === 0 ? {} : { previous: previous.join(', '), labels: labels.join(', ') }),
  };
  // Comments by ratee, published under the report's guarantee when the instrument asks open questions.
  const commentsByRatee = new Map<string, Comment360[]>();
  for (const comment of file.comments) commentsByRatee.set(comment.rateeId, (commentsByRatee.get(comment.rateeId) ?? []).concat([comment]));
  const commentsFor = (rateeId: string, report: Feedback360Report): Comments360 | undefined =>
    (instrument.openQuestions ?? []).length === 0 ? undefined : publishComments360(report, { instrument, comments: commentsByRatee.get(rateeId) ?? [] });
  const rateeText = (rateeId: string, report: Feedback360Report, change?: RateeCycleComparison360): string => {
    const comments = commentsFor(rateeId, report);
    const withComments = comments === undefined ? {} : { comments };
    if (audience === 'participant') {
      const view = participantView360(report);
      const seen = change === undefined ? undefined : participantCycleComparison360(change);
      const withChange = seen === undefined ? {} : { comparison: seen };
      if (options.format === 'json') return jsonReport('360', { ...inputs, ratee: rateeId, audience }, { ...view, ...withComments, ...withChange });
      if (options.format === 'html') return render360ParticipantHtml(view, { instrument, ...withComments, ...withChange });
      return render360ParticipantMarkdown(view, { instrument, ...withComments, ...withChange });
    }
    const withChange = change === undefined ? {} : { comparison: change };
    if (options.format === 'json') return jsonReport('360', { ...inputs, ratee: rateeId }, change === undefined ? report : { ...report, comparison: change });
    if (options.format === 'html') return render360Html(report, { rateeId, instrument, ...withComments, ...withChange });
    return render360Markdown(report, { rateeId, instrument, ...withChange });
  };
  const writeLedgerFile = (ledger: ReleaseLedger): void => {
    if (options.ledger !== undefined && options.ledger !== null) writeTextFile(options.ledger, `${JSON.stringify(ledger)}\n`);
  };
  const interpret = (onReport: (rateeId: string, report: Feedback360Report) => void, only?: readonly string[], writeLedger = true): Feedback360CohortTotals => {
    started = context.now();
    let totals: Feedback360CohortTotals;
    try {
      totals = interpret360StreamWithSettings(instrument, file.ratings, settings, onReport, only, releases);
    } catch (error) {
      if (error instanceof LmdInputError) throw cohortError(error, options, file);
      throw error;
    }
    if (large) context.progress(`interpreted ${rateeCount.toLocaleString('en-GB')} ratees in ${seconds()} s`);
    // The ledger is rewritten (all or nothing) before the reports are put in place: it may then
    // record a release that failed to be written, which only makes later checks stricter.
    if (writeLedger && totals.ledger !== undefined) writeLedgerFile(totals.ledger);
    return totals;
  };

  if (options.ratee !== null) {
    const reported: { rateeId: string; report: Feedback360Report }[] = [];
    interpret((rateeId, report) => reported.push({ rateeId, report }), [options.ratee]);
    const entry = reported[0];
    if (entry === undefined) throw new InputFileError(`${options.ratings}: no report for the ratee ${JSON.stringify(options.ratee)}`);
    const { rateeId, report } = entry;
    const change = previous.length === 0 ? undefined : cycleComparerFor(previous, labels, instrument, settings, options).compare(rateeId, report);
    const text = rateeText(rateeId, report, change);
    if (options.out === null) context.stdout(text);
    else writeTextFile(options.out, text);
    return;
  }

  if (options.outDir !== null) {
    const outDir = options.outDir;
    let nextTenth = 1;
    const names = reportFileNames(rateeIds, options.format, options.ratings);
    assertOutDirSparesInputs(outDir, [...names.ratees, names.cohort], [options.ratings, options.instrument, options.settings], '360');
    // All or nothing: every file goes to a temporary name first, and all are renamed into place at the end.
    const staged = stageFiles(outDir);
    try {
      // The cohort file is written as the reports come (JSON), or from one line per ratee at the end (Markdown).
      const cohortFile = options.format === 'json' ? staged.open(names.cohort) : null;
      const cohort = cohortWriter(options.format === 'json' ? 'json' : 'markdown', { ...inputs, ratee: null }, cohortFile === null ? () => undefined : cohortFile.write, instrument);
      let index = 0;
      const write = (rateeId: string, report: Feedback360Report, change?: RateeCycleComparison360): void => {
        staged.write(names.ratees[index] as string, rateeText(rateeId, report, change));
        index += 1;
        while (large && index * 10 >= nextTenth * rateeCount && nextTenth <= 10) {
          context.progress(`wrote ${index} of ${rateeCount} ratee files (${nextTenth * 10}%)`);
          nextTenth += 1;
        }
      };
      // With --previous the earlier cycles are read first; each report is then compared and
      // written as it is made.
      const comparer = previous.length === 0 ? null : cycleComparerFor(previous, labels, instrument, settings, options);
      const totals = interpret((rateeId, report) => {
        cohort.add(rateeId, report);
        write(rateeId, report, comparer?.compare(rateeId, report));
      });
      const text = cohort.finish(totals);
      if (cohortFile === null) staged.write(names.cohort, text);
      else cohortFile.close();
      staged.commit();
    } catch (error) {
      staged.abandon();
      throw error;
    }
    if (large) context.progress(`wrote ${names.cohort} to ${outDir}`);
    return;
  }

  // The cohort: JSON is written as the reports come; Markdown and the organisation's page at the end.
  if (units !== null) {
    const roll = unitsWriter(units.units);
    // With --ledger, the people's figures the roll-up is built from are checked and recorded as
    // for their own reports, and the roll-up is checked against the roll-ups published before;
    // the ledger holding both is written once, before the output.
    const totals = interpret((rateeId, report) => roll.add(rateeId, report), undefined, false);
    let summary: Units360Summary;
    try {
      summary = roll.summary(releases === undefined || totals.ledger === undefined ? {} : { releases: { ledger: totals.ledger, releaseId: releases.releaseId } });
    } catch (error) {
      if (error instanceof LmdInputError) throw new InputFileError(`${units.path}: ${error.issues.map((issue) => issue.message).join('; ')}`);
      throw error;
    }
    if (summary.ledger !== undefined) writeLedgerFile(summary.ledger);
    const text =
      options.format === 'json'
        ? jsonReport('360', { ...inputs, ratee: null, units: units.path }, summary)
        : options.format === 'html'
          ? render360UnitsHtml(summary, { instrument })
          : render360UnitsMarkdown(summary, { instrument });
    if (options.out === null) context.stdout(text);
    else writeTextFile(options.out, text);
    return;
  }
  if (options.format === 'html' && rateeCount < 5) {
    throw new InputFileError(
      `${options.ratings}: the organisation's page needs at least 5 ratees, so that no figure is one person's (the cycle has ${rateeCount}); use --format markdown for the coaches' summary, or --ratee for one person's page`,
    );
  }
  const outFile = options.out === null ? null : openOutputFile(options.out);
  try {
    const write = outFile === null ? context.stdout : outFile.write;
    const kind = options.format === 'json' ? 'json' : options.format === 'html' ? 'html' : 'markdown';
    const cohort = cohortWriter(kind, { ...inputs, ratee: null }, write, instrument);
    const totals = interpret((rateeId, report) => cohort.add(rateeId, report));
    const text = cohort.finish(totals);
    if (kind !== 'json') write(text);
    outFile?.commit();
  } catch (error) {
    outFile?.abandon();
    throw error;
  }
}
