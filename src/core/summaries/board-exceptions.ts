// Board exceptions: only what the Improvement Board must see — overdue and unowned work, work not
// started when it should have been, deadlines that can't be read, and recommendations with no action —
// most overdue first, each linked to its cell.

import { oneLine } from "../one-line";
import type { Finding } from "../findings/finding";
import { recommendationTerm, termHeading, termsInWords } from "../plan/links";
import type { FindingCode } from "../findings/codes";
import type { RecommendationTerm } from "../plan/model";
import type { ValidationResult } from "../validation/validate";
import { GENERATED_SHEET_NAMES } from "../workbook/generated";
import { date, num, text, type GeneratedSheet } from "../workbook/sheet-spec";
import { actionFacts, ownersShown } from "./action-facts";
import { headerBlock, noteNaming, planLink, type SummaryOptions } from "./sheet-header";

const EXCEPTIONS: Partial<Record<FindingCode, string>> = {
  "overdue/action": "Overdue action",
  "overdue/milestone": "Milestone passed",
  "overdue/not-started": "Not started on time",
  "owner/missing": "No accountable officer",
  "owner/placeholder": "No accountable officer",
  "owner/sub-action-no-owner": "Sub-action without an owner",
  "owner/sub-action-no-bracket": "Sub-action without an owner",
  "deadline/unreadable": "Deadline cannot be read",
  "deadline/impossible-date": "Deadline cannot be read",
  "deadline/no-year": "Deadline cannot be read",
  "coverage/recommendation-gap": "Recommendation with no action",
};

export function boardExceptions(result: ValidationResult, options: SummaryOptions): GeneratedSheet {
  const facts = actionFacts(result);
  // By sheet and row: a plan kept one theme a sheet has a row 3 on each.
  const byRow = new Map(facts.map((f) => [`${f.action.sheet}!${f.action.row + 1}`, f]));
  const factOf = (f: Finding) => (f.actionRow ? byRow.get(`${f.sheet}!${f.actionRow}`) : undefined);
  const chosen = result.findings.filter((f) => EXCEPTIONS[f.code]);
  const daysLate = (f: Finding): number =>
    f.code === "overdue/action" && f.actionRow ? (factOf(f)?.daysLate ?? 0) : -1;
  chosen.sort(
    (a, b) => daysLate(b) - daysLate(a) || (a.actionRow ?? 0) - (b.actionRow ?? 0) || a.cell.localeCompare(b.cell),
  );

  // An ILACS plan's gaps are areas for improvement, and the sheet says so in the plan's own word:
  // each gap's, where a plan answers an inspection and a visit's priority actions too.
  const { structure } = result.reading.plan;
  const termAt = (f: Finding): RecommendationTerm =>
    structure.recommendations.find((r) => r.cell?.sheet === f.sheet && r.cell.row + 1 === f.row)?.term ??
    recommendationTerm(structure);
  const label = (f: Finding): string =>
    f.code === "coverage/recommendation-gap"
      ? `${termHeading(termAt(f))} with no action`
      : (EXCEPTIONS[f.code] as string);
  const rows = headerBlock(
    "Board exceptions",
    result,
    options,
    noteNaming(
      "chase",
      (sheet) =>
        `Sub-action dates that have passed are listed, owner by owner, on ${sheet}, built with the owner summary.`,
    ),
  );
  rows.push([
    text(
      `${chosen.length} exception${chosen.length === 1 ? "" : "s"} · ${result.counts.overdue} overdue actions · ${result.counts.unowned} unowned actions`,
      "bold",
    ),
  ]);
  rows.push([]);
  const headerRow = rows.length;
  rows.push(
    ["Exception", "Days late", "Theme", "Row", "Action or item", "Owner(s)", "Due", "Detail", "Go to"].map((h) =>
      text(h, "header"),
    ),
  );
  for (const f of chosen) {
    const fact = factOf(f);
    const late = daysLate(f);
    rows.push([
      text(label(f), f.severity === "error" ? "error" : "warning"),
      late >= 0 ? num(late, "error") : text(""),
      text(f.theme ?? "", "wrap"),
      f.actionRow ? num(f.actionRow) : text(""),
      text(oneLine(fact ? fact.action.what : f.value, 160), "wrap"),
      text(fact ? ownersShown(fact.action) : "", "wrap"),
      fact?.due ? date(fact.due) : text(""),
      text(f.message, "wrap"),
      planLink(f.sheet, f.cell, options, `${f.sheet}!${f.cell}`),
    ]);
  }
  if (chosen.length === 0)
    rows.push([
      text(
        `Nothing for the board: no overdue or unowned work, and every ${termsInWords(structure, false, "and")} has an action.`,
        "ok",
      ),
    ]);
  return {
    kind: "exceptions",
    name: GENERATED_SHEET_NAMES.exceptions,
    columnWidths: [26, 9, 20, 6, 45, 28, 13, 55, 22],
    rows,
    headerRow,
    marking: result.reading.marking,
  };
}
