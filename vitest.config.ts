import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", "./test/summaryReporter.ts"],
    // The 2-core CI machine: keep workers to the core count.
    poolOptions: { threads: { maxThreads: 2 }, forks: { maxForks: 2 } },
  },
});
