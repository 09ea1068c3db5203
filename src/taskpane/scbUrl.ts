// SCB's API address for the task pane: fixed at build time (SAMF_SCB_URL when webpack runs, for an
// organisation's proxy), else SCB's own. The page's Content-Security-Policy allows exactly its origin.
import { DEFAULT_SCB_URL } from "../scb/http.ts";

export const SCB_URL: string = process.env.SAMF_SCB_URL || DEFAULT_SCB_URL;
