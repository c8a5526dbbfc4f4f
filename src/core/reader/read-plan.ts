// Reads a workbook into a typed plan: takes the plan's sheets (plan-sheets.ts), walks their rows
// (theme rows, repeated headers, blank and notes rows, actions), and records what could not be read.

import type { Deadline } from "../deadline/deadline";
import { parseDeadline } from "../deadline/parse-deadline";
import { finding, type Finding, type FindingPlace } from "../findings/finding";
import { COLUMN_LABELS } from "../plan/columns";
import { DERBY_2017 } from "../plan/derby-2017";
import {
  isSubActionRole,
  quotedThemes,
  SUB_ACTION_ROLES,
  type Action,
  type ColumnRole,
  type Plan,
  type PlanStructure,
} from "../plan/model";
import { readSettings, type PlanSettings } from "../plan/settings";
import {
  cellValue,
  columnCount,
  isDateFormat,
  isMonthFormat,
  isErrorValue,
  numberFormat,
  type CellValue,
  type SheetGrid,
  type WorkbookSnapshot,
} from "../workbook/grid";
import { formatMonth, fromExcelSerial } from "../deadline/calendar";
import { isRepeatedHeader, type PlanColumn, type PlanHeader } from "./header";
import { readStructure } from "./read-structure";
import { markMeasureColumns, readSubActions } from "./sub-actions";
import { readHistory, type BoardSnapshot } from "../tracking/board-snapshot";
import { splitLinks, splitOwners } from "./cell-lists";
import { choosePlanSheet, otherPlanSheet, type PlanSheet } from "./plan-sheets";
import { isSubNumber, numberLeading, subActionRow, takesSubActionRows } from "./numbered-rows";
import { markingIn, printedMarkings, strictestMarking } from "./marking";

export interface PlanReading {
  plan: Plan;
  header: PlanHeader;
  settings: PlanSettings;
  /** The plan's title as written above the header, if any. */
  title: string | null;
  /** A protective marking written above the header, e.g. OFFICIAL-SENSITIVE. */
  marking: string | null;
  /** Problems met while reading: structure findings located on real cells. */
  findings: Finding[];
  /** Board snapshots saved in the workbook, oldest first. */
  history: BoardSnapshot[];
  /** Other sheets that look like plans, which the user may mean instead. */
  otherPlanSheets: string[];
  /** Each of the plan's sheets with its header: laid out alike, their header rows may differ. */
  sheetHeaders: { sheet: string; header: PlanHeader }[];
}

export interface ReadOptions {
  /** The plan sheet's name, when the user names it. */
  sheet?: string;
}

const REQUIRED: ColumnRole[] = ["what", "accountable", "deadline", "closingTheLoop"];

/** A cell as text: strings as written, numbers as shown, dates as YYYY-MM-DD, errors as "". */
function cellText(value: CellValue, format: string): string {
  if (typeof value === "string") return isErrorValue(value) ? "" : value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isDateFormat(format)) {
    const date = fromExcelSerial(value);
    if (date === null) return String(value);
    // Shown as a month ("Mar-26"), it was typed as one: say the month, not the first day Excel stores.
    return isMonthFormat(format) ? formatMonth(date) : date;
  }
  return String(value);
}

/**
 * A "% complete" cell as a number from 0 to 100: 0.75 shown as 75%, 75 typed as a number, "75%" or
 * "100% - signed off" typed as text. Null when it says no percentage.
 */
function percentOf(value: CellValue, format: string): number | null {
  if (typeof value === "number") return Math.round(format.includes("%") || value <= 1 ? value * 100 : value);
  const typed = typeof value === "string" ? /^\s*(\d{1,3}(?:\.\d+)?)\s*%/.exec(value) : null;
  return typed ? Math.round(Number(typed[1])) : null;
}

/** A cell's date as YYYY-MM-DD: an Excel date, or a date typed as text ("12/10/2017", "Oct 2017"). */
function dateIn(value: CellValue, format: string): string | null {
  if (typeof value === "number") return isDateFormat(format) ? fromExcelSerial(value) : null;
  if (typeof value !== "string" || isErrorValue(value)) return null;
  const read = parseDeadline(value);
  return read.kind === "date" ? read.due : null;
}

