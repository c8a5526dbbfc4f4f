// A plan kept one theme (or priority) a sheet, each laid out the same way: read, checked, highlighted,
// summarised and set up as one plan — never one sheet of it with the rest called "other plans". A copy
// of the plan, or a hidden archived one, is still told apart.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PlanCheckService } from "../../src/adapters/office/plan-check-service";
import { openPackage } from "../../src/adapters/xlsx/package";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { writeAnnotatedCopy } from "../../src/adapters/xlsx/write-annotated";
import { writeTrackingSetup } from "../../src/adapters/xlsx/write-setup";
import { validationText } from "../../src/cli/format/validation-text";
import { readPlan } from "../../src/core/reader/read-plan";
import { boardExceptions } from "../../src/core/summaries/board-exceptions";
import { themeSummary } from "../../src/core/summaries/theme-summary";
import { planWorkbookTrackingSetup } from "../../src/core/tracking/tracking-setup";
import { validatePlan } from "../../src/core/validation/validate";
import { runCli } from "../support/cli";
import { fakeExcelFromXlsx } from "../support/fake-excel/load-xlsx";
import { buildXlsx, type CellInput, type SheetSpec } from "../support/workbooks";
import { parts } from "../support/zip";

const AS_OF = "2025-11-30";
const HEADER = ["Ref", "Action", "Lead", "Due date", "RAG", "Evidence of impact"];

function themeSheet(name: string, actions: CellInput[][]): SheetSpec {
  return { name, rows: [[`Priority ${name}`], HEADER, ...actions] };
}

const FRONT_DOOR = themeSheet("1. Front door", [
  ["1.1", "Review MASH thresholds", "HoS MASH", "Mar25", "Green", "Audit"],
  ["1.2", "Train staff on thresholds", "Workforce Lead", "Jun26", "Amber", "Training records"],
]);
const IN_CARE = themeSheet("2. Children in care", [
  ["2.1", "Sufficiency strategy", "Head of Placements", "Dec25", "Complete", "Strategy"],
  ["2.2", "Review PEPs", "Virtual Head", "Mar25", "Red", "PEP audit"],
]);
const LEADERSHIP = themeSheet("3. Leadership", [["3.1", "Performance clinics", "TBC", "Apr26", "Green", "Minutes"]]);
const COVER: SheetSpec = { name: "Cover", rows: [["Tabshire improvement plan"], ["One tab per priority."]] };
const SHEETS = [COVER, FRONT_DOOR, IN_CARE, LEADERSHIP];

async function validate(sheets: SheetSpec[]) {
  const bytes = await buildXlsx(sheets);
  const snapshot = readWorkbook(openPackage(bytes, "plan.xlsx"));
  return { bytes, snapshot, result: validatePlan(readPlan(snapshot), AS_OF) };
}

