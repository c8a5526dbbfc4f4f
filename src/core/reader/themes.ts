// How the reader recognises the plan's themes: heading rows between the actions, a Theme column,
// and names matched to the plan's list however they are numbered or punctuated.

import { finding, type Finding, type FindingPlace } from "../findings/finding";
import { quotedThemes, type PlanStructure } from "../plan/model";
import { cellValue, isErrorValue, isFilled, type CellValue, type SheetGrid } from "../workbook/grid";
import type { PlanHeader } from "./header";
import type { MergedBelow } from "./merged-cells";
import { isNumberOnly } from "./numbered-rows";

export function normaliseTheme(text: string): string {
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

/**
 * The plan's notes under the table: "* This section of the table should identify …", the key to its
 * RAG colours or abbreviations ("Key: G on track, A some slippage …", "Note: …"), and what is said of
 * the plan as a whole ("Overall RAG: Amber", "Last reviewed by the Improvement Board on 14/11/2017").
 */
export function isNote(text: string): boolean {
  return (
    /^\s*(?:\*|(?:key|rag key|legend|notes?|source|overall (?:rag|status|rating)|version(?:\s*\d[\d.]*)?|v\d[\d.]*|prepared by|document owner|review date|status as at)\s*[:–—-])/i.test(
      text,
    ) || /^\s*last (?:reviewed|updated|review)\b/i.test(text)
  );
}

/** "Key", "RAG key", "Legend": the heading of a key to the plan's colours kept beside its table. */
export function isKeyHeading(text: string): boolean {
  return /^\s*(?:(?:rag|colour|color|status)\s+)?(?:key|legend)\s*:?\s*$/i.test(text);
}

/** "Total", "Sub-total: 2 actions", "Grand total": a row that counts the actions above it, and is none of them. */
export function isTotalsLabel(text: string): boolean {
  return /^\s*(?:(?:sub|grand)[- ]?)?totals?\b/i.test(text);
}

/** Short enough, and on one line, to be a theme heading. */
export function isHeadingText(text: string): boolean {
  return !text.includes("\n") && text.trim().length <= 100;
}

/** A heading that says it is one: "Theme 1: Front door", "Priority 2 – …", "Workstream A.", "Section 3:". */
const SECTION_LABEL =
  /^(?:themes?|priority|section|workstream|work\s+stream|strand|objective|outcome|key\s+(?:priority|area))\s*(?:no\.?\s*)?(?:\d{1,2}|[a-z])?\s*[:.)–—-]\s*\S/i;

/** "Theme 1: Front door", "Priority 2 – …": a heading that says it is a theme, wherever it stands. */
export function labelsItselfTheme(text: string): boolean {
  return SECTION_LABEL.test(text.trim());
}

/**
 * True when at least half the plan's section headings are the structure's themes: Derby's plan uses
 * Derby's headings, while another council's may share one generic heading ("Learning from practice").
 */
