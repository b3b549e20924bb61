// The model-health notice atop the playground's sidebar: shown when the latest daily reading says the model no
// longer separates buyers, with a button to Learn points from history; not shown while it still works.
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Playground, startPlayground } from '../../src/playground/server';
import { launchChromium } from './support/chromium';

let browser: Browser;
let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground({ port: 0 });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
});

/** Stores a daily reading as the health check does (its document property), with the AUCs the sidebar shows. */
function latestReading(verdict: string, auc: number) {
  playground.workbook.sandbox.globals.PropertiesService.getDocumentProperties().setProperty(
    'leadlift.health.last.v1',
    JSON.stringify({ day: '2026-03-04', verdict, text: '', auc, referenceAuc: 0.89 }),
  );
}

async function openSidebar(page: Page): Promise<FrameLocator> {
  await page.goto(playground.url);
  await page.locator('td.cell').first().waitFor();
  await page.getByRole('tab', { name: 'Leads', exact: true }).click();
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Open LeadLift' }).click();
  const sidebar = page.frameLocator('iframe.side-frame');
  await expect.poll(() => sidebar.locator('#outcome').inputValue()).toBe('Converted');
  return sidebar;
}

describe('the model-health notice', () => {
  it('says the model no longer separates buyers, and its button opens Learn points from history', async () => {
    latestReading('not separating', 0.49);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const sidebar = await openSidebar(page);
    const notice = sidebar.locator('.model-health');
    await expect
      .poll(() => notice.textContent())
      .toMatch(/^The model no longer separates buyers: .* its AUC is 0\.49, no better than chance/);
    await notice.getByRole('button', { name: 'Learn points from history' }).click();
    await expect.poll(() => sidebar.locator('h1').textContent()).toBe('Points');
    await expect.poll(() => sidebar.locator('#learn legend').isVisible()).toBe(true);
    await page.close();
  });

  it('says nothing while the model still works', async () => {
    latestReading('working', 0.88);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const sidebar = await openSidebar(page);
    await expect.poll(() => sidebar.locator('h1').textContent()).toBe('Goal and data');
    expect(await sidebar.locator('.model-health').count()).toBe(0);
    await page.close();
  });
});
