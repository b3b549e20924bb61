import { defineConfig } from 'vitest/config';

// An add-on's script runs in its manifest's zone, Etc/UTC, for every user: the sandbox's script runs in the
// process's zone, so every test runs in Etc/UTC whatever the machine's zone (workers inherit it).
process.env.TZ = 'Etc/UTC';

// Three layers, run in this order by `npm test`: pure logic, the built add-on in the sandbox, the sidebar in Chromium.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      // Hooks that fit a model on thousands of leads need the same room as tests on a busy machine.
      { test: { name: 'gas', include: ['test/gas/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