export function headingsAreThemesOf(grid: SheetGrid, header: PlanHeader, structure: PlanStructure): boolean {
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

/** What a tracker's Type or Level column says a heading row is: "1 | Theme | Front door". */
const LEVEL_LABEL = /^(?:theme|priority|workstream|work stream|section|strand|objective|outcome)$/i;

/** A row's filled cells less one that only says the row is a heading, where others remain. */
function withoutLevel(grid: SheetGrid, row: number, filled: number[]): number[] {
  if (filled.length < 2) return filled;
  const rest = filled.filter((c) => !LEVEL_LABEL.test(String(cellValue(grid, row, c)).trim()));
  return rest.length === filled.length - 1 ? rest : filled;
}

/** The most words a heading has that stands unnumbered in a numbered table: "Children in care". */
const UNNUMBERED_HEADING_WORDS = 6;

/**
 * How tasks start, and headings do not: "Publish the new guidance" is a half-written action, to be
 * reported as one, where "Front door" heads the actions below it.
 */
const TASK_VERB =
  /^(?:review|ensure|improve|develop|deliver|implement|publish|train|recruit|audit|establish|strengthen|agree|embed|create|introduce|complete|produce|undertake|launch|refresh|update|monitor|provide|increase|reduce|appoint|hold|write|share|roll|set|make|carry|consult|commission|identify|analyse|map|test|pilot|revise|promote|support|engage|raise)\b/i;

/**
 * A short heading with no number of its own, in a table whose actions are numbered in a Ref column,
 * where the next row numbered carries a number: "Front door" in the Action column, above "1.1".
 */
function headsNumberedActions(grid: SheetGrid, row: number, text: string, refColumn: number | null): boolean {
  if (refColumn === null || !isHeadingText(text) || /[.;:]\s*$/.test(text) || TASK_VERB.test(text.trim())) return false;
  if (text.trim().split(/\s+/).length > UNNUMBERED_HEADING_WORDS) return false;
  return isNumberOnly(String(nextValue(grid, row, refColumn)));
}

/**
 * A theme heading: a row whose only entry is a theme's name, is merged across the table, is a short
 * heading in the table's first column, labels itself one ("Theme 1: Front door") or stands unnumbered
 * over numbered actions; or a numbered heading — "1 | Priority 1: Front door" — whose number the
 * actions below it carry ("1.1", "1.2"). `refColumn` is the table's first column where it numbers the rows.
 */
export function themeHeading(
  grid: SheetGrid,
  row: number,
  filledCells: number[],
  firstColumn: number,
  refColumn: number | null,
  merges: Map<string, number>,
  structure: PlanStructure,
): { text: string; column: number } | null {
  const filled = withoutLevel(grid, row, filledCells);
  const first = cellValue(grid, row, filled[0]);
  if (filled.length === 1 && typeof first === "string") {
    const known = matchTheme(first, structure);
    const mergedAcross = (merges.get(`${row}:${filled[0]}`) ?? 1) >= 3;
    // Anywhere in the row, a heading that labels itself a theme or priority is one, even unmerged.
    const headingLike = isHeadingText(first) && (filled[0] === firstColumn || labelsItselfTheme(first));
    return known || mergedAcross || headingLike || headsNumberedActions(grid, row, first, refColumn)
      ? { text: first, column: filled[0] }
      : null;
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

/**
 * A theme heading just above the header, where a plan gives each theme a table of its own ("Theme 1:
 * Front door", then the headings, then its actions; the headings again under the next theme). Only a
 * heading that says it is one, or names one of the plan's themes: the plan's title sits there too.
 */
export function themeAboveHeader(
  grid: SheetGrid,
  header: PlanHeader,
  structure: PlanStructure,
): { text: string; row: number; column: number } | null {
  for (let row = header.rows[0] - 1; row >= 0; row--) {
    const filled = (grid.values[row] ?? []).map((_, c) => c).filter((c) => isFilled(grid, row, c));
    if (filled.length === 0) continue;
    const value = cellValue(grid, row, filled[0]);
    if (filled.length !== 1 || typeof value !== "string" || !isHeadingText(value)) return null;
    const text = value.trim();
    return labelsItselfTheme(text) || matchTheme(text, structure) ? { text, row, column: filled[0] } : null;
  }
  return null;
}

/** The next value down a column after a row, or "" when there is none. */
function nextValue(grid: SheetGrid, row: number, column: number): CellValue {
  for (let r = row + 1; r < grid.values.length; r++) {
    const value = cellValue(grid, r, column);
    if (!(typeof value === "string" && value.trim() === "")) return value;
  }
  return "";
}

export function unknownTheme(place: FindingPlace, written: string, what: string, structure: PlanStructure): Finding {
  const names = quotedThemes(structure);
  return finding("structure/unknown-theme", place, written, `${what} is not one of the plan's themes (${names}).`);
}

/** The text of a row's Theme cell, or of the merged cell over it. */
export function themeIn(grid: SheetGrid, row: number, column: number, inherited: MergedBelow): string {
  const at = inherited.get(`${row}:${column}`) ?? { row, column };
  const value = cellValue(grid, at.row, at.column);
  return typeof value === "string" && !isErrorValue(value) ? value.trim() : "";
}
