// Property tests over random and mutated plans: the Derby plan with columns deleted, duplicated and
// shuffled, cells merged, blanked, enlarged, or given unicode, numbers, dates and booleans where text is
// expected. Through the reader, the deadline grammar, validation and summaries: no exception but a
// plain PlanReadError, every finding on a real cell, counts consistent. PLAN_CHECK_PROPERTY_RUNS sets
// the number of cases (npm run test:long runs 100,000).

import fc from "fast-check";
import { parseDeadline } from "../../src/core/deadline/parse-deadline";
import { findTrailingBracket } from "../../src/core/reader/bracket";
import { readPlan } from "../../src/core/reader/read-plan";
import { PlanReadError } from "../../src/core/reader/errors";
import { buildSummaries, SUMMARY_KINDS } from "../../src/core/summaries/build-summaries";
import { highlightOverlay } from "../../src/core/validation/highlights";
import { validatePlan } from "../../src/core/validation/validate";
import { parseCellAddress } from "../../src/core/workbook/address";
import type { CellValue, SheetGrid, WorkbookSnapshot } from "../../src/core/workbook/grid";
import { MAX_CELL_CHARS } from "../../src/core/workbook/sheet-spec";
import { DERBY_TRACKED, openSample } from "../support/derby";

const RUNS = Number(process.env.PLAN_CHECK_PROPERTY_RUNS ?? 1000);
const full = openSample(DERBY_TRACKED).snapshot;
const PLAN = full.sheets.findIndex((s) => s.name === "Improvement plan");
/** The header, the first theme and ten actions: every kind of cell the plan has, at a tenth of the cost. */
const KEEP_ROWS = 15;
const base: WorkbookSnapshot = {
  sheets: full.sheets.map((s, i) =>
    i === PLAN
      ? {
          ...s,
          values: s.values.slice(0, KEEP_ROWS),
          numberFormats: s.numberFormats.slice(0, KEEP_ROWS),
          merges: s.merges.filter((m) => m.bottom < KEEP_ROWS),
        }
      : s,
  ),
};
const ROWS = base.sheets[PLAN].values.length;
/** The first row of Derby's two-row header (row 3). */
const HEADER_ROW = 2;
const COLUMNS = 14;

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(
    "",
    "TBC",
    "N/A",
    "=1+1",
    "@SUM(A1)",
    "-",
    "Set17",
    "Ma",
    "#REF!",
    "On-going",
    "31/02/2018",
    "(Owner – Nov17",
    "- bullet (Head of QA – Aug17)",
    // Numbered rows, revised dates, withdrawn actions and markings, as other councils write them.
    "Ref",
    "1.1",
    "1.1.1",
    "1.2a",
    "Revised target date",
    "Original deadline",
    "Superseded by 2.3",
    "Completed 12/10/2017",
    "OFFICIAL - SENSITIVE",
    "Q2 2018",
    "Dec 2025 - extended to March 2026",
    "(by Sept 2025, TM MASH)",
    "% complete",
    "Date completed",
    "100% - signed off",
    // Task lists, and spans of dates.
    "Task name",
    "Progress",
    "In progress",
    "Jul17 - Mar18",
    "- Audit (HOS – Jul17 - Mar18)",
    "FY18/19",
    "2018-03-31T00:00:00",
    // Cycles, months in figures, and sub-actions ticked off in their text.
    "Termly",
    "09/2017",
    "- Audit (HOS – Nov17) – complete",
    "- Audit (HOS – Nov17 – done)",
    "- Audit (complete)",
  ),
  fc.integer({ min: -1e6, max: 3e6 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.integer({ min: 1, max: 60000 }),
);

type Mutation =
  | { op: "set"; row: number; column: number; value: CellValue }
  | { op: "blank"; row: number; column: number }
  | { op: "enlarge"; row: number; column: number; times: number }
  | { op: "deleteColumn"; column: number }
  | { op: "duplicateColumn"; column: number }
  | { op: "swapColumns"; a: number; b: number }
  | { op: "merge"; row: number; column: number; width: number }
  | { op: "deleteRow"; row: number }
  | { op: "insertRow"; row: number; values: CellValue[] }
  /** A Ref column put first, numbering rows as "1.1" and steps under them as "1.1.1". */
  | { op: "numberRows"; refs: string[] };

const row = fc.integer({ min: 0, max: ROWS });
const column = fc.integer({ min: 0, max: COLUMNS });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("set" as const), row, column, value: cellValue }),
  fc.record({ op: fc.constant("blank" as const), row, column }),
  fc.record({ op: fc.constant("enlarge" as const), row, column, times: fc.integer({ min: 2, max: 300 }) }),
  fc.record({ op: fc.constant("deleteColumn" as const), column }),
  fc.record({ op: fc.constant("duplicateColumn" as const), column }),
  fc.record({ op: fc.constant("swapColumns" as const), a: column, b: column }),
  fc.record({ op: fc.constant("merge" as const), row, column, width: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ op: fc.constant("deleteRow" as const), row }),
  fc.record({ op: fc.constant("insertRow" as const), row, values: fc.array(cellValue, { maxLength: COLUMNS }) }),
  fc.record({
    op: fc.constant("numberRows" as const),
    refs: fc.array(fc.constantFrom("", "1", "1.1", "1.1.1", "1.1.2", "1.1a", "1.2", "2.1.1", "x"), {
      minLength: ROWS,
      maxLength: ROWS,
    }),
  }),
);

