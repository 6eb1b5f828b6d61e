/**
 * `lmdkit iip`: assesses an evidence file against the IIP Leadership & Management Model.
 *
 * @module
 */
import { assessLmModel, type LmAssessment } from '../indicators/index.js';
import { renderIipMarkdown, renderJsonReport } from '../report/index.js';
import { InputFileError } from './cli-errors.js';
import type { CliContext, SingleFileOptions } from './cli-context.js';
import { assertOutputIsNotInput, readTextFile, writeTextFile } from './cli-io.js';
import { iipEvidenceFileSchema, type IipEvidenceFile } from './file-formats.js';
import { checkJsonInput, parseJsonText, withFileErrors } from './read-json-input.js';

/**
 * Reads an IIP evidence file's text (the file format, or a bare array of evidence items) and
 * assesses it.
 *
 * @param text - the file's text
 * @param fileName - the name to use in messages
 * @returns the file as read (organisation "(not named)" for a bare array) and the assessment
 * @throws InputFileError for a bad file
 */
export function assessEvidenceFile(text: string, fileName: string): { file: IipEvidenceFile; assessment: LmAssessment } {
  // A bare array of evidence items is read as a file without an organisation.
  const value = parseJsonText(text, fileName);
  const bare = Array.isArray(value);
  if (!bare && (value === null || typeof value !== 'object')) {
    throw new InputFileError(`${fileName}: expected a JSON object { "organisation", "evidence": [ … ] } or an array of evidence items (received ${JSON.stringify(value)})`);
  }
  const file: IipEvidenceFile = bare
    ? { organisation: '(not named)', evidence: checkJsonInput(value, fileName, iipEvidenceFileSchema.shape.evidence) }
    : checkJsonInput(value, fileName, iipEvidenceFileSchema);
  return { file, assessment: withFileErrors(fileName, () => assessLmModel(file.evidence, file.options ?? {})) };
}

/**
 * Runs `lmdkit iip`.
 *
 * @param options - the parsed options
 * @param context - output
 */
export function runIip(options: SingleFileOptions, context: CliContext): void {
  assertOutputIsNotInput(options.out, [options.file], 'iip');
  const { file, assessment } = assessEvidenceFile(readTextFile(options.file, 'json'), options.file);
  const text =
    options.format === 'json'
      ? renderJsonReport('iip', { evidence: options.file }, assessment)
      : renderIipMarkdown(assessment, { organisation: file.organisation, ...(file.assessedOn === undefined ? {} : { assessedOn: file.assessedOn }) });
  if (options.out === null) context.stdout(text);
  else writeTextFile(options.out, text);
}
