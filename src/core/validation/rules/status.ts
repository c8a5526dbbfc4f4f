// Status values must be ones Plan Check (and the drop-down list set-up adds) understands.

import { isComplete, readStatus, STATUSES } from "../../plan/status";
import { actionFinding, columnOf, type Rule } from "../context";

export const unknownStatusRule: Rule = (context) =>
  context.reading.plan.actions
    // A status merged over several actions is reported once, on the row that holds it.
    .filter((a) => a.status !== null && readStatus(a.status) === null && !a.mergedFrom.status)
    .map((a) =>
      actionFinding(
        context,
        "status/unknown",
        a,
        "status",
        a.status,
        `The status "${a.status}" in row ${a.row + 1} is not one Plan Check knows (${STATUSES.join(", ")}), so the action counts as open.`,
      ),
    );

/** A completed action needs a completion date: where the plan has a Last updated column, it must say when. */
export const completionDateRule: Rule = (context) => {
  const column = columnOf(context, "lastUpdated");
  if (!column.present) return [];
  return context.reading.plan.actions
    .filter((a) => isComplete(a.status) && (a.cells.lastUpdated ?? "").trim() === "")
    .map((a) =>
      actionFinding(
        context,
        "status/complete-without-date",
        a,
        "lastUpdated",
        "",
        `The action in row ${a.row + 1} is marked complete but has no date in ${column.heading}.`,
        `Enter the date it was completed in the ${column.heading} column.`,
      ),
    );
};

export const statusRule: Rule = (context) => [...unknownStatusRule(context), ...completionDateRule(context)];
