// A plan that is not Derby's: another council's layout and headings, no Recommendations sheet, or one
// with its own recommendations and no Priorities sheet. Derby's structure must never leak into it.

import { readPlan } from "../../src/core/reader/read-plan";
import { boardExceptions } from "../../src/core/summaries/board-exceptions";
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
      // The plan has no Priorities sheet, so it is not sent to one.
      "Use a recommendation number (R1–R2), as on the Recommendations sheet.",
    ]);
    expect(result.findings.filter((f) => f.code === "structure/unknown-theme")).toEqual([]);
  });
});

describe("a plan answering an inspection's areas for improvement (ILACS, since 2018)", () => {
  const AREAS: SheetSpec = {
    name: "Areas for improvement",
    rows: [
      ["Ofsted inspection, March 2025: what needs to improve"],
      ["AFI", "Area for improvement", "Theme"],
      ["AFI 1", "The quality of assessments for disabled children.", "Help and protection"],
      ["AFI 2", "Management oversight of social work practice.", "Help and protection"],
      ["AFI 3", "Sufficiency of local placements.", "Help and protection"],
    ],
  };
  const plan = (links: string[]): SheetSpec => ({
    name: "Improvement plan",
    rows: [
      ["Ref", "AFI", "Action", "Lead officer", "Target date", "RAG", "Measure of success"],
      ["Help and protection"],
      ...links.map((link, i) => [`1.${i + 1}`, link, `Action ${i + 1}`, "Head of QA", "Mar26", "Green", "Audit"]),
    ],
  });
  // A summary Plan Check generated earlier is named like a recommendations sheet, and comes first.
  const earlierSummary: SheetSpec = {
    name: "Summary by recommendation",
    rows: [["Ref", "Recommendation or priority"]],
  };

  it("reads the areas for improvement, their AFI links and the measures of success", async () => {
    const result = await validate([plan(["AFI 1 & AFI 2", "AFI 5", ""]), earlierSummary, AREAS]);
    const { structure } = result.reading.plan;
    expect(structure.recommendations.map((r) => [r.id, r.term, r.number])).toEqual([
      ["AFI 1", "area for improvement", 1],
      ["AFI 2", "area for improvement", 2],
      ["AFI 3", "area for improvement", 3],
    ]);
    expect(result.reading.header.columns.map((c) => c.role).sort()).toEqual(
      ["accountable", "closingTheLoop", "deadline", "links", "status", "what"].sort(),
    );
    expect(result.findings.filter((f) => f.code === "structure/missing-column")).toEqual([]);
  });

  it("speaks of areas for improvement, not recommendations, in findings and summaries", async () => {
    const result = await validate([plan(["AFI 1 & AFI 2", "AFI 5", ""]), AREAS]);
    const one = (code: string) => result.findings.find((f) => f.code === code);
    expect(one("coverage/unknown-link")).toMatchObject({
      cell: "B4",
      message: 'The action in row 4 links to "AFI 5", which is not an area for improvement of this plan.',
      fix: "Use an area for improvement number (AFI 1–AFI 3), as on the Areas for improvement sheet.",
    });
    expect(one("coverage/recommendation-gap")).toMatchObject({
      sheet: "Areas for improvement",
      cell: "A5",
      column: "Area for improvement",
      message:
        "No action supports Ofsted area for improvement 3 (judged from the recorded links and, for actions with none, from their wording).",
      fix: "Add an action that supports this area for improvement, or link an existing one to it.",
    });
    expect(one("content/missing-links")).toMatchObject({
      message:
        'The action in row 5 ("Action 3") does not name the area(s) for improvement or priority(ies) it supports.',
      fix: "Name the area(s) for improvement or priority(ies) it supports, e.g. AFI 2.",
    });
    const options = { generatedOn: "2024-07-01", linkToPlan: true };
    const texts = (sheet: { rows: unknown[][] }) =>
      sheet.rows
        .flat()
        .flatMap((c) => ((c as { kind?: string })?.kind === "text" ? [(c as { text: string }).text] : []));
    const summary = texts(recommendationSummary(result, options));
    expect(summary).toEqual(
      expect.arrayContaining([
        "Gaps: 1 area for improvement has no action",
        "AFI 3",
        "Area for improvement or priority",
      ]),
    );
    // Only the sheet's own title keeps the name every plan's summary has.
    expect(summary.filter((t) => /recommendation/i.test(t))).toEqual(["Summary by recommendation"]);
    expect(texts(boardExceptions(result, options))).toContain("Area for improvement with no action");
  });
});

