// Set up tracking and board snapshots through the add-in's Office.js path, against the fake: the same
// columns, drop-downs and settings sheet as the command line, and the same changes since the last board.

import fs from "node:fs";
import { PlanCheckService } from "../../src/adapters/office/plan-check-service";
import { STATUSES } from "../../src/core/plan/status";
import { fakeExcelFromXlsx } from "../support/fake-excel/load-xlsx";
import { key } from "../support/fake-excel/state";
import { DERBY, DERBY_TRACKED } from "../support/derby";
import { actionRow, buildXlsx, HEADER } from "../support/workbooks";

describe("set up tracking through Office.js", () => {
  it("adds the columns, merged headings, drop-downs and settings sheet, and is a no-op the second time", async () => {
    const excel = await fakeExcelFromXlsx(new Uint8Array(fs.readFileSync(DERBY)));
    const service = new PlanCheckService(excel.run, { isSetSupported: () => true, today: () => "2017-12-01" });
    const planned = await service.planTrackingSetup();
    expect(planned.ok && planned.value.summary[0]).toBe('Add a "Status" column in column K of "Improvement plan".');
    const before = JSON.stringify(
      [...excel.sheet("Improvement plan").cells].filter(([k]) => Number(k.split(",")[1]) < 10),
    );

    const done = await service.setUpTracking();
    expect(done.ok && done.value.summary).toHaveLength(8);
    expect(["K3", "L3", "M3", "N3"].map((a) => excel.value("Improvement plan", a))).toEqual([
      "Status",
      "Links to recommendations / priorities",
      "Progress update",
      "Last updated",
    ]);
    expect(excel.sheet("Improvement plan").merges).toEqual(
      expect.arrayContaining([{ top: 2, left: 10, bottom: 3, right: 10 }]),
    );
    const rules = excel.sheet("Improvement plan").dataValidations;
    expect(rules.map((r) => r.address)).toEqual(["K5:K232", "L5:L232", "N5:N232"]);
    expect(rules[0].rule).toEqual({ list: { inCellDropDown: true, source: "='Plan Check settings'!$B$6:$B$11" } });
    expect([6, 7, 8, 9, 10, 11].map((r) => excel.value("Plan Check settings", `B${r}`))).toEqual([...STATUSES]);
    expect(excel.formulas("Plan Check settings")).toEqual([]);
    // Values wrap, so a long priority's name prints inside its column.
    const formats = excel.sheet("Plan Check settings").formats;
    expect(["B2", "B30"].map((a) => formats.get(a)?.wrapText)).toEqual([true, true]);
    expect(formats.get("A2")?.wrapText).toBeUndefined();
    expect(
      JSON.stringify([...excel.sheet("Improvement plan").cells].filter(([k]) => Number(k.split(",")[1]) < 10)),
    ).toBe(before);

    const again = await service.setUpTracking();
    expect(again).toEqual({ ok: true, value: { summary: [] } });
  });
});

describe("board snapshots through Office.js", () => {
  it("saves a hidden snapshot and reports what changed at the next board", async () => {
    const excel = await fakeExcelFromXlsx(new Uint8Array(fs.readFileSync(DERBY_TRACKED)));
    const board1 = new PlanCheckService(excel.run, { isSetSupported: () => true, today: () => "2017-12-01" });
    expect(await board1.saveSnapshot({})).toEqual({ ok: true, value: { boardDate: "2017-12-01" } });
    expect(excel.sheet("Plan Check history").visibility).toBe("Hidden");

    const plan = excel.sheet("Improvement plan");
    plan.cells.set(key(5, 10), { value: "Complete", numberFormat: "General" });
    plan.cells.set(key(5, 13), { value: 43073, numberFormat: "dd/mm/yyyy" });
    plan.cells.set(key(6, 10), { value: "Complete", numberFormat: "General" });
    plan.cells.set(key(6, 13), { value: 43075, numberFormat: "dd/mm/yyyy" });
    plan.cells.set(key(10, 3), { value: "June 2018", numberFormat: "General" });

    const board2 = new PlanCheckService(excel.run, { isSetSupported: () => true, today: () => "2017-12-15" });
    const outcome = await board2.validate({ highlight: false });
    const changes = outcome.ok ? outcome.value.changes : null;
    expect(changes?.since).toBe("2017-12-01");
    expect(changes?.completed.map((a) => a.row)).toEqual([6, 7]);
    expect(changes?.redated.map((r) => [r.action.row, r.from, r.to])).toEqual([[11, "2018-03-31", "2018-06-30"]]);
    expect(changes?.newlyOverdue).toEqual([]);
    expect(changes?.added).toEqual([]);
    expect(changes?.removed).toEqual([]);
  });
});

