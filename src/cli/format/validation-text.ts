// The validation report as a coordinator reads it on screen: a summary line, then findings grouped
// by theme and action, each with its cell and what to do.

import { formatLongDate } from "../../core/deadline/calendar";
import { SEVERITY_ORDER, type Finding } from "../../core/findings/finding";
import type { ValidationResult } from "../../core/validation/validate";
import { formatFindingBlock, formatFindingLine } from "./findings-text";
import { changesLine } from "../../core/summaries/changes-summary";
import { quotedSheets } from "../../core/in-words";
import { countsLine } from "../../core/report/counts-line";

/** The first line of every report: which sheet of which file, judged as of which date and why. */
export function reportHeading(result: ValidationResult, file: string): string {
  const source =
    result.asOfSource === "today"
      ? "today"
      : result.asOfSource === "board date"
        ? "the board date saved in the workbook"
        : "as asked";
  return `Plan Check: ${quotedSheets(result.reading.plan.sheets)} in ${file}, as of ${formatLongDate(result.asOf)} (${source})`;
}

export function validationText(result: ValidationResult, findings: Finding[], file: string): string {
  const { plan } = result.reading;
  const lines: string[] = [reportHeading(result, file)];
  lines.push(countsLine(result.counts));
  if (result.changes)
    lines.push(`Since the board of ${formatLongDate(result.changes.since)}: ${changesLine(result.changes)}`);
  if (findings.length === 0) {
    // Filtered out is not the same as not there: the counts line above still says what was found.
    const none =
      result.findings.length > 0
        ? "No findings of the codes or severities asked for (--code, --severity)."
        : "No findings: the plan is complete, owned and on time.";
    lines.push("", none);
    return lines.join("\n");
  }

  const planWide = findings
    .filter((f) => f.actionRow === null)
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.sheet.localeCompare(b.sheet) || a.row - b.row,
    );
  if (planWide.length > 0) {
    lines.push("", "The plan as a whole");
    for (const f of planWide) lines.push(`  ${formatFindingLine(f)}`);
  }

  // An action is known by its sheet and row: a plan kept one theme a sheet has a row 3 on each.
  const byAction = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.actionRow === null) continue;
    const key = `${f.sheet}!${f.actionRow}`;
    const list = byAction.get(key);
    if (list) list.push(f);
    else byAction.set(key, [f]);
  }
  const onSheet = (sheet: string): string => (plan.sheets.length > 1 ? ` of "${sheet}"` : "");
  let theme: string | null | undefined;
  for (const action of plan.actions) {
    const list = byAction.get(`${action.sheet}!${action.row + 1}`);
    if (!list) continue;
    if (action.theme !== theme) {
      theme = action.theme;
      lines.push("", theme ?? "(no theme)");
    }
    const what = action.what.replace(/\s+/g, " ");
    lines.push(`  Row ${action.row + 1}${onSheet(action.sheet)}: ${what.length > 90 ? `${what.slice(0, 87)}…` : what}`);
    for (const f of list) for (const l of formatFindingBlock(f)) lines.push(`    ${l}`);
  }
  return lines.join("\n");
}
