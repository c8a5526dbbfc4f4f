// A scheduled job names its workbooks by folder or wildcard (Windows' shells do not expand "*"), and
// someone may have a plan open in Excel while it runs.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
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

describe("writing a batch's copies", () => {
  const sheetsOf = (file: string): string[] =>
    [
      ...Buffer.from(unzipSync(fs.readFileSync(file))["xl/workbook.xml"])
        .toString()
        .matchAll(/<sheet name="([^"]+)"/g),
    ].map((m) => m[1]);

  it("writes each annotated copy into the folder --out names, under the workbook's own name", async () => {
    const dir = plansFolder();
    const before = fs.readFileSync(path.join(dir, "Plan 2.xlsx"));
    const outDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-out-")), "annotated");
    const run = await runCli("validate", dir, "--as-of", "2017-11-30", "--out", outDir);
    expect(run.code).toBe(1);
    expect(fs.readdirSync(outDir)).toEqual(["Plan 10.xlsx", "Plan 2.xlsx"]);
    expect(sheetsOf(path.join(outDir, "Plan 2.xlsx"))).toContain("Validation");
    expect(run.stdout).toContain(`Annotated copy written to ${path.join(outDir, "Plan 2.xlsx")}.`);
    expect(run.stdout.split("\n").at(-1)).toBe("2 workbooks: 2 with errors, 0 without, 0 could not be read.");
    expect(fs.readFileSync(path.join(dir, "Plan 2.xlsx")).equals(before)).toBe(true);
  });

  it("writes each workbook's summaries into the folder --out names, alone with --separate", async () => {
    const dir = plansFolder();
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-packs-"));
    const run = await runCli(
      "summarise",
      dir,
      "--as-of",
      "2017-11-30",
      "--out",
      outDir,
      "--separate",
      "--only",
      "theme",
    );
    expect(run).toMatchObject({ code: 1, stderr: "" });
    expect(fs.readdirSync(outDir)).toEqual(["Plan 10 - summaries.xlsx", "Plan 2 - summaries.xlsx"]);
    expect(sheetsOf(path.join(outDir, "Plan 10 - summaries.xlsx"))).toEqual(["Summary by theme"]);
    expect(run.stdout.split("\n").at(-1)).toBe("2 workbooks: summaries written for 2, 0 could not be read.");
  });

  it("writes one workbook's copy into an existing folder --out names, as a batch would", async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-one-"));
    await runCli("validate", DERBY, "--as-of", "2017-11-30", "--out", outDir);
    await runCli("summarise", DERBY, "--as-of", "2017-11-30", "--out", outDir, "--separate");
    expect(fs.readdirSync(outDir).sort()).toEqual([
      "derby-improvement-plan-2017 - summaries.xlsx",
      "derby-improvement-plan-2017.xlsx",
    ]);
    expect(sheetsOf(path.join(outDir, "derby-improvement-plan-2017.xlsx"))).toContain("Validation");
  });

  it("refuses, before writing anything, a folder the workbooks are in or a single file for several", async () => {
    const dir = plansFolder();
    const listing = fs.readdirSync(dir);
    const same = await runCli("summarise", dir, "--out", dir);
    expect(same).toMatchObject({ code: 2, stdout: "" });
    expect(same.stderr).toBe(
      `plan-check: --out is the folder the workbooks are in (${dir}), so each copy would replace its original. Choose another folder.`,
    );
    const file = await runCli("validate", dir, "--out", path.join(os.tmpdir(), "one.xlsx"));
    expect(file.stderr).toMatch(/^plan-check: With several workbooks, --out names a folder/);
    const inPlace = await runCli("summarise", dir, "--out", dir, "--in-place");
    expect(inPlace.stderr).toMatch(/^plan-check: --in-place replaces one workbook/);
    expect(fs.readdirSync(dir)).toEqual(listing);
  });
});
