// The improvement plan as the core sees it: themes, recommendations, priorities, actions and
// their sub-actions, each carrying the sheet cell it was read from so every message can point at it.

import type { Deadline } from "../deadline/deadline";

/** A cell on a sheet: 0-based row and column, as adapters and the core use them internally. */
export interface CellRef {
  sheet: string;
  row: number;
  column: number;
}

/**
 * What the inspection called it: "recommendation" (to 2018), "area for improvement" (ILACS, since), or
 * "priority action", which Ofsted sets where it finds serious weakness and a plan must answer first.
 */
export type RecommendationTerm = "recommendation" | "area for improvement" | "priority action";

export interface Recommendation {
  /** "R1" … "R11" for Ofsted recommendations, "AFI 1" … for areas for improvement, "PA1" … for priority actions. */
  id: string;
  term: RecommendationTerm;
  number: number;
  text: string;
  topic: string;
  theme: string;
  /** Where it is written, when the workbook has a Recommendations sheet. */
  cell?: CellRef;
}

export interface Priority {
  /** A short id used in links, e.g. "P-Thresholds"; the name itself is also accepted in links. */
  id: string;
  name: string;
  theme: string;
  cell?: CellRef;
}

export interface Theme {
  name: string;
}

/** The structure a plan is checked against: read from the workbook when it has it, Derby 2017's for that plan. */
export interface PlanStructure {
  title: string;
  themes: Theme[];
  recommendations: Recommendation[];
  priorities: Priority[];
  /**
   * Where the structure came from, said once in reports: the workbook's own lists, Derby 2017's,
   * the recommendations the plan names in its own cells ("plan": one never named cannot be missed), or
   * "none" when the workbook names no recommendations at all.
   */
  source: "workbook" | "default" | "plan" | "none";
  /** Derby's own plan, known by its themes: Derby's own abbreviations apply to it. */
  derby: boolean;
}

/** The structure's themes as messages list them: "A", "B", "C". */
export function quotedThemes(structure: PlanStructure): string {
  return structure.themes.map((t) => `"${t.name}"`).join(", ");
}

/** The columns a plan sheet can have, by meaning. */
export type ColumnRole =
  | "theme"
  | "what"
  | "area"
  | "accountable"
  /**
   * Who delivers the action, beside the officer accountable for it ("Accountable officer" and
   * "Responsible officer", "SRO" and "Lead officer"): listed with what they own, never asked for.
   */
  | "deliveryLead"
  | "deadline"
  /** A deadline agreed later, beside the original one: where it is filled in, it is the deadline. */
  | "revisedDeadline"
  | "closingTheLoop"
  | "milestones"
  | "financial"
  | "staffAndWfd"
  | "partners"
  | "systems"
  | "leadership"
  | "status"
  /** "% complete": at 100% an action with no status of its own is complete. */
  | "percentComplete"
  | "links"
  | "progress"
  | "lastUpdated"
  /** The date an action was completed: where one is given, an action with no status of its own is complete. */
  | "dateCompleted"
  /** "Completed (Y/N)": a yes there makes an action with no status of its own complete. */
  | "completed"
  /**
   * A step's own lead, date and status beside a Sub-action column ("Sub-action lead", "Sub-action
   * deadline", "Sub-action status"): each row's step is read with them, the action's own row too.
   */
  | "stepOwner"
  | "stepDeadline"
  | "stepStatus";

export const SUB_ACTION_ROLES = [
  "closingTheLoop",
  "milestones",
  "financial",
  "staffAndWfd",
  "partners",
  "systems",
  "leadership",
] as const satisfies readonly ColumnRole[];

export type SubActionRole = (typeof SUB_ACTION_ROLES)[number];

export function isSubActionRole(role: ColumnRole): role is SubActionRole {
  return (SUB_ACTION_ROLES as readonly ColumnRole[]).includes(role);
}

/** A cell of a sub-action kept as a row, with its column's heading, for findings to point at. */
export interface PlacedCell extends CellRef {
  heading: string;
}

/**
 * A sub-action kept as a row of its own under its action ("1.1.1" under "1.1"): its lead, date and
 * status are in the plan's own columns, and its findings point at those cells.
 */
