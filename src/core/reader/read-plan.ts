// Reads a workbook into a typed plan: takes the plan's sheets (plan-sheets.ts), walks their rows
// (theme rows, repeated headers, blank and notes rows, actions), and records what could not be read.
// How a theme, a merged cell or a cell's value is recognised lives beside it (themes.ts,
// merged-cells.ts, cell-text.ts).

import type { Deadline } from "../deadline/deadline";
import { parseDeadline } from "../deadline/parse-deadline";
import { finding, type Finding, type FindingPlace } from "../findings/finding";
import { COLUMN_LABELS } from "../plan/columns";
import { DERBY_2017 } from "../plan/derby-2017";
import {
  isSubActionRole,
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
  isErrorValue,
  isFilled,
  numberFormat,
  type SheetGrid,
  type WorkbookSnapshot,
} from "../workbook/grid";
import { readHistory, type BoardSnapshot } from "../tracking/board-snapshot";
import { splitLinks, splitOwners } from "./cell-lists";
import { cellText, dateIn, deadlineIn, percentOf, saysYes, unreadableCell } from "./cell-text";
import { deadlineDone } from "./done-mark";
import { givesOwnerOrDeadline, isColumnKeyRow, isRepeatedHeader, type PlanHeader } from "./header";
import { continueAction, continuesAction, mergedBelow, mergeWidths, type MergedBelow } from "./merged-cells";
import { followDeadlineReferences, followCellsAbove, followStepsAbove } from "./action-references";
import {
  bareRef,
  isLetteredStep,
  isNumberOnly,
  isSubNumber,
  numberLeading,
  stepColumn,
  subActionRow,
  takesSubActionRows,
} from "./numbered-rows";
import { choosePlanSheet, otherPlanSheet, type PlanSheet } from "./plan-sheets";
import { readGlossarySheet } from "./glossary-sheet";
import { planTitle } from "./plan-title";
import { readStructure, recommendationsNamedIn } from "./read-structure";
import { shadingHeadingFindings, statusFromShading } from "./status-colours";
import { continuesAbove, hasStepColumns, stepWithOwnCells } from "./step-columns";
import { markMeasureColumns, milestoneInColumns, readStepsInWhat, readSubActions } from "./sub-actions";
import {
  headingsAreThemesOf,
  isKeyHeading,
  isNote,
  isTotalsLabel,
  matchTheme,
  themeAboveHeader,
  themeHeading,
  themeIn,
  unknownTheme,
} from "./themes";

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
  /** The council's own glossary sheet, where the workbook has one: abbreviation → meaning. */
  glossary: Record<string, string>;
  /** Board snapshots saved in the workbook, oldest first. */
  history: BoardSnapshot[];
  /** Other sheets that look like plans, which the user may mean instead. */
  otherPlanSheets: string[];
  /** Each of the plan's sheets with its header: laid out alike, their header rows may differ. */
  sheetHeaders: { sheet: string; header: PlanHeader }[];
  /** Every sheet of the workbook, in tab order. */
  tabOrder: string[];
}

export interface ReadOptions {
  /** The plan sheet's name, when the user names it. */
  sheet?: string;
}

const REQUIRED: ColumnRole[] = ["what", "accountable", "deadline", "closingTheLoop"];

export function readPlan(workbook: WorkbookSnapshot, options: ReadOptions = {}): PlanReading {
  const settings = readSettings(workbook);
  const { grid, header, parts, others } = choosePlanSheet(
    workbook,
    options.sheet ?? settings.planSheet,
    settings.columnMapping,
  );
  const sheets = [{ grid, header }, ...parts];
  const { title, marking } = planTitle(sheets);
  const structure = readStructure(
    workbook,
    title,
    () => headingsAreThemesOf(grid, header, DERBY_2017),
    sheets.map((s) => ({ grid: s.grid, headerRow: s.header.rows[0] })),
  );
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

  const read: RowsRead = { actions: [], themeRows: [], unknownThemes: new Set(), findings, numbered: new Map() };
  for (const part of sheets) readRows(part, structure, sheets.length > 1, read);
  followDeadlineReferences(read.actions, read.numbered);
  followCellsAbove(read.actions);
  followStepsAbove(read.actions);
  for (const part of sheets) findings.push(...shadingHeadingFindings(part.grid, part.header));

  const measureColumns = markMeasureColumns(read.actions);
  const plan: Plan = {
    sheet,
    sheets: sheets.map((s) => s.grid.name),
    structure: structure.source === "none" ? withRecommendationsNamed(structure, read, header) : structure,
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
    glossary: readGlossarySheet(workbook),
    history: readHistory(workbook),
    otherPlanSheets: others.map((o) => o.grid.name),
    sheetHeaders: sheets.map((s) => ({ sheet: s.grid.name, header: s.header })),
    tabOrder: workbook.sheets.map((s) => s.name),
  };
}

