// A workbook that counts its dates from 1904 (old Excel for Mac's default, kept by the file) stores
// each date 1,462 lower. Read as 1900 dates, every deadline would fall four years early and every
// action be years overdue; written as 1900 dates, every summary date would show four years late.

import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, type Zippable } from "fflate";
import { openPackage } from "../../src/adapters/xlsx/package";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { addSheetsToCopy } from "../../src/adapters/xlsx/write-summaries";
import { writeTrackingSetup } from "../../src/adapters/xlsx/write-setup";
import { readPlan } from "../../src/core/reader/read-plan";
import { buildSummaries } from "../../src/core/summaries/build-summaries";
import { planWorkbookTrackingSetup } from "../../src/core/tracking/tracking-setup";
import { validatePlan } from "../../src/core/validation/validate";
import { inlineRow, packageWith, worksheetXml } from "../support/packages";
import { actionRow, buildXlsx, HEADER, type SheetSpec } from "../support/workbooks";

const THEME = "Identifying and meeting needs";
const AS_OF = "2017-11-30";

const PLAN: SheetSpec[] = [
  {
    name: "Plan",
    rows: [
      HEADER,
      [THEME],
      actionRow("A", "Head of QA", new Date(Date.UTC(2017, 7, 31))),
      actionRow("B", "Head of QA", new Date(Date.UTC(2018, 2, 1))),
    ],
    formats: { D3: "dd/mm/yyyy", D4: "mmm-yy" },
  },
  {
    name: "Plan Check settings",
    rows: [
      ["Setting", "Value"],
      ["Board date", new Date(Date.UTC(2017, 10, 30))],
    ],
    formats: { B2: "dd/mm/yyyy" },
  },
];

function validate(bytes: Uint8Array) {
  const pkg = openPackage(bytes, "plan.xlsx");
  return { pkg, result: validatePlan(readPlan(readWorkbook(pkg)), AS_OF) };
}

describe("a workbook that counts its dates from 1904", () => {
  it("reads its Excel dates as the dates Excel shows", async () => {
    const { result } = validate(await buildXlsx(PLAN, { date1904: true }));
    const [a, b] = result.reading.plan.actions;
    expect(a.deadline.due).toBe("2017-08-31");
    // A date shown as a month and year is due at that month's end, as in any workbook.
    expect(b.deadline.due).toBe("2018-03-31");
    expect(result.reading.settings.boardDate).toBe("2017-11-30");
    expect(result.findings.filter((f) => f.code === "overdue/action").map((f) => f.message)).toEqual([
      'The action in row 3 ("A") was due by 31 August 2017 (91 days ago) and is not marked complete as of 30 November 2017.',
    ]);
  });

  it("reads the same findings as the same plan counting from 1900", async () => {
    const from1904 = validate(await buildXlsx(PLAN, { date1904: true })).result.findings;
    const from1900 = validate(await buildXlsx(PLAN)).result.findings;
    expect(from1904).toEqual(from1900);
  });

  it("writes the summaries' dates so that Excel shows them right", async () => {
    const { pkg, result } = validate(await buildXlsx(PLAN, { date1904: true }));
    const { bytes } = addSheetsToCopy(pkg, buildSummaries(result, ["theme"], { generatedOn: AS_OF, linkToPlan: true }));
    // ExcelJS honours the workbook's date system on reading: an independent check of what was written.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(workbook.properties.date1904).toBe(true);
    const dates: string[] = [];
    workbook.getWorksheet("Summary by theme")?.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value instanceof Date) dates.push(cell.value.toISOString().slice(0, 10));
      }),
    );
    expect(dates).toContain("2017-08-31");
    expect(dates).toContain("2018-03-31");
    expect(dates.every((d) => d.startsWith("2017") || d.startsWith("2018"))).toBe(true);
    // And Plan Check reads its own output back to the same dates.
    const again = readWorkbook(openPackage(bytes, "copy.xlsx")).sheets.find((s) => s.name === "Summary by theme");
    expect(again?.values.flat()).toContain(42978); // 31 August 2017, counted from 1900
  });

  it("sets up Last updated's date check from 1 January 2000 as the workbook counts it", async () => {
    const bytes = await buildXlsx([PLAN[0]], { date1904: true });
    const pkg = openPackage(bytes, "plan.xlsx");
    const setup = planWorkbookTrackingSetup(readWorkbook(pkg));
    const sheet = strFromU8(unzipSync(writeTrackingSetup(pkg, setup))["xl/worksheets/sheet1.xml"]);
    expect(sheet).toMatch(/<dataValidation type="date"[^>]*>.*?<formula1>35064<\/formula1>/);
  });
});

// Some tools (SheetJS with cellDates, a few exporters) keep a date cell as ISO 8601 text, t="d". Excel
// reads it as the date; read as text, the deadline showed as "2017-08-31T00:00:00Z" everywhere it was quoted.
describe('a date cell kept as ISO text (t="d")', () => {
  const WORKBOOK_1904 = `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>`;

  const text = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;

  function planWithIsoDeadline(iso: string, date1904 = false): Uint8Array {
    const action = `<row r="3">${text("A3", "Audit the front door")}${text("C3", "Head of QA")}<c r="D3" t="d"><v>${iso}</v></c>${text("E3", "- Audit (Head of QA – Nov17)")}</row>`;
    const xml = worksheetXml(`${inlineRow(1, HEADER.slice(0, 5))}${inlineRow(2, [THEME])}${action}`);
    const extra: Zippable = date1904 ? { "xl/workbook.xml": strToU8(WORKBOOK_1904) } : {};
    return packageWith([{ name: "Plan", type: "worksheet", xml }], extra);
  }

  it("reads it as the date, shown as written when its style gives no date format", () => {
    const pkg = openPackage(planWithIsoDeadline("2017-08-31T00:00:00Z"), "plan.xlsx");
    const sheet = readWorkbook(pkg).sheets[0];
    expect(sheet.values[2][3]).toBe(42978);
    expect(sheet.numberFormats[2][3]).toBe("yyyy-mm-dd");
    const result = validatePlan(readPlan(readWorkbook(pkg)), AS_OF);
    expect(result.reading.plan.actions[0].deadline.due).toBe("2017-08-31");
    expect(result.findings.find((f) => f.code === "overdue/action")).toMatchObject({
      cell: "D3",
      value: "2017-08-31",
    });
  });

  it("keeps the time of day, and counts the date as a 1904 workbook does", () => {
    const from1904 = readWorkbook(openPackage(planWithIsoDeadline("2017-08-31T12:00", true), "plan.xlsx"));
    expect(from1904.sheets[0].values[2][3]).toBe(42978.5);
  });

  it("leaves text that is not an ISO date as written", () => {
    const sheet = readWorkbook(openPackage(planWithIsoDeadline("end of August"), "plan.xlsx")).sheets[0];
    expect(sheet.values[2][3]).toBe("end of August");
  });
});
