// The task pane's start-up: wait for Office, check the requirement set, and render the app on the
// workbook host. office.js itself comes from Microsoft's CDN (see taskpane.html). The same bundle
// serves kontroll.html, "Kontrollera Excel" on a page of its own.
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import packageJson from "../../package.json" with { type: "json" };
import { createOfficeHost } from "../excel/officeHost.ts";
import { REQUIRED_EXCEL_API, UNDO_GROUP_EXCEL_API } from "../excel/requirements.ts";
import { officeEnvironment } from "../excel/selfCheck/officeEnvironment.ts";
import { loadChunk } from "../excel/situations.ts";
import { taskpaneText } from "../strings/taskpane.ts";
import { App } from "./App.tsx";
import { KontrollPage } from "./views.ts";
import { themeFor } from "./theme.ts";

void Office.onReady(() => {
  const root = createRoot(document.getElementById("root")!);
  const theme = themeFor(Office.context?.officeTheme?.bodyBackgroundColor);
  // Loaded when asked for: the check is not part of the pane's everyday work.
  const selfCheck = () =>
    loadChunk(() => import(/* webpackChunkName: "kontroll-excel" */ "../excel/selfCheck/run.ts")).then(({ runSelfCheck }) => runSelfCheck(Excel, officeEnvironment(packageJson.version)));
  if (window.location.pathname.endsWith("/kontroll.html")) {
    // The provider styles the spinner (or the message) shown while the page's chunk loads.
    root.render(<FluentProvider theme={theme}><KontrollPage theme={theme} run={selfCheck} /></FluentProvider>);
    return;
  }
  // Outside Excel (the test page) Office has no requirements object; inside, an old Excel gets a message.
  const supported = Office.context?.requirements?.isSetSupported?.("ExcelApi", REQUIRED_EXCEL_API) ?? true;
  if (!supported) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <MessageBar intent="error"><MessageBarBody>{taskpaneText.needsExcel}</MessageBarBody></MessageBar>
      </FluentProvider>,
    );
    return;
  }
  // One Ctrl+Z undoes a whole calculation where Excel offers undo groups.
  const undoGroups = Office.context?.requirements?.isSetSupported?.("ExcelApi", UNDO_GROUP_EXCEL_API) === true;
  const host = createOfficeHost(Excel, { now: () => new Date(), version: packageJson.version, undoGroups });
  root.render(<App host={host} theme={theme} newScenarioYear={new Date().getFullYear() + 1} selfCheck={selfCheck} />);
});