function normaliseTheme(text: string): string {
  return text
    .toLowerCase()
    .replace(/^\s*theme\s*\d*\s*[:.\-–]?\s*/, "")
    .replace(/^\s*\d+[.)]\s*/, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export function matchTheme(text: string, structure: PlanStructure): string | null {
  const wanted = normaliseTheme(text);
  return structure.themes.find((t) => normaliseTheme(t.name) === wanted)?.name ?? null;
}

/** The plan's notes under the table: "* This section of the table should identify …". */
function isNote(text: string): boolean {
  return /^\s*\*/.test(text);
}

/** Short enough, and on one line, to be a theme heading. */
function isHeadingText(text: string): boolean {
  return !text.includes("\n") && text.trim().length <= 100;
}

/**
 * True when at least half the plan's section headings are the structure's themes: Derby's plan uses
 * Derby's headings, while another council's may share one generic heading ("Learning from practice").
 */
function headingsAreThemesOf(grid: SheetGrid, header: PlanHeader, structure: PlanStructure): boolean {
  let headings = 0;
  let matched = 0;
  for (let row = header.rows[header.rows.length - 1] + 1; row < grid.values.length; row++) {
    const cells = grid.values[row] ?? [];
    const filled = cells
      .map((_, c) => cellValue(grid, row, c))
      .filter((v) => !(typeof v === "string" && v.trim() === ""));
    const [only] = filled;
    if (filled.length !== 1 || typeof only !== "string" || isNote(only) || !isHeadingText(only)) continue;
    headings++;
    if (matchTheme(only, structure)) matched++;
  }
  return matched > 0 && matched * 2 >= headings;
}

function mergeWidths(grid: SheetGrid): Map<string, number> {
  const widths = new Map<string, number>();
  for (const m of grid.merges) widths.set(`${m.top}:${m.left}`, m.right - m.left + 1);
  return widths;
}

/** "row:column" of a cell under a merged area's top row → the area's top-left cell. */
type MergedBelow = Map<string, { row: number; column: number }>;

/**
 * Cells below the top row of a merged area, each with the cell holding the area's value. Plans laid
 * out one task per row merge an objective's lead, date or description down over its tasks; Excel keeps
 * the value in the top-left cell only.
 */
function mergedBelow(grid: SheetGrid): MergedBelow {
  const below: MergedBelow = new Map();
  for (const m of grid.merges)
    for (let row = m.top + 1; row <= m.bottom; row++)
      for (let column = m.left; column <= m.right; column++)
        below.set(`${row}:${column}`, { row: m.top, column: m.left });
  return below;
}

/** The title written above a sheet's header, and its marking, there or in its printed header and footer. */
function textAbove(grid: SheetGrid, header: PlanHeader): { title: string | null; marking: string | null } {
  let title: string | null = null;
  const markings = printedMarkings(grid);
  for (let r = 0; r < header.rows[0]; r++) {
    for (const value of grid.values[r] ?? []) {
      if (typeof value !== "string" || value.trim() === "") continue;
      const marking = markingIn(value);
      if (marking) markings.push(marking);
      else title ??= value.trim();
    }
  }
  return { title, marking: strictestMarking(markings) };
}

export function readPlan(workbook: WorkbookSnapshot, options: ReadOptions = {}): PlanReading {
  const settings = readSettings(workbook);
  const { grid, header, parts, others } = choosePlanSheet(
    workbook,
    options.sheet ?? settings.planSheet,
    settings.columnMapping,
  );
  const sheets = [{ grid, header }, ...parts];
  const { title, marking } = planTitle(sheets);
  const structure = readStructure(workbook, title, () => headingsAreThemesOf(grid, header, DERBY_2017));
  const sheet = grid.name;
  const findings: Finding[] = [];
  const byRole = new Map(header.columns.map((c) => [c.role, c]));
  const headerRow = header.rows[0];
  for (const other of others) findings.push(otherPlanSheet(other, sheet));

  for (const role of REQUIRED) {
    if (!byRole.has(role)) {
      findings.push(
        finding(
          "structure/missing-column",
          { sheet, row: headerRow, column: 0, columnName: COLUMN_LABELS[role] },
          "",
          `The plan has no "${COLUMN_LABELS[role]}" column in its header (row ${headerRow + 1}).`,
        ),
      );
    }
  }

  const read: RowsRead = { actions: [], themeRows: [], unknownThemes: new Set(), findings };
  for (const part of sheets) readRows(part, structure, sheets.length > 1, read);

  const measureColumns = markMeasureColumns(read.actions);
  const plan: Plan = {
    sheet,
    sheets: sheets.map((s) => s.grid.name),
    structure,
    actions: read.actions,
    themeRows: read.themeRows,
    measureColumns,
  };
  return {
    plan,
    header,
    settings,
    title,
    marking,
    findings,
    history: readHistory(workbook),
    otherPlanSheets: others.map((o) => o.grid.name),
    sheetHeaders: sheets.map((s) => ({ sheet: s.grid.name, header: s.header })),
  };
}

/**
 * The title and marking written above the plan's header. Above each sheet of a plan kept one theme a
 * sheet, different text is that sheet's heading ("Priority 1: Front door"), not the plan's title.
 */
function planTitle(sheets: PlanSheet[]): { title: string | null; marking: string | null } {
  const above = sheets.map((s) => textAbove(s.grid, s.header));
  const title = above.every((a) => a.title === above[0].title) ? above[0].title : null;
  // A marking on any sheet marks the plan, the strictest where they differ: summaries must carry it.
  return { title, marking: strictestMarking(above.map((a) => a.marking)) };
}

/**
 * A theme heading: a row whose only entry is a theme's name, is merged across the table, or is a short
 * heading in the table's first column; or a numbered heading — "1 | Priority 1: Front door" — whose
 * number the actions below it carry ("1.1", "1.2").
 */
function themeHeading(
  grid: SheetGrid,
  row: number,
  filled: number[],
  firstColumn: number,
  merges: Map<string, number>,
  structure: PlanStructure,
): { text: string; column: number } | null {
  const first = cellValue(grid, row, filled[0]);
  if (filled.length === 1 && typeof first === "string") {
    const known = matchTheme(first, structure);
    const mergedAcross = (merges.get(`${row}:${filled[0]}`) ?? 1) >= 3;
    const headingLike = filled[0] === firstColumn && isHeadingText(first);
    return known || mergedAcross || headingLike ? { text: first, column: filled[0] } : null;
  }
  if (filled.length !== 2 || filled[0] !== firstColumn) return null;
  const number = String(first).trim().replace(/[.)]$/, "");
  const text = cellValue(grid, row, filled[1]);
  if (!/^(?:\d{1,2}|[A-Za-z])$/.test(number) || typeof text !== "string" || !isHeadingText(text)) return null;
  return String(nextValue(grid, row, firstColumn))
    .trim()
    .startsWith(`${number}.`)
    ? { text, column: filled[1] }
    : null;
}

