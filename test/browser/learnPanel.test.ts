// "Learn points from history" in the playground's sidebar: a verdict in words, the changes shown before "Use"
// replaces anything, and Undo; the boosted row's pair rules grouped under their pair in the Points step.
import { join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPlaygroundSidebar, playgroundSession } from './support/playgroundSession';
import { screenshotsDir as screenshots } from './support/screenshots';

const session = playgroundSession();

/** The diff's first line: "Using X replaces your N rules with M: …". */
const summary = (sidebar: FrameLocator) => sidebar.locator('#diff-summary').textContent();

describe('Learn points from history', () => {
  it('says which model is best, shows what Use changes before replacing, and undoes it', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(session.playground.url);
    await page.locator('td.cell').first().waitFor();
    await page.getByRole('tab', { name: 'Leads', exact: true }).click();
    const sidebar = await openPlaygroundSidebar(page);
    for (const heading of ['Analyse', 'Points']) {
      await sidebar.getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => sidebar.locator('h1').textContent()).toBe(heading);
    }
    await sidebar.getByRole('button', { name: 'Compare on the newest leads' }).click();
    await expect
      .poll(() => sidebar.locator('.verdict').textContent(), { timeout: 30_000 })
      .toMatch(
        /^(Best: .+\. It ranks the newest leads best \(AUC 0\.\d\d\), 0\.\d\d ahead of .+\.|.+ and .+ do equally well)/,
      );
    expect(await sidebar.locator('.learn .hint').nth(1).textContent()).toMatch(
      /^Yours: \d+ attributes with suggested points refitted on the older leads, 0 with points you set/,
    );

    await sidebar.getByRole('button', { name: 'Use: Logistic' }).click();
    const before = (await summary(sidebar))!;
    const [, yours, theirs] = /your (\d+) rules with (\d+)/.exec(before)!;
    expect(before).toMatch(
      /^Using Logistic replaces your \d+ rules with \d+: \d+ added, \d+ removed, \d+ changed\.$/,
    );
    await sidebar.getByText(/^Changed \(\d+\)$/).click();
    await expect
      .poll(() =>
        sidebar
          .locator('.diff details', { hasText: /^Changed/ })
          .locator('li')
          .first()
          .textContent(),
      )
      .toMatch(/ = .+: -?\d+ → -?\d+$/);
    await page.screenshot({ path: join(screenshots, 'learn-diff.png') });
    // Cancel replaces nothing.
    await sidebar.getByRole('button', { name: 'Cancel' }).click();
    await sidebar.getByRole('button', { name: 'Use: Logistic' }).click();
    expect(await summary(sidebar)).toBe(before);

    await sidebar.getByRole('button', { name: 'Replace' }).click();
    await expect.poll(() => sidebar.getByText('Your points were replaced by Logistic.').count()).toBe(1);
    // Now the rules are Logistic's: using it again changes nothing.
    await sidebar.getByRole('button', { name: 'Use: Logistic' }).click();
    expect(await summary(sidebar)).toBe(
      `Using Logistic replaces your ${theirs} rules with ${theirs}: 0 added, 0 removed, 0 changed.`,
    );
    await sidebar.getByRole('button', { name: 'Cancel' }).click();

    await sidebar.getByRole('button', { name: 'Undo' }).click();
    await sidebar.getByRole('button', { name: 'Use: Logistic' }).click();
    expect(await summary(sidebar)).toMatch(
      new RegExp(`^Using Logistic replaces your ${yours} rules with ${theirs}:`),
    );
    expect(await summary(sidebar)).toBe(before);
    await sidebar.getByRole('button', { name: 'Cancel' }).click();

    // Boosted: measured with the others, its pair rules listed by both conditions, grouped under their pair.
    const boostedRow = sidebar.locator('table.learnt tr', { hasText: /^Boosted/ });
    expect(await boostedRow.locator('td').nth(1).textContent()).toMatch(/^0\.\d\d$/);
    expect(await sidebar.locator('.learn .hint').nth(2).textContent()).toMatch(
      /^Boosted also learns how pairs of attributes work together/,
    );
    await sidebar.getByRole('button', { name: 'Use: Boosted' }).click();
    const boostedSummary = (await summary(sidebar))!;
    const [, boostedRules] = /with (\d+):/.exec(boostedSummary)!;
    expect(boostedSummary).toMatch(new RegExp(`^Using Boosted replaces your ${yours} rules with \\d+:`));
    await sidebar.getByText(/^Added \(\d+\)$/).click();
    const addedPairs = sidebar
      .locator('.diff details', { hasText: /^Added/ })
      .locator('li', { hasText: / and / });
    expect(await addedPairs.first().textContent()).toMatch(/^.+ = .+ and .+ = .+: -?\d+$/);
    await sidebar.getByRole('button', { name: 'Replace' }).click();
    await expect.poll(() => sidebar.getByText('Your points were replaced by Boosted.').count()).toBe(1);
    await expect.poll(() => sidebar.locator('table.rules tr.rule').count()).toBe(Number(boostedRules));
    // Every rule sits under its attribute or pair; none is taken for a rule added by hand.
    expect(await sidebar.getByText('Rules added by hand').count()).toBe(0);
    const pairGroup = sidebar.locator('table.rules tbody', {
      has: sidebar.locator('tr.group .name', { hasText: / & / }),
    });
    expect(await pairGroup.count()).toBeGreaterThan(0);
    const [first, second] = (await pairGroup.first().locator('tr.group .name').textContent())!.split(' & ');
    expect(first).not.toBe('');
    expect(second).not.toBe('');
    const values = await pairGroup.first().locator('tr.rule .value').allTextContents();
    expect(values.length).toBeGreaterThan(1);
    for (const value of values) expect(value).toMatch(/^.+ & .+$/);
    // A pair's dimension follows its attributes': Engagement when either is.
    const dimension = (name: string) =>
      sidebar.getByRole('combobox', { name: `Dimension: ${name}`, exact: true }).inputValue();
    const parts = [await dimension(first), await dimension(second)];
    expect(await dimension(`${first} & ${second}`)).toBe(parts.includes('Engagement') ? 'Engagement' : 'Fit');
    await pairGroup.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshots, 'learn-boosted-pairs.png') });
    await sidebar.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => sidebar.locator('table.rules tr.rule').count()).toBe(Number(yours));
    await sidebar.getByRole('button', { name: 'Use: Logistic' }).click();
    expect(await summary(sidebar)).toBe(before);
    await page.close();
  });
});
