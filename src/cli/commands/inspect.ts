// `plan-check inspect`: what was read — sheet, header, column mapping, themes, recommendations and
// any reading problems — so a coordinator can see the tool understood the workbook.

import { openWorkbookFile } from "../../adapters/xlsx/open-workbook";
import { actionJson } from "../../core/report/plan-json";
import { readPlan, type PlanReading } from "../../core/reader/read-plan";
import type { PlanHeader } from "../../core/reader/header";
import { COLUMN_LABELS } from "../../core/plan/columns";
import { termHeading, termsInWords } from "../../core/plan/links";
import { oneLine } from "../../core/one-line";
import { plural, quotedSheets } from "../../core/in-words";
import { columnLetter } from "../../core/workbook/address";
import { formatFindingLine } from "../format/findings-text";
import { runBatch, type BatchCounts } from "../batch";
import { namesOneWorkbook } from "../input-files";
import { EXIT } from "../exit-codes";
import type { Output } from "../output";

export interface InspectOptions {
  sheet?: string;
  json?: boolean;
}

export function inspectCommand(files: string[], options: InspectOptions, out: Output): number {
  const read = (file: string): PlanReading => readPlan(openWorkbookFile(file).snapshot, { sheet: options.sheet });
  if (namesOneWorkbook(files)) {
    const reading = read(files[0]);
    out.line(options.json ? JSON.stringify(inspectJson(reading), null, 2) : inspectText(reading));
    return EXIT.ok;
  }
  return runBatch(
    files,
    Boolean(options.json),
    out,
    (file) => {
      const reading = read(file);
      return { code: EXIT.ok, json: () => inspectJson(reading), text: () => inspectText(reading) };
    },
    readTally,
  );
}

/** "2 read" (of "3 workbooks: 2 read, 1 could not be read."). */
function readTally(c: BatchCounts): string {
  return `${c.withErrors + c.withoutErrors} read`;
}

export function inspectJson(reading: PlanReading): object {
  const { plan, header } = reading;
  return {
    sheet: plan.sheet,
    sheets: plan.sheets,
    title: reading.title,
    marking: reading.marking,
    headerRows: header.rows.map((r) => r + 1),
    columns: header.columns.map((c) => ({ role: c.role, column: columnLetter(c.column), heading: c.heading })),
    milestoneColumns: header.milestoneColumns.map((m) => ({
      column: columnLetter(m.column),
      heading: m.heading,
      dateColumn: columnLetter(m.dateColumn),
      dateHeading: m.dateHeading,
    })),
    extraColumns: header.extraColumns.map((c) => ({ column: columnLetter(c.column), heading: c.heading })),
    structure: plan.structure.source,
    themes: plan.themeRows.map((t) => ({
      name: t.name,
      sheet: t.sheet,
      row: t.row + 1,
      actions: plan.actions.filter((a) => a.theme === t.name).length,
    })),
    recommendations: plan.structure.recommendations.map((r) => ({ id: r.id, topic: r.topic, theme: r.theme })),
    actions: plan.actions.map(actionJson),
    problems: reading.findings,
  };
}

