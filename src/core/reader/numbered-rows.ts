// Plans often keep an action's sub-actions as rows of their own beneath it, each with its own lead,
// date and status in the plan's columns: numbered under it in a Ref column or at the start of their
// text ("1.1.1", "1.1.2" or "1.1a" under "1.1"), or written in a Sub-actions column with the action's
// cell left blank. Such a row is a sub-action of the action above it, not an action: it needs no
// closing-the-loop check of its own, and counting it as an action would misstate the plan.

import {
  SUB_ACTION_ROLES,
  type Action,
  type ColumnRole,
  type PlacedCell,
  type SubAction,
  type SubActionRole,
} from "../plan/model";
import type { PlanHeader } from "./header";

/** Without a Ref column, the number an action's own text starts with: "1.1.2 Train staff" → "1.1.2". */
export function numberLeading(what: string): string {
  return /^\s*(\d{1,2}(?:\.\d{1,2})+[a-z]?)[.)]?\s/i.exec(what)?.[1] ?? "";
}

/** A Ref that is only a number in figures ("1.3", "2.2)", "4"): alone in its row, it numbers an action still to be written. */
export function isNumberOnly(ref: string): boolean {
  return /^\d{1,3}(?:\.\d{1,3})*[a-z]?[.)]?$/i.test(ref.trim());
}

/** "1.1", "1.1.", "1.1)" alike. */
export function bareRef(ref: string): string {
  return ref.trim().replace(/[.)]$/, "");
}

/** True when `ref` numbers a step of the action numbered `parent`: "1.1.1", "1.1.2.3", "1.1a", "1.1 (b)". */
export function isSubNumber(ref: string, parent: string): boolean {
  const child = bareRef(ref);
  const own = bareRef(parent);
  if (own === "" || !child.startsWith(own)) return false;
  const rest = child.slice(own.length);
  return /^(?:\.\d{1,2})+[a-z]?$/i.test(rest) || /^\s*(?:[a-z]|\([a-z]\))$/i.test(rest);
}

/** A step's letter: "a", "(b", "ii". */
const LETTER = String.raw`\(?(?:[a-z]|[ivx]{2,4})`;
const LETTER_REF = new RegExp(String.raw`^\s*${LETTER}[.)]?\s*$`, "i");
/** Text that starts with its letter or a bullet: "a) Refresh …", "(ii) Train …", "- Audit …". */
const LETTERED_TEXT = new RegExp(String.raw`^\s*(?:${LETTER}[.)]|[-–•])\s+\S`, "i");
const NUMBERED_IN_FIGURES = /^\d{1,2}(?:\.\d{1,2})*\.?$/;

/**
 * A row lettered rather than numbered, under a numbered action: "a) Refresh the template", "(ii) Train
 * staff" or "- Audit ten cases" as its text with a blank Ref, or "a", "b)" in the Ref column beneath "1
 * Improve assessments". It is a step of that action, as "1a" would be.
 */
export function isLetteredStep(ref: string, what: string, parent: string): boolean {
  // The letter may sit in the Ref column instead ("a", "b)", "(ii)"), under an action numbered in
  // figures: where actions are themselves lettered ("A", "B"), a letter is the next action.
  if (LETTER_REF.test(ref)) return NUMBERED_IN_FIGURES.test(parent.trim());
  return ref.trim() === "" && LETTERED_TEXT.test(what);
}

/**
 * An action with a lead or a deadline of its own: rows numbered under it are its sub-actions. A
 * numbered row with neither is an objective grouping the actions below it, which stay actions.
 */
export function takesSubActionRows(action: Action): boolean {
  return action.owners.length > 0 || action.deadline.kind !== "missing";
}

/**
 * A row with no action of its own — its What? blank, not merged from above — that names a step in a
 * sub-action column with a lead or date of its own: the column its step is written in (Milestones
 * first), or null when the row is no such step.
 */
export function stepColumn(row: Action): SubActionRole | null {
  if (row.what !== "" || row.mergedFrom.what || !takesSubActionRows(row)) return null;
  const written = SUB_ACTION_ROLES.filter((role) => (row.cells[role] ?? "").trim() !== "");
  return written.includes("milestones") ? "milestones" : (written[0] ?? null);
}

/**
 * A row read as an action, made the sub-action it is; its findings point at its own cells. Its text is
 * its What?, or, for a step written in a sub-action column (`step`), that column's.
 */
export function subActionRow(
  row: Action,
  header: PlanHeader,
  step: { column: SubActionRole; followsFirstStep: boolean } | null = null,
): SubAction {
  const textRole = step?.column ?? "what";
  const columnOf = (role: ColumnRole) => header.columns.find((c) => c.role === role);
  const place = (role: ColumnRole): PlacedCell => {
    // A plan header always has a What? column; a missing lead or date column is pointed at there.
    const col = (columnOf(role) ?? columnOf("what")) as NonNullable<ReturnType<typeof columnOf>>;
    const merged = row.mergedFrom[role];
    return {
      sheet: row.sheet,
      row: merged?.row ?? row.row,
      column: merged?.column ?? col.column,
      heading: col.heading,
    };
  };
  const textCell = place(textRole);
  return {
    role: textRole,
    column: textCell.heading,
    cell: { sheet: textCell.sheet, row: textCell.row, column: textCell.column },
    line: 1,
    text: textRole === "what" ? row.what : (row.cells[textRole] ?? "").trim(),
    bullet: false,
    expectsOwner: true,
    bracket: null,
    owner: row.cells.accountable?.trim() || null,
    deadline: row.deadline,
    // A row has a Status cell of its own for that.
    done: false,
    ownRow: {
      row: row.row,
      owners: row.owners,
      status: row.status,
      percentComplete: row.percentComplete,
      completedOn: row.completedOn,
      markedDone: row.markedDone,
      followsFirstStep: step?.followsFirstStep ?? false,
      ownerCell: place("accountable"),
      deadlineCell: place(row.deadlineRole),
    },
    dateCell: null,
  };
}
