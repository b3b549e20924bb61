import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromiumExecutable } from './support/chromium';

describe('the browser tests find Chromium', () => {
  it('at CHROMIUM_PATH first, and say so when it is not there', async () => {
    expect(await chromiumExecutable({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
    await expect(chromiumExecutable({ CHROMIUM_PATH: '/nowhere/chromium' })).rejects.toThrow(
      'CHROMIUM_PATH is /nowhere/chromium: no such file.',
    );
  });

  it.runIf(existsSync('/usr/bin/chromium'))('then at Debian’s /usr/bin/chromium', async () => {
    expect(await chromiumExecutable({})).toBe('/usr/bin/chromium');
  });

  it('then inside the @sparticuz/chromium package, unpacked once', async () => {
    const path = await chromiumExecutable({ LEADLIFT_SKIP_SYSTEM_CHROMIUM: '1' });
    expect(path).not.toBe('/usr/bin/chromium');
    expect(existsSync(path)).toBe(true);
  });
});
