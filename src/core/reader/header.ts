// Finds the plan's header: one row, or two where "Sub actions and implications" is merged over the
// five sub-action headings in the row below. Columns are mapped by meaning; extra columns are kept.

import {
  exactRoleForHeading,
  matchHeading,
  normaliseHeading,
  roleForHeading,
  SUB_ACTIONS_GROUP,
} from "../plan/columns";
import type { ColumnRole } from "../plan/model";
import { parseDeadline } from "../deadline/parse-deadline";
import { readStatus } from "../plan/status";
import { cellValue, columnCount, isFilled, type CellRange, type SheetGrid } from "../workbook/grid";

export interface PlanColumn {
  role: ColumnRole;
  /** 0-based column. */
  column: number;
  /** The heading as written in the sheet (or the standard label when mapped by settings). */
  heading: string;
}

/** A numbered milestone kept in two columns: what it is ("Milestone 1") and its date ("Milestone 1 date"). */
export interface MilestoneColumns {
  column: number;
  heading: string;
  dateColumn: number;
  dateHeading: string;
}

export interface PlanHeader {
  /** 0-based header rows: one or two. */
  rows: number[];
  columns: PlanColumn[];
  /** Numbered milestones in columns of their own, each read as a sub-action of its row's action. */
  milestoneColumns: MilestoneColumns[];
  /** Columns the council added that Plan Check doesn't use, kept as they are. */
  extraColumns: { column: number; heading: string }[];
}

/**
 * How many rows from the top a header may start at: title, marking and logo rows come first, and
 * some plans keep their introduction, pasted from the published document, above the table.
 */
export const HEADER_SEARCH_ROWS = 100;

function text(grid: SheetGrid, row: number, column: number): string {
  const value = cellValue(grid, row, column);
  return typeof value === "string" ? value : "";
}

export type ColumnMapping = Partial<Record<ColumnRole, number>>;

/** Ranks past every synonym: a hidden column takes a role only where no visible one names it. */
const HIDDEN = 1000;

/**
 * The roles a row's headings name; a saved mapping wins over headings wherever its cell has text.
 * Where two headings name one role, a visible column takes it before a hidden one (an old Status
 * column kept out of sight), then the closer name ("Action" over "Objective"), then the later of two
 * dated updates, then the one further left.
 */
function rolesInRow(
  grid: SheetGrid,
  row: number,
  width: number,
  mapping: ColumnMapping = {},
  milestones: readonly MilestoneColumns[] = [],
): Map<ColumnRole, number> {
  const roles = new Map<ColumnRole, number>();
  const mapped = new Set([...Object.values(mapping), ...milestones.flatMap((m) => [m.column, m.dateColumn])]);
  for (const [role, column] of Object.entries(mapping) as [ColumnRole, number][]) {
    if (text(grid, row, column).trim() !== "") roles.set(role, column);
  }
  const ranks = new Map<ColumnRole, number>();
  const hidden = new Set(grid.hiddenColumns);
  for (let c = 0; c < width; c++) {
    if (mapped.has(c)) continue;
    const match = matchHeading(text(grid, row, c));
    if (!match) continue;
    const rank = match.rank + (hidden.has(c) ? HIDDEN : 0);
    // The rank of the heading holding the role so far; a role the saved mapping set is never taken.
    const holder = ranks.get(match.role) ?? (roles.has(match.role) ? -1 : Infinity);
    if (rank > holder || (rank === holder && !isLaterUpdate(grid, row, c, roles.get(match.role) as number))) continue;
    roles.set(match.role, c);
    ranks.set(match.role, rank);
  }
  return roles;
}

/** Anything written under a heading: a column made ready for the next update has nothing yet. */
function hasEntries(grid: SheetGrid, headerRow: number, column: number): boolean {
  for (let r = headerRow + 1; r < grid.values.length; r++) if (isFilled(grid, r, column)) return true;
  return false;
}

/**
 * Of two headings naming one role with a date beside each ("RAG Oct 2017", "RAG Nov 2017"), the later
 * is the current one; where a date cannot be told ("Q3 update"), the one further right, as a tracker
 * adds each month's column after the last. A column with nothing under it yet, made ready for the next
 * update, is not the current one while the other has entries.
 */
