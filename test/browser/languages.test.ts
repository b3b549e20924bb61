// The four steps in French and Romanian in Chromium: every visible text differs from the English run's (names from
// the sheet and a few lead-scoring words the language shares aside), the sheet gets that language's headers and
// stage labels, then the marketer switches to English and the re-score still finds LeadLift's columns.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goalStageLabelsIn, type Language, outputHeadersIn } from '../../src/core/sheetWords';
import { createSandbox, loadAddOn } from '../../src/sandbox';
import { catalogues, languageNames } from '../../src/sidebar/i18n';
import { sampleHeaders, sampleLeadRows, writeSampleLeads } from '../support/sampleLeads';
import { launchChromium } from './support/chromium';
import { docsImagesDir, screenshotsDir } from './support/screenshots';
import { openSidebar, stageCountTotal } from './support/sidebarPage';

const locales: Record<Language, string> = { en: 'en_US', es: 'es_ES', fr: 'fr_FR', ro: 'ro_RO' };

/** Product names and the example table name of Export as SQL: the same in every language. */
const engines = ['BigQuery', 'DuckDB', 'myproject crm leads'];

/** Words French or Romanian marketers use as English does: kept on purpose, not left untranslated. */
const shared: Record<Language, string[]> = {
  en: [],
  es: [],
  fr: ['Points', 'Engagement', 'BANT', 'Lift', 'lift', 'AUC', 'lead', 'leads', ...engines],
  ro: ['BANT', 'Lift', 'lift', 'AUC', 'lead', 'interval', ...engines],
};

/** What the sheet itself supplies: the sheet and tab names, headers and values, shown as they are. */
const fromSheet = new Set([
  'Leads',
  'LeadLift Model',
  ...sampleHeaders,
  ...sampleLeadRows().flatMap((row) => row.map(String)),
  ...Object.values(languageNames),
]);

/** Every text a person or a screen reader meets on the page: text nodes, aria-labels, titles, placeholders. */
function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (text && parent && (parent.checkVisibility() || parent.closest('select'))) texts.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]'))
      for (const name of ['aria-label', 'title', 'placeholder'])
        if (element.getAttribute(name)) texts.push(element.getAttribute(name)!);
    return texts;
  });
}

/** The model's own tokens, shown as the model tab holds them. */
const modelTokens = ['(other)', '(blank)'];

/** A text with its numbers, the sheet's names and the model's tokens taken out, for comparing words only. */
const words = (text: string) => {
  let rest = text;
  for (const name of [...modelTokens, ...fromSheet].sort((a, b) => b.length - a.length))
    if (/\p{L}/u.test(name)) rest = rest.split(name).join(' ');
  return rest.replace(/[\d.,%\s\u00a0\u202f×–:·()+−-]+/g, ' ').trim();
};

