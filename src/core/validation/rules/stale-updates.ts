// Progress updates the board would be reading stale: an open action whose Last updated date is more
// than a quarter before the as-of date. Boards meet monthly to quarterly, so such an update was not
// refreshed for the last board either.

import { daysBetween, formatLongDate } from "../../deadline/calendar";
import { parseDeadline } from "../../deadline/parse-deadline";
import { actionStatus, isClosedStatus } from "../../plan/status";
import { actionFinding, actionName, columnOf, type Rule } from "../context";

/** A quarter, and a day to spare. */
export const STALE_AFTER_DAYS = 92;

export const staleUpdateRule: Rule = (context) => {
  const column = columnOf(context, "lastUpdated");
  if (!column.present) return [];
  const asOf = formatLongDate(context.asOf);
  return context.reading.plan.actions.flatMap((a) => {
    const written = (a.cells.lastUpdated ?? "").trim();
    const read = written === "" ? null : parseDeadline(written);
    if (read?.kind !== "date" || read.due === null || isClosedStatus(actionStatus(a))) return [];
    const days = daysBetween(read.due, context.asOf);
    if (days <= STALE_AFTER_DAYS) return [];
    return [
      actionFinding(
        context,
        "status/stale-update",
        a,
        "lastUpdated",
        written,
        `${actionName(a)} was last updated on ${formatLongDate(read.due)}, ${days} days before ${asOf}, so its progress update may be out of date.`,
      ),
    ];
  });
};
