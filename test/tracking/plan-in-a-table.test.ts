// A plan kept in an Excel table, or under the sheet's filter: set-up's new columns must join it, or
// sorting the table would move the actions and leave their new Status and Progress cells behind.
// Both adapters, the same plans.

import { PlanCheckService } from "../../src/adapters/office/plan-check-service";
import { openPackage, partText, setPartText } from "../../src/adapters/xlsx/package";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { writeTrackingSetup } from "../../src/adapters/xlsx/write-setup";
import { planWorkbookTrackingSetup } from "../../src/core/tracking/tracking-setup";
import { rangeAddress } from "../../src/core/workbook/address";
import { fakeExcelFromXlsx } from "../support/fake-excel/load-xlsx";
import { buildXlsx, type SheetSpec } from "../support/workbooks";
import { changedParts, parts } from "../support/zip";

const ROWS = [
  ["Tableshire improvement tracker"],
  ["Ref", "Theme", "Action", "Lead", "Due date", "RAG", "Evidence of impact"],
  ["1", "Front door", "Review MASH thresholds", "HoS MASH", "Mar25", "Green", "Audit"],
  ["2", "Front door", "Train staff on thresholds", "Workforce Lead", "Jun25", "Amber", "Training records"],
  ["3", "Children in care", "Sufficiency strategy", "Head of Placements", "Dec25", "Complete", "Strategy"],
  ["4", "Children in care", "Review PEPs", "Virtual Head", "Autumn term 2025", "Red", "PEP audit"],
];
const NEW_HEADINGS = ["Links to recommendations / priorities", "Progress update", "Last updated"];

const inTable: SheetSpec = { name: "Tracker", rows: ROWS, table: { name: "PlanTable", ref: "A2:G6" } };
const underFilter: SheetSpec = { name: "Tracker", rows: ROWS, autoFilter: "A2:G6" };

function setUp(bytes: Uint8Array): Uint8Array {
  const pkg = openPackage(bytes, "plan.xlsx");
  return writeTrackingSetup(pkg, planWorkbookTrackingSetup(readWorkbook(pkg)));
}

