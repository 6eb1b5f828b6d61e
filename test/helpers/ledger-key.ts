// Sets the release ledger's key (LMDKIT_LEDGER_KEY) for each test of the calling describe block
// and puts back what was there after it: test files share their worker's process.env.
import { afterEach, beforeEach } from 'vitest';
import { LEDGER_KEY_VARIABLE } from '../../src/cli/command-360.js';

export function useLedgerKey(key = 'a long secret the ledger never holds'): void {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env[LEDGER_KEY_VARIABLE];
    process.env[LEDGER_KEY_VARIABLE] = key;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env[LEDGER_KEY_VARIABLE];
    else process.env[LEDGER_KEY_VARIABLE] = saved;
  });
}
