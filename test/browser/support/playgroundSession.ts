// The playground and Chromium for a browser test file: started before its tests, closed after them.

import { mkdirSync } from 'node:fs';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { type Playground, startPlayground } from '../../../src/playground/server';
import { launchChromium } from './chromium';
import { screenshotsDir } from './screenshots';

export interface PlaygroundSession {
  browser: Browser;
  playground: Playground;
}

/**
 * Starts the playground on a free port and Chromium before the file's tests (making the screenshots folder), and
 * closes both after them. The session's fields are set once the tests run.
 */
export function playgroundSession(): PlaygroundSession {
  const session = {} as PlaygroundSession;
  beforeAll(async () => {
    mkdirSync(screenshotsDir, { recursive: true });
    session.playground = await startPlayground({ port: 0 });
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.playground?.close();
  });
  return session;
}

/** Opens LeadLift from the Extensions menu of the playground's page and waits until it has read the leads. */
export async function openPlaygroundSidebar(page: Page): Promise<FrameLocator> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Open LeadLift' }).click();
  const sidebar = page.frameLocator('iframe.side-frame');
  await expect.poll(() => sidebar.locator('#outcome').inputValue()).toBe('Converted');
  return sidebar;
}
