// Global setup: every test run gets its own temporary folder (TMPDIR, which os.tmpdir() reads),
// removed with everything in it when the run ends, so the many folders tests make with mkdtemp
// never pile up in the machine's /tmp. Runs after the Chromium setup, whose unpacked browser is
// kept between runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env['TMPDIR'];
  const dir = mkdtempSync(join(tmpdir(), 'lmdkit-test-run-'));
  process.env['TMPDIR'] = dir;
  return () => {
    rmSync(dir, { recursive: true, force: true });
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
  };
}
