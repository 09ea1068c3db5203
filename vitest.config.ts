import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", "./test/summaryReporter.ts"],
    // The 2-core CI machine: keep workers to the core count.
    // Tests that write workbooks, start servers or build the pane take seconds; a loaded machine must
    // not turn them into failures (speed is measured by npm run bench, never by a test's timeout).
    testTimeout: 20_000,
    poolOptions: { threads: { maxThreads: 2 }, forks: { maxForks: 2 } },
  },
});
