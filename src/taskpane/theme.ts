// The pane follows the Office theme, dark included: Fluent's palette built from Office's colours.

import { createTheme, type ITheme } from "@fluentui/react/lib/Styling";

export interface OfficeColours {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

const LIGHT: OfficeColours = { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#201f1e" };

function isDark(hex: string): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(hex);
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

export function paneTheme(colours: OfficeColours | undefined): { theme: ITheme; dark: boolean } {
  const c = colours ?? LIGHT;
  const dark = isDark(c.bodyBackgroundColor);
  const theme = createTheme({
    palette: dark
      ? {
          themePrimary: "#6ca8e8",
          neutralPrimary: c.bodyForegroundColor,
          neutralLighter: "#2b2b2b",
          neutralLight: "#333333",
          white: c.bodyBackgroundColor,
          black: "#ffffff",
          neutralDark: "#f3f2f1",
          neutralSecondary: "#c8c6c4",
          neutralTertiary: "#a19f9d",
        }
      : { themePrimary: "#1f3864", neutralPrimary: c.bodyForegroundColor, white: c.bodyBackgroundColor },
    semanticColors: {
      bodyBackground: c.bodyBackgroundColor,
      bodyText: c.bodyForegroundColor,
      // Notices (MessageBar) keep Fluent's light backgrounds unless told: dark ones, light text and icons.
      ...(dark
        ? {
            messageText: c.bodyForegroundColor,
            infoBackground: "#323130",
            successBackground: "#393d1b",
            warningBackground: "#433519",
            severeWarningBackground: "#4f2a0f",
            errorBackground: "#442726",
            blockingBackground: "#442726",
            infoIcon: "#c8c6c4",
            successIcon: "#92c353",
            warningIcon: "#fce100",
            severeWarningIcon: "#fce100",
            errorIcon: "#f1707b",
            blockingIcon: "#f1707b",
            messageLink: "#6ca8e8",
          }
        : {}),
    },
  });
  return { theme, dark };
}
