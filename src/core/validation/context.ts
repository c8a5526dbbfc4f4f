// What every validation rule is given: the plan as read, the date it is judged on, and helpers to
// place a finding on an action's cell.

import type { IsoDate } from "../deadline/calendar";
import { finding, type Finding, type FindingPlace } from "../findings/finding";
import type { FindingCode } from "../findings/codes";
import { memoiseText } from "../memoise";
import { COLUMN_LABELS } from "../plan/columns";
import type { Action, CellRef, ColumnRole, SubAction } from "../plan/model";
import type { PlanReading } from "../reader/read-plan";

export interface ValidationContext {
  reading: PlanReading;
  asOf: IsoDate;
  glossary: Record<string, string>;
}

export type Rule = (context: ValidationContext) => Finding[];

/** The column an action's role lives in, falling back to the first plan column when it is missing. */
export function columnOf(
  context: ValidationContext,
  role: ColumnRole,
): { column: number; heading: string; present: boolean } {
  const col = context.reading.header.columns.find((c) => c.role === role);
  if (col) return { column: col.column, heading: columnName(col.heading), present: true };
  return { column: context.reading.header.columns[0]?.column ?? 0, heading: COLUMN_LABELS[role], present: false };
}

export function actionFinding(
  context: ValidationContext,
  code: FindingCode,
  action: Action,
  role: ColumnRole,
  value: unknown,
  message: string,
  fix?: string,
): Finding {
  // A finding on the deadline points at the cell it was read from: the revised date where there is one.
  const at = role === "deadline" ? action.deadlineRole : role;
  const { column, heading } = columnOf(context, at);
  return finding(code, actionPlace(action, column, heading, action.mergedFrom[at]), value, message, fix);
}

// Places are written out as literals: spreading a shared base object into each one was most of a
// rule's time on big plans (V8 clones the object, then grows it).

/** The cell of an action's row in the given column, or the merged cell above that its value came from. */
export function actionPlace(action: Action, column: number, columnName: string, merged?: CellRef): FindingPlace {
  return {
    sheet: action.sheet,
    row: merged?.row ?? action.row,
    column: merged?.column ?? column,
    columnName,
    actionRow: action.row + 1,
    theme: action.theme,
  };
}

/**
 * A sub-action's cell, under the action it belongs to. A sub-action kept as a row has its lead and date
 * in cells of their own: a finding about either points there.
 */
export function subActionPlace(action: Action, sub: SubAction, about?: "owner" | "deadline"): FindingPlace {
  const cell =
    about && sub.ownRow
      ? sub.ownRow[about === "owner" ? "ownerCell" : "deadlineCell"]
      : about === "deadline"
        ? sub.dateCell
        : null;
  return {
    sheet: cell?.sheet ?? sub.cell.sheet,
    row: cell?.row ?? sub.cell.row,
    column: cell?.column ?? sub.cell.column,
    columnName: columnName(cell?.heading ?? sub.column),
    actionRow: action.row + 1,
    theme: action.theme,
  };
}

/**
 * " (note ** of the plan)" where the plan's heading for a role carries a footnote mark, as Derby's
 * "Closing the loop**" does: the note under the table is the rule the finding enforces. "" otherwise.
 */
export function planNote(context: ValidationContext, ...roles: ColumnRole[]): string {
  for (const role of roles) {
    const heading = context.reading.header.columns.find((c) => c.role === role)?.heading ?? "";
    const mark = /(\*+)\s*$/.exec(heading)?.[1];
    if (mark) return ` (note ${mark} of the plan)`;
  }
  return "";
}

/** "Action in row 12" — how messages name an action, with the start of its What? text. */
export function actionName(action: Action): string {
  const what = action.what.replace(/\s+/g, " ").trim();
  const short = what.length > 60 ? `${what.slice(0, 57)}…` : what;
  return short ? `The action in row ${action.row + 1} ("${short}")` : `The action in row ${action.row + 1}`;
}

/** A column heading on one line, as findings name it; headings repeat on every sub-action. */
export const columnName = memoiseText((heading) => heading.replace(/\s+/g, " ").trim());

/** A column heading as a sentence names it: on one line, its footnote marks ("Closing the loop**") dropped. */
export function headingInProse(heading: string): string {
  return columnName(heading).replace(/[*\s]+$/, "");
}

/** "on line 2 of Staff and WFD", "in row 7", "in Milestone 1": where a sub-action sits, as messages say it. */
export function subActionWhere(sub: SubAction): string {
  if (sub.ownRow) return `in row ${sub.ownRow.row + 1}`;
  // A milestone kept in a column of its own fills its cell: it has no line to count.
  return sub.dateCell ? `in ${headingInProse(sub.column)}` : `on line ${sub.line} of ${headingInProse(sub.column)}`;
}

/** A finding on a sub-action's cell (or, for one kept as a row, its lead or date cell), echoing its text. */
export function subActionFinding(
  code: Parameters<typeof finding>[0],
  action: Action,
  sub: SubAction,
  message: string,
  about?: "owner" | "deadline",
  fix?: string,
): Finding {
  return finding(code, subActionPlace(action, sub, about), sub.text, message, fix);
}
