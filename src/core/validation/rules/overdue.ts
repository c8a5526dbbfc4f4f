// Late work as of the validation date: open actions past their due date, passed milestones, actions
// still marked not started after their start, and sub-action dates passed while their action is still
// open. A completed or withdrawn action is never overdue.

import { daysBetween, endOfMonth, formatLongDate, formatMonth, type IsoDate } from "../../deadline/calendar";
import { canBeOverdue, type Deadline } from "../../deadline/deadline";
import { finding, type Finding } from "../../findings/finding";
import { oneLine } from "../../one-line";
import type { Action, ColumnRole, SubAction } from "../../plan/model";
import { actionStatus, isClosedSubAction, isClosedStatus } from "../../plan/status";
import {
  actionFinding,
  actionName,
  columnOf,
  headingInProse,
  subActionPlace,
  subActionWhere,
  type Rule,
  type ValidationContext,
} from "../context";

function ago(context: ValidationContext, due: string): string {
  const days = daysBetween(due, context.asOf);
  return days === 1 ? "1 day ago" : `${days} days ago`;
}

/**
 * When an action was to have started, where its deadline gives a start ("Pilot to commence in July
 * 2017", "Jul17 – Mar18"): a month's start is read as its first day, but the month is the time given.
 */
function startBy(deadline: Deadline): { date: IsoDate; said: string } | null {
  const start = deadline.start;
  if (start === null) return null;
  const [year, month, day] = start.split("-").map(Number);
  return day === 1
    ? { date: endOfMonth(year, month), said: `in ${formatMonth(start)}` }
    : { date: start, said: `by ${formatLongDate(start)}` };
}

/** A status that speaks of the due date ("Not yet due") says nothing of the start. */
function saysNotStarted(action: Action): boolean {
  return actionStatus(action) === "Not started" && !/\bdue\b/i.test(action.status ?? "");
}

export function isOverdue(action: Action, asOf: string): boolean {
  return (
    !isClosedStatus(actionStatus(action)) && canBeOverdue(action.deadline) && (action.deadline.due as string) < asOf
  );
}

/**
 * When an action not yet overdue was to have started ("in July 2017"), where that has passed and its
 * status still says it has not; else null. An overdue action is reported as that alone.
 */
export function lateStart(action: Action, asOf: IsoDate): string | null {
  if (isOverdue(action, asOf) || !saysNotStarted(action)) return null;
  const start = startBy(action.deadline);
  return start && start.date < asOf ? start.said : null;
}

/**
 * How an overdue sub-action is ticked off: in its row's Status cell, after its bracket (the code's own
 * advice, so undefined), or, for a line with no written bracket or a milestone in a column, at its end.
 */