function mutate(snapshot: WorkbookSnapshot, mutations: Mutation[]): WorkbookSnapshot {
  const grid: SheetGrid = structuredClone(snapshot.sheets[PLAN]);
  const width = (): number => Math.max(COLUMNS, ...grid.values.map((r) => r.length));
  const rowAt = (r: number): CellValue[] => {
    while (grid.values.length <= r) {
      grid.values.push([]);
      grid.numberFormats.push([]);
    }
    return grid.values[r];
  };
  for (const m of mutations) {
    switch (m.op) {
      case "set":
        rowAt(m.row)[m.column] = m.value;
        break;
      case "blank":
        rowAt(m.row)[m.column] = "";
        break;
      case "enlarge": {
        const cells = rowAt(m.row);
        cells[m.column] = String(cells[m.column] ?? "x")
          .repeat(m.times)
          .slice(0, 40000);
        break;
      }
      case "numberRows":
        grid.values.forEach((r, i) => r.unshift(i === HEADER_ROW ? "Ref" : (m.refs[i] ?? "")));
        grid.numberFormats.forEach((r) => r.unshift("General"));
        for (const merge of grid.merges) [merge.left, merge.right] = [merge.left + 1, merge.right + 1];
        break;
      case "deleteColumn":
        grid.values.forEach((r) => r.splice(m.column, 1));
        grid.numberFormats.forEach((r) => r.splice(m.column, 1));
        break;
      case "duplicateColumn":
        grid.values.forEach((r) => r.splice(m.column, 0, r[m.column] ?? ""));
        grid.numberFormats.forEach((r) => r.splice(m.column, 0, r[m.column] ?? "General"));
        break;
      case "swapColumns":
        grid.values.forEach((r) => ([r[m.a], r[m.b]] = [r[m.b] ?? "", r[m.a] ?? ""]));
        break;
      case "merge":
        grid.merges.push({ top: m.row, left: m.column, bottom: m.row, right: Math.min(m.column + m.width, width()) });
        break;
      case "deleteRow":
        grid.values.splice(m.row, 1);
        grid.numberFormats.splice(m.row, 1);
        break;
      case "insertRow":
        grid.values.splice(m.row, 0, [...m.values]);
        grid.numberFormats.splice(
          m.row,
          0,
          m.values.map(() => "General"),
        );
        break;
    }
  }
  // Holes from sparse writes read as empty cells, as Excel reports them.
  grid.values = grid.values.map((r) => Array.from({ length: r.length }, (_, i) => r[i] ?? ""));
  const sheets = [...snapshot.sheets];
  sheets[PLAN] = grid;
  return { sheets };
}

describe("mutated plans", () => {
  it("never crash, locate every finding on a real cell, and keep counts consistent", () => {
    const names = new Set(base.sheets.map((s) => s.name));
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 12 }), fc.integer({ min: 0, max: 99 }), (mutations, pick) => {
        const snapshot = mutate(base, mutations);
        let reading;
        try {
          reading = readPlan(snapshot);
        } catch (error) {
          expect(error).toBeInstanceOf(PlanReadError);
          return;
        }
        const result = validatePlan(reading, "2017-11-30");
        for (const f of result.findings) {
          expect(names.has(f.sheet)).toBe(true);
          expect(parseCellAddress(f.cell)).not.toBeNull();
          expect(f.row).toBeGreaterThanOrEqual(1);
          expect(f.message.length).toBeGreaterThan(0);
        }
        const c = result.counts;
        expect(c.overdue).toBeLessThanOrEqual(c.actions);
        expect(c.unowned).toBeLessThanOrEqual(c.actions);
        expect(c.complete + c.overdue).toBeLessThanOrEqual(c.actions);
        highlightOverlay(result, snapshot);
        // Summaries are the costliest step: built for one case in ten, chosen by the generator.
        if (pick < 10) {
          for (const sheet of buildSummaries(result, SUMMARY_KINDS, { generatedOn: "2017-12-01", linkToPlan: true })) {
            for (const r of sheet.rows)
              for (const cell of r)
                if (cell?.kind === "text") expect(cell.text.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
          }
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.PLAN_CHECK_PROPERTY_SEED ?? 20171130) },
    );
  });
});

describe("the deadline grammar and brackets on any text", () => {
  it("never throw, and give a real date or none", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.double(), fc.integer()), (input) => {
        const d = parseDeadline(input);
        expect([
          "date",
          "ongoing-until",
          "milestones",
          "start",
          "recurring",
          "immediate",
          "missing",
          "unknown",
        ]).toContain(d.kind);
        if (d.due !== null) expect(d.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (typeof input === "string") findTrailingBracket(input);
      }),
      { numRuns: RUNS },
    );
  });
});
