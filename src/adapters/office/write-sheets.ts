// Writes generated sheets into the open workbook: values as text through the "@" format set before
// them (so nothing becomes a formula), one format per style over a RangeAreas, links, print set-up and
// the hidden marker name that says "Plan Check made this".

import { serialFor } from "../../core/workbook/date-system";
import { cellAddress, columnLetter, quoteSheetName } from "../../core/workbook/address";
import { chooseSheetNames, followSheetNames, type SheetPlacement } from "../../core/workbook/generated";
import { filterRange, type CellStyle, type GeneratedKind, type GeneratedSheet } from "../../core/workbook/sheet-spec";
import type { OfficeSnapshot } from "./read-snapshot";

const CELLS_PER_AREA = 150;

const STYLE: Partial<
  Record<
    CellStyle,
    { fill?: string; font?: string; bold?: boolean; italic?: boolean; size?: number; underline?: boolean }
  >
> = {
  title: { bold: true, size: 16, font: "#1F3864" },
  subtitle: { bold: true, size: 12 },
  note: { italic: true, size: 10, font: "#595959" },
  bold: { bold: true },
  header: { bold: true, fill: "#1F3864", font: "#FFFFFF" },
  link: { underline: true, font: "#0563C1" },
  bar: { font: "#2E75B6" },
  error: { bold: true, fill: "#FFC7CE", font: "#9C0006" },
  warning: { bold: true, fill: "#FFEB9C", font: "#7F4F00" },
  info: { bold: true, fill: "#DDEBF7", font: "#1F4E79" },
  ok: { bold: true, fill: "#C6EFCE", font: "#006100" },
};

/**
 * Bytes queued in one batch across every sheet written: Excel on the web refuses requests over 5 MB,
 * so a sync is sent whenever about 2 MB are waiting (ops carry overhead beyond their values).
 */
class PayloadBudget {
  private queued = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit = 2 * 1024 * 1024,
  ) {}

  async add(bytes: number): Promise<void> {
    this.queued += bytes;
    if (this.queued <= this.limit) return;
    this.queued = 0;
    await this.context.sync();
  }
}

interface SheetTarget extends SheetPlacement {
  /** True when the sheet being replaced has a filter: the one Plan Check put there, or a user's. */
  filtered: boolean;
  /** The workbook counts its dates from 1904. */
  date1904: boolean;
}

/**
 * Queues generated sheets where `chooseSheetNames` places them, notes following those names.
 * Sheets are written one after another; the budget syncs only when ~2 MB are queued.
 */
export async function writeGeneratedSheets(
  context: Excel.RequestContext,
  wanted: GeneratedSheet[],
  read: OfficeSnapshot,
): Promise<{ name: string; renamedFrom: string | null }[]> {
  const before = new Map([...read.generated].map(([name, kind]) => [kind as GeneratedKind, name]));
  const placements = chooseSheetNames(
    wanted,
    before,
    read.snapshot.sheets.map((s) => s.name),
  );
  const sheets = followSheetNames(wanted, placements);
  // A sheet being replaced may have a filter (Plan Check's, or one a user put there): it must go.
  const filteredSheets = new Set(read.snapshot.sheets.filter((s) => s.filter !== null).map((s) => s.name));
  const budget = new PayloadBudget(context);
  const written = [];
  for (const [i, sheet] of sheets.entries())
    written.push(
      await writeGeneratedSheet(
        context,
        sheet,
        { ...placements[i], filtered: filteredSheets.has(placements[i].name), date1904: read.date1904 },
        budget,
      ),
    );
  return written;
}

/**
 * Queues one generated sheet. Syncs only when the queued values pass the payload budget, so an
 * ordinary summary is written with the caller's single sync.
 */
