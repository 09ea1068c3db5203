import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { describe, expect, it } from "vitest";
import { luminance, themeFor } from "../../src/taskpane/theme.ts";

describe("the task pane follows Excel's theme", () => {
  it("uses the dark theme on a dark body background and the light one otherwise", () => {
    expect(themeFor("#1f1f1f")).toBe(webDarkTheme);
    expect(themeFor("#ffffff")).toBe(webLightTheme);
    expect(themeFor("#e6e6e6")).toBe(webLightTheme);
    expect(themeFor(undefined)).toBe(webLightTheme);
    expect(themeFor("not a colour")).toBe(webLightTheme);
  });

  it("computes relative luminance", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(luminance("FF0000")).toBeCloseTo(0.2126);
  });
});
