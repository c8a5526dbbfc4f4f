// `plan-check inspect` as a user runs it: what it prints, its JSON, and its exit codes.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../support/cli";
import { DERBY, DERBY_TRACKED } from "../support/derby";
import { actionRow, buildXlsx, HEADER, MILESTONE_HEADER } from "../support/workbooks";

const SAMPLE = path.join(__dirname, "..", "..", "examples", "derby-improvement-plan-2017.xlsx");

describe("plan-check inspect", () => {
  it("prints the sheet, columns, themes with counts and recommendations", async () => {
    const { code, stdout, stderr } = await runCli("inspect", SAMPLE);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain('Plan sheet: "Improvement plan"');
    expect(stdout).toContain("Header: rows 3–4");
    expect(stdout).toContain("Identifying and meeting needs (row 5): 11 actions");
    expect(stdout).toContain("Learning from practice (row 17): 10 actions");
    expect(stdout).toContain("Capacity within the city (row 28): 4 actions");
    expect(stdout).toContain("R11  Corporate Parenting — Learning from practice");
    expect(stdout).toContain("Reading problems: none.");
  });

  it("words the counts for one of a kind as for many", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-")), "one.xlsx");
    const sheet = { name: "Plan", rows: [HEADER, ["Help and protection"], actionRow("A", "Head of QA", "Dec17")] };
    fs.writeFileSync(file, await buildXlsx([sheet]));
    const { stdout } = await runCli("inspect", file);
    expect(stdout).toContain("1 action in 1 theme:\n  Help and protection (row 2): 1 action\n");
  });

  it("counts the sub-actions ticked off as done in their text, and marks each in the JSON", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-")), "ticked.xlsx");
    const staff = "- Training (HOS – Sept17) – complete\n- Audit (QA – Oct17)";
    const sheet = {
      name: "Plan",
      rows: [HEADER, ["Help and protection"], actionRow("A", "Head of QA", "Dec17", { staff })],
    };
    fs.writeFileSync(file, await buildXlsx([sheet]));
    expect((await runCli("inspect", file)).stdout).toContain("3 sub-actions (1 ticked off as done in their text).");
    const doc = JSON.parse((await runCli("inspect", file, "--json")).stdout);
    expect(doc.actions[0].subActions.map((s: { done: boolean }) => s.done)).toEqual([false, true, false]);
  });

  it("lists numbered milestone columns with their dates, and each milestone's date in the JSON", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-")), "milestones.xlsx");
    const rows = [
      MILESTONE_HEADER.slice(0, 6),
      ["Help and protection"],
      ["Review thresholds", "HoS MASH", "Mar18", "Audit", "Revise guidance", "Sept17"],
    ];
    fs.writeFileSync(file, await buildXlsx([{ name: "Plan", rows }]));
    const { stdout } = await runCli("inspect", file);
    expect(stdout).toContain(
      "  E   Milestone 1  (read as a milestone, dated in F)\n  F   Milestone 1 date  (read as the date of Milestone 1)\n",
    );
    const doc = JSON.parse((await runCli("inspect", file, "--json")).stdout);
    expect(doc.milestoneColumns).toEqual([
      { column: "E", heading: "Milestone 1", dateColumn: "F", dateHeading: "Milestone 1 date" },
    ]);
    expect(doc.actions[0].subActions.slice(1)).toEqual([
      expect.objectContaining({
        column: "Milestone 1",
        cell: "E3",
        text: "Revise guidance",
        when: "Sept17",
        due: "2017-09-30",
      }),
    ]);
  });

  it("prints one JSON document with the documented action fields", async () => {
    const { code, stdout } = await runCli("inspect", SAMPLE, "--json");
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.sheet).toBe("Improvement plan");
    expect(doc.actions).toHaveLength(25);
    const first = doc.actions[0];
    expect(first).toMatchObject({
      row: 6,
      theme: "Identifying and meeting needs",
      what: "Ensure thresholds remain consistent across all early help and social care services",
      owners: ["Service Director for Early help and Children's Safeguarding"],
      deadline: { raw: "On-going to the end of March 2018", kind: "ongoing-until", due: "2018-03-31" },
      status: null,
    });
    expect(first.subActions[1]).toMatchObject({
      column: "Closing the loop**",
      text: "Multi-agency audit (Head of QA - Nov17)",
      owner: "Head of QA",
      due: "2017-11-30",
    });
    const a17 = doc.actions.find((a: { row: number }) => a.row === 23);
    expect(a17.subActions.some((s: { when: string }) => s.when === "Set17")).toBe(true);
  });

  it("reads the plan sheet the user names with --sheet", async () => {
    const { code } = await runCli("inspect", SAMPLE, "--sheet", "Improvement plan");
    expect(code).toBe(0);
    const wrong = await runCli("inspect", SAMPLE, "--sheet", "Plan 2018");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(
      'plan-check: There is no sheet called "Plan 2018" in this workbook (it has "Improvement plan", "Recommendations", "Priorities").',
    );
  });

  it("exits 2 with one plain line when the file cannot be read", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-"));
    const csv = path.join(dir, "plan.csv");
    fs.writeFileSync(csv, "What?,Deadline\nDo it,Aug17\n");
    const cases: [string, RegExp][] = [
      [path.join(dir, "missing.xlsx"), /^plan-check: Cannot find .*missing\.xlsx\. Check the file name and folder\.$/],
      [csv, /^plan-check: plan\.csv is not an Excel workbook \(\.xlsx\)\./],
      [dir, /is a folder with no Excel workbooks \(\.xlsx\) in it\.$/],
    ];
    for (const [file, message] of cases) {
      const { code, stdout, stderr } = await runCli("inspect", file);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr.split("\n")).toHaveLength(1);
      expect(stderr).toMatch(message);
    }
  });

  it("says what to do, in the same line, when no sheet has headings it knows", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-"));
    const budget = path.join(dir, "budget.xlsx");
    fs.writeFileSync(
      budget,
      await buildXlsx([
        {
          name: "Budget",
          rows: [
            ["Line", "Amount"],
            ["Staff", 100],
          ],
        },
      ]),
    );
    for (const run of [await runCli("inspect", budget), await runCli("validate", budget, DERBY)]) {
      expect(run.code).toBe(2);
      expect(run.stderr.split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(/No plan sheet found: .* Rename the plan's headings to ones Plan Check knows/);
      expect(run.stderr).toContain("in Plan Check's task pane");
    }
  });

  it("exits 2 on a command it does not know", async () => {
    const { code, stderr } = await runCli("frobnicate");
    expect(code).toBe(2);
    expect(stderr).toContain("unknown command 'frobnicate'");
  });

  it("reads several workbooks in one run, saying in one line which could not be read", async () => {
    const missing = path.join(os.tmpdir(), "plan-check-no-such-plan.xlsx");
    const run = await runCli("inspect", DERBY, missing, DERBY_TRACKED);
    expect(run.code).toBe(2);
    expect(run.stdout.split("\n").filter((l) => l.startsWith("Plan sheet: "))).toHaveLength(2);
    expect(run.stdout.split("\n").at(-1)).toBe("3 workbooks: 2 read, 1 could not be read.");
    expect(run.stderr).toBe(`plan-check: Cannot find ${missing}. Check the file name and folder.`);
    const json = await runCli("inspect", DERBY, DERBY_TRACKED, "--json");
    expect((JSON.parse(json.stdout) as { sheet: string }[]).map((d) => d.sheet)).toEqual([
      "Improvement plan",
      "Improvement plan",
    ]);
    expect(json.code).toBe(0);
  });

  it("prints its version, the one in package.json, and exits 0", async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"));
    await expect(runCli("--version")).resolves.toEqual({ code: 0, stdout: version, stderr: "", terminal: version });
  });

  it("prints help for a command and exits 0", async () => {
    const { code, stdout } = await runCli("validate", "--help");
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: plan-check validate [options] <files...>");
  });
});