/**
 * A workbook with no list of recommendations may still name them in the plan: in its links cells or
 * its theme headings ("AFI 1: Timeliness of …"). Those are the recommendations it is read against.
 */
function withRecommendationsNamed(structure: PlanStructure, read: RowsRead, header: PlanHeader): PlanStructure {
  const links = header.columns.find((c) => c.role === "links");
  const cells = [
    ...read.themeRows.flatMap((t) =>
      t.column === undefined ? [] : [{ text: t.name, cell: { sheet: t.sheet, row: t.row, column: t.column } }],
    ),
    ...(links === undefined
      ? []
      : read.actions.flatMap((a) =>
          a.links.map((text) => ({
            text,
            cell: a.mergedFrom.links ?? { sheet: a.sheet, row: a.row, column: links.column },
          })),
        )),
  ];
  const recommendations = recommendationsNamedIn(cells);
  return recommendations.length === 0 ? structure : { ...structure, source: "plan", recommendations };
}

/** What reading a plan's sheets gathers, sheet after sheet. */
interface RowsRead {
  actions: Action[];
  themeRows: Plan["themeRows"];
  /** Themes not in the plan's list, each reported once. */
  unknownThemes: Set<string>;
  findings: Finding[];
  /** Actions by their number ("1.2"), for a deadline that names another's ("See 1.2"). */
  numbered: Map<string, Action>;
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
  // A key to the colours kept beside the table ("Key", "G – on track" down it) is no part of any row.
  const aside = new Set(header.extraColumns.filter((c) => isKeyHeading(c.heading)).map((c) => c.column));
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
  // A theme written again (further down, after a page break, on another sheet of the plan) is still one
  // theme, listed where it first appears.
  const listTheme = (name: string, row: number, column: number | undefined): void => {
    if (!themeRows.some((t) => t.name === name)) themeRows.push({ name, row, sheet, column });
  };
  let theme: string | null = sheetTheme;
  // A sheet named for its theme keeps that name, whatever heads its table.
  const headingAbove = themeSheets ? null : themeAboveHeader(grid, header, structure);
  if (headingAbove) {
    theme = matchTheme(headingAbove.text, structure) ?? headingAbove.text;
    listTheme(theme, headingAbove.row, headingAbove.column);
  }
  // The table's first column, recognised or not: a heading often sits in a "Ref" column left of What?.
  const firstColumn = Math.min(
    ...header.columns.map((c) => c.column),
    ...header.milestoneColumns.map((m) => m.column),
    ...header.extraColumns.map((c) => c.column),
  );
  // A Ref column numbers the rows; a row numbered under the action above ("1.1.1" under "1.1") is its sub-action.
  const refColumn = header.columns.some((c) => c.column === firstColumn) ? null : firstColumn;
  let numbered: { action: Action; ref: string } | null = null;
  // The action last read under the current heading: the one a step row beneath it belongs to.
  let above: Action | null = null;
  // Links in the table's first column, written once over a block of actions ("AFI 1: …" then blanks),
  // are each action's down to the next one written, as if merged down: read so, not as missing.
  const linksColumn = byRole.get("links");
  const groupsByLink = linksColumn?.column === firstColumn && writtenOnceOverBlocks(grid, header, firstColumn);
  let groupLink: { row: number; column: number } | null = null;
  // An Excel table's totals row counts or sums the actions above it; it is none of them.
  const totalsRows = new Set(grid.tables.filter((t) => t.totalsRow).map((t) => t.range.bottom));
  const firstRow = header.rows[header.rows.length - 1] + 1;
  for (let row = firstRow; row < grid.values.length; row++) {
    if (totalsRows.has(row)) continue;
    const filled: number[] = [];
    for (let c = 0; c < width; c++) {
      const v = cellValue(grid, row, c);
      if (!(typeof v === "string" && v.trim() === "") && !aside.has(c)) filled.push(c);
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

    // Labels under the headings ("(a)", "(b)", "(c)") are part of the header, not an action.
    if (row === firstRow && isColumnKeyRow(grid, row, filled)) continue;
    const firstText = cellValue(grid, row, filled[0]);
    if (filled.length === 1 && typeof firstText === "string" && isNote(firstText)) continue;
    // A totals row counts the actions above it ("Total: 2 actions", "1 G / 1 A"): it names no owner or date.
    if (typeof firstText === "string" && isTotalsLabel(firstText) && !givesOwnerOrDeadline(grid, header, row)) continue;
    // A row numbered for an action still to be written ("1.3", and nothing else) has nothing to check.
    if (
      filled.length === 1 &&
      filled[0] === refColumn &&
      isNumberOnly(cellText(firstText, numberFormat(grid, row, refColumn)))
    )
      continue;

    // A row under a merged area belongs to the block above it, so its one filled cell is no heading.
    const underMerge = inherited.size > 0 && header.columns.some((c) => inherited.has(`${row}:${c.column}`));
    const heading = underMerge ? null : themeHeading(grid, row, filled, firstColumn, refColumn, merges, structure);
    if (heading) {
      numbered = null;
      above = null;
      groupLink = null;
      const known = matchTheme(heading.text, structure);
      theme = known ?? heading.text.trim();
      listTheme(theme, row, heading.column);
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
    if (previous && inherited.size > 0 && continuesAction(grid, row, byRole, inherited, previous)) {
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
      listTheme(named, row, themeColumn?.column);
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
    if (groupsByLink) {
      const key = `${row}:${firstColumn}`;
      if (isFilled(grid, row, firstColumn)) groupLink = { row, column: firstColumn };
      // Recorded with the cells merged down from above: the action reads it there, and its findings point there.
      else if (groupLink && !inherited.has(key)) inherited.set(key, groupLink);
    }
    // With no heading or Theme column above, the blocks that first column groups the actions into are the themes.
    const blockTheme =
      theme === null && groupLink ? String(cellValue(grid, groupLink.row, groupLink.column)).trim() : null;
    if (blockTheme) listTheme(blockTheme, groupLink?.row ?? row, firstColumn);
    const action = readAction(grid, row, header, theme ?? blockTheme, hidden.has(row), inherited, findings);
    const ref =
      refColumn === null
        ? numberLeading(action.what)
        : cellText(cellValue(grid, row, refColumn), numberFormat(grid, row, refColumn));
    if (numbered && (isSubNumber(ref, numbered.ref) || isLetteredStep(ref, action.what, numbered.ref))) {
      numbered.action.subActions.push(subActionRow(action, header), ...action.subActions);
      continue;
    }
    // A step with its own lead and date columns, on a row below its action's with the action's cells blank.
    if (above && continuesAbove(action) && action.subActions.some((s) => s.ownRow?.row === row)) {
      above.subActions.push(...action.subActions);
      continue;
    }
    // A step written under the action in a Sub-actions column, the action's own cell left blank.
    const step = above ? stepColumn(action) : null;
    if (above && step) {
      // Where the action's own row names a step in that column too, it is the first, and this one follows it.
      const followsFirstStep = (above.cells[step] ?? "").trim() !== "";
      above.subActions.push(
        subActionRow(action, header, { column: step, followsFirstStep }),
        ...action.subActions.filter((s) => s.role !== step),
      );
      continue;
    }
    actions.push(action);
    above = action;
    const number = bareRef(ref);
    if (number !== "" && !read.numbered.has(number)) read.numbered.set(number, action);
    numbered = ref.trim() !== "" && takesSubActionRows(action) ? { action, ref } : null;
  }
}

/**
 * A column written once over blocks of actions rather than on each: blank on at least a third as many
 * action rows (those with an owner or deadline) as it is written on, as blocks of one, two or three
 * actions are. One left blank among many written is missing, not grouped.
 */
function writtenOnceOverBlocks(grid: SheetGrid, header: PlanHeader, column: number): boolean {
  let written = 0;
  let blank = 0;
  for (let row = header.rows[header.rows.length - 1] + 1; row < grid.values.length; row++) {
    if (!givesOwnerOrDeadline(grid, header, row)) continue;
    if (isFilled(grid, row, column)) written++;
    else if (written > 0) blank++;
  }
  return blank > 0 && blank * 3 >= written;
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
  let answeredYes = false;
  let stepDeadline: Deadline | null = null;
  for (const col of header.columns) {
    // A merged cell's value is each row's, except sub-action lists: those are read once, on the top row.
    const origin =
      inherited.size === 0 || isSubActionRole(col.role) ? undefined : inherited.get(`${row}:${col.column}`);
    if (origin) mergedFrom[col.role] = { sheet, ...origin };
    const value = cellValue(grid, origin?.row ?? row, origin?.column ?? col.column);
    const format = numberFormat(grid, origin?.row ?? row, origin?.column ?? col.column);
    if (isErrorValue(value) && !origin) findings.push(unreadableCell(sheet, row, col, row, theme, value));
    cells[col.role] = cellText(value, format);
    // A status cell left empty and only shaded holds its status as colour.
    const shading = origin || cells[col.role] !== "" ? null : statusFromShading(grid, header, row, col, theme);
    if (shading) {
      cells[col.role] = shading.status;
      if (shading.finding) findings.push(shading.finding);
    }
    if (col.role === "percentComplete") percentComplete = percentOf(value, format);
    // A "Completed" column may answer with the date rather than a yes.
    if (col.role === "dateCompleted" || col.role === "completed") completedOn ??= dateIn(value, format);
    if (col.role === "completed") answeredYes = saysYes(value) || percentOf(value, format) === 100;
    if (col.role === "deadline" || col.role === "revisedDeadline") dates[col.role] = deadlineIn(value, format);
    if (col.role === "stepDeadline") stepDeadline = deadlineIn(value, format);
  }
  // A revised date, where one is filled in, replaces the one first agreed.
  const deadlineRole =
    dates.revisedDeadline && dates.revisedDeadline.kind !== "missing" ? "revisedDeadline" : "deadline";

  const subActions = SUB_ACTION_ROLES.flatMap((role) => {
    const col = header.columns.find((c) => c.role === role);
    if (!col) return [];
    return readSubActions(cells[role] ?? "", role, col.heading, { sheet, row, column: col.column });
  });
  for (const m of header.milestoneColumns) {
    const value = cellValue(grid, row, m.dateColumn);
    const format = numberFormat(grid, row, m.dateColumn);
    const milestone = milestoneInColumns(
      cellText(cellValue(grid, row, m.column), numberFormat(grid, row, m.column)),
      deadlineIn(value, format),
      deadlineDone(cellText(value, format)),
      m.heading,
      { sheet, row, column: m.column },
      { sheet, row, column: m.dateColumn, heading: m.dateHeading },
    );
    if (milestone) subActions.push(milestone);
  }
  // Steps listed under the action in its own What? cell; a What? merged down from above was read there.
  const whatColumn = header.columns.find((c) => c.role === "what");
  if (whatColumn && !mergedFrom.what)
    subActions.push(
      ...readStepsInWhat(cells.what ?? "", whatColumn.heading, { sheet, row, column: whatColumn.column }),
    );

  const action: Action = {
    row,
    sheet,
    theme,
    cells,
    what: (cells.what ?? "").trim(),
    owners: splitOwners(cells.accountable ?? ""),
    deliveryLeads: splitOwners(cells.deliveryLead ?? ""),
    deadline: dates[deadlineRole] ?? parseDeadline(""),
    deadlineRole,
    status: cells.status?.trim() ? cells.status.trim() : null,
    percentComplete,
    completedOn,
    markedDone: answeredYes || deadlineDone(cells[deadlineRole] ?? ""),
    links: splitLinks(cells.links ?? ""),
    subActions,
    hidden,
    mergedFrom,
  };
  // Where steps keep a lead, date or status of their own, a Sub-action cell of one line is a step read
  // with them; a cell listing several, each with its bracket, is read line by line as ever.
  const lines = subActions.filter((s) => s.role === "milestones").length;
  const step = lines === 1 && hasStepColumns(header) ? stepWithOwnCells(action, header, stepDeadline) : null;
  if (step) action.subActions = [step, ...subActions.filter((s) => s.role !== "milestones")];
  return action;
}
