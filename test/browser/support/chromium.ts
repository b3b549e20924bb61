// Launches Debian's headless Chromium for browser tests: CHROMIUM_PATH or /usr/bin/chromium.

import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Fails, rather than skips, when Chromium is missing: the browser layer is part of `npm test`. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error('Chromium not found: install it with "apt-get install chromium" or set CHROMIUM_PATH.');
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
