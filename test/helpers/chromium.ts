// Headless Chromium for the tests that render pages (the HTML 360 reports, the browser smoke
// test). The executable comes with `npm ci`: @sparticuz/chromium ships a Linux x64 Chromium inside
// its npm package, which the global setup (test/setup/chromium-binary.ts) unpacks once and names
// in CHROMIUM_PATH; playwright-core drives it and never downloads a browser of its own. Setting
// CHROMIUM_PATH beforehand (Debian's /usr/bin/chromium, say) uses that executable instead.
import { existsSync } from 'node:fs';
import sparticuz from '@sparticuz/chromium';

import { chromium, type Browser, type Page } from 'playwright-core';


/**
 * Flags for a closed network: without the background-networking ones Chromium keeps trying to
 * reach Google's hosts, which this machine refuses.
 */
const flags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A running browser (playwright gives it a fresh, empty profile); `close()` ends it. */
export interface TestBrowser {
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * Starts headless Chromium. Fails with a message that says how to install
 * it, rather than skipping: CI installs it, and a skipped browser test would hide a regression.
 */
export async function launchChromium(): Promise<TestBrowser> {
  // Without the global setup (a file run on its own by another runner), unpack the packaged one here.
  const packaged = process.env['CHROMIUM_PATH'] === undefined || process.env['LMDKIT_PACKAGED_CHROMIUM'] === '1';
  const executablePath = process.env['CHROMIUM_PATH'] ?? (await sparticuz.executablePath());
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: run npm ci (it installs @sparticuz/chromium), or set CHROMIUM_PATH to a Chromium executable.`);
  }
  // The packaged build renders with SwiftShader and runs without a zygote. Its other serverless
  // flags stay off: --single-process closes the browser when a test opens a second page, and
  // --disable-web-security would weaken the Content Security Policy the tests check.
  const args = packaged ? [...flags, '--no-zygote', '--in-process-gpu', '--use-gl=angle', '--use-angle=swiftshader', '--font-render-hinting=none'] : flags;
  const browser = await chromium.launch({ executablePath, headless: true, args });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

/** What a page reported while it was loaded: console errors and warnings, uncaught exceptions, requests it tried. */
export interface PageLog {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly requests: string[];
}

/**
 * Opens a page that records console errors, uncaught exceptions and every network request
 * (requests other than `data:` and `about:` URLs are aborted, so a page that needs the network
 * shows it by failing rather than by fetching).
 */
export async function openLoggedPage(browser: Browser): Promise<{ page: Page; log: PageLog }> {
  const page = await browser.newPage();
  const log: PageLog = { consoleErrors: [], pageErrors: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') log.consoleErrors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    log.requests.push(url);
    if (url.startsWith('data:') || url.startsWith('about:')) await route.continue();
    else await route.abort();
  });
  return { page, log };
}
