// "Set up tracking" in the open workbook: the new columns' headings, Excel data validation fed from the
// settings sheet, and that sheet — one batch, nothing existing moved or overwritten.

import { cellAddress, rangeAddress } from "../../core/workbook/address";
import type { ListRule, SheetSetup, TrackingSetup } from "../../core/tracking/tracking-setup";
import { SETTINGS_SHEET } from "../../core/plan/settings";

const ERROR_STYLE: Record<ListRule["errorStyle"], "Stop" | "Information" | "Warning"> = {
  stop: "Stop",
  information: "Information",
  warning: "Warning",
};

/** One plan sheet's headings, widened table or filter, and lists. */
function queueSheetSetup(plan: Excel.Worksheet, sheet: SheetSetup, setup: TrackingSetup): void {
  const top = sheet.headerRows[0];
  const bottom = sheet.headerRows[sheet.headerRows.length - 1];
  for (const column of setup.columns) {
    const heading = plan.getRange(cellAddress(top, column.column));
    heading.numberFormat = [["@"]];
    heading.values = [[column.heading]];
    const block = plan.getRange(`${cellAddress(top, column.column)}:${cellAddress(bottom, column.column)}`);
    // Look like the plan's own headings: copy the format of the heading to the left.
    block.copyFrom(
      plan.getRange(`${cellAddress(top, column.column - 1)}:${cellAddress(bottom, column.column - 1)}`),
      "Formats",
    );
    if (bottom > top) block.merge(false);
    block.format.columnWidth = column.width * 6;
  }
  // The headings are in place, so the widened table's header cells all have names.
  for (const table of sheet.widen.tables) plan.tables.getItem(table.name).resize(rangeAddress(table.range));
  if (sheet.widen.filter) {
    // The filter hides no rows (set-up leaves a filtering one alone), so setting it again loses nothing.
    plan.autoFilter.remove();
    plan.autoFilter.apply(plan.getRange(rangeAddress(sheet.widen.filter)));
  }
  for (const rule of setup.rules) {
    const range = plan.getRange(
      `${cellAddress(sheet.firstRow, rule.column)}:${cellAddress(sheet.lastRow, rule.column)}`,
    );
    range.dataValidation.rule =
      rule.kind === "list"
        ? { list: { inCellDropDown: true, source: `=${rule.source}` } }
        : { date: { formula1: "2000-01-01", operator: "GreaterThan" } };
    range.dataValidation.errorAlert = {
      showAlert: true,
      style: ERROR_STYLE[rule.errorStyle],
      title: "Plan Check",
      message: rule.prompt,
    };
    range.dataValidation.prompt = { showPrompt: true, title: "Plan Check", message: rule.prompt };
    range.dataValidation.ignoreBlanks = true;
  }
}

export function queueTrackingSetup(context: Excel.RequestContext, setup: TrackingSetup): void {
  for (const sheet of setup.sheets) queueSheetSetup(context.workbook.worksheets.getItem(sheet.sheet), sheet, setup);
  if (setup.settings) {
    const sheet = context.workbook.worksheets.add(SETTINGS_SHEET);
    const values = setup.settings.map((r) => [r.key, r.value]);
    const range = sheet.getRangeByIndexes(0, 0, values.length, 2);
    range.numberFormat = values.map(() => ["@", "@"]);
    range.values = values;
    sheet.getRange("A1:B1").format.font.bold = true;
    sheet.getRange("A:A").format.columnWidth = 200;
    sheet.getRange("B:B").format.columnWidth = 340;
    // Values wrap, so a long priority's name prints inside its column rather than across the page edge.
    const valueColumn = sheet.getRangeByIndexes(1, 1, values.length - 1, 1);
    valueColumn.format.wrapText = true;
    valueColumn.format.autofitRows();
  }
}
