// The Office.js adapter against the fake: round trips counted, payloads bounded, highlights
// removable without a trace, summaries written as text, and real Excel situations turned into sentences.

import fs from "node:fs";
import { PlanCheckService } from "../../src/adapters/office/plan-check-service";
import { describeOfficeError } from "../../src/adapters/office/excel-runner";
import { buildDerbyWorkbook } from "../../scripts/lib/build-plan-workbook";
import { FakeExcel, OfficeError } from "../support/fake-excel/fake-excel";
import { fakeExcelFromXlsx } from "../support/fake-excel/load-xlsx";
import { DERBY, DERBY_TRACKED } from "../support/derby";

const AS_OF = "2017-11-30";
const env = { isSetSupported: () => true, today: () => AS_OF };

async function fake(file = DERBY): Promise<FakeExcel> {
  return fakeExcelFromXlsx(new Uint8Array(fs.readFileSync(file)));
}

async function bigPlan(actions: number): Promise<FakeExcel> {
  const bytes = new Uint8Array(await buildDerbyWorkbook({ actions }).xlsx.writeBuffer());
  return fakeExcelFromXlsx(bytes);
}

describe("round trips", () => {
  it("validates and highlights the Derby plan in at most 4 syncs", async () => {
    const excel = await fake();
    const outcome = await new PlanCheckService(excel.run, env).validate({ highlight: true });
    expect(outcome.ok).toBe(true);
    expect(excel.syncs).toBeLessThanOrEqual(4);
  });

  it("uses the same number of syncs for 25 and 150 actions", async () => {
    const small = await fake();
    await new PlanCheckService(small.run, env).validate({ highlight: true });
    const larger = await bigPlan(150);
    await new PlanCheckService(larger.run, env).validate({ highlight: true });
    expect(larger.syncs).toBe(small.syncs);
  });

  it("still validates, in one more sync, where the host refuses the date-system question", async () => {
    const asked = await fake();
    const plain = await new PlanCheckService(asked.run, env).validate({ highlight: true });
    const refusing = await fake();
    refusing.refusesFunctions = true;
    const outcome = await new PlanCheckService(refusing.run, env).validate({ highlight: true });
    if (!outcome.ok || !plain.ok) throw new Error("validation failed");
    expect(outcome.value.findings).toEqual(plain.value.findings);
    expect(refusing.syncs).toBe(asked.syncs + 1);
  });

  it("keeps every sync under 4 MB on a 4,000-action plan by reading in chunks", async () => {
    const excel = await bigPlan(4000);
    const outcome = await new PlanCheckService(excel.run, env).validate({ highlight: true });
    expect(outcome.ok && outcome.value.counts.actions).toBe(4000);
    expect(Math.max(...excel.syncBytes)).toBeLessThan(4 * 1024 * 1024);
    expect(excel.syncBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(4 * 1024 * 1024);
  });
});

describe("highlights", () => {
  it("adds marked conditional formats on the plan sheet and changes no cell", async () => {
    const excel = await fake();
    const before = JSON.stringify([...excel.sheet("Improvement plan").cells]);
    const outcome = await new PlanCheckService(excel.run, env).validate({ highlight: true });
    const cfs = excel.sheet("Improvement plan").conditionalFormats;
    expect(cfs.length).toBeGreaterThan(0);
    expect(cfs.every((cf) => cf.formula.includes("plan-check:"))).toBe(true);
    expect(cfs.find((cf) => cf.formula.includes('plan-check:error"'))?.addresses.join(",")).toContain("D8");
    expect(JSON.stringify([...excel.sheet("Improvement plan").cells])).toBe(before);
    expect(outcome.ok && outcome.value.highlighted).toBeGreaterThan(0);
  });

  it("draws a solid border round errors and a dashed one round warnings, so empty cells read without colour", async () => {
    const excel = await fake();
    await new PlanCheckService(excel.run, env).validate({ highlight: true });
    const cfs = excel.sheet("Improvement plan").conditionalFormats;
    const edges = (severity: string): unknown[] => {
      const format = cfs.find((cf) => cf.formula.includes(`plan-check:${severity}`))?.format ?? {};
      return ["top", "bottom", "left", "right"].map((edge) => format[`borders.${edge}.style`]);
    };
    expect(edges("error")).toEqual(["Continuous", "Continuous", "Continuous", "Continuous"]);
    expect(edges("warning")).toEqual(["Dash", "Dash", "Dash", "Dash"]);
  });

  it("replaces its own highlights when run again, and Clear highlights removes only its own", async () => {
    const excel = await fake();
    const council = {
      id: 999,
      type: "Custom",
      addresses: ["A1"],
      formula: "=A1>0",
      format: { "fill.color": "#00FF00" },
    };
    excel.sheet("Improvement plan").conditionalFormats.push(council);
    const service = new PlanCheckService(excel.run, env);
    await service.validate({ highlight: true });
    const once = excel.sheet("Improvement plan").conditionalFormats.length;
    await service.validate({ highlight: true });
    expect(excel.sheet("Improvement plan").conditionalFormats.length).toBe(once);
    const cleared = await service.clearHighlights();
    expect(cleared).toEqual({ ok: true, value: { removed: once - 1 } });
    expect(excel.sheet("Improvement plan").conditionalFormats).toEqual([council]);
  });

  it("says so, and still lists findings, when the plan sheet is protected", async () => {
    const excel = await fake();
    excel.sheet("Improvement plan").protected = true;
    const outcome = await new PlanCheckService(excel.run, env).validate({ highlight: true });
    expect(outcome.ok && outcome.value.highlightNote).toBe(
      'The sheet "Improvement plan" is protected, so its cells were not highlighted. Unprotect it (Review > Unprotect Sheet) to see them; the findings are listed here.',
    );
    expect(outcome.ok && outcome.value.findings.length).toBeGreaterThan(0);
    expect(excel.sheet("Improvement plan").conditionalFormats).toEqual([]);
  });
});

describe("summaries through Office.js", () => {
  it("writes the four summaries and the chase list, marked as generated, as text, with links to the plan", async () => {
    const excel = await fake(DERBY_TRACKED);
    const outcome = await new PlanCheckService(excel.run, env).buildSummaries({});
    expect(outcome.ok).toBe(true);
    const names = [
      "Summary by theme",
      "Summary by recommendation",
      "Summary by owner",
      "Chase list by owner",
      "Board exceptions",
    ];
    expect(excel.sheets.map((s) => s.name).slice(3)).toEqual(names);
    for (const name of names) {
      expect(excel.formulas(name)).toEqual([]);
      expect(excel.sheet(name).names.map((n) => [n.name, n.visible])).toEqual([["PlanCheck_Generated", false]]);
    }
    expect(excel.value("Summary by theme", "A1")).toBe("Summary by theme");
    expect([...excel.sheet("Summary by theme").hyperlinks.values()]).toContain("'Improvement plan'!A8");
    // One of them reads the Status column's shading, for a RAG kept as colour alone.
    expect(excel.syncs).toBeLessThanOrEqual(5);
  });

  it("keeps text that starts with =, + or - as text", async () => {
    const excel = await fake();
    const plan = excel.sheet("Improvement plan");
    plan.cells.set("5,0", { value: "=1+1 Review thresholds", numberFormat: "General" });
    plan.cells.set("5,2", { value: "-Head of QA", numberFormat: "General" });
    await new PlanCheckService(excel.run, env).buildSummaries({ kinds: ["theme", "owner"] });
    expect(excel.formulas("Summary by theme")).toEqual([]);
    expect(excel.formulas("Summary by owner")).toEqual([]);
    const values = [...excel.sheet("Summary by theme").cells.values()].map((c) => c.value);
    expect(values).toContain("=1+1 Review thresholds");
  });

  it("marks every summary with the marking kept only in the plan's printed header", async () => {
    const excel = await fake();
    // As a sensitivity label puts it: in the header Excel prints, not in a cell.
    excel.sheet("Improvement plan").pageLayout.headersFooters = { leftHeader: '&"Arial,Bold"OFFICIAL - SENSITIVE' };
    await new PlanCheckService(excel.run, env).buildSummaries({ kinds: ["theme", "exceptions"] });
    for (const name of ["Summary by theme", "Board exceptions"])
      expect(excel.sheet(name).pageLayout.headersFooters).toMatchObject({ centerHeader: "OFFICIAL-SENSITIVE" });
  });

  it("replaces its own sheets next time and never a council's sheet of the same name", async () => {
    const excel = await fake();
    excel.sheets.push({
      ...excel.sheet("Priorities"),
      name: "Board exceptions",
      cells: new Map([["0,0", { value: "Ours", numberFormat: "General" }]]),
      names: [],
    });
    const service = new PlanCheckService(excel.run, env);
    const first = await service.buildSummaries({ kinds: ["exceptions"] });
    expect(first).toEqual({
      ok: true,
      value: { sheets: [{ name: "Board exceptions (2)", renamedFrom: "Board exceptions" }] },
    });
    await service.buildSummaries({ kinds: ["exceptions"] });
    expect(excel.sheets.map((s) => s.name).filter((n) => n.startsWith("Board"))).toEqual([
      "Board exceptions",
      "Board exceptions (2)",
    ]);
    expect(excel.value("Board exceptions", "A1")).toBe("Ours");
  });

  it("puts filter buttons on the chase list, and shows every row when it is regenerated after filtering", async () => {
    const excel = await fake(DERBY_TRACKED);
    const service = new PlanCheckService(excel.run, env);
    await service.buildSummaries({ kinds: ["owner"] });
    const chase = excel.sheet("Chase list by owner");
    expect(chase.autoFilter).toBe("A6:G103");
    // The coordinator filters the chase list down to one owner in Excel: rows 8 to 40 are hidden.
    for (let row = 7; row < 40; row++) chase.hiddenRows.add(row);

    const outcome = await service.buildSummaries({ kinds: ["owner"] });
    expect(outcome.ok).toBe(true);
    expect(excel.sheet("Chase list by owner").autoFilter).toBe("A6:G103");
    expect([...excel.sheet("Chase list by owner").hiddenRows]).toEqual([]);
    expect(excel.sheet("Improvement plan").hiddenRows.size).toBe(0);
  });

  it("names the chase list in the notes as it was written", async () => {
    const excel = await fake();
    excel.sheets.push({
      ...excel.sheet("Priorities"),
      name: "Chase list by owner",
      cells: new Map([["0,0", { value: "Ours", numberFormat: "General" }]]),
      names: [],
    });
    await new PlanCheckService(excel.run, env).buildSummaries({ kinds: ["owner", "exceptions"] });
    const notes = ["Summary by owner", "Board exceptions"].map((name) =>
      [...excel.sheet(name).cells.values()]
        .map((c) => c.value)
        .find((v) => typeof v === "string" && v.includes("Chase list by owner")),
    );
    expect(notes).toEqual([
      expect.stringContaining('listed on "Chase list by owner (2)".'),
      expect.stringContaining('on "Chase list by owner (2)", built with the owner summary.'),
    ]);
  });
});

describe("real situations, plainly", () => {
  it("selects a finding's cell", async () => {
    const excel = await fake();
    const outcome = await new PlanCheckService(excel.run, env).selectCell("Improvement plan", "I23");
    expect(outcome.ok).toBe(true);
    expect(excel.selection).toEqual({ sheet: "Improvement plan", address: "I23" });
  });

  it("explains a plan sheet renamed since validation", async () => {
    const excel = await fake();
    const outcome = await new PlanCheckService(excel.run, env).selectCell("Plan (old name)", "A1");
    expect(outcome).toEqual({
      ok: false,
      message: 'The sheet "Plan (old name)" is no longer in this workbook. Validate again.',
    });
  });

  it("explains an Excel without the API sets it needs", async () => {
    const excel = await fake();
    const outcome = await new PlanCheckService(excel.run, { ...env, isSetSupported: () => false }).validate({
      highlight: true,
    });
    expect(outcome).toEqual({
      ok: false,
      message:
        "This version of Excel is too old for Plan Check (it needs ExcelApi 1.9: Excel 2021 or later, Microsoft 365 or Excel on the web).",
    });
  });

  it("explains a workbook with no plan sheet", async () => {
    const excel = new FakeExcel([]);
    const outcome = await new PlanCheckService(excel.run, env).validate({ highlight: false });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(/^No plan sheet found/);
  });

  it.each([
    [
      "InvalidOperationInCellEditMode",
      "Excel is in cell-edit mode. Finish editing the cell (press Enter or Esc), then try again.",
    ],
    [
      "RequestPayloadSizeLimitExceeded",
      "The workbook is too large for Excel on the web to send in one go. Try Excel on the desktop, or split the plan across workbooks.",
    ],
    [
      "AccessDenied",
      "A sheet Plan Check needs to change is protected. Unprotect it (Review > Unprotect Sheet) and try again; the findings are still listed in the pane.",
    ],
  ])("turns %s into a sentence", (code, message) => {
    expect(describeOfficeError(new OfficeError(code, "raw"))).toBe(message);
  });
});

/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   these tests break the Office.js rules on purpose, to prove the fake throws where Excel does. */
describe("the fake is strict where Excel is", () => {
  it("throws when a property is read before load and sync, and applies writes only at sync", async () => {
    const excel = await fake();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Improvement plan").getRange("A1");
      expect(() => range.values).toThrow(/not available/);
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      range.values = [["changed"]];
      expect(excel.value("Improvement plan", "A1")).not.toBe("changed");
      await context.sync();
      expect(excel.value("Improvement plan", "A1")).toBe("changed");
    });
  });

  it("turns text starting with = into a formula unless the cell is formatted as text", async () => {
    const excel = await fake();
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Priorities");
      ws.getRange("D1").values = [["=1+1"]];
      const text = ws.getRange("D2");
      text.numberFormat = [["@"]];
      text.values = [["=1+1"]];
      await context.sync();
    });
    expect(excel.formulas("Priorities")).toEqual(["0,3"]);
  });
});
/* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
