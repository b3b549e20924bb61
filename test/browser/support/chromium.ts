// Launches headless Chromium for the browser tests: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the
// headless Chromium inside the @sparticuz/chromium dev dependency, so `npm ci && npm test` needs nothing more.

import { existsSync } from 'node:fs';
import sparticuzChromium from '@sparticuz/chromium';
import { type Browser, chromium } from 'playwright-core';

const systemChromium = '/usr/bin/chromium';
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** The Chromium to launch; LEADLIFT_SKIP_SYSTEM_CHROMIUM=1 passes over Debian's, to test the fallback. */
export async function chromiumExecutable(env = process.env): Promise<string> {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH))
      throw new Error(`CHROMIUM_PATH is ${env.CHROMIUM_PATH}: no such file.`);
    return env.CHROMIUM_PATH;
  }
  if (env.LEADLIFT_SKIP_SYSTEM_CHROMIUM !== '1' && existsSync(systemChromium)) return systemChromium;
  // Unpacks its brotli-compressed chrome-headless-shell into the temporary directory once, then reuses it.
  return sparticuzChromium.executablePath();
}

/** Fails, rather than skips, when Chromium cannot start: the browser layer is part of `npm test`. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumExecutable(), args });
}
