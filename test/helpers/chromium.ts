// Headless Chromium for the tests that render pages (the HTML 360 report, the browser smoke
// test). It drives Debian's `chromium` (installed by `.ci/run`) through playwright-core, which
// never downloads a browser of its own. `CHROMIUM_PATH` overrides the executable.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The Chromium executable the tests use. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

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
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install Debian's package (apt-get install chromium) ` +
        'or set CHROMIUM_PATH to a Chromium executable; .ci/run installs it.',
    );
  }
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: flags });
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
