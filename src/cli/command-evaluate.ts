/**
 * `lmdkit evaluate`: evaluates an initiative from an evaluation-case file.
 *
 * @module
 */
import type { CliContext, SingleFileOptions } from './cli-context.js';
import { assertOutputIsNotInput, readTextFile, writeTextFile } from './cli-io.js';
import { evaluateCase, evaluationCaseSchema, renderEvaluationMarkdown, renderJsonReport, type CaseEvaluation } from '../report/index.js';
import { readJsonInput, withFileErrors } from './read-json-input.js';

/**
 * Reads an evaluation case file's text and evaluates it.
 *
 * @param text - the file's text
 * @param fileName - the name to use in messages
 * @returns the evaluation
 * @throws InputFileError for a bad file
 */
export function evaluateCaseFile(text: string, fileName: string): CaseEvaluation {
  const evaluationCase = readJsonInput(text, fileName, evaluationCaseSchema);
  return withFileErrors(fileName, () => evaluateCase(evaluationCase));
}

/**
 * Runs `lmdkit evaluate`.
 *
 * @param options - the parsed options
 * @param context - output
 */
export function runEvaluate(options: SingleFileOptions, context: CliContext): void {
  assertOutputIsNotInput(options.out, [options.file], 'evaluate');
  const evaluation = evaluateCaseFile(readTextFile(options.file, 'json'), options.file);
  const text = options.format === 'json' ? renderJsonReport('evaluate', { case: options.file }, evaluation) : renderEvaluationMarkdown(evaluation);
  if (options.out === null) context.stdout(text);
  else writeTextFile(options.out, text);
}
