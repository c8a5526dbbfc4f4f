// The "Validation" sheet: every finding with a link to its cell, a legend, and the counts.

import { formatLongDate, type IsoDate } from "../deadline/calendar";
import { FINDING_CODES } from "../findings/codes";
import { quotedSheets } from "../in-words";
import { countsLine } from "../report/counts-line";
import type { Severity } from "../findings/finding";
import { GENERATED_SHEET_NAMES } from "../workbook/generated";
import { text, type GeneratedSheet, type SpecCell } from "../workbook/sheet-spec";
import type { ValidationResult } from "./validate";

const SEVERITY_LABEL: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info" };

export function validationSheet(result: ValidationResult, generatedOn: IsoDate): GeneratedSheet {
  const { reading, counts } = result;
  const title = reading.title ?? reading.plan.structure.title;
  const rows: SpecCell[][] = [
    [text("Plan Check — validation findings", "title")],
    [text(title, "subtitle")],
    [
      text(
        `As of ${formatLongDate(result.asOf)} · generated on ${formatLongDate(generatedOn)}${reading.marking ? ` · ${reading.marking}` : ""}`,
        "note",
      ),
    ],
    [text(countsLine(counts), "bold")],
    [
      text("Error", "error"),
      text(
        "[Error] marks the cell on the plan sheet, shaded red inside a solid border: must be put right before the board.",
      ),
    ],
    [
      text("Warning", "warning"),
      text("[Warning] marks the cell, shaded amber inside a dashed border: should be checked."),
    ],
    [text("Info", "info"), text("For information only; not marked on the plan sheet.")],
    [
      null,
      text(
        `Marks on ${quotedSheets(reading.plan.sheets)} are conditional formatting added by Plan Check; the plan's own values and formats are unchanged. Delete this sheet and the "plan-check" rules (Home > Conditional Formatting > Manage Rules) to remove them.`,
        "note",
      ),
    ],
    [],
    ["Severity", "Cell", "Column", "Row", "Theme", "Finding", "What to do", "Value", "Code"].map((h) =>
      text(h, "header"),
    ),
  ];
  const headerRow = rows.length - 1;
  for (const f of result.findings) {
    rows.push([
      text(SEVERITY_LABEL[f.severity], f.severity),
      text(`${f.sheet}!${f.cell}`, "link", { sheet: f.sheet, cell: f.cell }),
      text(f.column, "wrap"),
      { kind: "number", value: f.row },
      text(f.theme ?? "", "wrap"),
      text(f.message, "wrap"),
      text(f.fix ?? FINDING_CODES[f.code].fix, "wrap"),
      text(f.value, "wrap"),
      text(f.code),
    ]);
  }
  return {
    kind: "validation",
    name: GENERATED_SHEET_NAMES.validation,
    columnWidths: [10, 22, 22, 6, 22, 60, 45, 40, 26],
    rows,
    headerRow,
    marking: reading.marking,
    // So a coordinator can show one theme, one severity or one kind of finding at a time.
    filter: true,
  };
}
