// A scheduled job names its workbooks by folder or wildcard (Windows' shells do not expand "*"), and
// someone may have a plan open in Excel while it runs.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../support/cli";
import { DERBY, DERBY_TRACKED } from "../support/derby";

/** A folder as a council keeps it: two plans, the minutes, and the lock file of a plan someone has open. */
function plansFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-plans-"));
  fs.copyFileSync(DERBY_TRACKED, path.join(dir, "Plan 10.xlsx"));
  fs.copyFileSync(DERBY, path.join(dir, "Plan 2.xlsx"));
  fs.writeFileSync(path.join(dir, "~$Plan 2.xlsx"), "\u0005Jane Smith");
  fs.writeFileSync(path.join(dir, "minutes.docx"), "not a workbook");
  return dir;
}

const reportedFiles = (stdout: string): string[] =>
  stdout
    .split("\n")
    .filter((l) => l.startsWith("Plan Check: "))
    .map((l) => /in (.*\.xlsx),/.exec(l)?.[1] ?? l);

describe("naming the workbooks of a batch", () => {
  it("checks every workbook in a named folder, in the order people number them, leaving out lock files", async () => {
    const run = await runCli("validate", plansFolder(), "--as-of", "2017-11-30");
    expect(reportedFiles(run.stdout)).toEqual(["Plan 2.xlsx", "Plan 10.xlsx"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    // The last line of a scheduled job's log says how the batch went.
    expect(run.stdout.split("\n").at(-1)).toBe("2 workbooks: 2 with errors, 0 without, 0 could not be read.");
  });

  it("expands a wildcard the shell passed on as typed, as Windows' shells do", async () => {
    const dir = plansFolder();
    const run = await runCli("inspect", path.join(dir, "plan 1*.XLSX"), "--json");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    // Named by a wildcard, the report is a batch however many it matched: a job parsing it sees an array.
    expect((JSON.parse(run.stdout) as { sheet: string }[]).map((d) => d.sheet)).toEqual(["Improvement plan"]);
  });

  it("says so in one line, and exits 2, when a folder or wildcard names no workbook", async () => {
    const dir = plansFolder();
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-empty-"));
    const run = await runCli("validate", empty, path.join(dir, "*.xlsm"), DERBY, "--as-of", "2017-11-30");
    expect(run.code).toBe(2);
    expect(reportedFiles(run.stdout)).toEqual(["derby-improvement-plan-2017.xlsx"]);
    expect(run.stderr.split("\n")).toEqual([
      `plan-check: ${empty} is a folder with no Excel workbooks (.xlsx) in it.`,
      `plan-check: No workbook matches ${path.join(dir, "*.xlsm")}. Check the folder and the name.`,
    ]);
    expect(run.stdout.split("\n").at(-1)).toBe("1 workbook: 1 with errors, 0 without, 0 could not be read.");
  });

  it("leaves out a lock file the shell named among the workbooks, without failing the run", async () => {
    const dir = plansFolder();
    const named = ["Plan 10.xlsx", "~$Plan 2.xlsx", "Plan 2.xlsx"];
    const run = await runCli("validate", ...named.map((f) => path.join(dir, f)), "--as-of", "2017-11-30");
    expect(reportedFiles(run.stdout)).toEqual(["Plan 10.xlsx", "Plan 2.xlsx"]);
    expect(run.stderr).toBe(
      "plan-check: Skipped ~$Plan 2.xlsx: it is the lock file Excel keeps while Plan 2.xlsx is open, not a workbook.",
    );
    expect(run.code).toBe(1);
  });

  it("says what a lock file is when it is the one workbook named", async () => {
    const run = await runCli("summarise", path.join(plansFolder(), "~$Plan 2.xlsx"), "--out", "x.xlsx");
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toBe(
      "plan-check: ~$Plan 2.xlsx: it is the lock file Excel keeps while Plan 2.xlsx is open, not a workbook. Name the workbook itself.",
    );
  });
});