/** The next value down a column after a row, or "" when there is none. */
function nextValue(grid: SheetGrid, row: number, column: number): CellValue {
  for (let r = row + 1; r < grid.values.length; r++) {
    const value = cellValue(grid, r, column);
    if (!(typeof value === "string" && value.trim() === "")) return value;
  }
  return "";
}

/** What reading a plan's sheets gathers, sheet after sheet. */
interface RowsRead {
  actions: Action[];
  themeRows: Plan["themeRows"];
  /** Themes not in the plan's list, each reported once. */
  unknownThemes: Set<string>;
  findings: Finding[];
}

/**
 * Reads one sheet's rows under its header: theme rows, actions, continuation rows. Where the plan is
 * kept one theme a sheet (`themeSheets`), the sheet's name is the theme of the actions on it until
 * a theme row says otherwise.
 */
function readRows({ grid, header }: PlanSheet, structure: PlanStructure, themeSheets: boolean, read: RowsRead): void {
  const { actions, themeRows, unknownThemes, findings } = read;
  const sheet = grid.name;
  const byRole = new Map(header.columns.map((c) => [c.role, c]));
  const width = Math.max(columnCount(grid), ...header.columns.map((c) => c.column + 1));
  const hidden = new Set(grid.hiddenRows);
  const merges = mergeWidths(grid);
  const inherited = mergedBelow(grid);
  const sheetNamesTheme = themeSheets ? matchTheme(sheet, structure) : null;
  const sheetThemeKnown = sheetNamesTheme !== null;
  const sheetTheme = themeSheets ? (sheetNamesTheme ?? sheet) : null;
  // Each theme the plan's list does not have is said once, where it is first written.
  const sayUnknownOnce = (name: string, place: FindingPlace, written: string, what: string): void => {
    if (structure.themes.length === 0 || unknownThemes.has(name)) return;
    unknownThemes.add(name);
    findings.push(unknownTheme(place, written, what, structure));
  };
  let theme: string | null = sheetTheme;
  // The table's first column, recognised or not: a heading often sits in a "Ref" column left of What?.
  const firstColumn = Math.min(...header.columns.map((c) => c.column), ...header.extraColumns.map((c) => c.column));
  // A Ref column numbers the rows; a row numbered under the action above ("1.1.1" under "1.1") is its sub-action.
  const refColumn = header.columns.some((c) => c.column === firstColumn) ? null : firstColumn;
  let numbered: { action: Action; ref: string } | null = null;
  for (let row = header.rows[header.rows.length - 1] + 1; row < grid.values.length; row++) {
    const filled: number[] = [];
    for (let c = 0; c < width; c++) {
      const v = cellValue(grid, row, c);
      if (!(typeof v === "string" && v.trim() === "")) filled.push(c);
    }
    if (filled.length === 0) continue;

    if (isRepeatedHeader(grid, row, header)) {
      findings.push(
        finding(
          "structure/repeated-header",
          { sheet, row, column: filled[0], columnName: "" },
          cellValue(grid, row, filled[0]),
          `Row ${row + 1} repeats the header; it is skipped.`,
        ),
      );
      continue;
    }

    const firstText = cellValue(grid, row, filled[0]);
    if (filled.length === 1 && typeof firstText === "string" && isNote(firstText)) continue;

    // A row under a merged area belongs to the block above it, so its one filled cell is no heading.
    const underMerge = inherited.size > 0 && header.columns.some((c) => inherited.has(`${row}:${c.column}`));
    const heading = underMerge ? null : themeHeading(grid, row, filled, firstColumn, merges, structure);
    if (heading) {
      numbered = null;
      const known = matchTheme(heading.text, structure);
      theme = known ?? heading.text.trim();
      themeRows.push({ name: theme, row, sheet });
      if (!known && structure.themes.length > 0)
        findings.push(
          unknownTheme(
            { sheet, row, column: heading.column, columnName: "Theme" },
            heading.text,
            `Row ${row + 1} looks like a theme heading, but "${heading.text.trim()}"`,
            structure,
          ),
        );
      continue;
    }

    const previous = actions[actions.length - 1];
    if (previous && inherited.size > 0 && continuesAction(grid, row, byRole, inherited)) {
      continueAction(previous, grid, row, header, inherited, findings);
      continue;
    }
    // A Theme column names the row's theme; a blank one leaves it as the row above had it.
    const themeColumn = byRole.get("theme");
    const written = themeColumn ? themeIn(grid, row, themeColumn.column, inherited) : "";
    const known = written === "" ? null : matchTheme(written, structure);
    const named = written === "" ? null : (known ?? written);
    if (named !== null && named !== theme) {
      theme = named;
      // A theme written again further down is still one theme, listed where it first appears.
      if (!themeRows.some((t) => t.name === named)) themeRows.push({ name: named, row, sheet });
    }
    if (themeColumn && named !== null && !known)
      sayUnknownOnce(
        named,
        { sheet, row, column: themeColumn.column, columnName: themeColumn.heading },
        written,
        `The theme in row ${row + 1}, "${written}",`,
      );
    if (theme !== null && theme === sheetTheme && !themeRows.some((t) => t.name === theme && t.sheet === sheet)) {
      themeRows.push({ name: theme, row: header.rows[0], sheet });
      if (!sheetThemeKnown)
        sayUnknownOnce(
          theme,
          { sheet, row: header.rows[0], column: firstColumn, columnName: "Theme" },
          sheet,
          `The sheet "${sheet}" is read as a theme, but its name`,
        );
    }
    const action = readAction(grid, row, header, theme, hidden.has(row), inherited, findings);
    const ref =
      refColumn === null
        ? numberLeading(action.what)
        : cellText(cellValue(grid, row, refColumn), numberFormat(grid, row, refColumn));
    if (numbered && isSubNumber(ref, numbered.ref)) {
      numbered.action.subActions.push(subActionRow(action, header), ...action.subActions);
      continue;
    }
    actions.push(action);
    numbered = ref.trim() !== "" && takesSubActionRows(action) ? { action, ref } : null;
  }
}

