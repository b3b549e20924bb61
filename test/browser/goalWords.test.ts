// Goals other than acquisition speak their own words in the playground's sidebar: retention says churn rate, left
// and stayed, its stages and report card included, in English and Spanish.
import { join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPlaygroundSidebar, playgroundSession } from './support/playgroundSession';
import { screenshotsDir as screenshots } from './support/screenshots';

const session = playgroundSession();

async function next(sidebar: FrameLocator, heading: string) {
  await sidebar.getByRole('button', { name: /^(Next|Siguiente)$/ }).click();
  await expect.poll(() => sidebar.locator('h1').textContent()).toBe(heading);
}

describe('goal words', () => {
  it('retention says churn rate, left and stayed through the four steps, and never conversion', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(session.playground.url);
    await page.locator('td.cell').first().waitFor();
    const sidebar = await openPlaygroundSidebar(page);
    await sidebar.getByRole('radio', { name: /^Retention/ }).check();
    // The demo has no churn column: "Converted" stands in as the outcome, read as "left".
    await expect.poll(() => sidebar.locator('#outcome').inputValue()).toBe('Converted');
    await next(sidebar, 'Analyse');
    await expect
      .poll(() => sidebar.locator('.overall').textContent())
      .toMatch(/^Overall churn rate \d+(\.\d)?% over 2,000 customers$/);
    expect(await sidebar.locator('section').textContent()).not.toMatch(/conver/i);
    await next(sidebar, 'Points');
    await expect
      .poll(() =>
        sidebar
          .locator('.stages input')
          .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
      )
      .toEqual(['Healthy', 'At risk', 'Critical']);
    await expect.poll(() => sidebar.locator('.stages').textContent()).toMatch(/\d+(\.\d)?% left/);
    expect(await sidebar.getByText(/^Quintiles: A = act on these first/).textContent()).toMatch(
      /most likely to leave\)$/,
    );
    expect(await sidebar.locator('section').textContent()).not.toMatch(/conver/i);
    await next(sidebar, 'Apply');
    await sidebar.getByRole('radio', { name: /^Values/ }).check();
    await sidebar.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect
      .poll(() => sidebar.locator('.report').textContent())
      .toMatch(/AUC 0\.\d\d: the chance a customer who left outscores one who stayed\./);
    expect(await sidebar.locator('.report th').allTextContents()).toContain('Churn rate');
    await page.screenshot({ path: join(screenshots, 'retention-report.png') });

    await sidebar.locator('.language select').selectOption('es');
    await expect
      .poll(() => sidebar.locator('.report').textContent())
      .toMatch(/la probabilidad de que un cliente que se fue puntúe más que uno que se quedó/);
    expect(await sidebar.locator('.report th').allTextContents()).toContain('Tasa de bajas');
    await page.close();
  });
});
