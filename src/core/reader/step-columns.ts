// Some plans give each step its own lead, date and status in columns beside the Sub-action column
// ("Sub-action", "Sub-action lead", "Sub-action deadline"), a step a row: the first on the action's own
// row, the next on rows below with the action's cells left blank. Each step is a sub-action kept as a
// row, its findings on those cells; the rows below are the action's steps, not actions of their own.

import type { Deadline } from "../deadline/deadline";
import { parseDeadline } from "../deadline/parse-deadline";
import type { Action, ColumnRole, PlacedCell, SubAction } from "../plan/model";
import { splitOwners } from "./cell-lists";
import { ticksOffTask } from "./done-mark";
import type { PlanHeader } from "./header";

const STEP_ROLES: readonly ColumnRole[] = ["stepOwner", "stepDeadline", "stepStatus"];

/** The plan keeps a Sub-action column with a lead, date or status column of the steps' own. */
export function hasStepColumns(header: PlanHeader): boolean {
  return header.columns.some((c) => c.role === "milestones") && header.columns.some((c) => STEP_ROLES.includes(c.role));
}

/** A row with no action of its own: its What? blank and not merged down from the action above. */
export function continuesAbove(row: Action): boolean {
  return row.what === "" && !row.mergedFrom.what;
}

/**
 * The step a row writes in the Sub-action column, read with the steps' own cells; a lead or date
 * column the plan does not keep for steps is the row's own (on the action's row, the action's).
 * `stepDeadline` is the Sub-action deadline cell read, where the plan has one. Null when no step is written.
 */
export function stepWithOwnCells(row: Action, header: PlanHeader, stepDeadline: Deadline | null): SubAction | null {
  const text = (row.cells.milestones ?? "").trim();
  if (text === "") return null;
  const column = (role: ColumnRole) => header.columns.find((c) => c.role === role);
  const place = (role: ColumnRole, instead: ColumnRole): PlacedCell => {
    const col = column(role) ?? column(instead) ?? column("milestones");
    return { sheet: row.sheet, row: row.row, column: col?.column ?? 0, heading: col?.heading ?? "" };
  };
  const continuing = continuesAbove(row);
  const hasOwnLead = column("stepOwner") !== undefined;
  const owners = hasOwnLead ? splitOwners(row.cells.stepOwner ?? "") : row.owners;
  // On the action's own row, its Status is the action's; on a row of its own, the step's.
  const status = (row.cells.stepStatus ?? "").trim() || (continuing ? row.status : null);
  const textCell = place("milestones", "milestones");
  return {
    role: "milestones",
    column: textCell.heading,
    cell: { sheet: row.sheet, row: row.row, column: textCell.column },
    line: 1,
    text,
    bullet: false,
    expectsOwner: true,
    bracket: null,
    owner: owners.join(", ") || null,
    deadline: stepDeadline ?? (continuing ? row.deadline : parseDeadline("")),
    // Ticked off in its text ("Rota agreed – complete"), as a line is.
    done: ticksOffTask(text),
    ownRow: {
      row: row.row,
      owners,
      status,
      percentComplete: continuing ? row.percentComplete : null,
      completedOn: continuing ? row.completedOn : null,
      markedDone: continuing && row.markedDone,
      followsFirstStep: false,
      ownerCell: place("stepOwner", "accountable"),
      deadlineCell: place("stepDeadline", row.deadlineRole),
    },
    dateCell: null,
  };
}
