// Every workbook the command line is tested on also runs through the add-in's Office.js path (against
// the fake, loaded by ExcelJS) and must give the same findings.

import fs from "node:fs";
import { openPackage } from "../../src/adapters/xlsx/package";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { PlanCheckService } from "../../src/adapters/office/plan-check-service";
import { readPlan } from "../../src/core/reader/read-plan";
import { validatePlan } from "../../src/core/validation/validate";
import type { FakeExcel } from "../support/fake-excel/fake-excel";
import { fakeExcelFromXlsx } from "../support/fake-excel/load-xlsx";
import { DERBY, DERBY_TRACKED } from "../support/derby";
import { actionRow, buildXlsx, HEADER, MILESTONE_HEADER, type SheetSpec } from "../support/workbooks";

const AS_OF = "2017-11-30";
const env = { isSetSupported: () => true, today: () => AS_OF };

const THEME = "Identifying and meeting needs";
const VARIANTS: Record<string, SheetSpec[]> = {
  "plan not first, title and marking rows": [
    { name: "Cover", rows: [["Improvement plan"]] },
    {
      name: "Plan",
      rows: [
        ["OFFICIAL-SENSITIVE"],
        ["Plan title"],
        HEADER,
        [THEME],
        actionRow("A", "Head of QA", "Aug17"),
        actionRow("B", "TBC", "Set18"),
      ],
    },
  ],
  "repeated header, blank and hidden rows, notes": [
    {
      name: "Plan",
      rows: [
        HEADER,
        [THEME],
        actionRow("A", "Head of QA", "Aug17"),
        [],
        HEADER,
        actionRow("B", "", "Dec17"),
        [],
        ["* notes"],
      ],
      hiddenRows: [6],
    },
  ],
  "merged theme rows and dates": [
    {
      name: "Plan",
      rows: [
        HEADER,
        [THEME],
        actionRow("A", "Head of QA", new Date(Date.UTC(2017, 7, 31))),
        ["Learning from practice"],
        actionRow("B", "HOS", "31/02/2018"),
      ],
      merges: ["A2:J2", "A4:J4"],
      formats: { D3: "dd/mm/yyyy" },
    },
  ],
  "a RAG kept as shading alone, under a dated heading": [
    {
      name: "Plan",
      rows: [
        [...HEADER, "RAG Nov 2017"],
        [THEME],
        [...actionRow("A", "Head of QA", "Aug17"), ""],
        [...actionRow("B", "Head of QA", "Aug17"), ""],
        [...actionRow("C", "Head of QA", "Aug17"), "Amber"],
        [...actionRow("D", "Head of QA", "Aug17"), ""],
      ],
      fills: { K3: "FFC00000", K4: "FF00B0F0", K5: "FFFFC000", K6: "FFF2F2F2", A2: "FF92D050" },
    },
  ],
  "a deadline typed as a month, shown mmm-yy": [
    {
      name: "Plan",
      rows: [HEADER, [THEME], actionRow("A", "Head of QA", new Date(Date.UTC(2017, 10, 1)))],
      formats: { D3: "mmm-yy" },
    },
  ],
  "tasks and evidence under merged cells": [
    {
      name: "Plan",
      rows: [
        ["Ref", "Objective", "Action", "Lead", "Due date", "RAG", "Evidence of impact"],
        [THEME],
        ["1.1", "Objective", "Task A", "TBC", "Aug17", "Purple", "- Audit (QA – Nov17)"],
        [null, null, "Task B", null, null, null, "- Dip sample (QA – Set17)"],
        ["1.2", "Objective", null, "HOS", "Mar18", "Green", "- Review (QA – Oct17)"],
        [null, null, null, null, null, null, "- Report (QA – Sep17)"],
      ],
      merges: ["A3:A4", "B3:B4", "D3:D4", "E3:E4", "F3:F4", "C5:C6", "D5:D6", "E5:E6"],
    },
  ],
  "sub-actions kept as rows numbered under their action": [
    {
      name: "Plan",
      rows: [
        ["Ref", "Action", "Lead", "Target date", "RAG", "Evidence of impact"],
        [1, THEME],
        [1.1, "Improve threshold decisions", "HoS MASH", "Mar18", "Green", "Audit"],
        ["1.1.1", "Review the threshold document", "TM MASH", "Sep17", "Complete"],
        ["1.1.2", "Train MASH staff", "", "Oct17", "Amber"],
        ["1.1.3", "Brief partners", "TBC", ""],
      ],
    },
  ],
  "original and revised target dates": [
    {
      name: "Plan",
      rows: [
        ["Action", "Lead", "Original target date", "Revised target date", "RAG", "Evidence of impact"],
        [THEME],
        ["Moved on", "Head of QA", "Aug17", "Mar18", "On track", "Audit"],
        ["Not moved", "Head of QA", "Sep17", "", "On track", "Audit"],
        ["Moved, but late", "TBC", "Jun17", "Oct17", "Amber", "Audit"],
      ],
    },
  ],
  "a '% complete' column instead of a status": [
    {
      name: "Plan",
      rows: [
        ["Action", "Lead", "Target date", "% Complete", "Evidence of impact"],
        [THEME],
        ["Done", "Head of QA", "Aug17", 1, "Audit"],
        ["Half done", "Head of QA", "Aug17", 0.5, "Audit"],
        ["Typed", "Head of QA", "Aug17", "100%", "Audit"],
      ],
      formats: { D3: "0%", D4: "0%" },
    },
  ],
  "an old Status column kept hidden beside the current one": [
    {
      name: "Plan",
      rows: [
        ["Action", "Lead", "Target date", "RAG", "RAG", "Evidence of impact"],
        [THEME],
        ["Done", "Head of QA", "Aug17", "Amber", "Complete", "Audit"],
        ["Late", "Head of QA", "Aug17", "Complete", "Red", "Audit"],
      ],
      hiddenColumns: [4],
    },
  ],
  "a 'Date completed' column beside the status": [
    {
      name: "Plan",
      rows: [
        ["Action", "Lead", "Target date", "RAG", "Date completed", "Evidence of impact"],
        [THEME],
        ["Done, dated", "Head of QA", "Aug17", "", new Date(Date.UTC(2017, 8, 12)), "Audit"],
        ["Marked complete, no date", "Head of QA", "Aug17", "Complete", "", "Audit"],
        ["Still open", "Head of QA", "Aug17", "Amber", "", "Audit"],
      ],
      formats: { E3: "dd/mm/yyyy" },
    },
  ],
  "a Theme column instead of theme rows": [
    {
      name: "Tracker",
      rows: [
        ["Ref", "Theme", "Action", "Lead", "Due date", "RAG", "Evidence"],
        ["1", THEME, "Task A", "HoS Safeguarding", "Aug17", "Complete – signed off", "- Audit (QA – Nov17)"],
        ["2", null, "Task B", "HOS Safeguarding", "Set17", "Amber", "- Dip sample (QA)"],
        ["3", "Capacity", "Task C", "TBC", "Mar18", "", ""],
      ],
    },
  ],
  "a plan kept in an Excel table, under a filter on another sheet": [
    {
      name: "Tracker",
      rows: [
        ["Ref", "Theme", "Action", "Lead", "Due date", "RAG", "Evidence"],
        ["1", THEME, "Task A", "HoS Safeguarding", "Aug17", "Green", "- Audit (QA – Nov17)"],
        ["2", THEME, "Task B", "TBC", "Set17", "Amber", "- Dip sample (QA)"],
      ],
      table: { name: "PlanTable", ref: "A1:G3" },
    },
    {
      name: "Notes",
      rows: [
        ["Note", "By"],
        ["Check", "QA"],
      ],
      autoFilter: "A1:B2",
    },
  ],
  "a plan kept in an Excel table with a totals row": [
    {
      name: "Tracker",
      rows: [
        ["Action", "Lead", "Due date", "Evidence", "RAG"],
        ["Task A", "HoS Safeguarding", "Aug17", "- Audit (QA – Nov17)", "Green"],
        ["Task B", "Head of QA", "Dec17", "- Dip sample (QA – Jan18)", "Amber"],
      ],
      table: { name: "PlanTable", ref: "A1:E3", totals: true },
    },
  ],
  "steps under an action written once, its cell blank below": [
    {
      name: "Plan",
      rows: [
        ["Action", "Sub-actions", "Lead", "Target date", "Evidence of impact", "RAG"],
        [THEME],
        ["Improve assessments", "Refresh the template", "HoS CP", "Oct 2017", "Audit", "Green"],
        [null, "Train staff", "PSW", "Sep 2017", null, "Amber"],
        [null, "Audit ten cases", "TBC", "Jan 2018", null, null],
      ],
    },
  ],
  "numbered headings in the Ref column over numbered actions": [
    {
      name: "Plan",
      rows: [
        ["Ref", "Action", "Lead", "Target date", "RAG", "Evidence of impact"],
        [1, "Priority 1: Front door"],
        [1.1, "Review thresholds", "HoS MASH", "Mar17", "Green", "- Audit (QA – Set17)"],
        ["2", "Publish guidance"],
      ],
    },
  ],
  "a Priority column naming the priorities, merged down": [
    {
      name: "Plan",
      rows: [
        ["Priority", "Action", "Lead", "Target date", "RAG", "Evidence of impact"],
        ["1. Front door", "Review thresholds", "HoS MASH", "Mar17", "Green", "- Audit (QA – Set17)"],
        [null, "Train staff", "TBC", "Jun18", "", "Records"],
      ],
      merges: ["A2:A3"],
    },
  ],
  "a hidden archived copy before the plan": [
    {
      name: "Plan 2016",
      state: "hidden",
      rows: [HEADER, [THEME], actionRow("Old A", "Head of QA", "Aug16"), actionRow("Old B", "Head of QA", "Sep16")],
    },
    { name: "Plan", rows: [HEADER, [THEME], actionRow("A", "Head of QA", "Aug17"), actionRow("B", "TBC", "Set18")] },
  ],
  "a task list: Progress of status words, a title beside its label, spans of dates": [
    {
      name: "Tasks",
      rows: [
        ["Plan name", "Task list plan"],
        [],
        ["Task name", "Progress", "Assigned to", "Due date", "Success measure", "Completed date"],
        ["Review thresholds", "Completed", "HoS MASH", "Jul17 - Mar18", "Audit (QA – Jul17 - Sep17)", "20/11/2017"],
        ["Train staff", "In progress", "TBC", "FY17/18", "Records", ""],
        ["Audit files", "Not started", "Head of QA", "April 2017 to Sept 2017", "", ""],
      ],
    },
  ],
  "a date heading merged over Original and Revised": [
    {
      name: "Plan",
      rows: [
        ["Action", "Lead", "Target date", null, "Evidence of impact", "RAG"],
        [null, null, "Original", "Revised", null, null],
        [THEME],
        ["Do it", "HoS", "Sep17", "Mar18", "Audit", "Green"],
        ["Do more", "TBC", "Sep17", "", "", "Green"],
      ],
      merges: ["C1:D1", "A1:A2", "B1:B2", "E1:E2", "F1:F2"],
    },
  ],
  "sub-actions ticked off, cycles, dates in figures and five-point RAG": [
    {
      name: "Plan",
      rows: [
        [...HEADER, "Status"],
        [THEME],
        [
          ...actionRow("A", "HOS Safeguarding (lead)", "09/2017", {
            staff: "- Training (HOS – Sept17) – complete\n- Audit (HOS) (Oct17)\n- Review (TM – termly) ✓",
          }),
          "Amber-Green",
        ],
        [...actionRow("B", "Acting HOS Safeguarding", "At each Improvement Board"), "RAG: Green"],
      ],
    },
  ],
  "steps in the What? cell, lettered step rows, a Start–End span, a percentage status and a glossary": [
    {
      name: "Plan",
      rows: [
        ["Ref", "Action", "Lead", "Timescales", null, "Evidence of impact", "Status"],
        [null, null, null, "Start", "End", null, null],
        ["Recommendation 1: Caseloads"],
        ["1", "Recruit\n- Advertise (SM CP – Sept17)\n- Interview (WDM)", "SM CP", "Apr17", "Mar18", "Audit", 0.5],
        ["", "a) Induction for new starters", "TM", "Jul17", "Oct17"],
        ["Key: G on track, A some slippage, R off track"],
      ],
      merges: ["D1:E1", "A1:A2", "B1:B2", "C1:C2", "F1:F2", "G1:G2"],
      formats: { G4: "0%" },
    },
    {
      name: "Glossary",
      rows: [["SM CP", "Service Manager Child Protection"], ["WDM – Workforce Development Manager"]],
    },
    {
      name: "Recommendations",
      rows: [
        ["No.", "Recommendation"],
        [1, "Reduce caseloads."],
        [2, "Improve plans."],
      ],
    },
  ],
  "an ILACS plan: judgement areas, Completed (Y/N), a Timescale written over Start and End": [
    {
      name: "Action Plan",
      rows: [
        ["Ofsted judgement area", "Action", "Lead officer(s)", "Timescale", null, "Completed (Y/N)", "KPIs"],
        [null, null, null, "Start", "End", null, null],
        ["Help and protection", "Police at strategy meetings", "AD", "Apr17", "Sep17", "Y", "Audit"],
        ["Help and protection", "Record every decision", "AD", "Apr17", "Oct17", "N", "Dip sample"],
        ["Children in care", "Refresh the template", "HoS CiC", "May17", "Dec17", "", "Audit"],
      ],
    },
  ],
  "a What? cell pasted from Word, a row for each paragraph": [
    {
      name: "Plan",
      rows: [
        ["What?", "Accountable Officer(s)", "Deadline", "Closing the loop", "Partners / stakeholders"],
        [THEME],
        ["Review thresholds", "Head of QA", "Dec17", "Audit", "- Partners briefed (LSCB – Sep17)"],
        ["- Launch the guidance (HOS – Oct17)", null, null, null, null],
        ["from the MASH", null, null, null, null],
      ],
      merges: ["B3:B5", "C3:C5", "D3:D5"],
    },
  ],
  "numbered milestones in columns of their own, each with its date": [
    {
      name: "Plan",
      rows: [
        MILESTONE_HEADER,
        [THEME],
        [
          "Review thresholds",
          "HoS MASH",
          "Mar18",
          "Audit",
          "Revise guidance",
          new Date(Date.UTC(2017, 8, 30)),
          "Audit",
          "Dec17",
        ],
        [
          "Strategy meetings",
          "TM MASH",
          "Oct17",
          "Dip sample",
          "Rota agreed – complete",
          "Jul17",
          "Police briefed",
          "Sept 2071",
        ],
      ],
    },
  ],
  "steps a row, each with its own lead, date and status columns": [
    {
      name: "Plan",
      rows: [
        [
          "Action",
          "Lead",
          "Deadline",
          "Closing the loop",
          "Sub-action",
          "Sub-action lead",
          "Sub-action deadline",
          "Sub-action status",
        ],
        [THEME],
        ["Review thresholds", "HoS MASH", "Mar18", "Audit", "Revise guidance", "TM MASH", "Sep17", "On track"],
        [null, null, null, null, "Audit contacts", null, "Oct17", "Complete"],
        [null, null, null, null, "Brief partners", "QA", "Sept 2071", null],
      ],
    },
  ],
  "an accountable officer and a delivery lead a row, each spelt two ways": [
    {
      name: "Plan",
      rows: [
        ["Action", "Lead officer", "SRO", "Target date", "Success measure"],
        [THEME],
        ["Review thresholds", "HoS MASH", "Director of Children's Services", "Sep17", "Audit"],
        ["Strategy meetings", "Head of Service MASH", "DCS", "Oct17", "Dip sample"],
        ["Return interviews", "TM Missing", "", "Dec17", "Report"],
      ],
    },
  ],
  "people as owners, with and without their posts, and steps a row taking the lead above": [
    {
      name: "Plan",
      rows: [
        ["Ref", "Action", "Lead", "Target date", "RAG", "Evidence of impact"],
        [1, "Front door"],
        [
          "1.1",
          "Review thresholds",
          "Jane Smith\nHead of Service Safeguarding",
          "Mar18",
          "Green",
          "- Audit (J Smith – Sep17)",
        ],
        ["1.1.1", "Revise guidance", "As above", "Sep17", "Amber"],
        ["1.1.2", "Brief partners", "DCS/DHOS", "As above", "Amber"],
        ["1.2", "Recruit carers", "HoS Fostering (Amir Khan)", "See below", "Red", "- Campaign (Jane Smith, Oct17)"],
        ["1.2.1", "Run campaign", "Amir Khan", "Oct17", "Red"],
      ],
    },
  ],
  "errors and formulas": [
    {
      name: "Plan",
      rows: [
        HEADER,
        [THEME],
        [
          { formula: 'CONCAT("a","b")', result: "ab" },
          "x",
          { formula: "Z1", result: { error: "#REF!" } },
          "Aug17",
          "- (QA – Nov17)",
        ],
      ],
    },
  ],
};

