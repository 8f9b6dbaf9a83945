import { defineConfig } from "vitest/config";

/**
 * Browser tests: the built main.js in Debian's headless Chromium (driven by playwright-core) against the
 * browser-side fake of Obsidian's API, with the example vault loaded. `npm run test:e2e` builds main.js
 * first. No `obsidian` alias here: the page gets the real bundle, and these files run only in Node.
 */
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    environment: "node",
    // One Chromium per file; two at once is plenty on a 2-core machine.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ["default", "json"],
    outputFile: { json: "test-results/e2e.json" },
  },
});