describe("a plan kept one theme a sheet", () => {
  it("reads every sheet, each named as its theme, with no sheet called another plan", async () => {
    const { result } = await validate(SHEETS);
    const { plan } = result.reading;
    expect(plan.sheets).toEqual(["1. Front door", "2. Children in care", "3. Leadership"]);
    expect(plan.actions.map((a) => [a.sheet, a.row + 1, a.theme])).toEqual([
      ["1. Front door", 3, "1. Front door"],
      ["1. Front door", 4, "1. Front door"],
      ["2. Children in care", 3, "2. Children in care"],
      ["2. Children in care", 4, "2. Children in care"],
      ["3. Leadership", 3, "3. Leadership"],
    ]);
    expect(result.findings.filter((f) => f.code === "structure/other-plan-sheet")).toEqual([]);
    // Each sheet's own heading is not the plan's title.
    expect(result.reading.title).toBeNull();
  });

  it("says once, on its header, when a sheet's name is not one of the plan's themes", async () => {
    const recommendations: SheetSpec = {
      name: "Recommendations",
      rows: [
        ["No.", "Recommendation", "Topic", "Theme"],
        [1, "Improve the front door.", "Front door", "Front door"],
        [2, "Improve placements.", "Placements", "Placements"],
      ],
    };
    const { result } = await validate([FRONT_DOOR, IN_CARE, recommendations]);
    const unknown = result.findings.filter((f) => f.code === "structure/unknown-theme");
    expect(unknown.map((f) => [f.sheet, f.cell, f.message])).toEqual([
      [
        "2. Children in care",
        "A2",
        'The sheet "2. Children in care" is read as a theme, but its name is not one of the plan\'s themes ("Front door", "Placements").',
      ],
    ]);
  });

  it("places each finding on its own sheet, and reports them action by action", async () => {
    const { result } = await validate(SHEETS);
    const overdue = result.findings.filter((f) => f.code === "overdue/action").map((f) => `${f.sheet}!${f.cell}`);
    expect(overdue).toEqual(["1. Front door!D3", "2. Children in care!D4"]);
    expect(result.findings.find((f) => f.code === "owner/placeholder")).toMatchObject({
      sheet: "3. Leadership",
      cell: "C3",
    });
    const text = validationText(result, result.findings, "plan.xlsx");
    expect(text).toContain('Plan Check: "1. Front door", "2. Children in care" and "3. Leadership" in plan.xlsx');
    // Row 3 of one sheet never carries another sheet's findings.
    const frontDoorRow3 = text.split('Row 3 of "1. Front door"')[1].split("Row 4")[0];
    expect(frontDoorRow3).toContain("Review MASH thresholds");
    expect(frontDoorRow3).not.toContain("Performance clinics");
  });

  it("lists findings sheet by sheet in the plan's order, not interleaved by row number", async () => {
    const { result } = await validate(SHEETS);
    const onPlan = result.findings.filter((f) => result.reading.plan.sheets.includes(f.sheet));
    const sheets = onPlan.map((f) => f.sheet).filter((sheet, i, all) => sheet !== all[i - 1]);
    // Each sheet's findings together (Leadership's row 3 used to come before Front door's),
    // in the order the plan's sheets stand; within a sheet, by row as before.
    expect(sheets).toEqual(["1. Front door", "2. Children in care", "3. Leadership"]);
  });

  it("links board exceptions to the sheet each is on", async () => {
    const { result } = await validate(SHEETS);
    const sheet = boardExceptions(result, { generatedOn: AS_OF, linkToPlan: true });
    const links = sheet.rows
      .flat()
      .flatMap((c) => (c?.kind === "text" && c.link ? [`${c.link.sheet}!${c.link.cell}`] : []));
    expect(links).toEqual(expect.arrayContaining(["2. Children in care!D4", "1. Front door!D3", "3. Leadership!C3"]));
  });

  it("names each row's sheet where the theme summary links to it", async () => {
    const { result } = await validate(SHEETS);
    const sheet = themeSummary(result, { generatedOn: AS_OF, linkToPlan: true });
    const links = sheet.rows.flat().flatMap((c) => (c?.kind === "text" && c.link ? [[c.text, c.link.sheet]] : []));
    expect(links).toContainEqual(["2. Children in care, row 4", "2. Children in care"]);
  });

  it("highlights every sheet of the plan in the annotated copy", async () => {
    const { bytes, snapshot, result } = await validate(SHEETS);
    const out = parts(writeAnnotatedCopy(openPackage(bytes, "plan.xlsx"), snapshot, result, { generatedOn: AS_OF }));
    const marked = Object.keys(out).filter(
      (p) => /worksheets\/sheet\d+\.xml$/.test(p) && out[p].includes("plan-check:"),
    );
    expect(marked.sort()).toEqual(["xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml"]);
  });

  it("is set up on every sheet alike, and read as one plan afterwards", async () => {
    const { bytes, snapshot } = await validate(SHEETS);
    const setup = planWorkbookTrackingSetup(snapshot);
    expect(setup.sheets.map((s) => [s.sheet, s.firstRow, s.lastRow])).toEqual([
      ["1. Front door", 2, 203],
      ["2. Children in care", 2, 203],
      ["3. Leadership", 2, 202],
    ]);
    const after = readWorkbook(openPackage(writeTrackingSetup(openPackage(bytes, "plan.xlsx"), setup), "out.xlsx"));
    const reading = readPlan(after);
    expect(reading.plan.sheets).toHaveLength(3);
    for (const name of reading.plan.sheets)
      expect(after.sheets.find((s) => s.name === name)?.values[1].slice(6, 9)).toEqual([
        "Links to recommendations / priorities",
        "Progress update",
        "Last updated",
      ]);
  });

  it("tells a copy of the plan, or a hidden one, from another part of it", async () => {
    const copy: SheetSpec = { ...FRONT_DOOR, name: "Front door (2)" };
    const hidden: SheetSpec = { ...LEADERSHIP, name: "Old leadership", state: "hidden" };
    const { result } = await validate([FRONT_DOOR, IN_CARE, copy, hidden]);
    expect(result.reading.plan.sheets).toEqual(["1. Front door", "2. Children in care"]);
    expect(result.reading.otherPlanSheets).toEqual(["Front door (2)", "Old leadership"]);
  });

  it("tells last year's plan, a draft or a template from another part of this year's by its name", async () => {
    const year = (name: string, what: string): SheetSpec =>
      themeSheet(name, [["1", what, "Head of QA", "Mar26", "", ""]]);
    const { result } = await validate([year("Plan 2025", "This year's"), year("Plan 2024", "Last year's")]);
    expect([result.reading.plan.sheets, result.reading.otherPlanSheets]).toEqual([["Plan 2025"], ["Plan 2024"]]);
    const draft = await validate([FRONT_DOOR, { ...IN_CARE, name: "Children in care (draft)" }]);
    expect(draft.result.reading.plan.sheets).toEqual(["1. Front door"]);
    const template = await validate([{ ...IN_CARE, name: "Template" }, FRONT_DOOR]);
    expect(template.result.reading.plan.sheets).toEqual(["1. Front door"]);
    expect(template.result.reading.otherPlanSheets).toEqual(["Template"]);
  });

  it("reads live and completed actions kept on two sheets under the same headings as one plan", async () => {
    const sheet = (name: string, actions: CellInput[][]): SheetSpec => ({
      name,
      rows: [HEADER, ["1", "Front door"], actions[0], ["2", "Children in care"], actions[1]],
    });
    const live = sheet("Live actions", [
      ["1.2", "Train staff on thresholds", "Workforce Lead", "Jun26", "Amber", "Training records"],
      ["2.2", "Review PEPs", "Virtual Head", "Mar26", "Green", "PEP audit"],
    ]);
    const done = sheet("Completed actions", [
      ["1.1", "Review MASH thresholds", "HoS MASH", "Mar25", "Complete", "Audit"],
      ["2.1", "Sufficiency strategy", "Head of Placements", "Jun25", "Complete", "Strategy"],
    ]);
    const { result } = await validate([live, done]);
    // The headings both sheets share are not the same actions: the completed ones count too.
    expect(result.reading.plan.sheets).toEqual(["Live actions", "Completed actions"]);
    expect(result.counts).toMatchObject({ actions: 4, complete: 2 });
    // A heading repeated on the second sheet is the same theme, listed once.
    expect(result.reading.plan.themeRows.map((t) => [t.name, t.sheet])).toEqual([
      ["Front door", "Live actions"],
      ["Children in care", "Live actions"],
    ]);
    expect(result.reading.plan.actions.map((a) => a.theme)).toEqual([
      "Front door",
      "Children in care",
      "Front door",
      "Children in care",
    ]);
  });

  it("leaves sheets whose columns are laid out differently to be chosen between, as before", async () => {
    // Lead and Due date swapped: a finding about one sheet's lead would point at the other's date.
    const swap = (r: CellInput[]): CellInput[] => [r[0], r[1], r[3], r[2], ...r.slice(4)];
    const other = { ...IN_CARE, rows: IN_CARE.rows.map((r, i) => (i === 0 ? r : swap(r))) };
    const { result } = await validate([FRONT_DOOR, other]);
    expect(result.reading.plan.sheets).toEqual(["1. Front door"]);
    expect(result.reading.otherPlanSheets).toEqual(["2. Children in care"]);
  });

  it('reads a sheet with a column of its own ("Notes") as part of the plan, and sets up after it', async () => {
    const notes = (r: CellInput[]): CellInput[] => (r === HEADER ? [...HEADER, "Notes"] : [...r, "See minutes"]);
    const other = { ...IN_CARE, rows: IN_CARE.rows.map((r, i) => (i === 0 ? r : notes(r))) };
    const { snapshot, result } = await validate([FRONT_DOOR, other]);
    expect(result.reading.plan.sheets).toEqual(["1. Front door", "2. Children in care"]);
    expect(result.reading.otherPlanSheets).toEqual([]);
    // The new columns go after the Notes column, on every sheet alike, so none of the council's cells is covered.
    const setup = planWorkbookTrackingSetup(snapshot);
    expect(setup.columns.map((c) => c.column)).toEqual([7, 8, 9]);
  });
});

