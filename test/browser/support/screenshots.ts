// Where the browser tests save screenshots: out/screenshots/ always, and the README's images in docs/images/ only
// when asked (`npm test -- --update-screenshots` or UPDATE_SCREENSHOTS=1), so a test run leaves the tree as it was.

import { join } from 'node:path';

const root = join(import.meta.dirname, '../../..');

export const screenshotsDir = join(root, 'out/screenshots');

/** docs/images/ when updating them, else a look-alike folder under out/ to compare with the committed ones. */
export const docsImagesDir =
  process.env.UPDATE_SCREENSHOTS === '1' ? join(root, 'docs/images') : join(screenshotsDir, 'docs-images');
