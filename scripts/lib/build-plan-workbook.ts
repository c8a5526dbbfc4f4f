// Builds a plan workbook the way a coordinator keeps one: title row, two-row header with "Sub actions
// and implications" merged over five columns, merged theme rows, wrapped multi-line cells, notes,
// frozen header, print titles, landscape. Used for the bundled samples and by tests.

import ExcelJS from "exceljs";
import { DERBY, ILLUSTRATIVE_TRACKING, PLAN_COLUMNS, type DerbyAction } from "./derby-plan";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const THEME_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFBDD7EE" } };
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const PRINT: Partial<ExcelJS.PageSetup> = {
  orientation: "landscape",
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};

const TRACKING_COLUMNS = [
  { heading: "Status", width: 13 },
  { heading: "Links to recommendations / priorities", width: 26 },
  { heading: "Progress update", width: 30 },
  { heading: "Last updated", width: 13 },
];

export interface BuildOptions {
  tracked?: boolean;
  /** Repeat and vary the 25 Derby actions to make a plan this long (for benchmarks and scale tests). */
  actions?: number;
}

export function buildDerbyWorkbook(options: BuildOptions = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Plan Check sample generator";
  workbook.created = new Date(Date.UTC(2017, 5, 1));
  workbook.modified = workbook.created;
  addPlanSheet(workbook, options);
  addRecommendationsSheet(workbook);
  addPrioritiesSheet(workbook);
  return workbook;
}

/**
 * Excel and LibreOffice keep a row's stored height when a file is opened, so tall wrapped cells
 * need one: estimated from the wrapped line count of the fullest cell (about 1.1 characters a width unit).
 */
function fitRowHeight(row: ExcelJS.Row, widths: number[]): void {
  let lines = 1;
  row.eachCell((cell, column) => {
    const width = widths[column - 1] ?? 10;
    const text = typeof cell.value === "string" ? cell.value : "";
    const wrapped = text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil((line.length * 1.1) / width)), 0);
    lines = Math.max(lines, wrapped);
  });
  row.height = Math.min(409, lines * 15 + 3);
}

function addPlanSheet(workbook: ExcelJS.Workbook, options: BuildOptions): void {
  const columns = [
    ...PLAN_COLUMNS.map((c) => ({ heading: c.heading, width: c.width })),
    ...(options.tracked ? TRACKING_COLUMNS : []),
  ];
  const last = columns.length;
  const sheet = workbook.addWorksheet("Improvement plan", {
    views: [{ state: "frozen", ySplit: 4, xSplit: 0 }],
    pageSetup: {
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "3:4",
    },
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));

  sheet.getCell(1, 1).value = `${DERBY.organisation} – ${DERBY.title}`;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  if (options.tracked) {
    sheet.getCell(2, 1).value =
      "Tracking columns (Status, Links, Progress update, Last updated) hold illustrative values for demonstration; they are not Derby's recorded progress.";
    sheet.getCell(2, 1).font = { italic: true, color: { argb: "FF595959" } };
  }

  // Two-row header: the first five headings span both rows; the group heading spans the five sub-action columns.
  PLAN_COLUMNS.forEach((c, i) => {
    if (i < 5) {
      sheet.getCell(3, i + 1).value = c.heading;
      sheet.mergeCells(3, i + 1, 4, i + 1);
    } else {
      sheet.getCell(4, i + 1).value = c.heading;
    }
  });
  sheet.getCell(3, 6).value = "Sub actions and implications";
  sheet.mergeCells(3, 6, 3, 10);
  TRACKING_COLUMNS.slice(0, options.tracked ? 4 : 0).forEach((c, i) => {
    sheet.getCell(3, 11 + i).value = c.heading;
    sheet.mergeCells(3, 11 + i, 4, 11 + i);
  });
  for (const r of [3, 4]) {
    for (let c = 1; c <= last; c++) {
      const cell = sheet.getCell(r, c);
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.border = BORDER;
      cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    }
  }

  let row = 5;
  let theme = "";
  for (const action of actionsFor(options.actions ?? DERBY.actions.length)) {
    if (action.theme !== theme) {
      theme = action.theme;
      const cell = sheet.getCell(row, 1);
      cell.value = theme;
      cell.font = { bold: true, size: 12 };
      cell.fill = THEME_FILL;
      sheet.mergeCells(row, 1, row, last);
      row++;
    }
    PLAN_COLUMNS.forEach((c, i) => {
      const cell = sheet.getCell(row, i + 1);
      cell.value = action[c.key];
      cell.alignment = { wrapText: true, vertical: "top" };
      cell.border = BORDER;
    });
    if (options.tracked) {
      const t = ILLUSTRATIVE_TRACKING[action.id.slice(0, 3)];
      const values: (string | Date)[] = [
        t.status,
        t.links,
        t.progress,
        t.updated ? new Date(`${t.updated}T00:00:00Z`) : "",
      ];
      values.forEach((value, i) => {
        const cell = sheet.getCell(row, 11 + i);
        cell.value = value === "" ? null : value;
        cell.alignment = { wrapText: true, vertical: "top" };
        cell.border = BORDER;
        if (value instanceof Date) cell.numFmt = "dd/mm/yyyy";
      });
    }
    fitRowHeight(
      sheet.getRow(row),
      columns.map((c) => c.width),
    );
    row++;
  }

  row++;
  for (const note of DERBY.notes) {
    const cell = sheet.getCell(row, 1);
    cell.value = `${note.marker} ${note.text}`;
    cell.font = { italic: true, size: 9 };
    row++;
  }
}

/** The Derby actions, repeated and varied ("(copy 3)") up to n, kept in theme order. */
function actionsFor(n: number): DerbyAction[] {
  if (n === DERBY.actions.length) return DERBY.actions;
  const out: DerbyAction[] = [];
  for (const theme of DERBY.themes.map((t) => t.name)) {
    const inTheme = DERBY.actions.filter((a) => a.theme === theme);
    const share = Math.round((n * inTheme.length) / DERBY.actions.length);
    for (let i = 0; i < share; i++) {
      const base = inTheme[i % inTheme.length];
      const copy = Math.floor(i / inTheme.length);
      out.push(copy === 0 ? base : { ...base, id: `${base.id}-${copy}`, what: `${base.what} (copy ${copy})` });
    }
  }
  return out.slice(0, n);
}

function addRecommendationsSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Recommendations", { views: [{ state: "frozen", ySplit: 1 }], pageSetup: PRINT });
  sheet.columns = [
    { header: "No.", width: 6 },
    { header: "Recommendation", width: 90 },
    { header: "Topic", width: 34 },
    { header: "Theme", width: 30 },
  ];
  for (const r of DERBY.recommendations) sheet.addRow([r.number, r.text, r.topic, r.theme]);
  sheet.getRow(1).font = { bold: true };
  sheet.eachRow((r) => {
    r.eachCell((c) => (c.alignment = { wrapText: true, vertical: "top" }));
    fitRowHeight(r, [6, 90, 34, 30]);
  });
}

function addPrioritiesSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Priorities", { views: [{ state: "frozen", ySplit: 1 }], pageSetup: PRINT });
  sheet.columns = [
    { header: "Existing priority", width: 70 },
    { header: "Theme", width: 30 },
  ];
  for (const t of DERBY.themes) for (const p of t.existingPriorities) sheet.addRow([p, t.name]);
  sheet.getRow(1).font = { bold: true };
}
