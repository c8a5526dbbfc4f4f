// The few icons Fluent's controls use, drawn as inline SVG: Fluent's icon font would be fetched from
// a CDN, and the pane makes no request beyond its own files.

import * as React from "react";
import { registerIcons } from "@fluentui/react/lib/Styling";

const svg = (d: string): React.ReactElement => (
  <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
    <path d={d} fill="currentColor" />
  </svg>
);

export function registerPaneIcons(): void {
  registerIcons({
    icons: {
      CheckMark: svg("M13.6 3.3 6 10.9 2.4 7.3l-1 1L6 12.9l8.6-8.6z"),
      Info: svg(
        "M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1a6 6 0 1 1 0 12A6 6 0 0 1 8 2zm-.6 3h1.2V3.8H7.4zm0 7h1.2V6.5H7.4z",
      ),
      ErrorBadge: svg(
        "M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm2.8 9.1-.7.7L8 8.7l-2.1 2.1-.7-.7L7.3 8 5.2 5.9l.7-.7L8 7.3l2.1-2.1.7.7L8.7 8z",
      ),
      Clear: svg("M12.7 4 12 3.3 8 7.3 4 3.3l-.7.7 4 4-4 4 .7.7 4-4 4 4 .7-.7-4-4z"),
      ChevronDown: svg("M3.1 5.6 8 10.5l4.9-4.9.7.7L8 11.9 2.4 6.3z"),
    },
  });
}