/**
 * A row under its action's merged What? cell, with no owner or deadline of its own, is more of that
 * action (another line of evidence or progress), not an action: one with its own owner or deadline
 * is a task of its own under a shared description.
 */
function continuesAction(
  grid: SheetGrid,
  row: number,
  byRole: Map<ColumnRole, PlanColumn>,
  inherited: MergedBelow,
): boolean {
  const under = (col: PlanColumn | undefined): boolean => col !== undefined && inherited.has(`${row}:${col.column}`);
  const own = (col: PlanColumn | undefined): boolean =>
    col !== undefined && !under(col) && String(cellValue(grid, row, col.column)).trim() !== "";
  return under(byRole.get("what")) && !own(byRole.get("accountable")) && !own(byRole.get("deadline"));
}

/** Adds a continuation row's own cells to its action: sub-action lines where they are, text on a new line. */
function continueAction(
  action: Action,
  grid: SheetGrid,
  row: number,
  header: PlanHeader,
  inherited: MergedBelow,
  findings: Finding[],
): void {
  for (const col of header.columns) {
    if (inherited.has(`${row}:${col.column}`)) continue;
    const value = cellValue(grid, row, col.column);
    if (isErrorValue(value)) findings.push(unreadableCell(grid.name, row, col, action.row, action.theme, value));
    const text = cellText(value, numberFormat(grid, row, col.column));
    if (text.trim() === "") continue;
    const before = action.cells[col.role]?.trim();
    action.cells[col.role] = before ? `${before}\n${text}` : text;
    if (isSubActionRole(col.role))
      action.subActions.push(
        ...readSubActions(text, col.role, col.heading, { sheet: action.sheet, row, column: col.column }),
      );
  }
  action.links = splitLinks(action.cells.links ?? "");
  action.status ??= action.cells.status?.trim() || null;
}