function inspectText(reading: PlanReading): string {
  const { plan, header } = reading;
  const lines: string[] = [];
  lines.push(`Plan sheet: "${plan.sheet}"${reading.title ? ` — ${reading.title}` : ""}`);
  if (plan.sheets.length > 1)
    lines.push(
      `Kept on ${plan.sheets.length} sheets: also ${quotedSheets(plan.sheets.slice(1))}, laid out the same way.`,
    );
  if (reading.marking) lines.push(`Protective marking: ${reading.marking}`);
  const rowsOf = (h: PlanHeader): string => {
    const rows = h.rows.map((r) => r + 1);
    return rows.length === 1 ? `row ${rows[0]}` : `rows ${rows[0]}–${rows[rows.length - 1]}`;
  };
  // The sheets of a plan kept one theme a sheet share a layout; their headers may sit on different rows.
  const headers = new Set(reading.sheetHeaders.map((s) => rowsOf(s.header)));
  lines.push(
    headers.size === 1
      ? `Header: ${rowsOf(header)}${plan.sheets.length > 1 ? " on each sheet" : ""}`
      : `Header: ${reading.sheetHeaders.map((s) => `${rowsOf(s.header)} on "${s.sheet}"`).join(", ")}`,
  );
  lines.push("Columns:");
  for (const c of header.columns) {
    const heading = c.heading.replace(/\s+/g, " ").trim();
    const label = COLUMN_LABELS[c.role];
    lines.push(`  ${columnLetter(c.column).padEnd(3)} ${heading}${heading === label ? "" : `  (read as ${label})`}`);
  }
  for (const m of header.milestoneColumns) {
    lines.push(
      `  ${columnLetter(m.column).padEnd(3)} ${m.heading}  (read as a milestone, dated in ${columnLetter(m.dateColumn)})`,
    );
    lines.push(`  ${columnLetter(m.dateColumn).padEnd(3)} ${m.dateHeading}  (read as the date of ${m.heading})`);
  }
  for (const e of header.extraColumns)
    lines.push(`  ${columnLetter(e.column).padEnd(3)} ${e.heading}  (not used; kept as it is)`);
  lines.push("");
  lines.push(`${plural(plan.actions.length, "action")} in ${plural(plan.themeRows.length, "theme")}:`);
  for (const t of plan.themeRows) {
    const count = plan.actions.filter((a) => a.theme === t.name).length;
    const where = plan.sheets.length > 1 ? `sheet "${t.sheet}", row ${t.row + 1}` : `row ${t.row + 1}`;
    lines.push(`  ${t.name} (${where}): ${plural(count, "action")}`);
  }
  const outside = plan.actions.filter((a) => a.theme === null).length;
  if (outside > 0) lines.push(`  (no theme): ${plural(outside, "action")}`);
  const subActions = plan.actions.flatMap((a) => a.subActions);
  const asRows = subActions.filter((s) => s.ownRow).length;
  const ticked = subActions.filter((s) => s.done).length;
  const notes = [
    asRows > 0 ? `${asRows} kept as rows of their own under their action` : "",
    ticked > 0 ? `${ticked} ticked off as done in their text` : "",
  ].filter((n) => n !== "");
  lines.push(`${plural(subActions.length, "sub-action")}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}.`);
  lines.push("");
  const source = {
    workbook: "from this workbook's own sheets",
    default: "Derby 2017's: the plan has Derby's themes and the workbook no Recommendations sheet",
    plan: "named in the plan's own cells; the workbook has no Recommendations sheet, so one the plan never names cannot be found missing",
    none: "the workbook has no Recommendations sheet, so coverage cannot be checked",
  }[plan.structure.source];
  lines.push(
    `${termHeading(termsInWords(plan.structure, true, "and"))}: ${plan.structure.recommendations.length} (${source})`,
  );
  const idWidth = Math.max(4, ...plan.structure.recommendations.map((r) => r.id.length));
  for (const r of plan.structure.recommendations)
    lines.push(`  ${r.id.padEnd(idWidth)} ${r.topic || oneLine(r.text, 70)}${r.theme ? ` — ${r.theme}` : ""}`);
  lines.push(`Existing priorities: ${plan.structure.priorities.length}`);
  const glossary = Object.keys(reading.glossary);
  if (glossary.length > 0)
    lines.push(
      `Glossary: ${plural(glossary.length, "abbreviation")} from the workbook's own glossary sheet (${oneLine(glossary.join(", "), 60)})`,
    );
  lines.push("");
  if (reading.findings.length === 0) lines.push("Reading problems: none.");
  else {
    lines.push(`Reading problems: ${reading.findings.length}`);
    for (const f of reading.findings) lines.push(`  ${formatFindingLine(f)}`);
  }
  return lines.join("\n");
}