describe('the sidebar in French and Romanian, against the English run', () => {
  let browser: Browser;
  const english = new Set<string>();

  beforeAll(async () => {
    mkdirSync(screenshotsDir, { recursive: true });
    mkdirSync(docsImagesDir, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Goes through the four steps as the defaults lead, applies as values, and returns the texts of each step. */
  async function fourSteps(language: Language) {
    const t = catalogues[language];
    const sandbox = createSandbox({ locale: locales[language] });
    const sheet = sandbox.spreadsheet.getActiveSheet().setName('Leads');
    writeSampleLeads(sheet);
    const addOn = loadAddOn(join(import.meta.dirname, '../../dist'), sandbox);
    const page = await browser.newPage({ viewport: { width: 300, height: 800 } });
    await openSidebar(page, addOn);
    const heading = page.locator('h1');
    const texts: string[][] = [];
    const shoot = async (name: string) => {
      await page.screenshot({ path: join(screenshotsDir, `${language}-${name}.png`), fullPage: true });
      if (language !== 'en')
        await page.screenshot({
          path: join(docsImagesDir, `sidebar-${name}-${language}.png`),
          clip: { x: 0, y: 0, width: 300, height: 560 },
        });
    };
    const next = () => page.locator('nav .primary').click();

    await expect.poll(() => heading.textContent()).toBe(t.steps[0]);
    await expect.poll(() => page.locator('#outcome').inputValue()).toBe('Converted');
    texts.push(await visibleTexts(page));
    await shoot('1-goal');

    await next();
    await expect.poll(() => heading.textContent()).toBe(t.steps[1]);
    await expect.poll(() => page.locator('.overall').count()).toBe(1);
    texts.push(await visibleTexts(page));
    await shoot('2-analyse');

    await next();
    await expect.poll(() => heading.textContent()).toBe(t.steps[2]);
    await expect.poll(() => stageCountTotal(page)).toBe(60);
    await shoot('3-points');
    // Learn points from history: its table too speaks the language.
    await page.getByRole('button', { name: t.learn.button }).click();
    await expect.poll(() => page.locator('table.learnt tbody tr').count()).toBe(5);
    texts.push(await visibleTexts(page));

    await next();
    await expect.poll(() => heading.textContent()).toBe(t.steps[3]);
    await page.locator('input[name=mode][value=values]').check();
    await page.getByRole('button', { name: t.apply, exact: true }).click();
    await expect.poll(() => page.locator('.report').count()).toBe(1);
    await expect.poll(() => page.locator('.daily [role=status]').count()).toBe(1);
    texts.push(await visibleTexts(page));
    await shoot('4-apply');
    return { sandbox, sheet, addOn, page, texts };
  }

  it('English: the run the others are compared with, its sheet in English', async () => {
    const { sheet, page, texts } = await fourSteps('en');
    for (const text of texts.flat()) english.add(words(text));
    expect(sheet.getRange('G1:L1').getValues()[0]).toEqual(outputHeadersIn('en'));
    await page.close();
  });

  it('Canadian French and Mexican Spanish: the locale’s language, its region’s formats', async () => {
    for (const [locale, language] of [
      ['fr_CA', 'fr'],
      ['es_MX', 'es'],
    ] as const) {
      const t = catalogues[language];
      const sandbox = createSandbox({ locale });
      writeSampleLeads(sandbox.spreadsheet.getActiveSheet().setName('Leads'));
      const addOn = loadAddOn(join(import.meta.dirname, '../../dist'), sandbox);
      const page = await browser.newPage({ viewport: { width: 300, height: 800 } });
      await openSidebar(page, addOn);
      await expect.poll(() => page.locator('h1').textContent()).toBe(t.steps[0]);
      await expect.poll(() => page.locator('#outcome').inputValue()).toBe('Converted');
      await page.locator('nav .primary').click();
      await expect.poll(() => page.locator('.overall').count()).toBe(1);
      const analysed = (await visibleTexts(page)).filter((text) => !fromSheet.has(text));
      if (language === 'es') {
        // Mexico writes 33.3%, where Spain writes 33,3 %.
        expect(analysed.some((text) => /\d\.\d%/.test(text))).toBe(true);
        expect(analysed.filter((text) => /\d,\d/.test(text))).toEqual([]);
      } else {
        expect(analysed.some((text) => /\d,\d\u00a0%/.test(text))).toBe(true);
        expect(analysed.filter((text) => /\d\.\d/.test(text))).toEqual([]);
      }
      await page.locator('nav .primary').click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(t.steps[2]);
      await page.locator('nav .primary').click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(t.steps[3]);
      // Canada's clock reads 07 h 00; Mexico's 07:00, as Spain's.
      const hours = await page.locator('.daily select option').allTextContents();
      expect(hours[7]).toBe(language === 'fr' ? '07 h 00' : '07:00');
      await page.close();
    }
  });

  for (const language of ['fr', 'ro'] as const) {
    it(`${languageNames[language]}: no English left, the sheet in ${language}, then English and a re-score`, async () => {
      const { sandbox, sheet, addOn, page, texts } = await fourSteps(language);
      const left = texts
        .flat()
        .filter((text) => !fromSheet.has(text))
        .map(words)
        .filter(
          (w) => /\p{L}/u.test(w) && english.has(w) && !shared[language].includes(w) && !fromSheet.has(w),
        );
      expect([...new Set(left)]).toEqual([]);
      // Numbers in the language's own marks: no English decimal point beside French or Romanian words.
      expect(texts.flat().filter((text) => /\d\.\d/.test(text) && !fromSheet.has(text))).toEqual([]);

      expect(sheet.getRange('G1:L1').getValues()[0]).toEqual(outputHeadersIn(language));
      const stages = new Set(
        sheet
          .getRange('K2:K61')
          .getValues()
          .map((r) => r[0]),
      );
      expect([...stages].every((s) => goalStageLabelsIn[language].acquisition.includes(String(s)))).toBe(
        true,
      );

      // Switch to English: the next step saves the settings in English, and the re-score finds the columns.
      await page.locator('header select').selectOption('en');
      await expect.poll(() => page.locator('h1').textContent()).toBe('Apply');
      await page.getByRole('button', { name: 'Back' }).click();
      await page.locator('nav .primary').click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Apply');
      addOn.call('rescoreNow');
      expect(sandbox.ui.toasts.at(-1)).toMatchObject({ title: 'LeadLift: Finished' });
      expect(
        new Set(
          sheet
            .getRange('K2:K61')
            .getValues()
            .map((r) => r[0]),
        ),
      ).toEqual(
        new Set(
          [...stages].map(
            (s) =>
              goalStageLabelsIn.en.acquisition[goalStageLabelsIn[language].acquisition.indexOf(String(s))],
          ),
        ),
      );
      // Applied again in English: the same columns, now with English headers, and nothing added beside them.
      await page.locator('input[name=mode][value=values]').check();
      await page.getByRole('button', { name: 'Apply', exact: true }).click();
      await expect.poll(() => sheet.getRange('G1').getValue()).toBe('Fit score');
      expect(sheet.getRange('G1:L1').getValues()[0]).toEqual(outputHeadersIn('en'));
      expect(sheet.getLastColumn()).toBe(12);
      await page.close();
    });
  }
});