describe("a plan answering Ofsted's priority actions", () => {
  const PRIORITY_ACTIONS: SheetSpec = {
    name: "Priority actions",
    rows: [
      ["Ref", "Priority action", "Priority"],
      ["PA1", "Children subject to child protection plans are seen and their plans progressed.", "High"],
      ["PA2", "Management oversight of contacts and referrals in the front door.", "High"],
      ["PA3", "Disabled children are safeguarded.", "High"],
    ],
  };
  const plan: SheetSpec = {
    name: "Action plan",
    rows: [
      ["Action", "Priority action", "Lead", "Timescale", "Measure of success", "RAG"],
      ["Review every child on a plan", "PA1", "HoS CP", "Dec 2024", "Audit", "Green"],
      ["Daily oversight of contacts", "PA 2", "TM MASH", "Jan 2025", "Audit", "Amber"],
      ["Train staff", "PA7", "PSW", "Jan 2025", "Audit", "Amber"],
      ["Refresh the template", "", "HoS CiC", "Jan 2025", "Audit", "Amber"],
    ],
  };

  it("reads them as what the plan answers, in their own words, and not as the council's priorities", async () => {
    const result = await validate([plan, PRIORITY_ACTIONS]);
    const { structure } = result.reading.plan;
    expect(structure.recommendations.map((r) => [r.id, r.term, r.number])).toEqual([
      ["PA1", "priority action", 1],
      ["PA2", "priority action", 2],
      ["PA3", "priority action", 3],
    ]);
    expect(structure.priorities).toEqual([]);
    const one = (code: string) => result.findings.find((f) => f.code === code);
    expect(one("coverage/recommendation-gap")).toMatchObject({
      sheet: "Priority actions",
      cell: "A4",
      message: expect.stringMatching(/^No action supports Ofsted priority action 3\b/),
      fix: "Add an action that supports this priority action, or link an existing one to it.",
    });
    expect(one("coverage/unknown-link")).toMatchObject({
      cell: "B4",
      message: 'The action in row 4 links to "PA7", which is not a priority action of this plan.',
      fix: "Use a priority action number (PA1–PA3), as on the Priority actions sheet.",
    });
    expect(one("content/missing-links")).toMatchObject({
      fix: "Name the priority action(s) or priority(ies) it supports, e.g. PA2.",
    });
    // The gap is listed by its reference, which fits the column, with its words beside it.
    const rows = recommendationSummary(result, { generatedOn: "2024-07-01", linkToPlan: true }).rows;
    const texts = rows.map((r) => r.map((c) => (c && c.kind === "text" ? c.text : null)));
    const gaps = texts.findIndex((r) => r[0] === "Gaps: 1 priority action has no action");
    expect(texts[gaps + 1]).toEqual(["PA3", "Disabled children are safeguarded."]);
  });
});

