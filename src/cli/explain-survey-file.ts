/**
 * `lmdkit 360 EXPORT --explain`: how each column of an export was read (its role, the item or
 * question it matched, how and why), the header rows skipped, the relationship labels and the
 * warnings, as plain text. When reading the rows fails, the columns are still shown and the error
 * follows.
 *
 * @module
 */
import type { SurveyColumnPlan, SurveyExport } from '../import/index.js';
import type { Instrument360 } from '../lmd/index.js';
import { InputFileError } from './cli-errors.js';
import { readBinaryFile } from './cli-io.js';
import { decodeUtf8File } from './decode-utf8.js';
import { isWorkbook, planOfFile, readRatingsCsv, readRatingsXlsx, type ExportChoices } from './read-ratings-csv.js';

/** What each role is called in the explanation. */
const roleNames: Readonly<Record<string, string>> = {
  ratee: 'ratee',
  rater: 'rater',
  group: 'rater group',
  item: 'item',
  comment: 'open question',
  'item-id': 'item id',
  score: 'score',
  ignored: 'not read',
};

/** The columns and warnings of a plan, one line each. */
function describePlan(fileName: string, plan: Pick<SurveyColumnPlan, 'format' | 'headerRowsSkipped' | 'columns' | 'warnings'>): string[] {
  const shape = plan.format === 'wide' ? 'a wide export (one row per response, a column per question)' : 'a long export (one row per rating)';
  const skipped = plan.headerRowsSkipped === 0 ? 'one header row' : `${plan.headerRowsSkipped + 1} header rows`;
  const lines = [`${fileName}: ${shape}, ${skipped}.`, '', 'Columns:'];
  for (const column of plan.columns) {
    const target = column.itemId !== null ? ` ${column.itemId}` : column.questionId !== null ? ` ${column.questionId}` : '';
    const header = column.header.length > 70 ? `${column.header.slice(0, 70)}…` : column.header;
    lines.push(`  ${String(column.index + 1).padStart(3)}  ${JSON.stringify(header)} → ${roleNames[column.role] ?? column.role}${target} (${column.matchedBy}): ${column.reason}`);
  }
  if (plan.warnings.length > 0) {
    lines.push('', 'Warnings:');
    for (const warning of plan.warnings) lines.push(`  ${warning.code}: ${warning.message}`);
  }
  return lines;
}

/** The whole explanation of an export that was read. */
function describeExport(fileName: string, survey: SurveyExport): string {
  const lines = describePlan(fileName, survey);
  const warningsAt = lines.indexOf('Warnings:');
  const labels = ['', 'Relationship labels:', ...survey.groupLabels.map((entry) => `  ${JSON.stringify(entry.label)} → ${entry.group} (${entry.matchedBy}, ${entry.rows} row${entry.rows === 1 ? '' : 's'})`)];
  if (warningsAt === -1) lines.push(...labels);
  else lines.splice(warningsAt - 1, 0, ...labels);
  const ratees = new Set(survey.ratings.map((rating) => rating.rateeId)).size;
  lines.push(
    '',
    `Read ${survey.responses.toLocaleString('en-GB')} ${survey.format === 'wide' ? 'responses' : 'rows'}: ${survey.ratings.length.toLocaleString('en-GB')} ratings and ${survey.comments.length.toLocaleString('en-GB')} comments about ${ratees.toLocaleString('en-GB')} ratees.`,
    'If a column was read wrongly, choose it with --column ratee=/rater=/group="<header>"; map a relationship label with --group-label "<label>=<group>".',
  );
  return `${lines.join('\n')}\n`;
}

/**
 * Prints what `--explain` shows for an export: the columns, labels and warnings; when reading
 * the rows fails, the columns (from the header rows alone) and then the error.
 *
 * @param path - the export, as the user gave it
 * @param instrument - the instrument
 * @param choices - the user's corrections
 * @param print - writes text to standard output
 * @throws InputFileError when the rows cannot be read (after printing the columns) or not even the columns can be placed
 */
export function explainSurveyFile(path: string, instrument: Instrument360, choices: ExportChoices, print: (text: string) => void): void {
  const bytes = readBinaryFile(path);
  const decode = (data: Uint8Array): string => decodeUtf8File(data, path, 'csv');
  let text: string;
  try {
    const file = isWorkbook(path, bytes) ? readRatingsXlsx(bytes, path, instrument, choices) : readRatingsCsv(decode(bytes), path, instrument, choices);
    text = describeExport(path, file.survey);
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error;
    const plan = planOfFile(bytes, path, instrument, choices, decode);
    print(`${describePlan(path, plan).join('\n')}\n\nThe columns can be placed, but reading the rows failed (see the message below).\n`);
    throw error;
  }
  print(text);
}
