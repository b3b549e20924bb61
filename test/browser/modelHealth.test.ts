// The model-health notice atop the playground's sidebar: shown when the latest daily reading says the model no
// longer separates buyers, with a button to Learn points from history; not shown while it still works.
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPlaygroundSidebar, playgroundSession } from './support/playgroundSession';

const session = playgroundSession();

/** Stores a daily reading as the health check does (its document property), with the AUCs the sidebar shows. */
function latestReading(verdict: string, auc: number) {
  session.playground.workbook.sandbox.globals.PropertiesService.getDocumentProperties().setProperty(
    'leadlift.health.last.v1',
    JSON.stringify({ day: '2026-03-04', verdict, text: '', auc, referenceAuc: 0.89 }),
  );
}

async function openSidebar(page: Page): Promise<FrameLocator> {
  await page.goto(session.playground.url);
  await page.locator('td.cell').first().waitFor();
  await page.getByRole('tab', { name: 'Leads', exact: true }).click();
  return openPlaygroundSidebar(page);
}

describe('the model-health notice', () => {
  it('says the model no longer separates buyers, and its button opens Learn points from history', async () => {
    latestReading('not separating', 0.49);
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
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
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const sidebar = await openSidebar(page);
    await expect.poll(() => sidebar.locator('h1').textContent()).toBe('Goal and data');
    expect(await sidebar.locator('.model-health').count()).toBe(0);
    await page.close();
  });
});
