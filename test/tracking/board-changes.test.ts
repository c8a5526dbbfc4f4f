// "Since the last board": save a snapshot at one board, mark two actions complete and move one deadline,
// and the next board reports exactly those changes — through the command line and the Office.js path.

import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PlanCheckService } from "../../src/adapters/office/plan-check-service";
import { openPackage } from "../../src/adapters/xlsx/package";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { readPlan } from "../../src/core/reader/read-plan";
import { changesSummary } from "../../src/core/summaries/changes-summary";
import { validatePlan } from "../../src/core/validation/validate";
import { runCli } from "../support/cli";
import { DERBY_TRACKED } from "../support/derby";
import { fakeExcelFromXlsx } from "../support/fake-excel/load-xlsx";
import { cutOff } from "../support/sheet-layout";
import { parts } from "../support/zip";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-board-"));
const board1 = path.join(dir, "board-2017-12-01.xlsx");
const edited = path.join(dir, "edited.xlsx");

beforeAll(async () => {
  const saved = await runCli("validate", DERBY_TRACKED, "--as-of", "2017-12-01", "--out", board1, "--save-snapshot");
  expect(saved.code).toBe(1);
  // Between the boards the coordinator marks rows 6 and 7 complete and moves row 11's deadline.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(board1);
  const plan = wb.getWorksheet("Improvement plan") as ExcelJS.Worksheet;
  plan.getCell("K6").value = "Complete";
  plan.getCell("N6").value = new Date(Date.UTC(2017, 11, 4));
  plan.getCell("K7").value = "Complete";
  plan.getCell("N7").value = new Date(Date.UTC(2017, 11, 6));
  plan.getCell("D11").value = "June 2018";
  await wb.xlsx.writeFile(edited);
});

describe("changes since the last board", () => {
  it("are reported exactly by the command line", async () => {
    const { stdout } = await runCli("validate", edited, "--as-of", "2017-12-15", "--json");
    const changes = JSON.parse(stdout).changes;
    expect(changes.since).toBe("2017-12-01");
    expect(changes.completed.map((a: { row: number }) => a.row)).toEqual([6, 7]);
    expect(
      changes.redated.map((r: { action: { row: number }; from: string; to: string }) => [r.action.row, r.from, r.to]),
    ).toEqual([[11, "2018-03-31", "2018-06-30"]]);
    expect(changes.newlyOverdue).toEqual([]);
    expect(changes.added).toEqual([]);
    expect(changes.removed).toEqual([]);
    const text = await runCli("validate", edited, "--as-of", "2017-12-15");
    expect(text.stdout.split("\n")[2]).toBe(
      "Since the board of 1 December 2017: 0 newly overdue · 2 completed · 1 re-dated · 0 new · 0 removed",
    );
  });

  it("are the same through the Office.js adapter", async () => {
    const excel = await fakeExcelFromXlsx(new Uint8Array(fs.readFileSync(edited)));
    const outcome = await new PlanCheckService(excel.run, {
      isSetSupported: () => true,
      today: () => "2017-12-15",
    }).validate({ highlight: false });
    expect(outcome.ok).toBe(true);
    const changes = outcome.ok ? outcome.value.changes : null;
    expect(changes?.completed.map((a) => a.row)).toEqual([6, 7]);
    expect(changes?.redated.map((r) => r.action.row)).toEqual([11]);
  });

  it("appear on a Changes since last board sheet, linked to their rows, and the history sheet stays hidden", async () => {
    const out = path.join(dir, "summaries.xlsx");
    const { stdout } = await runCli("summarise", edited, "--as-of", "2017-12-15", "--out", out);
    expect(stdout).toContain('"Changes since last board"');
    const bytes = new Uint8Array(fs.readFileSync(out));
    const sheets = readWorkbook(openPackage(bytes, "summaries.xlsx")).sheets;
    const changes = sheets.find((s) => s.name === "Changes since last board")?.values ?? [];
    const table = changes.slice(changes.findIndex((r) => r[0] === "Change"));
    expect(table.map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
      ["Change", "Row", "Detail", "Go to"],
      ["Completed", 6, "", "Row 6"],
      ["Completed", 7, "", "Row 7"],
      ["Re-dated", 11, "Deadline moved from 31 March 2018 to 30 June 2018", "Row 11"],
    ]);
    expect(String(table[1][2])).toMatch(/^Ensure thresholds remain consistent/);
    const xml = Object.entries(parts(bytes)).map(([, v]) => Buffer.from(v, "latin1").toString("utf8"));
    const links = xml.flatMap((x) => [...x.matchAll(/location="'Improvement plan'!(A\d+)" display="(Row \d+)"/g)]);
    expect(links.map((m) => [m[2], m[1]])).toEqual(
      expect.arrayContaining([
        ["Row 6", "A6"],
        ["Row 7", "A7"],
        ["Row 11", "A11"],
      ]),
    );
    const workbookXml = xml.find((x) => x.includes("<sheets>")) ?? "";
    const history = /<sheet [^>]*name="Plan Check history"[^>]*>/.exec(workbookXml)?.[0];
    expect(history).toContain('state="hidden"');
  });

  it("fit their columns: every cell of the Changes sheet shows in full", () => {
    const result = validatePlan(
      readPlan(readWorkbook(openPackage(fs.readFileSync(edited), "edited.xlsx"))),
      "2017-12-15",
    );
    const sheet = changesSummary(result, { generatedOn: "2017-12-15", linkToPlan: true });
    expect(sheet.rows.length).toBeGreaterThan(8);
    expect(cutOff(sheet)).toEqual([]);
  });

  it("flags a completed action with no completion date", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(edited);
    (wb.getWorksheet("Improvement plan") as ExcelJS.Worksheet).getCell("N7").value = null;
    const file = path.join(dir, "no-date.xlsx");
    await wb.xlsx.writeFile(file);
    const { stdout } = await runCli(
      "validate",
      file,
      "--as-of",
      "2017-12-15",
      "--json",
      "--code",
      "status/complete-without-date",
    );
    expect(JSON.parse(stdout).findings.map((f: { cell: string }) => f.cell)).toEqual(["N7"]);
  });
});