function isLaterUpdate(grid: SheetGrid, row: number, column: number, holder: number): boolean {
  const [heading, held] = [text(grid, row, column), text(grid, row, holder)];
  if (!matchHeading(heading)?.dated || !matchHeading(held)?.dated) return false;
  const [written, heldWritten] = [hasEntries(grid, row, column), hasEntries(grid, row, holder)];
  if (written !== heldWritten) return written;
  const [date, heldDate] = [parseDeadline(heading).due, parseDeadline(held).due];
  return date === null || heldDate === null || date > heldDate;
}

/** A row under the header that gives an owner or a deadline: an action's (or a step's), not a heading or note. */
export function givesOwnerOrDeadline(grid: SheetGrid, header: PlanHeader, row: number): boolean {
  return header.columns.some(
    (c) => (c.role === "accountable" || c.role === "deadline") && isFilled(grid, row, c.column),
  );
}

function looksLikeHeader(roles: Map<ColumnRole, number>): boolean {
  return roles.has("what") && (roles.has("accountable") || roles.has("deadline")) && roles.size >= 3;
}

/** Reads the header starting at a row, taking the second row's headings where the first has none. */
export function headerAt(grid: SheetGrid, row: number, mapping: ColumnMapping = {}): PlanHeader | null {
  const width = columnCount(grid);
  let first = rolesInRow(grid, row, width, mapping);
  if (!looksLikeHeader(first)) return null;
  // A date column that belongs to a milestone is no deadline of the action's: the roles are read again without it.
  let milestoneColumns = numberedMilestones(grid, row, width, mapping);
  if (milestoneColumns.length > 0) {
    const withoutMilestones = rolesInRow(grid, row, width, mapping, milestoneColumns);
    if (looksLikeHeader(withoutMilestones)) first = withoutMilestones;
    else milestoneColumns = [];
  }
  const taken = new Set([...first.values(), ...milestoneColumns.flatMap((m) => [m.column, m.dateColumn])]);
  const columns: PlanColumn[] = [...first].map(([role, column]) => ({
    role,
    column,
    heading: text(grid, row, column),
  }));
  const rows = [row];

  const below = rolesInRow(grid, row + 1, width);
  const secondRowAdds = [...below].filter(([role, c]) => !first.has(role) && !taken.has(c));
  // A second header row holds headings only where the first row is blank or the group heading.
  const isSubHeaderRow =
    secondRowAdds.length > 0 &&
    !looksLikeHeader(below) &&
    secondRowAdds.every(
      ([, c]) => text(grid, row, c) === "" || normaliseHeading(text(grid, row, c)) === SUB_ACTIONS_GROUP,
    );
  if (isSubHeaderRow) {
    rows.push(row + 1);
    for (const [role, column] of secondRowAdds) {
      columns.push({ role, column, heading: text(grid, row + 1, column) });
      taken.add(column);
    }
  }
  const grouped = isSubHeaderRow ? [] : groupedColumns(grid, row, mapping);
  if (grouped.length > 0) {
    rows.push(row + 1);
    for (const g of grouped) {
      // The group's own heading gave its first column a role; the heading and kind together name each.
      const at = columns.findIndex((c) => c.column === g.column || c.role === g.role);
      if (at >= 0) taken.delete(columns.splice(at, 1)[0].column);
      columns.push(g);
      taken.add(g.column);
    }
  }

  const extraColumns: PlanHeader["extraColumns"] = [];
  for (let c = 0; c < width; c++) {
    if (taken.has(c)) continue;
    // Under a group heading the column is named by both: "Timescales (Start)".
    const [heading, kind] = rows
      .map((r) => text(grid, r, c).trim())
      .filter((h) => h !== "" && normaliseHeading(h) !== SUB_ACTIONS_GROUP);
    if (!heading) continue;
    if (kind) {
      extraColumns.push({ column: c, heading: `${heading} (${kind})` });
      continue;
    }
    if (!columns.some((col) => col.role === "theme") && namesThemes(grid, rows[rows.length - 1], c, heading))
      columns.push({ role: "theme", column: c, heading });
    else extraColumns.push({ column: c, heading });
  }
  // A plan with only a revised date column keeps its deadlines there.
  if (!columns.some((c) => c.role === "deadline"))
    for (const c of columns) if (c.role === "revisedDeadline") c.role = "deadline";
  if (mapping.status === undefined && !columns.some((c) => c.role === "status"))
    takeStatusCalledProgress(grid, rows[rows.length - 1], columns, extraColumns, mapping);
  ownerColumns(grid, columns, extraColumns, mapping);
  columns.sort((a, b) => a.column - b.column);
  return { rows, columns, milestoneColumns, extraColumns };
}

