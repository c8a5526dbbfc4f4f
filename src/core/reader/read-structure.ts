// Reads the plan's structure from the workbook when it has one: a Recommendations sheet (number,
// text, topic, theme) — or, for inspections since 2018, an Areas for improvement sheet — and a
// Priorities sheet (priority, theme). What the workbook lacks comes from
// the Derby 2017 plan only when this is that plan (its theme headings are Derby's); any other
// council's plan without those sheets has no recommendations to check coverage against, and is told so.

import { areDerbyThemes, DERBY_2017 } from "../plan/derby-2017";
import { normaliseHeading } from "../plan/columns";
import { isVisitAction, leadingRecommendation, numberedItem } from "../plan/links";
import type { CellRef, PlanStructure, Priority, Recommendation, RecommendationTerm } from "../plan/model";
import { isGeneratedSheetName } from "../workbook/generated";
import { cellValue, columnCount, type SheetGrid, type WorkbookSnapshot } from "../workbook/grid";
import { readableText } from "./cell-text";

type Field = "number" | "text" | "topic" | "theme" | "name";

const FIELD_HEADINGS: Record<Field, string[]> = {
  number: [
    "no",
    "number",
    "recommendation number",
    "recommendation no",
    "rec",
    "rec no",
    "ref",
    "ref no",
    "id",
    "afi",
    "afi no",
    "afi number",
    "pa",
    "pa no",
    "priority action no",
    "priority action number",
  ],
  text: [
    "recommendation",
    "recommendations",
    "text",
    "ofsted recommendation",
    "recommendation text",
    "area for improvement",
    "areas for improvement",
    "what needs to improve",
    "priority action",
    "priority actions",
  ],
  topic: ["topic", "short title", "area"],
  theme: ["theme"],
  name: ["priority", "existing priority", "existing improvement priority", "name"],
};

function str(value: unknown): string {
  return typeof value === "string" ? readableText(value).trim() : typeof value === "number" ? String(value) : "";
}

function findTable(grid: SheetGrid, needed: Field[]): { row: number; columns: Partial<Record<Field, number>> } | null {
  const width = columnCount(grid);
  for (let r = 0; r < Math.min(grid.values.length, 20); r++) {
    const columns: Partial<Record<Field, number>> = {};
    for (let c = 0; c < width; c++) {
      const heading = normaliseHeading(str(cellValue(grid, r, c)));
      const field = (Object.keys(FIELD_HEADINGS) as Field[]).find((f) => FIELD_HEADINGS[f].includes(heading));
      if (field && columns[field] === undefined) columns[field] = c;
    }
    if (needed.every((f) => columns[f] !== undefined)) return { row: r, columns };
  }
  return null;
}

/**
 * The council's sheets whose names match, never one Plan Check generated ("Summary by recommendation")
 * nor the plan itself ("Priority actions" holds actions, not the list of priorities).
 */
function sheetsNamed(workbook: WorkbookSnapshot, name: RegExp, planSheets: readonly string[]): SheetGrid[] {
  return workbook.sheets.filter(
    (s) => name.test(s.name) && !isGeneratedSheetName(s.name) && !planSheets.includes(s.name),
  );
}

const AREAS_FOR_IMPROVEMENT = /areas? for improvement|\bafis?\b|what needs to improve/i;
const RECOMMENDATIONS_SHEET = new RegExp(String.raw`recommendation|\brecs?\b|${AREAS_FOR_IMPROVEMENT.source}`, "i");
/** Ofsted's priority actions, on a sheet of their own; "Priority actions" is no list of the council's priorities. */
const PRIORITY_ACTIONS = /priority actions?|\bpas\b/i;

/** What the sheet's items are called: areas for improvement or priority actions where its name or their words say so. */
function termOf(grid: SheetGrid, words: string): RecommendationTerm {
  if (PRIORITY_ACTIONS.test(grid.name)) return "priority action";
  return AREAS_FOR_IMPROVEMENT.test(grid.name) || AREAS_FOR_IMPROVEMENT.test(words)
    ? "area for improvement"
    : "recommendation";
}