function howToTickOff(
  action: Action,
  sub: SubAction,
  statusColumn: { present: boolean; heading: string },
  stepStatusColumn: { present: boolean; heading: string },
): string | undefined {
  // A step on its action's own row shares the action's Status cell: it is ticked off in its own text.
  const sharesActionStatus = sub.ownRow?.row === action.row && !stepStatusColumn.present;
  if (sub.dateCell || sharesActionStatus)
    return `If it was delivered, write '– complete' after it in ${headingInProse(sub.column)}; if not, agree a new date with ${sub.dateCell ? "the action's owner" : "its owner"}.`;
  if (sub.ownRow && stepStatusColumn.present)
    return `If it was delivered, mark it complete in ${headingInProse(stepStatusColumn.heading)}; if not, agree a new date with its owner.`;
  if (sub.ownRow && statusColumn.present)
    return `If it was delivered, mark it complete in ${headingInProse(statusColumn.heading)}; if not, agree a new date with its owner.`;
  if (sub.ownRow || /^[([]/.test(sub.bracket?.raw ?? "")) return undefined;
  return "If it was delivered, write '– complete' at the end of the line; if not, agree a new date with its owner.";
}

/**
 * "; the deadline of action 1.1, as "See 1.1" says", where the cell names another's deadline (its own last
 * sub-action's, or, for a step, the step's above) instead of a date.
 */
function borrowedFrom(deadline: Deadline): string {
  return deadline.from ? `; the deadline of ${deadline.from}, as "${deadline.raw.trim()}" says` : "";
}

/**
 * " (HOS)" after a sub-action, or " (no owner)"; for a milestone in a column, which its action's lead
 * owns, what it is: the message is all a reader sees of a cell that only holds a date. So for a measure
 * dated at its end ("95% seen – Mar18"), which asks no owner.
 */
function whose(sub: SubAction): string {
  if (sub.dateCell || (!sub.bracket && !sub.expectsOwner)) return ` ("${oneLine(sub.text, 60)}")`;
  return ` (${sub.owner ?? "no owner"})`;
}

/**
 * How an overdue action is closed in a plan with no Status column that says done another way; where it
 * says done in none, undefined.
 */
function howToCloseWithoutStatus(context: ValidationContext): string | undefined {
  const ways: [ColumnRole, (heading: string) => string][] = [
    ["completed", (h) => `put Yes in ${h}`],
    ["dateCompleted", (h) => `enter the date it was completed in ${h}`],
    ["percentComplete", (h) => `enter 100% in ${h}`],
  ];
  for (const [role, say] of ways) {
    const column = columnOf(context, role);
    if (column.present)
      return `If it is done, ${say(headingInProse(column.heading))}; if not, agree a new deadline and record why.`;
  }
  return undefined;
}

export const overdueRule: Rule = (context) => {
  const findings: Finding[] = [];
  const { asOf } = context;
  const statusColumn = columnOf(context, "status");
  const stepStatusColumn = columnOf(context, "stepStatus");
  const asOfText = formatLongDate(asOf);
  // A "% complete", "Date completed" or "Completed (Y/N)" column tells a finished action from an open one,
  // as a Status column does; with a Status column the code's own advice stands.
  const closeBy = statusColumn.present ? undefined : howToCloseWithoutStatus(context);
  if (!statusColumn.present && !closeBy) {
    const header = context.reading.header;
    findings.push(
      finding(
        "overdue/no-status-column",
        {
          sheet: context.reading.plan.sheet,
          row: header.rows[0],
          column: header.columns[0]?.column ?? 0,
          columnName: "Status",
        },
        "",
        'The plan has no Status column, so Plan Check counts every action as open unless its deadline says it is done ("Oct 2017 – complete"): other completed actions past their deadline are shown as overdue.',
      ),
    );
  }
  for (const action of context.reading.plan.actions) {
    if (isClosedStatus(actionStatus(action))) continue;
    const d = action.deadline;
    if (isOverdue(action, asOf)) {
      findings.push(
        actionFinding(
          context,
          "overdue/action",
          action,
          "deadline",
          d.raw,
          `${actionName(action)} was due by ${formatLongDate(d.due as string)} (${ago(context, d.due as string)}${borrowedFrom(d)}) and is not marked complete as of ${asOfText}.`,
          closeBy,
        ),
      );
    } else {
      const start = lateStart(action, asOf);
      if (start) {
        findings.push(
          actionFinding(
            context,
            "overdue/not-started",
            action,
            "status",
            action.status,
            `${actionName(action)} was to start ${start}, as its deadline "${oneLine(d.raw, 60)}" says, and is still marked "${action.status}" as of ${asOfText}.`,
          ),
        );
      }
      for (const m of d.milestones) {
        if (m.due < asOf && m.due !== d.due) {
          findings.push(
            actionFinding(
              context,
              "overdue/milestone",
              action,
              "deadline",
              m.label,
              `The milestone "${m.label}" of the action in row ${action.row + 1} passed on ${formatLongDate(m.due)} (${ago(context, m.due)}).`,
            ),
          );
        }
      }
    }
    for (const sub of action.subActions) {
      const sd = sub.deadline;
      if (!sd || !canBeOverdue(sd) || (sd.due as string) >= asOf) continue;
      // A sub-action kept as a row has a status of its own; a line may be ticked off in its text.
      if (isClosedSubAction(sub)) continue;
      findings.push(
        finding(
          "overdue/sub-action",
          subActionPlace(action, sub, "deadline"),
          sub.text,
          `The sub-action ${subActionWhere(sub)}${whose(sub)} was due by ${formatLongDate(sd.due as string)} (${ago(context, sd.due as string)}${borrowedFrom(sd)}); its action is still open.`,
          howToTickOff(action, sub, statusColumn, stepStatusColumn),
        ),
      );
    }
  }
  return findings;
};
