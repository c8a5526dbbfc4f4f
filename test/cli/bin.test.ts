// `npx plan-check` as a scheduled job runs it: the built command line, its report piped to another
// program. A report longer than a pipe's buffer must arrive whole, with the exit code still set. In a
// fresh clone the first run compiles the command line itself, saying so on stderr only.

import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildDerbyWorkbook } from "../../scripts/lib/build-plan-workbook";
import { runCli } from "../support/cli";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "plan-check.js");

describe("bin/plan-check.js", () => {
  const plan = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-bin-")), "plan-200.xlsx");

  beforeAll(async () => {
    await buildDerbyWorkbook({ actions: 200, tracked: true }).xlsx.writeFile(plan);
    execFileSync(
      process.execPath,
      [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"],
      {
        cwd: ROOT,
      },
    );
  }, 120000);

  it("writes a long JSON report through a pipe in full, and exits 1 for a plan with errors", async () => {
    const args = ["validate", plan, "--as-of", "2017-11-30", "--json"];
    const piped = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    const expected = await runCli(...args);
    // Far longer than a pipe holds before the writer must wait for the reader.
    expect(expected.stdout.length).toBeGreaterThan(1024 * 1024);
    expect(piped.stdout.toString()).toBe(`${expected.stdout}\n`);
    expect(piped.status).toBe(1);
    expect(() => JSON.parse(piped.stdout.toString())).not.toThrow();
  });

  it("stops quietly, with no stack trace, when the reader closes the pipe early (| head)", () => {
    const run = spawnSync(
      "bash",
      ["-c", `"${process.execPath}" "${BIN}" validate "${plan}" --as-of 2017-11-30 | head -n 1`],
      {
        cwd: ROOT,
      },
    );
    expect(run.stdout.toString()).toMatch(/^Plan Check: "Improvement plan" in plan-200\.xlsx/);
    expect(run.stderr.toString()).toBe("");
  });

  it("compiles the command line on its first run in a fresh clone, keeping stdout for the report", () => {
    // A project folder of its own, sharing the sources and node_modules, so the real build is left alone.
    const clone = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-clone-"));
    fs.mkdirSync(path.join(clone, "bin"));
    fs.copyFileSync(BIN, path.join(clone, "bin", "plan-check.js"));
    for (const file of ["tsconfig.json", "tsconfig.cli.json"])
      fs.copyFileSync(path.join(ROOT, file), path.join(clone, file));
    for (const dir of ["src", "node_modules"]) fs.symlinkSync(path.join(ROOT, dir), path.join(clone, dir));
    const cloneBin = path.join(clone, "bin", "plan-check.js");
    const args = ["inspect", plan, "--json"];

    const first = spawnSync(process.execPath, [cloneBin, ...args], { cwd: clone, encoding: "utf8" });
    expect(first.stderr).toBe("plan-check: compiling the command line (first run only, a few seconds)…\n");
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout).actions).toHaveLength(200);
    expect(fs.existsSync(path.join(clone, "dist", "node", "cli", "main.js"))).toBe(true);

    const second = spawnSync(process.execPath, [cloneBin, ...args], { cwd: clone, encoding: "utf8" });
    expect(second.stderr).toBe("");
    expect(second.stdout).toBe(first.stdout);
    // Removes the links, not what they point at.
    fs.rmSync(clone, { recursive: true });
  }, 120000);
});
