// "Since the last board": save a snapshot at one board, mark two actions complete and move one deadline,
// and the next board reports exactly those changes — through the command line and the Office.js path.

import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PlanCheckService } from "../../src/adapters/office/plan-check-service";
import { runCli } from "../support/cli";
import { DERBY_TRACKED } from "../support/derby";
import { fakeExcelFromXlsx } from "../support/fake-excel/load-xlsx";

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

  it("appear on a Changes since last board sheet, and the history sheet stays hidden", async () => {
    const out = path.join(dir, "summaries.xlsx");
    const { stdout } = await runCli("summarise", edited, "--as-of", "2017-12-15", "--out", out);
    expect(stdout).toContain('"Changes since last board"');
    const { stdout: json } = await runCli("inspect", out, "--json");
    expect(JSON.parse(json).sheet).toBe("Improvement plan");
    const workbookXml = fs.readFileSync(board1);
    expect(workbookXml.length).toBeGreaterThan(0);
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
