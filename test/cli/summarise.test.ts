// `plan-check summarise` as a user runs it.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openPackage } from "../../src/adapters/xlsx/package";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { runCli } from "../support/cli";
import { DERBY_TRACKED } from "../support/derby";

function names(file: string): string[] {
  return readWorkbook(openPackage(fs.readFileSync(file), "x")).sheets.map((s) => s.name);
}

describe("plan-check summarise", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-"));

  it("adds the summaries to a copy and says what it wrote", async () => {
    const out = path.join(dir, "with-summaries.xlsx");
    const { code, stdout } = await runCli("summarise", DERBY_TRACKED, "--as-of", "2017-11-30", "--out", out);
    expect(code).toBe(1);
    // The same first line as validate, so a coordinator reads both reports the same way.
    expect(stdout.split("\n")[0]).toBe(
      `Plan Check: "Improvement plan" in ${path.basename(DERBY_TRACKED)}, as of 30 November 2017 (as asked)`,
    );
    expect(stdout).toContain(
      `Wrote "Summary by theme", "Summary by recommendation", "Summary by owner", "Chase list by owner" and "Board exceptions" to ${out}.`,
    );
    expect(names(out)).toHaveLength(8);
  });

  it("writes only the summaries asked for, alone, with --only and --separate", async () => {
    const out = path.join(dir, "board-pack.xlsx");
    const { stdout } = await runCli(
      "summarise",
      DERBY_TRACKED,
      "--as-of",
      "2017-11-30",
      "--out",
      out,
      "--only",
      "exceptions,theme",
      "--separate",
    );
    expect(stdout).toContain("(summaries only)");
    expect(names(out)).toEqual(["Summary by theme", "Board exceptions"]);
  });

  it("takes a summary's name in any case, singular or plural, as people type it", async () => {
    const out = path.join(dir, "owners.xlsx");
    const run = await runCli(
      "summarise",
      DERBY_TRACKED,
      "--out",
      out,
      "--only",
      "Themes, owners,exception",
      "--separate",
    );
    expect(run.code).toBe(1);
    expect(names(out)).toEqual(["Summary by theme", "Summary by owner", "Chase list by owner", "Board exceptions"]);
  });

  it("needs --out, and checks --only", async () => {
    expect(await runCli("summarise", DERBY_TRACKED)).toMatchObject({
      code: 2,
      stderr: "plan-check: summarise needs --out <file.xlsx>: where to write the summaries.",
    });
    const bad = await runCli("summarise", DERBY_TRACKED, "--out", path.join(dir, "x.xlsx"), "--only", "board");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'plan-check: --only takes theme, recommendation, owner, exceptions, changes (got "board").',
    );
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });
});