export interface SubActionRow {
  /** 0-based sheet row. */
  row: number;
  owners: string[];
  status: string | null;
  /** As for an action: 100 here, a date completed, or a deadline ticked off, with no status written, means it is done. */
  percentComplete: number | null;
  completedOn: string | null;
  markedDone: boolean;
  /**
   * A step on a row after its action's, where the action's own row is its first step (the action is
   * written once, over its steps): the action's date is that step's, so this one's is not held to it.
   */
  followsFirstStep: boolean;
  /** The Accountable and Deadline cells of the row (or the merged cells above it). */
  ownerCell: PlacedCell;
  deadlineCell: PlacedCell;
}

export interface SubAction {
  /**
   * The column the sub-action is listed in; "what" for one kept as a row of its own (ownRow set) and
   * named in its What? cell, or listed under the action in the action's. A row whose step is written in
   * a Sub-actions column has that column's role.
   */
  role: SubActionRole | "what";
  /** The column heading as the council wrote it. */
  column: string;
  cell: CellRef;
  /** 1-based line within the cell. */
  line: number;
  text: string;
  bullet: boolean;
  /**
   * True for a bullet that should end in "(Owner – Date)": not one in Financial (implications, not
   * tasks), nor in a column whose bullets never name an owner (measures of success, not tasks).
   */
  expectsOwner: boolean;
  /** The "(Owner – Date)" bracket, when the line ends in one. */
  bracket: Bracket | null;
  owner: string | null;
  deadline: Deadline | null;
  /** A line ticked off in its text: "(HOS – Nov17) – complete", "(HOS – Nov17 – done)", "… ✓". */
  done: boolean;
  /** Set for a sub-action kept as a row of its own; null for a line in a cell. */
  ownRow: SubActionRow | null;
  /**
   * The cell its date is in, where that is not its own: a milestone kept in columns ("Milestone 1",
   * then "Milestone 1 date"). Null for a line whose date is in its text, and for a row of its own.
   */
  dateCell: PlacedCell | null;
}

export interface Bracket {
  raw: string;
  owner: string | null;
  when: string | null;
  /** "cut-off" when the bracket opens and never closes; "unbalanced" when the parentheses don't pair up. */
  problem: "cut-off" | "unbalanced" | null;
  /** The bracket ends by saying the work is done: "(HOS – Nov17 – complete)". */
  done: boolean;
}

export interface Action {
  /** 0-based sheet row. */
  row: number;
  sheet: string;
  theme: string | null;
  /** Cell text by role, exactly as read (numbers and dates as shown). */
  cells: Partial<Record<ColumnRole, string>>;
  what: string;
  owners: string[];
  /** Who delivers it, where the plan names them beside its accountable officer; empty for most plans. */
  deliveryLeads: string[];
  deadline: Deadline;
  /** "% complete" as a number from 0 to 100, where the plan has such a column and the cell says. */
  percentComplete: number | null;
  /** The date in a "Date completed" column, where the plan has one and the cell holds a date. */
  completedOn: string | null;
  /**
   * The plan says it is done outside a Status cell: in the deadline cell ("Complete – 12/10/17",
   * "Achieved Sept 2017", "Oct17 (complete)") or with a yes in a "Completed (Y/N)" column.
   */
  markedDone: boolean;
  /** The column the deadline was read from: Revised deadline where the plan has one filled in, else Deadline. */
  deadlineRole: "deadline" | "revisedDeadline";
  status: string | null;
  links: string[];
  subActions: SubAction[];
  hidden: boolean;
  /**
   * Cells read from a merged area above the action's row, or from the cell above a blank in a first
   * column of links written once over a block: its findings point at that cell.
   */
  mergedFrom: Partial<Record<ColumnRole, CellRef>>;
}

export interface Plan {
  /** The plan sheet: the first of `sheets`, where its header, title and settings are read. */
  sheet: string;
  /** Every sheet the plan is kept on: one, or one a theme, in workbook order. */
  sheets: string[];
  structure: PlanStructure;
  actions: Action[];
  /**
   * Themes in order, with the sheet and 0-based row of their heading (a sheet's header row when it is
   * one), and the column it is written in (none for a sheet's name).
   */
  themeRows: { name: string; row: number; sheet: string; column?: number }[];
  /** Sub-action columns whose bullets never name an owner: read as measures of success, not tasks. */
  measureColumns: SubActionRole[];
}
