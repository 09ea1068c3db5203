// The task pane's views that come in chunks of their own (onDemand.tsx), loaded when first shown:
// the start view only for a workbook without inputs, SCB's client and the population update only
// with the views that fetch, and "Kontrollera Excel" (its panel and the page kontroll.html; the
// check itself is another chunk, see index.tsx) only at the foot of the pane and on its page.
import { onDemand } from "./onDemand.tsx";

export const StartView = onDemand(() => import(/* webpackChunkName: "start" */ "./StartView.tsx").then((m) => m.StartView));
export const PopulationFetch = onDemand(() => import(/* webpackChunkName: "scb" */ "./PopulationFetch.tsx").then((m) => m.PopulationFetch));
export const KontrollPage = onDemand(() => import(/* webpackChunkName: "kontroll-page" */ "../kontroll/KontrollPage.tsx").then((m) => m.KontrollPage));
export const SelfCheckPanel = onDemand(() => import(/* webpackChunkName: "kontroll-panel" */ "./SelfCheckPanel.tsx").then((m) => m.SelfCheckPanel));
