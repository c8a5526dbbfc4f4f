// Which sheet holds the plan: the one named, else the one whose header reads best; the other sheets
// of a plan kept one theme a sheet; and the other sheets that only look like plans, each said once.

import { finding, type Finding } from "../findings/finding";
import { SETTINGS_SHEET } from "../plan/settings";
import { HISTORY_SHEET } from "../tracking/board-snapshot";
import { isGeneratedSheetName } from "../workbook/generated";
import { cellValue, type SheetGrid, type WorkbookSnapshot } from "../workbook/grid";
import { NoPlanHeaderError, PlanNotFoundError } from "./errors";
import { findHeader, givesOwnerOrDeadline, type ColumnMapping, type PlanHeader } from "./header";

export interface PlanSheet {
  grid: SheetGrid;
  header: PlanHeader;
}

/**
 * The plan sheet: the one named, else the sheet whose header Plan Check recognises best — a visible
 * sheet before a hidden one (an archived copy), then the most columns, then the first. With it come
 * the other parts of a plan kept one theme a sheet, and the other sheets that also look like plans,
 * so the choice can be said.
 */
export function choosePlanSheet(
  workbook: WorkbookSnapshot,
  wanted: string | null,
  mapping: ColumnMapping = {},
): PlanSheet & { parts: PlanSheet[]; others: PlanSheet[] } {
  if (wanted) {
    const grid =
      workbook.sheets.find((s) => s.name === wanted) ??
      workbook.sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (!grid) {
      const names = workbook.sheets.map((s) => `"${s.name}"`).join(", ");
      throw new PlanNotFoundError(
        `There is no sheet called "${wanted}" in this workbook (it has ${names || "no sheets"}).`,
      );
    }
    const header = findHeader(grid, mapping);
    if (!header) {
      throw new NoPlanHeaderError(
        `Sheet "${grid.name}" has no plan header: no row names the What?, Accountable Officer(s) and Deadline columns.`,
      );
    }
    const chosen = { grid, header };
    const parts = planParts(chosen, planLikeSheets(workbook, mapping, grid));
    return { ...chosen, parts, others: [] };
  }
  const candidates = planLikeSheets(workbook, mapping);
  // A visible sheet first, one not named as a copy or template next, then the most columns.
  const score = (c: PlanSheet): number =>
    (c.grid.visibility === "visible" ? 1000 : 0) +
    (VERSION_WORDS.test(c.grid.name) ? 0 : 500) +
    c.header.columns.length;
  const best = candidates.reduce<PlanSheet | null>((a, c) => (a === null || score(c) > score(a) ? c : a), null);
  if (!best) {
    throw new NoPlanHeaderError(
      "No plan sheet found: no sheet has a header row naming the What?, Accountable Officer(s) and Deadline columns.",
    );
  }
  const parts = planParts(best, candidates);
  return { ...best, parts, others: candidates.filter((c) => c !== best && !parts.includes(c)) };
}

/** Every sheet with a plan header, but Plan Check's own and the one left out. */
function planLikeSheets(workbook: WorkbookSnapshot, mapping: ColumnMapping, except?: SheetGrid): PlanSheet[] {
  const found: PlanSheet[] = [];
  for (const grid of workbook.sheets) {
    if (grid === except || grid.name === SETTINGS_SHEET || grid.name === HISTORY_SHEET) continue;
    if (isGeneratedSheetName(grid.name)) continue;
    const header = findHeader(grid, mapping);
    if (header) found.push({ grid, header });
  }
  return found;
}

/**
 * The columns Plan Check reads, where: two sheets with the same layout give the same text. A column it
 * does not read ("Notes" on one sheet) may differ, since every finding points at a column it reads.
 */
function layoutOf(header: PlanHeader): string {
  const columns = header.columns.map((c) => `${c.column}:${c.role}`);
  return `${header.rows.length}|${columns.sort().join("|")}`;
}

/**
 * The What? texts of a sheet's actions (rows with an owner or a deadline), to tell another part of a
 * plan from a copy of it. Theme headings are left out: a plan split into live and completed actions
 * repeats its headings on both sheets.
 */
function actionTexts({ grid, header }: PlanSheet): Set<string> {
  const what = header.columns.find((c) => c.role === "what")?.column;
  const texts = new Set<string>();
  if (what === undefined) return texts;
  for (let row = header.rows[header.rows.length - 1] + 1; row < grid.values.length; row++) {
    const value = cellValue(grid, row, what);
    if (typeof value === "string" && value.trim() !== "" && givesOwnerOrDeadline(grid, header, row))
      texts.add(value.replace(/\s+/g, " ").trim());
  }
  return texts;
}

/**
 * Words and years that name a version of a plan ("Plan 2016", "Copy of Plan", "Plan (draft)"), or a
 * sheet laid out like it that holds no part of it ("Template", "Example"), not a part.
 */
const VERSION_WORDS =
  /\b(?:copy|old|archived?|draft|previous|backup|superseded|v\d+|template|example|sample|guidance|instructions)\b/i;
const YEARS = /\b(?:19|20)\d{2}(?:\s*[/-]\s*\d{2,4})?\b/g;

function isVersionOf(name: string, chosen: string): boolean {
  const bare = (n: string): string => n.replace(YEARS, "").replace(/\s+/g, " ").trim().toLowerCase();
  return VERSION_WORDS.test(name) || VERSION_WORDS.test(chosen) || bare(name) === bare(chosen);
}

/**
 * The other sheets of a plan kept one theme (or priority) a sheet: visible, with the columns Plan Check
 * reads where the chosen sheet has them, and holding other actions. A sheet named as a version of it ("Plan 2016" beside
 * "Plan 2017", "Plan (draft)"), or with mostly the same actions, is a copy and not part of the plan.
 */
function planParts(chosen: PlanSheet, candidates: PlanSheet[]): PlanSheet[] {
  if (chosen.grid.visibility !== "visible") return [];
  const layout = layoutOf(chosen.header);
  const texts = actionTexts(chosen);
  return candidates.filter((c) => {
    if (c === chosen || c.grid.visibility !== "visible" || layoutOf(c.header) !== layout) return false;
    if (isVersionOf(c.grid.name, chosen.grid.name)) return false;
    const theirs = actionTexts(c);
    const shared = [...theirs].filter((t) => texts.has(t)).length;
    return theirs.size > 0 && shared * 2 < Math.min(texts.size, theirs.size);
  });
}

/** A second sheet that looks like a plan: said once, on its header, so the wrong copy is never checked unseen. */
export function otherPlanSheet(other: PlanSheet, chosen: string): Finding {
  const row = other.header.rows[0];
  const column = Math.min(...other.header.columns.map((c) => c.column));
  const hidden = other.grid.visibility === "visible" ? "" : " (a hidden sheet)";
  return finding(
    "structure/other-plan-sheet",
    { sheet: other.grid.name, row, column, columnName: "" },
    other.grid.name,
    `Sheet "${other.grid.name}"${hidden} also looks like a plan; Plan Check checked "${chosen}".`,
  );
}
