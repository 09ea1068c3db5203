// Prints one plain closing line, "N passed, N failed, N skipped", that any CI can read.
import type { Reporter } from "vitest/reporters";

type Task = { type: string; mode?: string; result?: { state?: string }; tasks?: Task[] };

export default class SummaryReporter implements Reporter {
  onFinished(files: Task[] = []): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const visit = (task: Task) => {
      if (task.tasks !== undefined) task.tasks.forEach(visit);
      if (task.type !== "test") return;
      const state = task.result?.state;
      if (state === "pass") counts.passed++;
      else if (state === "fail") counts.failed++;
      else counts.skipped++;
    };
    files.forEach(visit);
    // A file that failed to load has no tests but still failed.
    counts.failed += files.filter((f) => f.result?.state === "fail" && (f.tasks ?? []).length === 0).length;
    console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