describe("a plan kept in an Excel table (.xlsx)", () => {
  it("reads the table, and set-up says it will widen it", async () => {
    const snapshot = readWorkbook(openPackage(await buildXlsx([inTable]), "plan.xlsx"));
    expect(snapshot.sheets[0].tables.map((t) => [t.name, rangeAddress(t.range)])).toEqual([["PlanTable", "A2:G6"]]);
    const setup = planWorkbookTrackingSetup(snapshot);
    expect(setup.sheets[0].widen.tables.map((t) => [t.name, rangeAddress(t.range)])).toEqual([["PlanTable", "A2:J6"]]);
    expect(setup.summary).toContain(
      `Widen the table "PlanTable" over the new columns, so sorting or filtering it keeps each action's cells together.`,
    );
  });

  it("keeps a totals row out of the table's filter as it widens them", async () => {
    const withTotals: SheetSpec = { ...inTable, table: { name: "PlanTable", ref: "A2:G6", totals: true } };
    const bytes = await buildXlsx([withTotals]);
    expect(parts(bytes)["xl/tables/table1.xml"]).toContain('<autoFilter ref="A2:G6"');
    const table = parts(setUp(bytes))["xl/tables/table1.xml"];
    // The table takes in the totals row (row 7); its filter, as Excel keeps it, stops above.
    expect(table).toMatch(/<table\b[^>]*\bref="A2:J7"/);
    expect(table).toContain('<autoFilter ref="A2:J6"');
  });

  it("widens the table over the new columns, each named as its header cell", async () => {
    const bytes = await buildXlsx([inTable]);
    const out = setUp(bytes);
    const table = parts(out)["xl/tables/table1.xml"];
    expect(table).toMatch(/<table\b[^>]*\bref="A2:J6"/);
    expect(table).toContain('<autoFilter ref="A2:J6"');
    expect(table).toContain('<tableColumns count="10">');
    const names = [...table.matchAll(/<tableColumn\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
    const after = readWorkbook(openPackage(out, "out.xlsx"));
    expect(names.slice(7)).toEqual(NEW_HEADINGS);
    expect(after.sheets[0].values[1].slice(7, 10)).toEqual(NEW_HEADINGS);
    expect(after.sheets[0].tables.map((t) => rangeAddress(t.range))).toEqual(["A2:J6"]);
    // Only the plan sheet and its table change, beside the parts a new settings sheet needs.
    expect(changedParts(bytes, out).changed).toEqual([
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/sharedStrings.xml",
      "xl/styles.xml",
      "xl/tables/table1.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ]);
  });

  it("leaves a table that does not end beside the new columns as it is", async () => {
    const bytes = await buildXlsx([{ ...inTable, table: { name: "Refs", ref: "A2:C6" } }]);
    const out = setUp(bytes);
    expect(parts(out)["xl/tables/table1.xml"]).toBe(parts(bytes)["xl/tables/table1.xml"]);
  });
});

describe("a plan under the sheet's filter (.xlsx)", () => {
  it("widens the filter and the hidden name Excel keeps for it", async () => {
    const out = setUp(await buildXlsx([underFilter]));
    const after = readWorkbook(openPackage(out, "out.xlsx"));
    expect(after.sheets[0].filter).toEqual({ range: { top: 1, left: 0, bottom: 5, right: 9 }, filtering: false });
    expect(parts(out)["xl/workbook.xml"]).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Tracker'!$A$2:$J$6</definedName>`,
    );
  });

  it("leaves a filter that is hiding rows alone, and says how to widen it", async () => {
    const bytes = await buildXlsx([underFilter]);
    const pkg = openPackage(bytes, "plan.xlsx");
    const xml = (partText(pkg, "xl/worksheets/sheet1.xml") ?? "").replace(
      /<autoFilter ref="A2:G6"\/>/,
      '<autoFilter ref="A2:G6"><filterColumn colId="1"><filters><filter val="Front door"/></filters></filterColumn></autoFilter>',
    );
    setPartText(pkg, "xl/worksheets/sheet1.xml", xml);
    const snapshot = readWorkbook(pkg);
    expect(snapshot.sheets[0].filter?.filtering).toBe(true);
    const setup = planWorkbookTrackingSetup(snapshot);
    expect(setup.sheets[0].widen.filter).toBeNull();
    expect(setup.summary).toContain(
      "The filter on row 2 is hiding rows, so it is left as it is. To have it take in the new columns, clear it and turn it on again (Data › Filter).",
    );
    const out = readWorkbook(openPackage(writeTrackingSetup(pkg, setup), "out.xlsx"));
    expect(out.sheets[0].filter?.range).toEqual({ top: 1, left: 0, bottom: 5, right: 6 });
  });
});

describe("the same plans through Office.js", () => {
  const service = (excel: Awaited<ReturnType<typeof fakeExcelFromXlsx>>, resize = true) =>
    new PlanCheckService(excel.run, {
      isSetSupported: (_set, version) => resize || version !== "1.13",
      today: () => "2025-11-30",
    });

  it("plans the same set-up as the command line", async () => {
    for (const spec of [inTable, underFilter]) {
      const bytes = await buildXlsx([spec]);
      const planned = await service(await fakeExcelFromXlsx(bytes)).planTrackingSetup();
      expect(planned).toEqual({ ok: true, value: planWorkbookTrackingSetup(readWorkbook(openPackage(bytes, "x"))) });
    }
  });

  it("resizes the table after writing its new headings", async () => {
    const excel = await fakeExcelFromXlsx(await buildXlsx([inTable]));
    const done = await service(excel).setUpTracking();
    expect(done.ok).toBe(true);
    expect(excel.sheet("Tracker").tables).toEqual([{ name: "PlanTable", address: "A2:J6", showTotals: false }]);
    expect(["H2", "I2", "J2"].map((a) => excel.value("Tracker", a))).toEqual(NEW_HEADINGS);
  });

  it("sets the sheet's filter again over the new columns", async () => {
    const excel = await fakeExcelFromXlsx(await buildXlsx([underFilter]));
    expect((await service(excel).setUpTracking()).ok).toBe(true);
    expect(excel.sheet("Tracker").autoFilter).toBe("A2:J6");
  });

  it("in an Excel that cannot resize tables, says how to do it instead", async () => {
    const excel = await fakeExcelFromXlsx(await buildXlsx([inTable]));
    const done = await service(excel, false).setUpTracking();
    expect(excel.sheet("Tracker").tables).toEqual([{ name: "PlanTable", address: "A2:G6", showTotals: false }]);
    expect(done.ok && done.value.summary).toContain(
      'This version of Excel cannot widen the table "PlanTable" for Plan Check: afterwards, widen it over columns H to J (Table Design › Resize Table), so sorting it keeps each action\'s cells together.',
    );
  });
});
