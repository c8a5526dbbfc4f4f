// Status values must be ones Plan Check (and the drop-down list set-up adds) understands.

import { actionStatus, STATUSES } from "../../plan/status";
import { finding } from "../../findings/finding";
import { actionFinding, actionName, columnOf, type Rule } from "../context";
import { staleUpdateRule } from "./stale-updates";
import { subActionsDoneRule } from "./sub-actions-done";

export const unknownStatusRule: Rule = (context) =>
  context.reading.plan.actions
    // A status merged over several actions is reported once, on the row that holds it.
    .filter((a) => a.status !== null && actionStatus(a) === null && !a.mergedFrom.status)
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

/**
 * A completed action needs a completion date: where the plan has a Date completed column, or else a
 * Last updated one, it must say when.
 */
export const completionDateRule: Rule = (context) => {
  const role = columnOf(context, "dateCompleted").present ? "dateCompleted" : "lastUpdated";
  const column = columnOf(context, role);
  if (!column.present) return [];
  return context.reading.plan.actions
    .filter((a) => actionStatus(a) === "Complete" && (a.cells[role] ?? "").trim() === "")
    .map((a) =>
      actionFinding(
        context,
        "status/complete-without-date",
        a,
        role,
        "",
        `The action in row ${a.row + 1} is marked complete but has no date in ${column.heading}.`,
        `Enter the date it was completed in the ${column.heading} column.`,
      ),
    );
};

/**
 * An action whose Status cell is empty counts as open, and may be called overdue when it is done. Where
 * no action has a status yet (just after set-up) that is said once; otherwise each gap is reported.
 */
export const missingStatusRule: Rule = (context) => {
  const column = columnOf(context, "status");
  if (!column.present) return [];
  const { actions } = context.reading.plan;
  // A blank Status beside "100%" is complete, not unknown.
  const blank = actions.filter((a) => a.status === null && actionStatus(a) === null && !a.mergedFrom.status);
  if (blank.length === 0) return [];
  if (blank.length === actions.length) {
    const { header, plan } = context.reading;
    return [
      finding(
        "status/none-given",
        { sheet: plan.sheet, row: header.rows[0], column: column.column, columnName: column.heading },
        "",
        `No action has a status in ${column.heading} yet, so every action counts as open.`,
        // Trackers often shade the RAG cell and write nothing: say why the shading was not read.
        `Choose each action's status in the ${column.heading} column: ${STATUSES.join(", ")}. Shading alone is read only where the column uses two RAG colours or more.`,
      ),
    ];
  }
  return blank.map((a) =>
    actionFinding(
      context,
      "status/missing",
      a,
      "status",
      "",
      `${actionName(a)} has no status in ${column.heading}, so it counts as open.`,
      `Choose its status in the ${column.heading} column: ${STATUSES.join(", ")}.`,
    ),
  );
};

export const statusRule: Rule = (context) => [
  ...unknownStatusRule(context),
  ...missingStatusRule(context),
  ...completionDateRule(context),
  ...staleUpdateRule(context),
  ...subActionsDoneRule(context),
];
