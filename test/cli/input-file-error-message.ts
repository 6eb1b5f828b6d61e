// The message of the InputFileError a reader of the command's files throws, for tests that
// compare messages word for word.
import { expect } from 'vitest';
import { InputFileError } from '../../src/cli/cli-errors.js';
import { thrownBy } from '../helpers/json-safety.js';

/**
 * Runs `action`, expects it to throw an {@link InputFileError} and returns the error's message.
 *
 * @param action - the call that should reject its input
 * @returns the message
 */
export function inputFileErrorMessage(action: () => unknown): string {
  const error = thrownBy(action);
  expect(error).toBeInstanceOf(InputFileError);
  return (error as Error).message;
}
