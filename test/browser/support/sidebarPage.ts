// Opens the built sidebar in a Chromium page over an add-on loaded in the sandbox, with google.script.run passing
// JSON as Apps Script does.

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { LoadedAddOn } from '../../../src/sandbox';

const root = join(import.meta.dirname, '../../..');

/** google.script.run in the page, calling the add-on through an exposed function with JSON, as Apps Script does. */
const bridge = `(() => {
  function runner(success, failure) {
    return new Proxy({}, {
      get(_, name) {
        if (name === 'withSuccessHandler') return (h) => runner(h, failure);
        if (name === 'withFailureHandler') return (h) => runner(success, h);
        return (...args) => {
          window.__leadliftRun(String(name), JSON.stringify(args)).then((reply) => {
            const { ok, value, message } = JSON.parse(reply);
            setTimeout(() => (ok ? success && success(value) : failure && failure(new Error(message))), 0);
          });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null) } };
})();`;

/** Serves the add-on's endpoints to the page and opens dist/Sidebar.html. */
export async function openSidebar(page: Page, addOn: LoadedAddOn): Promise<void> {
  await page.exposeFunction('__leadliftRun', (name: string, args: string) => {
    try {
      const value = addOn.call(name, ...(JSON.parse(args) as unknown[]));
      return JSON.stringify({
        ok: true,
        value: value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown),
      });
    } catch (e) {
      return JSON.stringify({ ok: false, message: (e as Error).message });
    }
  });
  await page.addInitScript(bridge);
  await page.goto(`file://${join(root, 'dist/Sidebar.html')}`);
}

/** The leads the Points step's stage list counts, added up (each count read whatever its digit grouping). */
export async function stageCountTotal(page: Page): Promise<number> {
  return (await page.locator('[data-stage-count]').allTextContents()).reduce(
    (n, s) => n + (Number.parseInt(s.replace(/[^\d]/g, '')) || 0),
    0,
  );
}