describe("a plan answering an inspection's areas for improvement and a visit's priority actions", () => {
  const AREAS: SheetSpec = {
    name: "Areas for improvement",
    rows: [
      ["AFI", "Area for improvement"],
      [1, "Management oversight and supervision."],
      [2, "Timeliness of initial health assessments."],
      [3, "Sufficiency of placements."],
    ],
  };
  const PRIORITY_ACTIONS: SheetSpec = {
    name: "Priority actions",
    rows: [
      ["Ref", "Priority action"],
      ["PA1", "Children subject to child protection plans are seen."],
      ["PA2", "Management oversight of contacts in the front door."],
      ["PA3", "Disabled children are safeguarded."],
    ],
  };
  const plan: SheetSpec = {
    name: "Action plan",
    rows: [
      ["Action", "Links to AFI / PA", "Lead", "Timescale", "Measure of success", "RAG"],
      ["Review every child on a plan", "PA1", "HoS CP", "Dec 2024", "Audit", "Green"],
      ["Daily oversight of contacts", "PA 2; AFI 1", "TM MASH", "Jan 2025", "Audit", "Amber"],
      ["Health assessments on time", "2", "HoS CiC", "Mar 2025", "Report", "Amber"],
      ["Train staff", "PA7", "PSW", "Jan 2025", "Audit", "Amber"],
      ["Refresh the template", "", "HoS CiC", "Jan 2025", "Audit", "Amber"],
    ],
  };
  const options = { generatedOn: "2024-07-01", linkToPlan: true };
  const texts = (sheet: { rows: unknown[][] }) =>
    sheet.rows.flat().flatMap((c) => ((c as { kind?: string })?.kind === "text" ? [(c as { text: string }).text] : []));

  it("reads both lists, numbered apart, and checks each link against the kind its label names", async () => {
    const result = await validate([plan, AREAS, PRIORITY_ACTIONS]);
    expect(result.reading.plan.structure.recommendations.map((r) => [r.id, r.term])).toEqual([
      ["AFI 1", "area for improvement"],
      ["AFI 2", "area for improvement"],
      ["AFI 3", "area for improvement"],
      ["PA1", "priority action"],
      ["PA2", "priority action"],
      ["PA3", "priority action"],
    ]);
    // "PA 2" is the priority action, "AFI 1" and a bare "2" the inspection's: only AFI 3 and PA3 lack an action.
    const gaps = result.findings.filter((f) => f.code === "coverage/recommendation-gap");
    expect(gaps.map((f) => [f.sheet, f.cell, f.message.replace(/ \(judged .*\)/, "")])).toEqual([
      ["Areas for improvement", "A4", "No action supports Ofsted area for improvement 3."],
      ["Priority actions", "A4", "No action supports Ofsted priority action 3."],
    ]);
    const one = (code: string) => result.findings.find((f) => f.code === code);
    expect(one("coverage/unknown-link")).toMatchObject({
      cell: "B5",
      message:
        'The action in row 5 links to "PA7", which is not an area for improvement or priority action of this plan.',
      fix: "Use an area for improvement or priority action number (AFI 1–AFI 3 or PA1–PA3), as on the Areas for improvement and Priority actions sheets.",
    });
    expect(one("content/missing-links")).toMatchObject({
      cell: "B6",
      fix: "Name the area(s) for improvement, priority action(s) or priority(ies) it supports, e.g. AFI 2; PA2.",
    });
  });

  it("names each gap in its own word on the summaries", async () => {
    const result = await validate([plan, AREAS, PRIORITY_ACTIONS]);
    expect(texts(recommendationSummary(result, options))).toEqual(
      expect.arrayContaining([
        "Gaps: 1 area for improvement and 1 priority action have no action",
        "AFI 3",
        "PA3",
        "Area for improvement, priority action or priority",
      ]),
    );
    expect(texts(boardExceptions(result, options))).toEqual(
      expect.arrayContaining(["Area for improvement with no action", "Priority action with no action"]),
    );
  });

  it("reads a priority action listed among the recommendations by its label", async () => {
    const recommendations: SheetSpec = {
      name: "Recommendations",
      rows: [
        ["No.", "Recommendation"],
        [1, "Management oversight and supervision."],
        ["PA1", "Children subject to child protection plans are seen."],
      ],
    };
    const result = await validate([plan, recommendations]);
    expect(result.reading.plan.structure.recommendations.map((r) => [r.id, r.term])).toEqual([
      ["R1", "recommendation"],
      ["PA1", "priority action"],
    ]);
  });
});

