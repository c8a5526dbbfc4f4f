// Validation of the real Derby 2017 plan as of 30 November 2017. Expectations come from reading the
// plan: which deadlines had passed, which brackets lack an owner or a date, and the "Set17" typo.

import { readPlan } from "../../src/core/reader/read-plan";
import { validatePlan, type ValidationResult } from "../../src/core/validation/validate";
import { DERBY, DERBY_TRACKED, openSample } from "../support/derby";

function validate(file: string, asOf = "2017-11-30"): ValidationResult {
  return validatePlan(readPlan(openSample(file).snapshot), asOf);
}

const cells = (result: ValidationResult, code: string): string[] =>
  result.findings.filter((f) => f.code === code).map((f) => f.cell);

describe("the Derby plan as of 30 November 2017 (no Status column)", () => {
  const result = validate(DERBY);

  it("finds exactly the actions whose deadline had passed", () => {
    // A03 Aug 2017 (row 8), A12 Oct 2017 (row 18), A15 Aug 2017 (row 21), A19 Oct 2017 (row 25), A23 Sept 2017 (row 30).
    expect(cells(result, "overdue/action")).toEqual(["D8", "D18", "D21", "D25", "D30"]);
    expect(result.counts.overdue).toBe(5);
  });

  it("does not call November 2017 deadlines overdue on 30 November", () => {
    const november = result.states.filter((s) => s.action.deadline.due === "2017-11-30");
    expect(november.map((s) => s.action.row + 1)).toEqual([10, 24]);
    expect(november.every((s) => !s.overdue)).toBe(true);
  });

  it("raises no alarm on 'With immediate effect' or 'On-going to the end of March 2018'", () => {
    const rows = result.findings.filter((f) => f.cell === "D6" || f.cell === "D9");
    expect(rows).toEqual([]);
    expect(result.states[0].action.deadline.kind).toBe("ongoing-until");
    expect(result.states[3].action.deadline.kind).toBe("immediate");
  });

  it("finds the 'Set17' typo on its cell", () => {
    const typo = result.findings.filter((f) => f.code === "deadline/probable-typo");
    expect(typo.map((f) => [f.cell, f.value])).toEqual([["I23", "Set17"]]);
    expect(typo[0].message).toContain("read it as September");
  });

  it("finds the sub-action brackets with a date but no owner", () => {
    expect(cells(result, "owner/sub-action-no-owner")).toEqual([
      "E10",
      "E15",
      "G16",
      "J16",
      "E18",
      "E18",
      "J18",
      "E20",
      "J30",
      "H31",
      "H31",
      "J31",
    ]);
  });

  it("finds the brackets with an owner but no date, reading a date written before the bracket", () => {
    expect(cells(result, "owner/sub-action-no-date")).toEqual(["E31"]);
    // "Complete an unannounced review by the end of Dec18 ( Perf and Intel. )" has its date in its words.
    const e14 = result.reading.plan.actions.find((a) => a.row + 1 === 14)?.subActions[0];
    expect([e14?.owner, e14?.deadline?.due]).toEqual(["Perf and Intel.", "2018-12-31"]);
    expect(cells(result, "deadline/sub-action-after-action")).toContain("E14");
  });

  it("finds bullets with no bracket at all, and the cut-off bracket", () => {
    // E11 is "- Monitor progress via case audits"; E16 holds three closing-the-loop bullets with no owner.
    expect(cells(result, "owner/sub-action-no-bracket")).toEqual(["E9", "E11", "E16", "E16", "E16", "E24", "E27"]);
    expect(cells(result, "deadline/bracket-cut-off")).toEqual(["G22", "I22", "J32"]);
    expect(cells(result, "deadline/no-year")).toEqual(["J16"]);
  });

  it("finds the owners cut off in the published text", () => {
    // J8 ends "(Head of May18)" and J13 "(and Intel. Oct17 onwards)": the post's name lost its end, and its start.
    expect(cells(result, "owner/cut-off")).toEqual(["J8", "J13"]);
  });

  it("says once that without a Status column every action counts as open", () => {
    expect(result.findings.filter((f) => f.code === "overdue/no-status-column")).toHaveLength(1);
  });

  it("infers links from wording and marks them as inferred", () => {
    const privateFostering = result.findings.find((f) => f.code === "coverage/inferred-link" && f.cell === "A8");
    expect(privateFostering?.message).toMatch(
      /^Inferred from its wording \(not recorded in the plan\).*recommendation 4 \(Private fostering\)/,
    );
    expect(result.findings.filter((f) => f.code === "coverage/recommendation-gap")).toEqual([]);
  });

  it("lists the findings on the Priorities sheet first, as the plan as a whole, then the plan's by row", () => {
    const where = result.findings.map((f) => `${f.sheet}!${f.cell}`);
    expect(where.slice(0, 4)).toEqual(["Priorities!A3", "Priorities!A4", "Priorities!A8", "Priorities!A13"]);
    expect(result.findings.slice(4).every((f) => f.sheet === "Improvement plan")).toBe(true);
  });

  it("points every finding at a real cell of a real sheet", () => {
    const sheets = new Set(["Improvement plan", "Recommendations", "Priorities"]);
    for (const f of result.findings) {
      expect(sheets.has(f.sheet)).toBe(true);
      expect(f.cell).toMatch(/^[A-Z]{1,3}\d+$/);
      expect(f.message.length).toBeGreaterThan(20);
    }
  });
});

describe("the tracked Derby sample as of 30 November 2017", () => {
  const result = validate(DERBY_TRACKED);

  it("never calls a completed action overdue", () => {
    expect(cells(result, "overdue/action")).toEqual(["D18", "D30"]);
    for (const s of result.states) if (s.complete) expect(s.overdue).toBe(false);
  });

  it("uses the recorded links for coverage and finds the uncovered priority", () => {
    expect(result.findings.filter((f) => f.code === "coverage/inferred-link")).toEqual([]);
    expect(result.findings.filter((f) => f.code === "coverage/priority-gap").map((f) => f.value)).toEqual([
      "CIC Dental checks",
    ]);
    expect(result.findings.filter((f) => f.code === "coverage/recommendation-gap")).toEqual([]);
  });

  it("reads a priority whose name holds a comma, inside its brackets, as one link", () => {
    expect(cells(result, "coverage/unknown-link")).toEqual([]);
    const row20 = result.reading.plan.actions.find((a) => a.row + 1 === 20);
    expect(row20?.links).toEqual([
      "R6",
      "Performance management (including data quality, recording and reporting) and quality assurance activity",
    ]);
  });

  it("has no status-column notice", () => {
    expect(cells(result, "overdue/no-status-column")).toEqual([]);
  });
});
