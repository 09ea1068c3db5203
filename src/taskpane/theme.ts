// Follows Excel's theme where Office tells it: a dark body background gives Fluent's dark theme.
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance of "#rrggbb" (0 black … 1 white); null when the colour cannot be read. */
export function luminance(color: string | undefined): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(color ?? "");
  if (match === null) return null;
  const [r, g, b] = match.slice(1).map((hex) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function themeFor(bodyBackgroundColor: string | undefined): Theme {
  const l = luminance(bodyBackgroundColor);
  return l !== null && l < 0.4 ? webDarkTheme : webLightTheme;
}