/** "Milestone 1", "Key milestone 2": a numbered milestone's own column. */
const NUMBERED_MILESTONE = /^(?:key |interim )?milestone (\d{1,2})$/;
/** "Milestone 1 date", "Milestone 1 target date": the date of the milestone of that number. */
const NUMBERED_MILESTONE_DATE =
  /^(?:key |interim )?milestone (\d{1,2}) (?:(?:target|due|completion) )?(?:date|deadline|due|timescale|by when)$/;
/** A date column with no number, straight after the milestone it dates: "Date", "Target date". */
const DATE_ALONE = /^(?:(?:target|due|completion) )?(?:date|deadline|due|timescale|by when)$/;

/**
 * The numbered milestones of a header row, each with its date: the column of the same number, or the
 * date column straight after it where the row has another for the action's own deadline. A milestone
 * with no date column is left as a column Plan Check does not use; so is one the user mapped.
 */
function numberedMilestones(grid: SheetGrid, row: number, width: number, mapping: ColumnMapping): MilestoneColumns[] {
  const mapped = new Set(Object.values(mapping));
  const headings: string[] = [];
  for (let c = 0; c < width; c++) headings.push(mapped.has(c) ? "" : normaliseHeading(text(grid, row, c)));
  if (!headings.some((h) => NUMBERED_MILESTONE.test(h))) return [];
  const datesMilestoneBefore = (c: number): boolean =>
    DATE_ALONE.test(headings[c] ?? "") && NUMBERED_MILESTONE.test(headings[c - 1] ?? "");
  // "Target date" after "Milestone 2" is the milestone's only where the action keeps a deadline of its own.
  const actionHasDeadline = headings.some(
    (h, c) => !datesMilestoneBefore(c) && !NUMBERED_MILESTONE_DATE.test(h) && roleForHeading(h) === "deadline",
  );
  const out: MilestoneColumns[] = [];
  headings.forEach((heading, column) => {
    const number = NUMBERED_MILESTONE.exec(heading)?.[1];
    if (number === undefined) return;
    const numbered = headings.findIndex((h) => NUMBERED_MILESTONE_DATE.exec(h)?.[1] === number);
    const dateColumn =
      numbered >= 0 ? numbered : actionHasDeadline && datesMilestoneBefore(column + 1) ? column + 1 : -1;
    if (dateColumn >= 0)
      out.push({ column, heading: text(grid, row, column), dateColumn, dateHeading: text(grid, row, dateColumn) });
  });
  return out;
}

/**
 * A heading merged over columns with their kinds in the row below — "Target date" over "Original" and
 * "Revised" — names each column by both: "Target date original", "Target date revised". A column the
 * user mapped keeps the role they chose.
 */
function groupedColumns(grid: SheetGrid, row: number, mapping: ColumnMapping): PlanColumn[] {
  const groups = headingGroups(grid, row);
  if (groups.length === 0) return [];
  // Only a row whose entries all sit under such headings is a row of kinds; an action's row is not.
  const under = (c: number): boolean => groups.some((m) => c >= m.left && c <= m.right);
  const below = grid.values[row + 1] ?? [];
  if (below.some((v, c) => String(v).trim() !== "" && !under(c))) return [];
  const mapped = new Set(Object.values(mapping));
  const out: PlanColumn[] = [];
  for (const m of groups) {
    const group = text(grid, row, m.left).trim();
    for (let column = m.left; column <= m.right && group !== ""; column++) {
      const kind = text(grid, row + 1, column).trim();
      // Word for word, either way round: "Target date revised", "Revised timescale".
      const role =
        kind === "" || mapped.has(column)
          ? null
          : (exactRoleForHeading(`${group} ${kind}`) ??
            exactRoleForHeading(`${kind} ${group}`) ??
            endOfSpan(group, kind) ??
            stepRoleUnder(group, kind));
      if (role && !out.some((c) => c.role === role)) out.push({ role, column, heading: `${group} (${kind})` });
    }
  }
  return out;
}

