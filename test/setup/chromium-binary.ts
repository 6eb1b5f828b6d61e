// Global setup: unpacks the Chromium that `npm ci` brings (@sparticuz/chromium) once, before any
// test file runs, so that browser tests running in parallel never unpack it at the same time.
// With CHROMIUM_PATH set, the tests use that executable instead and nothing is unpacked.
import chromium from '@sparticuz/chromium';

export default async function setup(): Promise<void> {
  if (process.env['CHROMIUM_PATH'] !== undefined) return;
  process.env['CHROMIUM_PATH'] = await chromium.executablePath();
  // Tells the browser helper to pass the packaged build's own flags.
  process.env['LMDKIT_PACKAGED_CHROMIUM'] = '1';
}
