// A plan that is not Derby's: another council's layout and headings, no Recommendations sheet, or one
// with its own recommendations and no Priorities sheet. Derby's structure must never leak into it.

import { readPlan } from "../../src/core/reader/read-plan";
import { recommendationSummary } from "../../src/core/summaries/recommendation-summary";
import { planWorkbookTrackingSetup } from "../../src/core/tracking/tracking-setup";
import { validatePlan } from "../../src/core/validation/validate";
import { snapshotOf, type SheetSpec } from "../support/workbooks";

const PLAN: SheetSpec = {
  name: "Action Plan",
  rows: [
    ["Northshire Children's Services Improvement Plan 2024"],
    ["Ref", "Action", "Lead Officer", "Target Date", "Evidence of impact", "RAG", "Ofsted recommendation"],
    ["1. Help and protection"],
    ["1.1", "Strengthen the front door", "HOS MASH", "Mar25", "- Audit of contacts (QA Lead – Feb25)", "Green", "R1"],
    [
      "1.2",
      "Improve strategy discussions",
      "Head of Safeguarding",
      "Jun25",
      "- Dip sample (QA Lead – May25)",
      "Amber",
      "R7",
    ],
    ["2. Children in care"],
    ["2.1", "Sufficiency strategy", "Head of Placements", "Dec25", "- Annual review (QA Lead – Dec25)", "Red", ""],
  ],
};

const RECOMMENDATIONS: SheetSpec = {
  name: "Recommendations",
  rows: [
    ["No.", "Recommendation", "Topic", "Theme"],
    [1, "Improve the timeliness of decisions at the front door.", "Front door", "1. Help and protection"],
    [2, "Improve placement sufficiency.", "Sufficiency", "2. Children in care"],
  ],
};

async function validate(sheets: SheetSpec[]) {
  return validatePlan(readPlan(await snapshotOf(sheets)), "2024-07-01");
}

describe("another council's plan with no Recommendations sheet", () => {
  it("takes its themes from its own headings and says once that coverage cannot be checked", async () => {
    const result = await validate([PLAN]);
    const { structure } = result.reading.plan;
    expect([structure.source, structure.recommendations, structure.priorities]).toEqual(["none", [], []]);
    expect(result.reading.plan.actions.map((a) => a.theme)).toEqual([
      "1. Help and protection",
      "1. Help and protection",
      "2. Children in care",
    ]);
    const structural = result.findings.filter((f) => f.code.startsWith("coverage/") || f.code.startsWith("structure/"));
    expect(structural.map((f) => [f.code, `${f.sheet}!${f.cell}`])).toEqual([
      ["coverage/no-recommendations", "Action Plan!A2"],
    ]);
  });

  it("says on the recommendation summary that there is nothing to check, not that every one is covered", async () => {
    const result = await validate([PLAN]);
    const sheet = recommendationSummary(result, { generatedOn: "2024-07-01", linkToPlan: true });
    const texts = sheet.rows.flat().flatMap((c) => (c?.kind === "text" ? [c.text] : []));
    expect(
      texts.some((t) => t.startsWith("The workbook has no Recommendations sheet, so there is nothing to check.")),
    ).toBe(true);
    expect(texts).not.toContain("Every recommendation has at least one action.");
    expect(texts.filter((t) => t.includes("Inferred") || t.includes("inferred"))).toEqual([]);
  });

  it("is not mistaken for Derby's plan for sharing one generic heading with it", async () => {
    const rows = [
      ...PLAN.rows,
      ["3. Learning from practice"],
      ["3.1", "Practice week", "Principal Social Worker", "Sep25", "- Week held (PSW – Sep25)", "Green", ""],
    ];
    const result = await validate([{ ...PLAN, rows }]);
    expect(result.reading.plan.structure.source).toBe("none");
    const derbys = [...rows.slice(2), ["Identifying and meeting needs"], ["Capacity within the city"]];
    const derby = await validate([{ ...PLAN, rows: [...PLAN.rows.slice(0, 2), ...derbys] }]);
    expect(derby.reading.plan.structure.source).toBe("default");
  });

  it("sets up tracking without an empty Links drop-down", async () => {
    const withoutLinks: SheetSpec = { ...PLAN, rows: PLAN.rows.map((row) => row.slice(0, 6)) };
    const setup = planWorkbookTrackingSetup(await snapshotOf([withoutLinks]));
    expect(setup.columns.map((c) => c.role)).toContain("links");
    expect(setup.rules.map((r) => r.kind)).toEqual(["date"]);
  });

  it("speaks of its own headings, and of notes * and ** only where its headings carry them", async () => {
    const gaps: SheetSpec = {
      ...PLAN,
      rows: [...PLAN.rows, ["2.2", "", "Head of Placements", "Dec25", "", "Red", ""]],
    };
    const result = await validate([gaps]);
    const at = (code: string) => result.findings.find((f) => f.code === code && f.row === 8);
    expect(at("content/missing-what")).toMatchObject({
      message: "The action in row 8 has no description in Action.",
      fix: "Describe the action in the Action column.",
    });
    expect(at("content/missing-closing-the-loop")?.fix).toBe("Say how delivery and impact will be tested.");
    expect(result.findings.map((f) => f.fix).filter((fix) => /note \*/.test(fix ?? ""))).toEqual([]);
  });
});

describe("another council's plan with its own recommendations and no Priorities sheet", () => {
  it("checks coverage against its own recommendations only, never Derby's priorities", async () => {
    const result = await validate([PLAN, RECOMMENDATIONS]);
    expect(result.reading.plan.structure.priorities).toEqual([]);
    // Row 7 records no link; its wording ("Sufficiency strategy") supports R2, and the finding says so.
    expect(result.findings.filter((f) => f.code === "coverage/recommendation-gap")).toEqual([]);
    expect(result.findings.find((f) => f.code === "content/missing-links")?.fix).toContain(
      'seems to support recommendation 2 (Sufficiency); if so, enter "R2" in this cell.',
    );
    expect(result.findings.filter((f) => f.code === "coverage/priority-gap")).toEqual([]);
    const unknown = result.findings.find((f) => f.code === "coverage/unknown-link");
    expect([unknown?.cell, unknown?.value, unknown?.fix]).toEqual([
      "G5",
      "R7",
      "Use a recommendation number (R1–R2) or a priority name, as on the Recommendations and Priorities sheets.",
    ]);
    expect(result.findings.filter((f) => f.code === "structure/unknown-theme")).toEqual([]);
  });
});