/**
 * Headings that stand over several columns: merged across them, or written in the first and the cells
 * beside it left blank, with a kind under every one ("Timescale" over "Start" and "End", unmerged).
 */
function headingGroups(grid: SheetGrid, row: number): CellRange[] {
  const merged = grid.merges.filter((m) => m.top === row && m.bottom === row && m.right > m.left);
  const inMerge = (c: number): boolean =>
    grid.merges.some((m) => m.top <= row && m.bottom >= row && c >= m.left && c <= m.right);
  const spans: CellRange[] = [];
  const width = columnCount(grid);
  for (let left = 0; left < width; left++) {
    if (!isFilled(grid, row, left) || !isFilled(grid, row + 1, left) || inMerge(left)) continue;
    let right = left;
    const blankAboveAKind = (c: number): boolean =>
      c < width && !isFilled(grid, row, c) && isFilled(grid, row + 1, c) && !inMerge(c);
    while (blankAboveAKind(right + 1)) right++;
    if (right > left) spans.push({ top: row, bottom: row, left, right });
    left = right;
  }
  return [...merged, ...spans];
}

/** What each column under a Sub-actions heading holds for its steps, by the kind written under it. */
const STEP_ROLE_OF: Partial<Record<ColumnRole, ColumnRole>> = {
  what: "milestones",
  milestones: "milestones",
  accountable: "stepOwner",
  deadline: "stepDeadline",
  status: "stepStatus",
};

/** "Sub-actions" merged over "Task", "Lead" and "Date": the steps' text, and their own lead and date. */
function stepRoleUnder(group: string, kind: string): ColumnRole | null {
  if (roleForHeading(group) !== "milestones") return null;
  // Under the group, a plain "Date" can only be the steps'.
  if (DATE_ALONE.test(normaliseHeading(kind))) return "stepDeadline";
  const role = roleForHeading(kind);
  return role ? (STEP_ROLE_OF[role] ?? null) : null;
}

/** A heading over the dates an action runs between: "Timescales", "Dates", "Timeline". */
const SPAN_GROUP = /^(?:dates?|timelines?|timings?|when)$/;
/** The later of the two dates under it, when the action is due: "End", "Finish", "Due", "To". */
const SPAN_END = /^(?:end|finish|to|due|completion|complete by|target|deadline)(?: date)?$/;

/**
 * "Timescales" merged over "Start" and "End": the End column holds the deadline, and the Start column
 * (the first under the heading, which the heading alone would have made the deadline) is kept as it is.
 */
function endOfSpan(group: string, kind: string): ColumnRole | null {
  const spansDates = roleForHeading(group) === "deadline" || SPAN_GROUP.test(normaliseHeading(group));
  return spansDates && SPAN_END.test(normaliseHeading(kind)) ? "deadline" : null;
}

/** Words a "Priority" column holds when it ranks actions rather than naming what they are for. */
const PRIORITY_LEVEL = /^(?:high|medium|med|low|h|m|l|critical|urgent|important|p?[1-5]|very high|very low)$/i;

/**
 * A column headed "Priority" usually ranks actions (High, Medium, Low) and is left alone; one whose
 * entries name priorities instead ("1. Front door", often merged down over its actions) gives each
 * action its theme, as a Theme column does.
 */
function namesThemes(grid: SheetGrid, headerRow: number, column: number, heading: string): boolean {
  if (!/^(?:priority|priorities|key priority|improvement priority)$/.test(normaliseHeading(heading))) return false;
  let names = 0;
  for (let r = headerRow + 1; r < grid.values.length; r++) {
    const value = cellValue(grid, r, column);
    if (typeof value === "number") return false;
    const written = value.toString().trim();
    if (written === "") continue;
    if (PRIORITY_LEVEL.test(written)) return false;
    names++;
  }
  return names > 0;
}

/**
 * Task lists call their status "Progress" ("Not started", "In progress", "Completed"). In a plan with
 * no Status column, a Progress column of status words is the status, not a progress update — also
 * once set-up has added a "Progress update" column beside it. A column the user mapped keeps its role.
 */