describe("the column mapping saved from the pane", () => {
  it("is written on the settings sheet as text and read back by the next check", async () => {
    const excel = await fakeExcelFromXlsx(new Uint8Array(fs.readFileSync(DERBY)));
    const service = new PlanCheckService(excel.run, { isSetSupported: () => true, today: () => "2017-12-01" });
    // Say the accountable officers are in column B.
    expect(await service.saveColumnMapping({ accountable: "b" })).toEqual({ ok: true, value: undefined });
    expect(excel.value("Plan Check settings", "A2")).toBe("Column: Accountable Officer(s)");
    expect(excel.value("Plan Check settings", "B2")).toBe("B");
    expect(excel.formulas("Plan Check settings")).toEqual([]);
    const outcome = await service.validate({ highlight: false });
    expect(outcome.ok && outcome.value.columns.find((c) => c.role === "accountable")?.column).toBe(1);
    // Saving again updates the row rather than adding another.
    await service.saveColumnMapping({ accountable: "C" });
    expect(excel.value("Plan Check settings", "B2")).toBe("C");
    expect(excel.value("Plan Check settings", "A3")).toBe("");
  });

  it("forgets the letters given for one plan sheet when the user chooses another", async () => {
    const plan = (what: string) => [HEADER, ["Identifying and meeting needs"], actionRow(what, "Head of QA", "Aug17")];
    const bytes = await buildXlsx([
      { name: "Plan 2017", rows: plan("This year") },
      { name: "Plan 2016", rows: plan("Last year") },
    ]);
    const excel = await fakeExcelFromXlsx(bytes);
    const service = new PlanCheckService(excel.run, { isSetSupported: () => true, today: () => "2017-12-01" });
    await service.saveColumnMapping({ accountable: "E" }, "Plan 2017");
    expect(excel.value("Plan Check settings", "B3")).toBe("E");
    await service.saveColumnMapping({}, "Plan 2016");
    expect(["A2", "B2", "A3", "B3"].map((a) => excel.value("Plan Check settings", a))).toEqual([
      "Plan sheet",
      "Plan 2016",
      "Column: Accountable Officer(s)",
      "",
    ]);
    const outcome = await service.validate({ highlight: false });
    expect(
      outcome.ok && [outcome.value.sheet, outcome.value.columns.find((c) => c.role === "accountable")?.column],
    ).toEqual(["Plan 2016", 2]);
  });

  it("finds a plan under headings it does not know once the user names the sheet and columns", async () => {
    const bytes = await buildXlsx([
      { name: "Cover", rows: [["Children's services improvement plan"]] },
      { name: "Old notes", rows: [["x"]], state: "hidden" },
      {
        name: "Actions",
        rows: [
          ["Item", "Lead", "By when", "Evidence"],
          ["Identifying and meeting needs"],
          ["Audit section 47 enquiries", "HOS Safeguarding", "Aug17", "- Audit report (Head of QA – Sep17)"],
        ],
      },
    ]);
    const excel = await fakeExcelFromXlsx(bytes);
    const service = new PlanCheckService(excel.run, { isSetSupported: () => true, today: () => "2017-11-30" });
    const before = await service.validate({ highlight: false });
    expect(before).toMatchObject({ ok: false, planNotFound: true });
    expect(await service.listSheets()).toEqual({ ok: true, value: ["Cover", "Actions"] });

    await service.saveColumnMapping({ what: "A", accountable: "B", deadline: "C", closingTheLoop: "D" }, "Actions");
    expect(excel.value("Plan Check settings", "A2")).toBe("Plan sheet");
    expect(excel.value("Plan Check settings", "B2")).toBe("Actions");
    const after = await service.validate({ highlight: false });
    expect(after.ok && after.value.sheet).toBe("Actions");
    expect(after.ok && after.value.counts.actions).toBe(1);
    expect(after.ok && after.value.counts.overdue).toBe(1);
    // Plan Check's own settings sheet is never offered as the plan.
    expect(await service.listSheets()).toEqual({ ok: true, value: ["Cover", "Actions"] });
  });

  it("refuses something that is not a column letter", async () => {
    const excel = await fakeExcelFromXlsx(new Uint8Array(fs.readFileSync(DERBY)));
    const service = new PlanCheckService(excel.run, { isSetSupported: () => true, today: () => "2017-12-01" });
    expect(await service.saveColumnMapping({ deadline: "4" })).toEqual({
      ok: false,
      message: '"4" is not a column letter (A, B, … AA).',
    });
  });
});
