// Types of webpack.config.js, for the tests and benchmarks that build the task pane through webpack's API.
import type { Configuration } from "webpack";

export default function config(env?: Record<string, unknown>, argv?: { mode?: "production" | "development" | "none" }): Promise<Configuration>;
