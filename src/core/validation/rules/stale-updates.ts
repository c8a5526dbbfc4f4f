// Progress updates the board would be reading stale: an open action whose Last updated date is more
// than a quarter before the as-of date. Boards meet monthly to quarterly, so such an update was not
// refreshed for the last board either. The chase list lists the same actions, owner by owner.

import { daysBetween, formatLongDate, type IsoDate } from "../../deadline/calendar";
import { parseDeadline } from "../../deadline/parse-deadline";
import type { Action } from "../../plan/model";
import { actionStatus, isClosedStatus } from "../../plan/status";
import { actionFinding, actionName, columnOf, headingInProse, type Rule } from "../context";

/** A quarter, and a day to spare. */
export const STALE_AFTER_DAYS = 92;

/** When an open action was last updated, where that is more than a quarter before the as-of date. */
export function staleUpdate(action: Action, asOf: IsoDate): { on: IsoDate; days: number } | null {
  const written = (action.cells.lastUpdated ?? "").trim();
  const read = written === "" ? null : parseDeadline(written);
  if (read?.kind !== "date" || read.due === null || isClosedStatus(actionStatus(action))) return null;
  const days = daysBetween(read.due, asOf);
  return days > STALE_AFTER_DAYS ? { on: read.due, days } : null;
}

export const staleUpdateRule: Rule = (context) => {
  const column = columnOf(context, "lastUpdated");
  if (!column.present) return [];
  const asOf = formatLongDate(context.asOf);
  const fix = `Ask the owner for an update, record it, and put its date in ${headingInProse(column.heading)}.`;
  return context.reading.plan.actions.flatMap((a) => {
    const stale = staleUpdate(a, context.asOf);
    if (!stale) return [];
    return [
      actionFinding(
        context,
        "status/stale-update",
        a,
        "lastUpdated",
        a.cells.lastUpdated,
        `${actionName(a)} was last updated on ${formatLongDate(stale.on)}, ${stale.days} days before ${asOf}, so its progress update may be out of date.`,
        fix,
      ),
    ];
  });
};
