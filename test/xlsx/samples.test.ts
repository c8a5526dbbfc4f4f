// The bundled Derby samples read back exactly: 25 actions (11 / 10 / 4 by theme), every cell's text
// as published, typos and cut-off text included.

import fs from "node:fs";
import path from "node:path";
import { openPackage } from "../../src/adapters/xlsx/package";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { readPlan, type PlanReading } from "../../src/core/reader/read-plan";
import plan from "../../scripts/data/derby-improvement-plan-2017.json";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const FIELDS = [
  "what",
  "area",
  "accountable",
  "deadline",
  "closingTheLoop",
  "financial",
  "staffAndWfd",
  "partners",
  "systems",
  "leadership",
] as const;

function read(file: string): PlanReading {
  const bytes = fs.readFileSync(path.join(EXAMPLES, file));
  return readPlan(readWorkbook(openPackage(bytes, file)));
}

describe.each(["derby-improvement-plan-2017.xlsx", "derby-improvement-plan-2017-tracked.xlsx"])("%s", (file) => {
  const reading = read(file);

  it("has 25 actions: 11, 10 and 4 by theme", () => {
    const { actions } = reading.plan;
    expect(actions).toHaveLength(25);
    const count = (theme: string): number => actions.filter((a) => a.theme === theme).length;
    expect(count("Identifying and meeting needs")).toBe(11);
    expect(count("Learning from practice")).toBe(10);
    expect(count("Capacity within the city")).toBe(4);
  });

  it("keeps every cell's text exactly as published", () => {
    reading.plan.actions.forEach((action, i) => {
      const source = plan.actions[i] as Record<string, unknown>;
      for (const field of FIELDS) expect(action.cells[field] ?? "").toBe(source[field]);
    });
  });

  it("finds the two-row header and maps all ten plan columns", () => {
    expect(reading.header.rows).toEqual([2, 3]);
    expect(reading.header.columns.slice(0, 10).map((c) => c.role)).toEqual([...FIELDS]);
    expect(reading.findings).toEqual([]);
  });

  it("reads the structure from the workbook's own Recommendations and Priorities sheets", () => {
    expect(reading.plan.structure.source).toBe("workbook");
    expect(reading.plan.structure.recommendations).toHaveLength(11);
    expect(reading.plan.structure.priorities).toHaveLength(12);
  });
});

describe("the tracked sample", () => {
  const reading = read("derby-improvement-plan-2017-tracked.xlsx");
  it("reads status, links and dates from the tracking columns", () => {
    const first = reading.plan.actions[0];
    expect(first.status).toBe("On track");
    expect(first.links).toEqual(["Thresholds"]);
    expect(first.cells.lastUpdated).toBe("2017-11-06");
    expect(reading.plan.actions.filter((a) => a.status === "Complete")).toHaveLength(4);
  });
});