function unknownTheme(place: FindingPlace, written: string, what: string, structure: PlanStructure): Finding {
  const names = quotedThemes(structure);
  return finding("structure/unknown-theme", place, written, `${what} is not one of the plan's themes (${names}).`);
}

/** The text of a row's Theme cell, or of the merged cell over it. */
function themeIn(grid: SheetGrid, row: number, column: number, inherited: MergedBelow): string {
  const at = inherited.get(`${row}:${column}`) ?? { row, column };
  const value = cellValue(grid, at.row, at.column);
  return typeof value === "string" && !isErrorValue(value) ? value.trim() : "";
}

function unreadableCell(
  sheet: string,
  row: number,
  col: PlanColumn,
  actionRow: number,
  theme: string | null,
  value: CellValue,
): Finding {
  return finding(
    "structure/unreadable-cell",
    { sheet, row, column: col.column, columnName: col.heading, actionRow: actionRow + 1, theme },
    value,
    `${col.heading} in row ${row + 1} shows the Excel error ${String(value)}, so it cannot be read.`,
  );
}

function readAction(
  grid: SheetGrid,
  row: number,
  header: PlanHeader,
  theme: string | null,
  hidden: boolean,
  inherited: MergedBelow,
  findings: Finding[],
): Action {
  const sheet = grid.name;
  const cells: Partial<Record<ColumnRole, string>> = {};
  const mergedFrom: Action["mergedFrom"] = {};
  const dates: Partial<Record<Action["deadlineRole"], Deadline>> = {};
  let percentComplete: number | null = null;
  let completedOn: string | null = null;
  for (const col of header.columns) {
    // A merged cell's value is each row's, except sub-action lists: those are read once, on the top row.
    const origin =
      inherited.size === 0 || isSubActionRole(col.role) ? undefined : inherited.get(`${row}:${col.column}`);
    if (origin) mergedFrom[col.role] = { sheet, ...origin };
    const value = cellValue(grid, origin?.row ?? row, origin?.column ?? col.column);
    const format = numberFormat(grid, origin?.row ?? row, origin?.column ?? col.column);
    if (isErrorValue(value) && !origin) findings.push(unreadableCell(sheet, row, col, row, theme, value));
    cells[col.role] = cellText(value, format);
    if (col.role === "percentComplete") percentComplete = percentOf(value, format);
    if (col.role === "dateCompleted") completedOn = dateIn(value, format);
    if (col.role === "deadline" || col.role === "revisedDeadline")
      dates[col.role] = parseDeadline(isErrorValue(value) ? "" : value, {
        isDate: isDateFormat(format),
        isMonth: isMonthFormat(format),
      });
  }
  // A revised date, where one is filled in, replaces the one first agreed.
  const deadlineRole =
    dates.revisedDeadline && dates.revisedDeadline.kind !== "missing" ? "revisedDeadline" : "deadline";

  const subActions = SUB_ACTION_ROLES.flatMap((role) => {
    const col = header.columns.find((c) => c.role === role);
    if (!col) return [];
    return readSubActions(cells[role] ?? "", role, col.heading, { sheet, row, column: col.column });
  });

  return {
    row,
    sheet,
    theme,
    cells,
    what: (cells.what ?? "").trim(),
    owners: splitOwners(cells.accountable ?? ""),
    deadline: dates[deadlineRole] ?? parseDeadline(""),
    deadlineRole,
    status: cells.status?.trim() ? cells.status.trim() : null,
    percentComplete,
    completedOn,
    links: splitLinks(cells.links ?? ""),
    subActions,
    hidden,
    mergedFrom,
  };
}
