// A workbook with no Recommendations sheet may still name them, words and all, in the plan itself: a
// first column of areas for improvement, or theme headings "Recommendation 1: …". Those are read as
// the plan's recommendations, so the summary can list each with its actions; one the plan never names
// cannot be known, and the report says so.

import { readPlan } from "../../src/core/reader/read-plan";
import { recommendationSummary } from "../../src/core/summaries/recommendation-summary";
import { validatePlan } from "../../src/core/validation/validate";
import { snapshotOf, type SheetSpec } from "../support/workbooks";

const HEADER = ["Area for improvement", "What we will do", "Lead", "By when", "How we will know", "Link"];

async function validate(sheets: SheetSpec[]) {
  return validatePlan(readPlan(await snapshotOf(sheets)), "2025-11-30");
}

describe("recommendations named in the plan's own cells", () => {
  const BY_AFI: SheetSpec = {
    name: "Improvement plan",
    rows: [
      HEADER.slice(0, 5),
      ["AFI 1: Timeliness of health assessments", "Agree a new pathway", "HoS CiC", "Dec 2025", "IHAs in time"],
      [null, "Track requests weekly", "SM CiC", "Jan 2026", "Tracker"],
      ["AFI 2: Management oversight and supervision", "Relaunch supervision", "PSW", "Jan 2026", "Audit"],
      [null, "Dip-sample supervision", "Head of QA", "Feb 2026", "Audit report"],
      // A bare label names no words to list, but still links to the one named above.
      ["AFI 1", "Report to the health board", "HoS CiC", "Feb 2026", "Minutes"],
      // A link to what the plan never names may be right: it is not called unknown.
      ["Thresholds", "Refresh the threshold document", "HoS MASH", "Mar 2026", "Audit"],
    ],
  };

  it("reads each from the cell it is first written in, with its words", async () => {
    const { structure } = (await validate([BY_AFI])).reading.plan;
    expect(structure.source).toBe("plan");
    expect(structure.recommendations.map((r) => [r.id, r.term, r.text, r.cell])).toEqual([
      [
        "AFI 1",
        "area for improvement",
        "Timeliness of health assessments",
        { sheet: "Improvement plan", row: 1, column: 0 },
      ],
      [
        "AFI 2",
        "area for improvement",
        "Management oversight and supervision",
        { sheet: "Improvement plan", row: 3, column: 0 },
      ],
    ]);
  });

  it("says once that one the plan never names cannot be found missing, and calls no link unknown", async () => {
    const result = await validate([BY_AFI]);
    const coverage = result.findings.filter((f) => f.code.startsWith("coverage/"));
    expect(coverage.map((f) => [f.code, f.cell, f.message])).toEqual([
      [
        "coverage/no-recommendations",
        "A1",
        "The workbook has no Recommendations sheet, so Plan Check checks the 2 areas for improvement the plan names in its own cells (AFI 1 and AFI 2); one the plan never names cannot be found missing.",
      ],
    ]);
  });

  it("lists each on the recommendation summary with the actions that support it", async () => {
    const sheet = recommendationSummary(await validate([BY_AFI]), { generatedOn: "2025-11-30", linkToPlan: true });
    const texts = sheet.rows.map((row) => row.map((c) => (c?.kind === "text" ? c.text : "")));
    expect(texts.flat()).toContain(
      "Every area for improvement the plan names (the workbook has no Recommendations sheet to check against) has at least one action.",
    );
    const supporting = (id: string) => {
      const at = texts.findIndex((row) => row[0] === id);
      const next = texts.findIndex((row, i) => i > at && row[0] !== "" && row[0] !== id);
      return texts.slice(at, next < 0 ? undefined : next).map((row) => row[5]);
    };
    expect(supporting("AFI 1")).toEqual(["Agree a new pathway", "Track requests weekly", "Report to the health board"]);
    expect(supporting("AFI 2")).toEqual(["Relaunch supervision", "Dip-sample supervision"]);
    // Its block of actions is its theme: the Theme column does not repeat its own heading.
    expect(texts.find((row) => row[0] === "AFI 2")?.[3]).toBe("");
  });

  it("gives one its theme on the summary where every action that supports it sits under that theme", async () => {
    const result = await validate([
      {
        name: "Plan",
        rows: [
          HEADER.slice(1),
          ["Theme 1: The front door"],
          ["Refresh thresholds", "HoS MASH", "Jan 2026", "Audit", "Recommendation 1: Thresholds"],
          ["Relaunch supervision", "PSW", "Jan 2026", "Audit", "Recommendation 2: Management oversight"],
          ["Theme 2: Children in care"],
          ["Supervise care planning", "HoS CiC", "Mar 2026", "Audit", "Recommendation 2"],
        ],
      },
    ]);
    const sheet = recommendationSummary(result, { generatedOn: "2025-11-30", linkToPlan: true });
    const themes = sheet.rows
      .filter((row) => row[0]?.kind === "text" && /^R\d$/.test(row[0].text))
      .map((row) => [row[0], row[3]].map((c) => (c?.kind === "text" ? c.text : "")));
    // Recommendation 2 is supported under both themes: it is left blank rather than given one.
    expect(themes).toEqual([
      ["R1", "Theme 1: The front door"],
      ["R2", ""],
    ]);
  });

  it("finds a gap under a heading that names one and has no action", async () => {
    const result = await validate([
      {
        name: "Plan",
        rows: [
          HEADER.slice(1, 5),
          ["Recommendation 1: Management oversight"],
          ["Relaunch supervision", "PSW", "Jan 2026", "Audit"],
          ["Recommendation 2: Private fostering"],
          ["Recommendation 3: Care leavers"],
          ["Commission lodgings", "Head of Commissioning", "Mar 2026", "No B&B"],
        ],
      },
    ]);
    const gaps = result.findings.filter((f) => f.code === "coverage/recommendation-gap");
    expect(gaps.map((f) => [f.cell, f.message])).toEqual([["A4", "No action supports Ofsted recommendation 2."]]);
  });

  it("counts an action under such a heading as supporting it, whatever its own link says", async () => {
    const result = await validate([
      {
        name: "Plan",
        rows: [
          HEADER.slice(1),
          ["AFI 1: The quality of supervision"],
          ["Relaunch supervision", "PSW", "Jan 2026", "Audit", "Supervision"],
          ["AFI 2: Care leavers' accommodation"],
          ["Commission lodgings", "Head of Commissioning", "Mar 2026", "No B&B", "Care leavers"],
        ],
      },
    ]);
    expect(result.reading.plan.structure.recommendations.map((r) => r.id)).toEqual(["AFI 1", "AFI 2"]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("lists none from links that give only a number", async () => {
    const rows = [HEADER.slice(1), ["Relaunch supervision", "PSW", "Jan 2026", "Audit", "R1"]];
    const { structure } = (await validate([{ name: "Plan", rows }])).reading.plan;
    expect([structure.source, structure.recommendations]).toEqual(["none", []]);
  });
});
