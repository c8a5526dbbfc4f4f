// "Set up tracking" on the Derby plan: the four columns and their drop-downs added beside the plan's own,
// the settings sheet they read from, nothing existing moved or overwritten, and a second run a no-op.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openPackage, partText, setPartText } from "../../src/adapters/xlsx/package";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { writeTrackingSetup } from "../../src/adapters/xlsx/write-setup";
import { STATUSES } from "../../src/core/plan/status";
import { readPlan } from "../../src/core/reader/read-plan";
import { isNothingToDo, planWorkbookTrackingSetup } from "../../src/core/tracking/tracking-setup";
import { parseCellAddress } from "../../src/core/workbook/address";
import { runCli } from "../support/cli";
import { DERBY, openSample } from "../support/derby";
import { changedParts, councilStringsKept, parts } from "../support/zip";

function setUp(bytes: Uint8Array): Uint8Array {
  const pkg = openPackage(bytes, "plan.xlsx");
  const snapshot = readWorkbook(pkg);
  return writeTrackingSetup(pkg, planWorkbookTrackingSetup(snapshot));
}

describe("set up tracking on the Derby plan", () => {
  const { bytes } = openSample(DERBY);
  const out = setUp(bytes);
  const after = readWorkbook(openPackage(out, "out.xlsx"));
  const reading = readPlan(after);

  it("adds Status, Links, Progress update and Last updated beside the plan's columns", () => {
    const added = reading.header.columns.slice(10).map((c) => [c.role, c.column, c.heading]);
    expect(added).toEqual([
      ["status", 10, "Status"],
      ["links", 11, "Links to recommendations / priorities"],
      ["progress", 12, "Progress update"],
      ["lastUpdated", 13, "Last updated"],
    ]);
    expect(reading.plan.actions).toHaveLength(25);
  });

  it("leaves every existing cell as it was", () => {
    const before = readWorkbook(openPackage(bytes, "in.xlsx"));
    // The first ten columns, without the empty padding a longer row reads with.
    const plan = (s: typeof before) =>
      s.sheets
        .find((x) => x.name === "Improvement plan")
        ?.values.map((r) => {
          const cells = r.slice(0, 10);
          while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
          return cells;
        });
    expect(plan(after)).toEqual(plan(before));
    const diff = changedParts(bytes, out);
    expect(diff.changed).toEqual([
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/sharedStrings.xml",
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ]);
    expect(councilStringsKept(bytes, out)).toBe(true);
    expect(diff.added).toEqual(["xl/worksheets/sheet4.xml"]);
  });

  it("widens the sheet's recorded used range over the new columns", () => {
    const dimension = (xlsx: Uint8Array) =>
      /<dimension ref="([^"]*)"/.exec(partText(openPackage(xlsx, "x.xlsx"), "xl/worksheets/sheet1.xml") ?? "")?.[1];
    const [from, to] = (dimension(bytes) ?? "").split(":");
    const [, widenedTo] = (dimension(out) ?? "").split(":");
    expect(parseCellAddress(widenedTo)).toEqual({ row: parseCellAddress(to)?.row, column: 13 });
    expect((dimension(out) ?? "").startsWith(`${from}:`)).toBe(true);
  });

  it("adds drop-downs Excel enforces, fed from the settings sheet", () => {
    const xml = Buffer.from(parts(out)["xl/worksheets/sheet1.xml"], "latin1").toString("utf8");
    const rules = [...xml.matchAll(/<dataValidation ([^>]*)><formula1>([^<]+)<\/formula1>/g)].map((m) => [
      /type="(\w+)"/.exec(m[1])?.[1],
      /errorStyle="(\w+)"/.exec(m[1])?.[1],
      /sqref="([^"]+)"/.exec(m[1])?.[1],
      m[2],
    ]);
    expect(rules.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["list", "stop", "K5:K232"],
      ["list", "information", "L5:L232"],
      ["date", "warning", "N5:N232"],
    ]);
    const settings = after.sheets.find((s) => s.name === "Plan Check settings");
    const [, from, to] = /!\$B\$(\d+):\$B\$(\d+)/.exec(rules[0][3] ?? "") ?? [];
    const statuses = settings?.values.slice(Number(from) - 1, Number(to)).map((r) => r[1]);
    expect(statuses).toEqual([...STATUSES]);
    const links = /!\$B\$(\d+):\$B\$(\d+)/.exec(rules[1][3] ?? "");
    expect(settings?.values[Number(links?.[1]) - 1][1]).toBe("R1");
    expect(parseCellAddress("K5")).toEqual({ row: 4, column: 10 });
  });

  it("wraps the settings sheet's values, so a long one prints inside its column", () => {
    const settings = after.sheets.find((s) => s.name === "Plan Check settings");
    const long = settings?.values.findIndex((r) => String(r[1]).startsWith("Performance management")) ?? -1;
    expect(long).toBeGreaterThan(0);
    const xml = Buffer.from(parts(out)["xl/worksheets/sheet4.xml"], "latin1").toString("utf8");
    const height = (row: number) => Number(new RegExp(`<row r="${row}" ht="(\\d+)"`).exec(xml)?.[1]);
    // Two lines high, where a one-line value is one.
    expect(height(long + 1)).toBeGreaterThanOrEqual(2 * height(2) - 2);
  });

  it("changes nothing when run again", () => {
    const snapshot = readWorkbook(openPackage(out, "out.xlsx"));
    expect(isNothingToDo(planWorkbookTrackingSetup(snapshot))).toBe(true);
  });
});

describe("set up tracking on a sheet with a column range past the table", () => {
  it("splits the range round the new columns, so Excel does not call the copy damaged", () => {
    const pkg = openPackage(openSample(DERBY).bytes, "plan.xlsx");
    const sheet = "xl/worksheets/sheet1.xml";
    // Excel writes one <col> over every column a style or default width was set on.
    const wide = '<col min="11" max="16384" width="12" style="0" customWidth="1"/></cols>';
    setPartText(pkg, sheet, (partText(pkg, sheet) ?? "").replace("</cols>", wide));
    const out = writeTrackingSetup(pkg, planWorkbookTrackingSetup(readWorkbook(pkg)));
    const cols = [...parts(out)[sheet].matchAll(/<col min="(\d+)" max="(\d+)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(cols.slice(-5)).toEqual([
      [11, 11],
      [12, 12],
      [13, 13],
      [14, 14],
      [15, 16384],
    ]);
    // In order, and no column in two ranges.
    cols.slice(1).forEach(([min], i) => expect(min).toBe(cols[i][1] + 1));
  });
});

describe("plan-check setup", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-setup-"));

  it("lists the changes and writes nothing until --yes", async () => {
    const out = path.join(dir, "tracked.xlsx");
    const dry = await runCli("setup", DERBY, "--out", out);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Add a "Status" column in column K of "Improvement plan".');
    expect(dry.stdout).toContain("Run again with --yes");
    expect(fs.existsSync(out)).toBe(false);
    const real = await runCli("setup", DERBY, "--out", out, "--yes");
    expect(real.stdout).toContain(`Written to ${out}.`);
    const again = await runCli("setup", out, "--out", path.join(dir, "again.xlsx"), "--yes");
    expect(again.stdout).toBe('"Improvement plan" already has tracking: nothing to add, nothing written.');
    expect(fs.existsSync(path.join(dir, "again.xlsx"))).toBe(false);
  });
});
