// Task pane entry: waits for Office, then renders the pane with the real service and Office's theme.

import "./fabric-config";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { ThemeProvider } from "@fluentui/react/lib/Theme";
import { createOfficeService, localToday } from "../shared/office-service";
import { App } from "./components/App";
import { paneTheme } from "./theme";
import { registerPaneIcons } from "./icons";

registerPaneIcons();

Office.onReady(() => {
  const officeTheme = Office.context.officeTheme as unknown as Parameters<typeof paneTheme>[0];
  const { theme, dark } = paneTheme(officeTheme);
  document.body.classList.toggle("pc-dark", dark);
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <ThemeProvider theme={theme}>
      <App service={createOfficeService()} today={localToday()} />
    </ThemeProvider>,
  );
});