/**
 * What one item is called: the sheet's word, unless its own label says it is of the other kind ("PA2"
 * listed among recommendations). "R2" on an areas-for-improvement sheet is still an area for improvement.
 */
function itemTerm(sheetTerm: RecommendationTerm, labelled: RecommendationTerm | null): RecommendationTerm {
  return labelled !== null && isVisitAction(labelled) !== isVisitAction(sheetTerm) ? labelled : sheetTerm;
}

/** How links name an item: "R4", "AFI 4" for an area for improvement, "PA4" for a priority action. */
function recommendationId(term: RecommendationTerm, number: number): string {
  return { recommendation: `R${number}`, "area for improvement": `AFI ${number}`, "priority action": `PA${number}` }[
    term
  ];
}

/** A row's filled cells, as text, with their columns. */
function filledCells(grid: SheetGrid, row: number): { column: number; text: string }[] {
  return (grid.values[row] ?? []).flatMap((v, column) => (str(v) === "" ? [] : [{ column, text: str(v) }]));
}

/**
 * Recommendations kept as a list rather than a table: "1. Improve the quality of …" a row, or
 * "Recommendation 1 | Management oversight", "AFI 2 – Disabled children's services". Two or more such
 * rows, each numbered once, make the list.
 */
function readListedRecommendations(grid: SheetGrid, under?: { row: number; heading: string }): Recommendation[] {
  const out: Recommendation[] = [];
  // The row of the last item, or of the last line it ran on to.
  let lastRow = -1;
  for (let r = under ? under.row + 1 : 0; r < grid.values.length; r++) {
    const cells = filledCells(grid, r);
    const [first, second] = cells;
    if (!first) continue;
    const labelOnly = numberedItem(first.text);
    const entry =
      labelOnly !== null && second ? { ...labelOnly, rest: second.text } : leadingRecommendation(first.text, true);
    const previous = out[out.length - 1];
    if (!entry && previous && lastRow === r - 1 && cells.length === 1 && runsOn(previous.text, first.text)) {
      previous.text = `${previous.text} ${first.text.trim()}`;
      lastRow = r;
      continue;
    }
    // Under a heading, the list ends where the text after it is no item of it ("Our priorities").
    if (!entry && under) break;
    if (!entry || entry.rest.length < 3) continue;
    lastRow = r;
    const term = itemTerm(termOf(grid, `${under?.heading ?? ""} ${first.text}`), entry.term);
    const id = recommendationId(term, entry.number);
    if (out.some((o) => o.id === id)) continue;
    out.push({
      id,
      term,
      number: entry.number,
      text: entry.rest,
      topic: "",
      theme: "",
      cell: { sheet: grid.name, row: r, column: first.column },
    });
  }
  return out.length >= 2 ? out : [];
}

/**
 * A row that carries on the item above, as text pasted from a report wraps: it starts mid-sentence
 * ("and applied consistently."), or finishes a sentence the item left open. A heading after the list
 * ("Our priorities") does neither.
 */
function runsOn(item: string, line: string): boolean {
  const text = line.trim();
  return /^[a-z]/.test(text) || (!/[.;:!?)]$/.test(item.trim()) && /[.;]$/.test(text));
}