function takeStatusCalledProgress(
  grid: SheetGrid,
  headerRow: number,
  columns: PlanColumn[],
  extraColumns: PlanHeader["extraColumns"],
  mapping: ColumnMapping,
): void {
  const progress = mapping.progress === undefined ? columns.find((c) => c.role === "progress") : undefined;
  if (progress && holdsStatuses(grid, headerRow, progress.column)) {
    progress.role = "status";
    return;
  }
  const extra = extraColumns.findIndex(
    (c) => roleForHeading(c.heading) === "progress" && holdsStatuses(grid, headerRow, c.column),
  );
  if (extra < 0) return;
  const [{ column, heading }] = extraColumns.splice(extra, 1);
  columns.push({ role: "status", column, heading });
}

/** Words that make an owner heading the senior of two: "Accountable officer", "SRO", "Executive lead". */
const SENIOR_OWNER = /\b(?:accountable|sro|senior|executive|strategic|director)\b/;

/**
 * A plan naming two owners a row ("Accountable officer" and "Responsible officer", "SRO" and "Lead
 * officer") keeps the senior as accountable and the other as the action's delivery lead; one whose only
 * owner column is headed "Delivery lead" keeps its owners there. A hidden owner column stays unread, and
 * a column the user mapped keeps its role.
 */
function ownerColumns(
  grid: SheetGrid,
  columns: PlanColumn[],
  extraColumns: PlanHeader["extraColumns"],
  mapping: ColumnMapping,
): void {
  const accountable = columns.find((c) => c.role === "accountable");
  const lead = columns.find((c) => c.role === "deliveryLead");
  if (!accountable) {
    if (lead && mapping.deliveryLead === undefined) lead.role = "accountable";
    return;
  }
  if (lead || mapping.deliveryLead !== undefined) return;
  const at = extraColumns.findIndex(
    (c) => roleForHeading(c.heading) === "accountable" && !grid.hiddenColumns.includes(c.column),
  );
  if (at < 0) return;
  const [other] = extraColumns.splice(at, 1);
  const senior = (heading: string) => SENIOR_OWNER.test(normaliseHeading(heading));
  if (mapping.accountable === undefined && senior(other.heading) && !senior(accountable.heading)) {
    columns.push({ role: "deliveryLead", column: accountable.column, heading: accountable.heading });
    Object.assign(accountable, other);
  } else columns.push({ role: "deliveryLead", ...other });
}

/** True when most entries under a heading are status words Plan Check reads, as a Status column's are. */
function holdsStatuses(grid: SheetGrid, headerRow: number, column: number): boolean {
  let entries = 0;
  let statuses = 0;
  for (let r = headerRow + 1; r < grid.values.length; r++) {
    const written = String(cellValue(grid, r, column)).trim();
    if (written === "") continue;
    entries++;
    if (readStatus(written) !== null) statuses++;
  }
  return statuses >= 2 && statuses * 4 >= entries * 3;
}

export function findHeader(grid: SheetGrid, mapping: ColumnMapping = {}): PlanHeader | null {
  const last = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const header = headerAt(grid, r, mapping);
    if (header) return header;
  }
  return null;
}

/** A column's label in a template's key row: "(a)", "B", "3", "iv.", "Col 2". */
const COLUMN_KEY = /^(?:\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})\)?\.?|col(?:umn)?\.?\s*(?:[a-z]|\d{1,2}))$/i;

/**
 * A row that only labels the columns above it, "(a)", "(b)", "(c)", as templates do for the guidance
 * that goes with them: three or more cells, each no more than such a label.
 */
export function isColumnKeyRow(grid: SheetGrid, row: number, filled: readonly number[]): boolean {
  return filled.length >= 3 && filled.every((c) => COLUMN_KEY.test(String(cellValue(grid, row, c)).trim()));
}

/** True when a row repeats the header (copied page-break headers). */
export function isRepeatedHeader(grid: SheetGrid, row: number, header: PlanHeader): boolean {
  let same = 0;
  for (const col of header.columns) {
    const role = roleForHeading(text(grid, row, col.column));
    if (role === col.role) same++;
  }
  return same >= Math.min(3, header.columns.length);
}
