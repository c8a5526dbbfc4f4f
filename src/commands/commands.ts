// Ribbon commands (ExecuteFunction): Validate plan, Build summaries, Clear highlights. Each runs the
// same service as the pane, shows a short message, and calls event.completed() exactly once.

import { summariesMessage, validationMessage } from "../shared/messages";
import { createOfficeService } from "../shared/office-service";
import { showMessage } from "./show-message";

export const COMMANDS = ["validatePlan", "buildSummaries", "clearHighlights"] as const;

type Run = () => Promise<string>;

/** Wraps a command so that whatever happens the event is completed once, after the message closes. */
function command(run: Run): (event: Office.AddinCommands.Event) => Promise<void> {
  return async (event) => {
    let message: string;
    try {
      message = await run();
    } catch (error) {
      message = `Plan Check could not finish: ${error instanceof Error ? error.message : String(error)}`;
    }
    try {
      await showMessage(message);
    } finally {
      event.completed();
    }
  };
}

export function registerCommands(): void {
  const service = createOfficeService();
  Office.actions.associate(
    "validatePlan",
    command(async () => {
      const outcome = await service.validate({ highlight: true });
      return outcome.ok ? validationMessage(outcome.value) : outcome.message;
    }),
  );
  Office.actions.associate(
    "buildSummaries",
    command(async () => {
      const outcome = await service.buildSummaries({});
      return outcome.ok ? summariesMessage(outcome.value.sheets) : outcome.message;
    }),
  );
  Office.actions.associate(
    "clearHighlights",
    command(async () => {
      const outcome = await service.clearHighlights();
      if (!outcome.ok) return outcome.message;
      return outcome.value.removed === 0
        ? "There were no Plan Check highlights to clear."
        : "Highlights cleared: the plan is as it was.";
    }),
  );
}