async function viaXlsx(bytes: Uint8Array): Promise<unknown[]> {
  const result = validatePlan(readPlan(readWorkbook(openPackage(bytes, "x.xlsx"))), AS_OF);
  return result.findings;
}

async function viaOffice(bytes: Uint8Array): Promise<{ findings: unknown[]; excel: FakeExcel }> {
  const excel = await fakeExcelFromXlsx(bytes);
  const outcome = await new PlanCheckService(excel.run, env).validate({ asOf: AS_OF, highlight: true });
  if (!outcome.ok) throw new Error(outcome.message);
  return { findings: outcome.value.findings, excel };
}

describe("the same findings through the .xlsx and Office.js adapters", () => {
  it.each([
    ["the Derby sample", DERBY],
    ["the tracked Derby sample", DERBY_TRACKED],
  ])("%s", async (_name, file) => {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const office = await viaOffice(bytes);
    expect(office.findings).toEqual(await viaXlsx(bytes));
    expect(office.findings.length).toBeGreaterThan(50);
  });

  it.each(Object.entries(VARIANTS))("%s", async (_name, sheets) => {
    const bytes = await buildXlsx(sheets);
    const office = await viaOffice(bytes);
    expect(office.findings).toEqual(await viaXlsx(bytes));
  });

  it("reads a RAG kept as shading alone on both paths, in one more round trip", async () => {
    const bytes = await buildXlsx(VARIANTS["a RAG kept as shading alone, under a dated heading"]);
    const { findings, excel } = await viaOffice(bytes);
    expect(findings).toEqual(await viaXlsx(bytes));
    const colourOnly = findings.filter((f) => (f as { code: string }).code === "status/colour-only");
    expect(colourOnly.map((f) => (f as { cell: string }).cell)).toEqual(["K3", "K4"]);
    // The same workbook with no status heading reads no fills, and makes one round trip fewer.
    const plain = VARIANTS["a RAG kept as shading alone, under a dated heading"].map((sheet) => ({
      ...sheet,
      rows: sheet.rows.map((row, i) => (i === 0 ? [...HEADER, "Notes"] : row)),
    }));
    const { excel: without } = await viaOffice(await buildXlsx(plain));
    expect(excel.syncs - without.syncs).toBe(1);
  });

  it("still validates where the host cannot report fills, shaded statuses counted empty", async () => {
    const bytes = await buildXlsx(VARIANTS["a RAG kept as shading alone, under a dated heading"]);
    const excel = await fakeExcelFromXlsx(bytes);
    excel.refusesCellProperties = true;
    const outcome = await new PlanCheckService(excel.run, env).validate({ asOf: AS_OF, highlight: true });
    if (!outcome.ok) throw new Error(outcome.message);
    const codes = outcome.value.findings.map((f) => `${f.code} ${f.cell}`);
    expect(codes).not.toContain("status/colour-only K3");
    expect(codes).toEqual(expect.arrayContaining(["status/missing K3", "status/missing K4"]));
  });

  it("skips an Excel table's totals row on both paths: it is no action and no theme", async () => {
    const bytes = await buildXlsx(VARIANTS["a plan kept in an Excel table with a totals row"]);
    const { findings } = await viaOffice(bytes);
    expect(findings).toEqual(await viaXlsx(bytes));
    // "Total" alone in the first column would otherwise start a theme, leaving both actions above it.
    expect(findings.filter((f) => (f as { row: number }).row === 4)).toEqual([]);
    expect(findings.map((f) => (f as { code: string }).code)).not.toContain("structure/outside-theme");
  });

  it("a workbook that counts its dates from 1904, and the summaries written into it", async () => {
    const bytes = await buildXlsx(VARIANTS["merged theme rows and dates"], { date1904: true });
    const office = await viaOffice(bytes);
    expect(office.findings).toEqual(await viaXlsx(bytes));
    // Both right, not both wrong: Excel shows 31/08/2017 in D3.
    expect(office.findings).toContainEqual(
      expect.objectContaining({
        code: "overdue/action",
        cell: "D3",
        message: expect.stringContaining("31 August 2017"),
      }),
    );
    const built = await new PlanCheckService(office.excel.run, env).buildSummaries({ asOf: AS_OF, kinds: ["theme"] });
    if (!built.ok) throw new Error(built.message);
    // The theme summary's deadline for action A, as the 1904 workbook stores 31 August 2017.
    const cells = [...office.excel.sheet("Summary by theme").cells.values()].map((c) => c.value);
    expect(cells).toContain(42978 - 1462);
    expect(cells).not.toContain(42978);
  });
});