describe("inspecting a plan kept one theme a sheet", () => {
  it("names the other sheets, and each header's row where they differ", async () => {
    const lower = { ...IN_CARE, rows: [["OFFICIAL-SENSITIVE"], ...IN_CARE.rows] };
    const marked = { ...FRONT_DOOR, rows: [["OFFICIAL"], ...FRONT_DOOR.rows.slice(1)] };
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-sheets-")), "plan.xlsx");
    fs.writeFileSync(file, await buildXlsx([marked, lower]));
    const { stdout } = await runCli("inspect", file);
    expect(stdout).toContain('Kept on 2 sheets: also "2. Children in care", laid out the same way.');
    expect(stdout).toContain('Header: row 2 on "1. Front door", row 3 on "2. Children in care"');
    // A marking above any sheet marks the plan, and every summary made from it: the strictest one.
    expect(stdout).toContain("Protective marking: OFFICIAL-SENSITIVE");
    // Rows repeat from sheet to sheet: the JSON says which sheet each action is on.
    const json = JSON.parse((await runCli("inspect", file, "--json")).stdout) as {
      actions: { sheet: string; row: number }[];
    };
    expect(new Set(json.actions.map((a) => a.sheet))).toEqual(new Set(["1. Front door", "2. Children in care"]));
  });
});

describe("a plan kept one theme a sheet, through Office.js", () => {
  it("finds the same, and highlights and sets up every sheet", async () => {
    const bytes = await buildXlsx(SHEETS);
    const excel = await fakeExcelFromXlsx(bytes);
    const service = new PlanCheckService(excel.run, { isSetSupported: () => true, today: () => AS_OF });
    const outcome = await service.validate({ asOf: AS_OF, highlight: true });
    if (!outcome.ok) throw new Error(outcome.message);
    const { result } = await validate(SHEETS);
    expect(outcome.value.findings).toEqual(result.findings);
    expect(outcome.value.sheets).toEqual(["1. Front door", "2. Children in care", "3. Leadership"]);
    for (const name of outcome.value.sheets) expect(excel.sheet(name).conditionalFormats.length).toBeGreaterThan(0);

    expect((await service.setUpTracking()).ok).toBe(true);
    for (const name of outcome.value.sheets) expect(excel.value(name, "I2")).toBe("Last updated");
  });
});