/** A heading over a list of what the inspection asked for, on a cover or introduction sheet. */
const LIST_HEADING =
  /^(?:(?:the\s+)?ofsted(?:'s)?\s+)?(?:recommendations|areas? for improvement|what needs to improve(?:\b.*)?|priority actions)\s*:?$/i;

const HEADING_ROWS = 200;

/**
 * Recommendations listed under their heading on a sheet of another name ("Introduction", "Cover"): the
 * numbered items straight under a row that says only "Recommendations" or "What needs to improve".
 */
function readRecommendationsUnderHeading(grid: SheetGrid, rows = HEADING_ROWS): Recommendation[] {
  // Such a sheet is short: a long one holds data, and is not read through.
  for (let r = 0; r < Math.min(grid.values.length, rows); r++) {
    const cells = filledCells(grid, r);
    if (cells.length !== 1 || !LIST_HEADING.test(cells[0].text.trim())) continue;
    const listed = readListedRecommendations(grid, { row: r, heading: cells[0].text });
    if (listed.length > 0) return listed;
  }
  return [];
}

function readRecommendations(grid: SheetGrid): Recommendation[] {
  const table = findTable(grid, ["number", "text"]);
  if (!table) return readListedRecommendations(grid);
  const heading = (f: Field): string => str(cellValue(grid, table.row, table.columns[f] as number));
  const term = termOf(grid, `${heading("number")} ${heading("text")}`);
  const out: Recommendation[] = [];
  for (let r = table.row + 1; r < grid.values.length; r++) {
    const get = (f: Field): string =>
      table.columns[f] === undefined ? "" : str(cellValue(grid, r, table.columns[f] as number));
    const numbered = numberedItem(get("number"));
    if (numbered === null || get("text") === "") continue;
    const rowTerm = itemTerm(term, numbered.term);
    out.push({
      id: recommendationId(rowTerm, numbered.number),
      term: rowTerm,
      number: numbered.number,
      text: get("text"),
      topic: get("topic"),
      theme: get("theme"),
      cell: { sheet: grid.name, row: r, column: table.columns.number as number },
    });
  }
  return out;
}

/**
 * The recommendations a plan names in its own cells, for a workbook that lists none: a links cell or
 * theme heading that gives one's label and words ("AFI 1: Timeliness of health assessments",
 * "Recommendation 2 – Management oversight"), placed where it is first written. A bare "R3" says too
 * little to list: it may be a typo for a recommendation the inspection never made.
 */
export function recommendationsNamedIn(cells: { text: string; cell: CellRef }[]): Recommendation[] {
  const byId = new Map<string, Recommendation>();
  for (const { text, cell } of cells) {
    const named = leadingRecommendation(text);
    if (!named || named.rest.length < 3) continue;
    const term = named.term ?? "recommendation";
    const id = recommendationId(term, named.number);
    // Its theme is not known: the actions that support it may sit under several.
    if (!byId.has(id)) byId.set(id, { id, term, number: named.number, text: named.rest, topic: "", theme: "", cell });
  }
  // The inspection's items before a visit's priority actions, each kind in number order.
  const rank = (r: Recommendation) => (isVisitAction(r.term) ? 1 : 0);
  return [...byId.values()].sort((a, b) => rank(a) - rank(b) || a.number - b.number);
}

/** "1. Front door", "Priority 2: Children in care": a priority listed by its number. */
const LISTED_PRIORITY = /^(?:priority\s*)?\d{1,2}\s*[:.)–—-]\s+(\S.*)$/i;

/** Priorities kept as a numbered list rather than a table; two or more rows make the list. */
function readListedPriorities(grid: SheetGrid): Priority[] {
  const out: Priority[] = [];
  for (let r = 0; r < grid.values.length; r++) {
    const [first] = filledCells(grid, r);
    const name = first ? LISTED_PRIORITY.exec(first.text)?.[1].trim() : undefined;
    if (name && !out.some((p) => p.name === name))
      out.push({ id: name, name, theme: "", cell: { sheet: grid.name, row: r, column: first.column } });
  }
  return out.length >= 2 ? out : [];
}

function readPriorities(grid: SheetGrid): Priority[] {
  const table = findTable(grid, ["name"]);
  if (!table) return readListedPriorities(grid);
  const out: Priority[] = [];
  for (let r = table.row + 1; r < grid.values.length; r++) {
    const name = str(cellValue(grid, r, table.columns.name as number));
    const theme = table.columns.theme === undefined ? "" : str(cellValue(grid, r, table.columns.theme));
    if (name)
      out.push({ id: name, name, theme, cell: { sheet: grid.name, row: r, column: table.columns.name as number } });
  }
  return out;
}

/** What the first of the sheets that holds such a table gives, or nothing. */
function firstRead<S, T>(sheets: readonly S[], read: (sheet: S) => T[]): T[] {
  for (const sheet of sheets) {
    const rows = read(sheet);
    if (rows.length > 0) return rows;
  }
  return [];
}

/**
 * Failing a sheet of their own, the list a cover or introduction sheet gives under its heading, or the
 * plan sheet above its table.
 */
function listedUnderHeading(
  workbook: WorkbookSnapshot,
  planSheets: readonly { grid: SheetGrid; headerRow: number }[],
): Recommendation[] {
  const others = sheetsNamed(
    workbook,
    /.*/,
    planSheets.map((p) => p.grid.name),
  );
  const onCover = firstRead(others, (grid) => readRecommendationsUnderHeading(grid));
  return onCover.length > 0
    ? onCover
    : firstRead(planSheets, ({ grid, headerRow }) => readRecommendationsUnderHeading(grid, headerRow));
}

/**
 * The structure to check the plan against. Whether it is Derby's plan is decided here, once: by the
 * themes on the workbook's own sheets when it has them all, else by `isDerby` — whether the plan
 * sheet's headings are Derby's themes. `planSheets` are the plan's own sheets, each with its header row.
 */
export function readStructure(
  workbook: WorkbookSnapshot,
  title: string | null,
  isDerby: () => boolean,
  planSheets: readonly { grid: SheetGrid; headerRow: number }[],
): PlanStructure {
  const planSheetNames = planSheets.map((p) => p.grid.name);
  // Priority actions (set at a monitoring or focused visit) are listed after the inspection's
  // recommendations, or alone where the plan answers only them; a sheet holding both is read once.
  const inspection = firstRead(sheetsNamed(workbook, RECOMMENDATIONS_SHEET, planSheetNames), readRecommendations);
  const readSheets = new Set(inspection.map((r) => r.cell?.sheet));
  const visit = firstRead(
    sheetsNamed(workbook, PRIORITY_ACTIONS, planSheetNames).filter((s) => !readSheets.has(s.name)),
    readRecommendations,
  );
  const named = [...inspection, ...visit.filter((v) => !inspection.some((r) => r.id === v.id))];
  const recommendations = named.length > 0 ? named : listedUnderHeading(workbook, planSheets);
  const priorities = firstRead(
    sheetsNamed(workbook, /priorit/i, planSheetNames).filter((s) => !PRIORITY_ACTIONS.test(s.name)),
    readPriorities,
  );
  const themeNames = [...new Set([...recommendations, ...priorities].map((x) => x.theme).filter((t) => t !== ""))];
  const complete = recommendations.length > 0 && priorities.length > 0 && themeNames.length > 0;
  const derby = complete ? areDerbyThemes(themeNames) : isDerby();
  if (recommendations.length === 0 && priorities.length === 0) {
    if (derby) return title ? { ...DERBY_2017, title } : DERBY_2017;
    const untitled = title ?? "Improvement plan";
    return { title: untitled, source: "none", derby: false, themes: [], recommendations: [], priorities: [] };
  }
  return {
    title: title ?? (derby ? DERBY_2017.title : "Improvement plan"),
    source: "workbook",
    derby,
    themes: themeNames.length > 0 ? themeNames.map((name) => ({ name })) : derby ? DERBY_2017.themes : [],
    recommendations: recommendations.length > 0 || !derby ? recommendations : DERBY_2017.recommendations,
    priorities: priorities.length > 0 || !derby ? priorities : DERBY_2017.priorities,
  };
}
