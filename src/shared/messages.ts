// The short sentences the ribbon commands and the pane say after a run.

import { formatLongDate } from "../core/deadline/calendar";
import type { ValidationView } from "../adapters/office/plan-check-service";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function validationMessage(view: ValidationView): string {
  const c = view.counts;
  const head = `Checked ${plural(c.actions, "action")} on "${view.sheet}" as of ${formatLongDate(view.asOf)}: ${plural(c.errors, "error")}, ${plural(c.warnings, "warning")}; ${c.overdue} overdue, ${c.unowned} unowned.`;
  if (view.highlightNote) return `${head} ${view.highlightNote}`;
  return view.highlighted > 0 ? `${head} Problem cells are highlighted; Clear highlights removes them.` : head;
}
