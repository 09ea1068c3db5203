// The self-check's environment in Excel: Office.context.diagnostics (platform and Office version) and
// Office.context.requirements.isSetSupported. Outside Office (a browser test page) both are unknown.
import type { SelfCheckEnvironment } from "./model.ts";

export function officeEnvironment(addinVersion: string): SelfCheckEnvironment {
  // Office.context exists only once office.js has started inside an Office application.
  const context = typeof Office === "undefined" ? undefined : (Office.context as Office.Context | undefined);
  const diagnostics = context?.diagnostics;
  const requirements = context?.requirements;
  return {
    now: () => new Date(),
    addinVersion,
    diagnostics: diagnostics == null ? null : { host: String(diagnostics.host), platform: String(diagnostics.platform), version: String(diagnostics.version) },
    isSetSupported: (name, version) => (typeof requirements?.isSetSupported === "function" ? requirements.isSetSupported(name, version) : null),
  };
}
