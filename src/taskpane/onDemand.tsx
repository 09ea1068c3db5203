// Parts of the pane that only some workbooks or actions need come in chunks of their own, loaded
// when first shown: the first paint of the pane waits for none of them. While a chunk loads a
// spinner stands in its place; a chunk that cannot be loaded (offline, the add-in's server down)
// shows a Swedish message with "Försök igen", never a blank pane.
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from "@fluentui/react-components";
import { createContext, createElement, lazy, Suspense, useContext, useState, type ComponentType, type ReactElement } from "react";
import { taskpaneText } from "../strings/taskpane.ts";

const t = taskpaneText.onDemand;

type View<P> = (props: P) => ReactElement;

const RetryContext = createContext<() => void>(() => {});

/** The component `load` resolves to, shown when its chunk has come. */
export function onDemand<P extends object>(load: () => Promise<View<P>>): View<P> {
  const attempt = () => lazy<View<P>>(() => load().then((view) => ({ default: view }), () => ({ default: Unavailable })));
  // One lazy component for every place it is shown, so the chunk is asked for once.
  let shared = attempt();
  return function OnDemand(props: P) {
    const [View, setView] = useState(() => shared);
    const retry = () => {
      shared = attempt();
      setView(() => shared);
    };
    return (
      <RetryContext.Provider value={retry}>
        <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
          {/* React's typing of a lazy component's props (with ref) cannot be spread from a generic P. */}
          {createElement(View as unknown as ComponentType<P>, props)}
        </Suspense>
      </RetryContext.Provider>
    );
  };
}

function Unavailable() {
  const retry = useContext(RetryContext);
  return (
    <MessageBar intent="warning" className="on-demand-failed">
      <MessageBarBody>{t.failed}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={retry}>{t.retry}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
