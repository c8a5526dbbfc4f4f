// `plan-check validate` as a user runs it: the report, the JSON, the annotated copy and its safety rules.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../support/cli";
import { DERBY, DERBY_TRACKED } from "../support/derby";
import { actionRow, buildXlsx, HEADER } from "../support/workbooks";

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-"));
}

describe("plan-check validate", () => {
  it("prints a summary line, then findings grouped by theme and action with their cells", async () => {
    const { code, stdout } = await runCli("validate", DERBY, "--as-of", "2017-11-30");
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(
      'Plan Check: "Improvement plan" in derby-improvement-plan-2017.xlsx, as of 30 November 2017 (as asked)',
    );
    expect(lines[1]).toMatch(/^25 actions · \d+ errors · \d+ warnings · 5 overdue · 0 unowned · /);
    expect(stdout).toContain("Identifying and meeting needs\n  Row 6: Ensure thresholds remain consistent");
    expect(stdout).toContain(
      'WARNING I23   The date of the sub-action on line 1 of Systems, analysis and reporting, "Set17", looks like a typo; Plan Check read it as September.',
    );
    expect(stdout).toContain("What to do: Correct it to September.");
  });

  it("words the summary line for one of a kind as for many", async () => {
    const file = path.join(tempDir(), "one.xlsx");
    const sub = { staff: "- Training (Head of QA – Aug17)" };
    fs.writeFileSync(
      file,
      await buildXlsx([
        { name: "Plan", rows: [HEADER, ["Help and protection"], actionRow("A", "Head of QA", "Dec17", sub)] },
      ]),
    );
    const { stdout } = await runCli("validate", file, "--as-of", "2017-09-30");
    expect(stdout.split("\n")[1]).toMatch(
      /^1 action · 0 errors · 1 warning · 0 overdue · 0 unowned · 1 sub-action past its date · 0 sub-actions without an owner$/,
    );
  });

  it("prints the documented JSON", async () => {
    const { code, stdout } = await runCli("validate", DERBY_TRACKED, "--as-of", "2017-11-30", "--json");
    expect(code).toBe(1);
    const doc = JSON.parse(stdout);
    expect(doc.asOf).toBe("2017-11-30");
    expect(doc.sheet).toBe("Improvement plan");
    expect(doc.counts).toMatchObject({ actions: 25, overdue: 2, unowned: 0 });
    expect(doc.actions.filter((a: { overdue: boolean }) => a.overdue).map((a: { row: number }) => a.row)).toEqual([
      18, 30,
    ]);
    expect(doc.findings[0]).toEqual(
      expect.objectContaining({
        code: expect.any(String),
        severity: expect.any(String),
        sheet: expect.any(String),
        cell: expect.any(String),
        row: expect.any(Number),
        column: expect.any(String),
        message: expect.any(String),
      }),
    );
  });

  it("filters by code and severity, and exits 0 when nothing shown is an error", async () => {
    const { code, stdout } = await runCli(
      "validate",
      DERBY,
      "--as-of",
      "2017-11-30",
      "--json",
      "--code",
      "deadline/probable-typo",
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings.map((f: { cell: string }) => f.cell)).toEqual(["I23"]);
    const errors = await runCli("validate", DERBY, "--as-of", "2017-11-30", "--json", "--severity", "error");
    expect(JSON.parse(errors.stdout).findings.every((f: { severity: string }) => f.severity === "error")).toBe(true);
    // As people type it: capitals, plurals.
    const typed = await runCli("validate", DERBY, "--as-of", "2017-11-30", "--json", "--severity", "Errors,WARNINGS");
    expect(typed.code).toBe(errors.code);
    const severities = new Set(JSON.parse(typed.stdout).findings.map((f: { severity: string }) => f.severity));
    expect([...severities].sort()).toEqual(["error", "warning"]);
    // A filter that shows nothing never says the plan has no findings.
    const none = await runCli("validate", DERBY, "--as-of", "2017-11-30", "--code", "status/unknown");
    expect(none.stdout).toContain("No findings of the codes or severities asked for");
    expect(none.stdout).not.toContain("the plan is complete, owned and on time");
  });

  it("exits 0 when the plan has no errors", async () => {
    const { code } = await runCli(
      "validate",
      DERBY,
      "--as-of",
      "2017-06-01",
      "--severity",
      "error",
      "--code",
      "overdue/action",
    );
    expect(code).toBe(0);
  });

  it("uses PLAN_CHECK_TODAY for scheduled runs when no date is given", async () => {
    process.env.PLAN_CHECK_TODAY = "2017-11-30";
    try {
      const { stdout } = await runCli("validate", DERBY);
      expect(stdout.split("\n")[0]).toContain("as of 30 November 2017 (today)");
    } finally {
      delete process.env.PLAN_CHECK_TODAY;
    }
  });

  it("checks several workbooks in one run for a batch, going on past one it cannot read", async () => {
    const dir = tempDir();
    const broken = path.join(dir, "minutes.xlsx");
    fs.writeFileSync(broken, "not a workbook");
    const run = await runCli("validate", DERBY, broken, DERBY_TRACKED, "--as-of", "2017-11-30");
    expect(run.code).toBe(2);
    const reports = run.stdout.split("\n").filter((l) => l.startsWith("Plan Check: "));
    expect(reports).toEqual([
      expect.stringContaining("in derby-improvement-plan-2017.xlsx"),
      expect.stringContaining("in derby-improvement-plan-2017-tracked.xlsx"),
    ]);
    expect(run.stderr).toBe(
      "plan-check: minutes.xlsx is not an Excel workbook (.xlsx). If it is a CSV or another format, open it in Excel and save it as .xlsx.",
    );

    const json = await runCli("validate", DERBY, DERBY_TRACKED, "--as-of", "2017-11-30", "--json");
    const documents = JSON.parse(json.stdout) as { counts: { actions: number } }[];
    expect(documents.map((d) => d.counts.actions)).toEqual([25, 25]);
    expect(json.code).toBe(1);

    const copy = await runCli("validate", DERBY, DERBY_TRACKED, "--out", path.join(dir, "x.xlsx"));
    expect(copy).toMatchObject({ code: 2, stdout: "" });
    expect(copy.stderr).toMatch(/^plan-check: With several workbooks, --out names a folder/);
    expect(fs.readdirSync(dir)).toEqual(["minutes.xlsx"]);
  });

  it("rejects a malformed --as-of or filter with one line and exit 2", async () => {
    const bad = await runCli("validate", DERBY, "--as-of", "30/11/2017");
    expect(bad).toMatchObject({ code: 2, stdout: "" });
    // Typed day first, as a British coordinator writes it: told how to write that day.
    expect(bad.stderr).toBe("plan-check: --as-of must be written YYYY-MM-DD: for 30 November 2017, write 2017-11-30.");
    const words = await runCli("validate", DERBY, "--as-of", "30 Nov");
    expect(words.stderr).toBe(
      'plan-check: --as-of must be a date written YYYY-MM-DD, such as 2017-11-30 (got "30 Nov").',
    );
    const impossible = await runCli("validate", DERBY, "--as-of", "2017-02-30");
    expect([impossible.code, impossible.stderr]).toEqual([2, "plan-check: --as-of 2017-02-30 is not a real date."]);
    const filter = await runCli("validate", DERBY, "--code", "nonsense");
    expect(filter.code).toBe(2);
    expect(filter.stderr).toBe(
      'plan-check: "nonsense" is not a finding code or severity (error, warning, info). The README lists the codes.',
    );
    // A near miss says what to type instead.
    expect((await runCli("validate", DERBY, "--code", "far-off")).stderr).toBe(
      'plan-check: "far-off" is not a finding code or severity (error, warning, info). Did you mean deadline/far-off?',
    );
    expect((await runCli("validate", DERBY, "--code", "status/stale")).stderr).toBe(
      'plan-check: "status/stale" is not a finding code or severity (error, warning, info). The status codes are status/colour-only, status/complete-without-date, status/missing, status/none-given, status/sub-actions-done, status/stale-update and status/unknown.',
    );
  });

  it("writes the annotated copy to a new file and never touches the input", async () => {
    const dir = tempDir();
    const input = path.join(dir, "plan.xlsx");
    fs.copyFileSync(DERBY, input);
    const before = fs.readFileSync(input);
    const out = path.join(dir, "annotated.xlsx");
    const { code, stderr, terminal } = await runCli("validate", input, "--as-of", "2017-11-30", "--out", out);
    expect(code).toBe(1);
    expect(stderr).toBe(`Annotated copy written to ${out}.`);
    // Said last, after the report, where the user's eye ends up.
    expect(terminal.endsWith(`\nAnnotated copy written to ${out}.`)).toBe(true);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(["annotated.xlsx", "plan.xlsx"]);
  });

  it("says in words why a copy could not be written, and leaves nothing half-written", async () => {
    const dir = tempDir();
    // A name longer than any file system allows: a refusal that even an administrator gets.
    const out = path.join(dir, `${"board-copy-".repeat(30)}.xlsx`);
    const { code, stderr } = await runCli("validate", DERBY, "--as-of", "2017-11-30", "--out", out);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(
      `plan-check: Cannot write ${out}: the name or folder path is too long. Choose a shorter one (ENAMETOOLONG).`,
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("refuses --out equal to the input unless --in-place, and then keeps a backup", async () => {
    const dir = tempDir();
    const input = path.join(dir, "plan.xlsx");
    fs.copyFileSync(DERBY, input);
    const refused = await runCli("validate", input, "--out", input);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--out is the input file");
    expect(fs.readdirSync(dir)).toEqual(["plan.xlsx"]);

    const before = fs.readFileSync(input);
    const inPlace = await runCli("validate", input, "--as-of", "2017-11-30", "--out", input, "--in-place");
    expect(inPlace.code).toBe(1);
    const files = fs.readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    const backup = files.find((f) => f.startsWith("plan.backup-")) as string;
    expect(fs.readFileSync(path.join(dir, backup)).equals(before)).toBe(true);
    expect(fs.readFileSync(input).equals(before)).toBe(false);
  });

  it("writes nothing when the input cannot be read", async () => {
    const dir = tempDir();
    const input = path.join(dir, "broken.xlsx");
    fs.writeFileSync(input, fs.readFileSync(DERBY).subarray(0, 5000));
    const { code, stderr } = await runCli("validate", input, "--out", path.join(dir, "out.xlsx"));
    expect(code).toBe(2);
    expect(stderr).toBe(
      "plan-check: broken.xlsx is damaged or incomplete (the zip could not be read). Try saving it again from Excel.",
    );
    expect(fs.readdirSync(dir)).toEqual(["broken.xlsx"]);
  });
});

// LibreOffice is what CI installs to prove the copy opens in a real spreadsheet program. Without it
// (a developer machine), this one check says so and is not run; .ci/run always installs it.
const soffice = (() => {
  try {
    execFileSync("which", ["soffice"], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
})();
const withLibreOffice = soffice || process.env.CI ? it : it.skip;

/** Writes Derby's annotated copy and has LibreOffice convert it; returns the converted file. */
async function annotatedIn(format: "pdf" | "fods"): Promise<string> {
  const dir = tempDir();
  const out = path.join(dir, "annotated.xlsx");
  await runCli("validate", DERBY, "--as-of", "2017-11-30", "--out", out);
  execFileSync(
    "soffice",
    ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", format, "--outdir", dir, out],
    { stdio: "pipe", timeout: 120000 },
  );
  return path.join(dir, `annotated.${format}`);
}

describe("the annotated copy in LibreOffice", () => {
  withLibreOffice("converts to PDF with the Validation sheet in it", async () => {
    const pdf = await annotatedIn("pdf");
    expect(fs.statSync(pdf).size).toBeGreaterThan(10000);
    const text = execFileSync("pdftotext", [pdf, "-"]).toString();
    expect(text).toContain("Plan Check — validation findings");
    expect(text).toContain("[Error]");
    expect(text).toContain("[Warning]");
  });

  withLibreOffice("gives the Validation sheet's findings table filter buttons", async () => {
    const flat = fs.readFileSync(await annotatedIn("fods"), "utf8");
    const range = /<table:database-range [^>]*table:target-range-address="([^"]+)"[^>]*>/.exec(flat);
    expect(range?.[0]).toContain('table:display-filter-buttons="true"');
    expect(range?.[1]).toMatch(/^Validation\.A10:Validation\.I\d+$/);
  });
});
