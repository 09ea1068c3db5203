// kontroll.html: "Kontrollera Excel" on a page of its own, for whoever deploys or maintains the
// add-in: open it in a sideloaded pane without the rest of the task pane. The same check and panel
// as the task pane's footer; no requirement-set gate, since the report says what is missing.
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import packageJson from "../../package.json" with { type: "json" };
import { officeEnvironment } from "../excel/selfCheck/officeEnvironment.ts";
import { runSelfCheck } from "../excel/selfCheck/run.ts";
import { selfCheckText } from "../strings/selfCheck.ts";
import { SelfCheckPanel } from "../taskpane/SelfCheckPanel.tsx";
import { taskpaneCss } from "../taskpane/styles.ts";
import { themeFor } from "../taskpane/theme.ts";

void Office.onReady(() => {
  const root = createRoot(document.getElementById("root")!);
  root.render(
    <FluentProvider theme={themeFor(Office.context?.officeTheme?.bodyBackgroundColor)} className="app">
      <style>{taskpaneCss}</style>
      <main>
        <h1 className="app-title">{selfCheckText.pageTitle}</h1>
        <SelfCheckPanel run={() => runSelfCheck(Excel, officeEnvironment(packageJson.version))} />
        <a className="footer-link" href="taskpane.html">{selfCheckText.backToPane}</a>
      </main>
    </FluentProvider>,
  );
});
