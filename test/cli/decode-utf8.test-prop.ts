// firstInvalidUtf8 finds an invalid sequence exactly when the strict TextDecoder refuses the
// bytes, and the bytes before it decode: so the offset a message gives is where decoding fails.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { firstInvalidUtf8 } from '../../src/cli/decode-utf8.js';

const strict = new TextDecoder('utf-8', { fatal: true });
const decodes = (bytes: Uint8Array): boolean => {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

// Mostly valid UTF-8 text with a few arbitrary bytes mixed in, so both outcomes are common.
const bytes = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 4 }).map((text) => [...new TextEncoder().encode(text)]), fc.uint8Array({ maxLength: 2 }).map((array) => [...array])), { maxLength: 30 })
  .map((parts) => Uint8Array.from(parts.flat()));

describe('firstInvalidUtf8', () => {
  test.prop([bytes], { numRuns: 1000 })('agrees with the strict TextDecoder, and the bytes before the offset decode', (input) => {
    const offset = firstInvalidUtf8(input);
    expect(offset === -1).toBe(decodes(input));
    if (offset !== -1) expect(decodes(input.subarray(0, offset))).toBe(true);
  });
});