describe("recommendations kept as a list rather than a table", () => {
  const plan: SheetSpec = {
    name: "Plan",
    rows: [
      ["Action", "Lead", "Deadline", "Measure of impact", "RAG", "Link"],
      ["Practice"],
      ["Weekly case audits", "SM CP", "Mar25", "Audit grades", "Green", "R1"],
      ["Short breaks review", "Head of SEND", "Jun25", "New offer", "Amber", "2"],
    ],
  };
  const listed = (name: string, rows: string[][]): SheetSpec => ({ name, rows });

  it.each<[string, SheetSpec, string[]]>([
    [
      "numbered paragraphs under a title",
      listed("Ofsted recommendations", [
        ["Recommendations from the inspection, March 2024"],
        ["1. Improve the quality of management oversight."],
        ["2. Improve services for disabled children."],
        ["3. Increase the sufficiency of placements."],
      ]),
      ["R1", "R2", "R3"],
    ],
    [
      "areas for improvement, each labelled in one cell",
      listed("Areas for improvement", [
        ["AFI 1 – Management oversight of practice"],
        ["AFI 2 – Disabled children's services"],
        ["AFI 3 – Placement sufficiency"],
      ]),
      ["AFI 1", "AFI 2", "AFI 3"],
    ],
    [
      "a sheet named for them short, 'Ofsted recs'",
      listed("Ofsted recs", [
        ["1. Strengthen management oversight."],
        ["2. Improve services for disabled children."],
        ["3. Increase the sufficiency of placements."],
      ]),
      ["R1", "R2", "R3"],
    ],
    [
      "a label beside each, under headings that name no number column",
      listed("Recommendations", [
        ["Recommendation", "Detail"],
        ["Recommendation 1", "Management oversight"],
        ["Recommendation 2", "Disabled children"],
        ["Recommendation 3", "Sufficiency"],
      ]),
      ["R1", "R2", "R3"],
    ],
  ])("reads %s, and checks coverage against them", async (_name, sheet, ids) => {
    const result = await validate([plan, sheet]);
    expect(result.reading.plan.structure.recommendations.map((r) => r.id)).toEqual(ids);
    // The plan links the first two; the third, on the sheet's last row, is the gap.
    expect(result.findings.filter((f) => f.code === "coverage/recommendation-gap").map((f) => f.cell)).toEqual([
      `A${sheet.rows.length}`,
    ]);
  });

  it("reads them listed under their heading on a cover sheet, the list ending where other text begins", async () => {
    const cover = listed("Introduction", [
      ["Ofsted judged our services to require improvement."],
      ["What needs to improve"],
      ["1. Management oversight of practice."],
      ["2. Services for disabled children."],
      ["3. The sufficiency of placements."],
      ["Our priorities"],
      ["4. A line of the introduction, not an area for improvement."],
    ]);
    const result = await validate([plan, cover]);
    expect(result.reading.plan.structure.recommendations.map((r) => r.id)).toEqual(["AFI 1", "AFI 2", "AFI 3"]);
    expect(result.findings.filter((f) => f.code === "coverage/recommendation-gap").map((f) => f.cell)).toEqual(["A5"]);
  });

  it("reads an item that wraps onto the rows below it as one, and the items after it", async () => {
    const cover = listed("Introduction", [
      ["What needs to improve"],
      ["1. The quality and consistency of management oversight"],
      ["of practice, so that plans are progressed without delay."],
      ["2. Services for disabled children, including the"],
      ["Short Breaks offer."],
      ["3. The sufficiency of placements."],
      ["Our priorities"],
    ]);
    const result = await validate([plan, cover]);
    expect(result.reading.plan.structure.recommendations.map((r) => [r.id, r.text, r.cell?.row])).toEqual([
      [
        "AFI 1",
        "The quality and consistency of management oversight of practice, so that plans are progressed without delay.",
        1,
      ],
      ["AFI 2", "Services for disabled children, including the Short Breaks offer.", 3],
      ["AFI 3", "The sufficiency of placements.", 5],
    ]);
  });

  it("reads them listed under their heading above the plan's own table", async () => {
    const result = await validate([
      {
        name: "Plan",
        rows: [
          ["Southmoor Improvement Plan 2025"],
          ["Recommendations"],
          ["1. Improve management oversight."],
          ["2. Improve services for disabled children."],
          [],
          ...plan.rows,
        ],
      },
    ]);
    expect(result.reading.title).toBe("Southmoor Improvement Plan 2025");
    expect(result.reading.plan.structure.recommendations.map((r) => [r.id, r.cell?.row])).toEqual([
      ["R1", 2],
      ["R2", 3],
    ]);
  });

  it("takes one numbered line for no list", async () => {
    const result = await validate([plan, listed("Recommendations", [["1. Improve everything."]])]);
    expect(result.reading.plan.structure.recommendations).toEqual([]);
  });
});

describe("priorities kept as a numbered list, named by the plan's theme headings", () => {
  it("reads the list, links each action to its heading's priority, and asks no action for links", async () => {
    const result = await validate([
      {
        name: "Plan",
        rows: [
          ["Action", "Lead", "Deadline", "Measure of impact", "RAG", "Link"],
          ["Priority 1: Front door"],
          ["Weekly MASH audits", "SM MASH", "Mar25", "Audit grades", "Green", ""],
          ["Priority 2: Children in care"],
          ["Sufficiency strategy", "Head of Placements", "Jun25", "Placements", "Amber", ""],
        ],
      },
      {
        name: "Priorities",
        rows: [["Our priorities 2024–26"], ["1. Front door"], ["2. Children in care"], ["3. Care leavers"]],
      },
    ]);
    expect(result.reading.plan.structure.priorities.map((p) => p.name)).toEqual([
      "Front door",
      "Children in care",
      "Care leavers",
    ]);
    expect(result.findings.filter((f) => f.code === "content/missing-links")).toEqual([]);
    expect(result.findings.filter((f) => f.code === "coverage/priority-gap").map((f) => f.value)).toEqual([
      "Care leavers",
    ]);
  });
});

describe("a plan sheet named like a list", () => {
  it("never reads the plan's own numbered theme headings as its list of priorities", async () => {
    const result = await validate([
      {
        name: "Priority actions",
        rows: [
          ["Action", "Lead", "Deadline", "Measure of impact", "RAG"],
          ["1. Front door"],
          ["Weekly MASH audits", "SM MASH", "Mar25", "Audit grades", "Green"],
          ["2. Children in care"],
          ["Sufficiency strategy", "Head of Placements", "Jun25", "Placements", "Amber"],
        ],
      },
    ]);
    expect(result.reading.plan.actions).toHaveLength(2);
    expect(result.reading.plan.structure.priorities).toEqual([]);
    expect(result.findings.filter((f) => f.code === "coverage/priority-gap")).toEqual([]);
  });
});
