// The short sentences the ribbon commands and the pane say after a run.

import { formatLongDate } from "../core/deadline/calendar";
import { inWords, plural, quotedSheets } from "../core/in-words";
import type { ValidationView } from "../adapters/office/plan-check-service";

export function validationMessage(view: ValidationView): string {
  const c = view.counts;
  const head = `Checked ${plural(c.actions, "action")} on ${quotedSheets(view.sheets)} as of ${formatLongDate(view.asOf)}: ${plural(c.errors, "error")}, ${plural(c.warnings, "warning")}; ${c.overdue} overdue, ${c.unowned} unowned.`;
  if (view.highlightNote) return `${head} ${view.highlightNote}`;
  return view.highlighted > 0 ? `${head} Problem cells are highlighted; Clear highlights removes them.` : head;
}

/** What Build summaries did, naming each sheet as written and any that took another name. */
export function summariesMessage(sheets: { name: string; renamedFrom: string | null }[]): string {
  const built = `Built ${inWords(sheets.map((s) => `“${s.name}”`))}.`;
  const renamed = sheets
    .filter((s) => s.renamedFrom)
    .map((s) => ` The workbook already had its own “${s.renamedFrom}”, so this one is “${s.name}”.`);
  return built + renamed.join("");
}