async function writeGeneratedSheet(
  context: Excel.RequestContext,
  sheet: GeneratedSheet,
  target: SheetTarget,
  budget: PayloadBudget,
): Promise<{ name: string; renamedFrom: string | null }> {
  let ws: Excel.Worksheet;
  const name = target.name;
  if (target.replacing) {
    ws = context.workbook.worksheets.getItem(name);
    ws.getRange().clear();
    // clear() keeps a filter and the rows it hid, which would hide rows of the new summary.
    if (target.filtered) ws.autoFilter.remove();
    ws.getRange().rowHidden = false;
  } else {
    ws = context.workbook.worksheets.add(name);
    const marker = ws.names.add("PlanCheck_Generated", `="${sheet.kind}"`);
    marker.visible = false;
  }

  const width = Math.max(1, ...sheet.rows.map((r) => r.length), sheet.columnWidths.length);
  const byStyle = new Map<string, string[]>();
  let linkBytes = 0;
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const values: (string | number)[] = [];
    const formats: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row[c] ?? null;
      if (cell === null) {
        values.push("");
        formats.push("@");
      } else if (cell.kind === "text") {
        values.push(cell.text);
        formats.push("@");
      } else if (cell.kind === "number") {
        values.push(cell.value);
        formats.push("General");
      } else {
        values.push(serialFor(cell.date, target.date1904));
        formats.push("dd mmm yyyy");
      }
      const style = cell?.style ?? (cell?.kind === "text" && cell.link ? "link" : undefined);
      if (style) {
        const list = byStyle.get(style);
        if (list) list.push(cellAddress(r, c));
        else byStyle.set(style, [cellAddress(r, c)]);
      }
      if (cell?.kind === "text" && cell.link) {
        const documentReference = `${quoteSheetName(cell.link.sheet)}!${cell.link.cell}`;
        ws.getRange(cellAddress(r, c)).hyperlink = { documentReference, textToDisplay: cell.text };
        linkBytes += 80 + documentReference.length + cell.text.length;
      }
    }
    const range = ws.getRangeByIndexes(r, 0, 1, width);
    // The format first: text written into "@" cells stays text, whatever it starts with.
    range.numberFormat = [formats];
    range.values = [values];
    // A sync only past the budget's ~2 MB of queued writes, so the count grows with size, not with rows.
    await budget.add(JSON.stringify(values).length + JSON.stringify(formats).length + linkBytes);
    linkBytes = 0;
  }

  for (const [style, addresses] of byStyle) {
    const look = STYLE[style as CellStyle];
    for (let i = 0; i < addresses.length; i += CELLS_PER_AREA) {
      const areas = ws.getRanges(addresses.slice(i, i + CELLS_PER_AREA).join(","));
      if (style === "wrap" || style === "header") areas.format.wrapText = true;
      if (!look) continue;
      if (look.fill) areas.format.fill.color = look.fill;
      if (look.font) areas.format.font.color = look.font;
      if (look.bold) areas.format.font.bold = true;
      if (look.italic) areas.format.font.italic = true;
      if (look.size) areas.format.font.size = look.size;
      if (look.underline) areas.format.font.underline = "Single";
      await budget.add(CELLS_PER_AREA * 8 + 400);
    }
  }
  sheet.columnWidths.forEach((w, i) => {
    const col = columnLetter(i);
    ws.getRange(`${col}:${col}`).format.columnWidth = w * 6;
  });
  const all = ws.getRangeByIndexes(0, 0, Math.max(1, sheet.rows.length), width);
  all.format.verticalAlignment = "Top";
  all.format.autofitRows();
  if (sheet.filter) ws.autoFilter.apply(ws.getRange(filterRange(sheet)));
  ws.freezePanes.freezeRows(sheet.headerRow + 1);
  ws.pageLayout.orientation = "Landscape";
  ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  ws.pageLayout.setPrintTitleRows(`$${sheet.headerRow + 1}:$${sheet.headerRow + 1}`);
  ws.pageLayout.headersFooters.defaultForAllPages.rightFooter = "Page &P of &N";
  if (sheet.marking) ws.pageLayout.headersFooters.defaultForAllPages.centerHeader = sheet.marking;
  return { name, renamedFrom: target.renamedFrom };
}
