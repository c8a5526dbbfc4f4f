// Summary by theme: per theme, counts and progress and the next deadlines; then every action under
// its theme with owner, deadline, status and a link to its row.

import { oneLine } from "../one-line";
import { formatLongDate } from "../deadline/calendar";
import type { Deadline } from "../deadline/deadline";
import { parseDeadline } from "../deadline/parse-deadline";
import type { Action } from "../plan/model";
import type { ValidationResult } from "../validation/validate";
import { GENERATED_SHEET_NAMES } from "../workbook/generated";
import { date, num, text, type GeneratedSheet, type SpecCell } from "../workbook/sheet-spec";
import { actionFacts, ownersShown, subActionFacts, type ActionFacts } from "./action-facts";
import { headerBlock, progressBar, rowLink, type SummaryOptions } from "./sheet-header";

function flags(a: ActionFacts): SpecCell {
  if (a.overdue) return text(`Overdue (${a.daysLate} days)`, "error");
  if (a.unowned) return text("Unowned", "error");
  if (a.complete) return text("Complete", "ok");
  return text("", "text");
}

/** The deadline as the council wrote it; a date cell (read as its ISO date) as a date a reader knows. */
function written(deadline: Deadline): string {
  return deadline.due !== null && deadline.raw === deadline.due ? formatLongDate(deadline.due) : deadline.raw.trim();
}

/** "March 2018 (revised from Aug17)": the board sees where a deadline has moved. */
function writtenDeadline(action: Action): string {
  const original = action.cells.deadline?.trim();
  if (action.deadlineRole !== "revisedDeadline" || !original) return written(action.deadline);
  return `${written(action.deadline)} (revised from ${written(parseDeadline(original))})`;
}

export function themeSummary(result: ValidationResult, options: SummaryOptions): GeneratedSheet {
  const facts = actionFacts(result);
  const subs = subActionFacts(result);
  const themes = [...new Set(facts.map((f) => f.action.theme ?? "(no theme)"))];
  const rows = headerBlock("Summary by theme", result, options);
  const headerRow = rows.length;
  rows.push(
    ["Theme", "Actions", "Sub-actions", "Complete", "Open", "Overdue", "Unowned", "Progress", "Next deadlines"].map(
      (h) => text(h, "header"),
    ),
  );
  for (const theme of themes) {
    const inTheme = facts.filter((f) => (f.action.theme ?? "(no theme)") === theme);
    const subCount = subs.filter((s) => (s.action.theme ?? "(no theme)") === theme).length;
    const complete = inTheme.filter((f) => f.complete).length;
    const withdrawn = inTheme.filter((f) => f.withdrawn).length;
    const overdue = inTheme.filter((f) => f.overdue).length;
    const unowned = inTheme.filter((f) => f.unowned).length;
    const next = inTheme
      .filter((f) => !f.complete && !f.withdrawn && f.due && f.due >= result.asOf)
      .sort((a, b) => (a.due as string).localeCompare(b.due as string))
      .slice(0, 3)
      .map((f) => `${formatLongDate(f.due as string)} (row ${f.action.row + 1})`)
      .join("; ");
    rows.push([
      text(theme, "wrap"),
      num(inTheme.length),
      num(subCount),
      num(complete),
      num(inTheme.length - complete - withdrawn),
      num(overdue, overdue > 0 ? "error" : undefined),
      num(unowned, unowned > 0 ? "error" : undefined),
      // A withdrawn action is neither done nor to do: progress is over the actions still in the plan.
      text(progressBar(complete, inTheme.length - withdrawn), "bar"),
      text(next || "none ahead", "wrap"),
    ]);
  }
  const total = facts.length;
  const done = facts.filter((f) => f.complete).length;
  const withdrawn = facts.filter((f) => f.withdrawn).length;
  rows.push([
    text("All themes", "bold"),
    num(total, "bold"),
    num(subs.length, "bold"),
    num(done, "bold"),
    num(total - done - withdrawn, "bold"),
    num(facts.filter((f) => f.overdue).length, "bold"),
    num(facts.filter((f) => f.unowned).length, "bold"),
    text(progressBar(done, total - withdrawn), "bar"),
    null,
  ]);

  for (const theme of themes) {
    rows.push([]);
    rows.push([text(theme, "subtitle")]);
    rows.push(
      ["Row", "Action", "Accountable officer(s)", "Deadline", "Due", "Status", "Flag", "Go to"].map((h) =>
        text(h, "header"),
      ),
    );
    for (const f of facts.filter((x) => (x.action.theme ?? "(no theme)") === theme)) {
      rows.push([
        num(f.action.row + 1),
        text(oneLine(f.action.what, 200), "wrap"),
        text(ownersShown(f.action), "wrap"),
        text(writtenDeadline(f.action), "wrap"),
        f.due ? date(f.due) : text(f.action.deadline.kind === "immediate" ? "immediate" : "no due date", "text"),
        text(f.statusLabel, f.complete ? "ok" : "text"),
        flags(f),
        rowLink(result, { sheet: f.action.sheet, cell: f.cell, row: f.action.row + 1 }, options),
      ]);
    }
  }
  return {
    kind: "theme",
    name: GENERATED_SHEET_NAMES.theme,
    columnWidths: [30, 50, 30, 22, 14, 16, 18, 22, 40],
    rows,
    headerRow,
    marking: result.reading.marking,
  };
}
