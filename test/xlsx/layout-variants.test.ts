// Real workbooks are laid out many ways. Each variant is built here with ExcelJS and read through the
// .xlsx adapter; every action must still be found, on its real row.

import { PlanReadError } from "../../src/core/reader/errors";
import { validatePlan } from "../../src/core/validation/validate";
import { actionRow, HEADER, readSheets, STEP_HEADER, type CellInput } from "../support/workbooks";

const THEME_1 = "Identifying and meeting needs";
const THEME_2 = "Learning from practice";

function simplePlan(extraRows: CellInput[][] = []): CellInput[][] {
  return [
    HEADER,
    [THEME_1],
    actionRow("Action one", "Head of QA", "Aug17"),
    actionRow("Action two", "HOS Safeguarding", "March 2018"),
    ...extraRows,
  ];
}

describe("reading layout variants", () => {
  it("finds the plan sheet when it is not the first sheet", async () => {
    const reading = await readSheets([
      { name: "Cover", rows: [["Improvement plan 2017"], ["Owner: Coordinator"]] },
      { name: "Notes", rows: [["What?", "Some text"]] },
      { name: "Plan 2017", rows: simplePlan() },
    ]);
    expect(reading.plan.sheet).toBe("Plan 2017");
    expect(reading.plan.actions.map((a) => a.what)).toEqual(["Action one", "Action two"]);
  });

  it("with two copies of the plan, reads the visible one and says where the other is", async () => {
    const reading = await readSheets([
      { name: "Plan 2016 (archive)", rows: simplePlan([["Extra", "x"]]), state: "hidden" },
      { name: "Plan 2017", rows: simplePlan() },
      { name: "Plan 2017 copy", rows: simplePlan() },
    ]);
    expect(reading.plan.sheet).toBe("Plan 2017");
    expect(reading.findings.filter((f) => f.code === "structure/other-plan-sheet")).toEqual([
      expect.objectContaining({
        sheet: "Plan 2016 (archive)",
        cell: "A1",
        message: 'Sheet "Plan 2016 (archive)" (a hidden sheet) also looks like a plan; Plan Check checked "Plan 2017".',
      }),
      expect.objectContaining({
        sheet: "Plan 2017 copy",
        message: 'Sheet "Plan 2017 copy" also looks like a plan; Plan Check checked "Plan 2017".',
      }),
    ]);
    const named = await readSheets(
      [
        { name: "A", rows: simplePlan() },
        { name: "B", rows: simplePlan() },
      ],
      {
        sheet: "B",
      },
    );
    expect([named.plan.sheet, named.findings.map((f) => f.code)]).toEqual(["B", []]);
  });

  it("reads past title and marking rows, and keeps the marking", async () => {
    const reading = await readSheets([
      { name: "Plan", rows: [["OFFICIAL-SENSITIVE"], ["Children's Services Improvement Plan"], [], ...simplePlan()] },
    ]);
    expect(reading.header.rows).toEqual([3]);
    expect(reading.marking).toBe("OFFICIAL-SENSITIVE");
    expect(reading.title).toBe("Children's Services Improvement Plan");
    expect(reading.plan.actions[0].row).toBe(5);
  });

  it("takes the line naming the plan as its title, past a key and a version line above it", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          ["Key: G on track, A some slippage, R off track"],
          ["Version 3 – updated 14/11/2017"],
          ["Children's Services Improvement Plan"],
          ["Progress report to the Improvement Board"],
          [],
          ...simplePlan(),
        ],
      },
    ]);
    expect(reading.title).toBe("Children's Services Improvement Plan");
  });

  it("takes the title from beside its label, as an exported task list writes it", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [["Plan name", "Children's Services Improvement Plan"], ["Plan ID", "aBcD1234"], [], ...simplePlan()],
      },
    ]);
    expect(reading.title).toBe("Children's Services Improvement Plan");
  });

  it("finds the header below an introduction pasted above the table", async () => {
    const introduction = Array.from({ length: 60 }, (_, i) => [`Paragraph ${i + 1} of the introduction.`]);
    const reading = await readSheets([
      { name: "Plan", rows: [["Children's Services Improvement Plan"], ...introduction, ...simplePlan()] },
    ]);
    expect(reading.header.rows).toEqual([61]);
    expect(reading.plan.actions).toHaveLength(simplePlan().length - 2);
  });

  it("keeps a marking written only in the printed header or footer, as a sensitivity label puts it", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [["Children's Services Improvement Plan"], ...simplePlan()],
        printed: { header: '&L&"Arial,Bold"OFFICIAL - SENSITIVE', footer: "&LOFFICIAL&RPage &P of &N" },
      },
    ]);
    // The strictest of the two: summaries made from the plan must not go out marked less than it is.
    expect(reading.marking).toBe("OFFICIAL-SENSITIVE");
    expect(reading.title).toBe("Children's Services Improvement Plan");
  });

  it("reads a two-row header with the sub-action group merged over five columns", async () => {
    const top: CellInput[] = [...HEADER.slice(0, 5), "Sub actions and implications", null, null, null, null];
    const bottom: CellInput[] = [null, null, null, null, null, ...HEADER.slice(5)];
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [top, bottom, [THEME_1], actionRow("A", "Head of QA", "Aug17")],
        merges: ["F1:J1", "A1:A2"],
      },
    ]);
    expect(reading.header.rows).toEqual([0, 1]);
    expect(reading.header.columns.map((c) => c.role)).toContain("leadership");
    expect(reading.plan.actions[0].subActions.map((s) => s.column)).toEqual(["Closing the loop**", "Staff and WFD"]);
  });

  it("matches headings with footnote marks, line breaks, other case, spacing and synonyms", async () => {
    const header = ["ACTION", "Improvement area", "Lead\nofficer", "Target  date*", "closing the LOOP **", "RAG"];
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [header, [THEME_1], ["Do it", "x", "Head of QA", "Aug17", "- Audit (QA – Sep17)", "Green"]],
      },
    ]);
    expect(reading.header.columns.map((c) => c.role)).toEqual([
      "what",
      "area",
      "accountable",
      "deadline",
      "closingTheLoop",
      "status",
    ]);
    expect(reading.plan.actions[0].status).toBe("Green");
  });

  it("reads the latest of a tracker's monthly RAG columns as the status, and keeps the others", async () => {
    const header = [
      "Action",
      "Lead",
      "Target date",
      "Evidence of impact",
      "RAG Sept 2017",
      "RAG Nov 2017",
      "RAG Oct 2017",
    ];
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [header, [THEME_1], ["Review thresholds", "HoS MASH", "Oct17", "Audit", "Amber", "Complete", "Amber"]],
      },
    ]);
    expect(reading.header.columns.find((c) => c.role === "status")?.heading).toBe("RAG Nov 2017");
    expect(reading.header.extraColumns.map((c) => c.heading)).toEqual(["RAG Sept 2017", "RAG Oct 2017"]);
    expect(reading.plan.actions[0].status).toBe("Complete");
    // Where the dates cannot be told apart, the column further right: a tracker adds each after the last.
    const quarters = await readSheets([
      {
        name: "Plan",
        rows: [
          [...header.slice(0, 4), "Q1 update", "Q2 update"],
          [THEME_1],
          ["A", "HoS", "Oct17", "Audit", "Old", "New"],
        ],
      },
    ]);
    expect(quarters.plan.actions[0].cells.progress).toBe("New");
    // A column made ready for the next update, nothing under it yet, is not the current one.
    for (const next of ["Q3 update", "RAG Dec 2017"]) {
      const ahead = await readSheets([
        {
          name: "Plan",
          rows: [
            [...header.slice(0, 4), "Q2 update", "RAG Nov 2017", next],
            [THEME_1],
            ["A", "HoS", "Oct17", "Audit", "Written", "Amber", ""],
            ["B", "HoS", "Oct17", "Audit", "", "Green", ""],
          ],
        },
      ]);
      expect(ahead.plan.actions.map((a) => [a.cells.progress, a.status])).toEqual([
        ["Written", "Amber"],
        ["", "Green"],
      ]);
    }
  });

  it("reads the headings other councils' trackers use, slashes and all", async () => {
    const header = [
      "Action",
      "Responsible officer",
      "Timescale for completion",
      "Outcome/impact measure",
      "Progress RAG",
      "Comments/update",
      "Last review date",
    ];
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [header, [THEME_1], ["Do it", "Head of QA", "Aug17", "Audit", "Green", "Begun", "01/08/2017"]],
      },
    ]);
    expect(reading.header.columns.map((c) => c.role)).toEqual([
      "what",
      "accountable",
      "deadline",
      "closingTheLoop",
      "status",
      "progress",
      "lastUpdated",
    ]);
  });

  it.each<[string, string[], [accountable: string, deliveryLead: string | undefined]]>([
    [
      "the accountable officer and the one responsible",
      ["Action", "Accountable officer", "Responsible officer", "Deadline"],
      ["Accountable officer", "Responsible officer"],
    ],
    // The senior of two owner columns is accountable, wherever it stands.
    ["the lead officer and the SRO", ["Action", "Lead officer", "SRO", "Deadline"], ["SRO", "Lead officer"]],
    ["a delivery lead beside the lead", ["Action", "Lead", "Delivery lead", "Deadline"], ["Lead", "Delivery lead"]],
    // A RACI chart: whoever is Responsible does the work, for the one Accountable.
    [
      "a RACI chart's Responsible and Accountable",
      ["Action", "Responsible", "Accountable", "Consulted", "Informed", "Deadline"],
      ["Accountable", "Responsible"],
    ],
    // A delivery lead alone is who the plan holds to the action.
    ["a delivery lead alone", ["Action", "Delivery lead", "Deadline", "Evidence"], ["Delivery lead", undefined]],
  ])("reads %s as the accountable officer and the delivery lead", async (_name, header, [accountable, lead]) => {
    const reading = await readSheets([{ name: "Plan", rows: [header, [THEME_1], ["Do it", "HoS", "TM", "Aug17"]] }]);
    const heading = (role: string) => reading.header.columns.find((c) => c.role === role)?.heading;
    expect([heading("accountable"), heading("deliveryLead")]).toEqual([accountable, lead]);
    const [action] = reading.plan.actions;
    expect(action.owners.length + action.deliveryLeads.length).toBe(lead ? 2 : 1);
  });

  it("leaves a hidden second owner column unread, as an old one kept out of sight", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          ["Action", "Accountable officer", "Responsible officer", "Deadline"],
          [THEME_1],
          ["Do it", "HoS", "TM", "Aug17"],
        ],
        hiddenColumns: [3],
      },
    ]);
    expect(reading.header.columns.map((c) => c.role)).not.toContain("deliveryLead");
  });

  it("reads a task list's headings: Task name, Bucket name, Assigned to, Completed date", async () => {
    const header = [
      "Task name",
      "Bucket name",
      "Objective",
      "Assigned to",
      "Due date",
      "Success measure",
      "Completed date",
    ];
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [header, ["Do it", "Front door", "Better audits", "Head of QA", "Aug17", "Audit", "20/07/2017"]],
      },
    ]);
    expect(reading.header.columns.map((c) => c.role)).toEqual([
      "what",
      "theme",
      "accountable",
      "deadline",
      "closingTheLoop",
      "dateCompleted",
    ]);
    expect(reading.plan.actions[0].theme).toBe("Front door");
    // The task, not the objective it serves, is the action.
    expect(reading.plan.actions[0].what).toBe("Do it");
    expect(reading.plan.actions[0].completedOn).toBe("2017-07-20");
  });

  it("reads a task list's Progress column of status words as its Status, and a prose one as progress", async () => {
    const header = ["Task name", "Progress", "Assigned to", "Due date", "Success measure"];
    const tasks = (progress: string[]) =>
      progress.map((p, i) => [`Task ${i + 1}`, p, "Head of QA", "Aug17", "Audit"] as CellInput[]);
    const statuses = await readSheets([
      { name: "Plan", rows: [header, [THEME_1], ...tasks(["Completed", "In progress", "Not started", "Waiting"])] },
    ]);
    expect(statuses.header.columns.find((c) => c.column === 1)?.role).toBe("status");
    const result = validatePlan(statuses, "2017-11-30");
    expect(result.states.map((s) => s.complete)).toEqual([true, false, false, false]);

    const prose = await readSheets([
      { name: "Plan", rows: [header, [THEME_1], ...tasks(["Completed the audit in July", "On track", "Begun"])] },
    ]);
    expect(prose.header.columns.find((c) => c.column === 1)?.role).toBe("progress");

    // Set-up adds a "Progress update" column beside it: the status words are still the status.
    const setUp = await readSheets([
      {
        name: "Plan",
        rows: [
          [...header, "Progress update"],
          [THEME_1],
          ...tasks(["Completed", "In progress", "Not started"]).map((row) => [...row, ""]),
        ],
      },
    ]);
    expect(setUp.header.columns.map((c) => [c.heading, c.role])).toEqual(
      expect.arrayContaining([
        ["Progress", "status"],
        ["Progress update", "progress"],
      ]),
    );
    expect(setUp.plan.actions.map((a) => a.status)).toEqual(["Completed", "In progress", "Not started"]);
  });

  it("reads a date heading merged over its kinds — Original and Revised — as the two deadline columns", async () => {
    for (const group of ["Target date", "Timescale"]) {
      const reading = await readSheets([
        {
          name: "Plan",
          rows: [
            ["Action", "Lead", group, null, "Evidence of impact", "RAG"],
            [null, null, "Original", "Revised", null, null],
            [THEME_1],
            ["Do it", "HoS", "Sep17", "Mar18", "Audit", "Green"],
            ["Do more", "HoS", "Sep17", "", "Audit", "Green"],
          ],
          merges: ["C1:D1", "A1:A2", "B1:B2", "E1:E2", "F1:F2"],
        },
      ]);
      expect(reading.header.rows).toEqual([0, 1]);
      expect(reading.header.columns.slice(2, 4).map((c) => [c.role, c.heading])).toEqual([
        ["deadline", `${group} (Original)`],
        ["revisedDeadline", `${group} (Revised)`],
      ]);
      // The row of kinds is no action; the revised date, where given, is the deadline.
      expect(reading.plan.actions.map((a) => a.deadline.due)).toEqual(["2018-03-31", "2017-09-30"]);
    }
  });

  it("reads the End of a Start–End span merged under one date heading as the deadline", async () => {
    for (const [group, start, end] of [
      ["Timescales", "Start", "End"],
      ["Dates", "From", "To"],
      ["Timeline", "Start date", "Due date"],
    ]) {
      const reading = await readSheets([
        {
          name: "Plan",
          rows: [
            ["Action", "Lead", group, null, "Evidence of impact", "RAG"],
            [null, null, start, end, null, null],
            [THEME_1],
            ["Do it", "HoS", "Apr 2017", "Sep 2017", "Audit", "Green"],
          ],
          merges: ["C1:D1", "A1:A2", "B1:B2", "E1:E2", "F1:F2"],
        },
      ]);
      expect(reading.header.rows).toEqual([0, 1]);
      expect(reading.header.columns.find((c) => c.role === "deadline")?.column).toBe(3);
      expect(reading.header.extraColumns).toEqual([{ column: 2, heading: `${group} (${start})` }]);
      // The start is no deadline, and the row of kinds is no action.
      expect(reading.plan.actions.map((a) => a.deadline.due)).toEqual(["2017-09-30"]);
    }
  });

  it("groups an ILACS plan's actions by its Ofsted judgement area column", async () => {
    const reading = await readSheets([
      {
        name: "Action Plan",
        rows: [
          ["Ref", "Ofsted judgement area", "Area for improvement", "Action", "Accountable officer", "Target date"],
          ["1", "Help and protection", "Strategy meetings", "Police at every strategy meeting", "AD", "Sept 2024"],
          ["2", "Help and protection", "Strategy meetings", "Record every decision", "AD", "Dec 2024"],
          ["3", "Children in care", "Care plans", "Refresh the template", "HoS CiC", "Oct 2024"],
        ],
      },
    ]);
    expect(reading.header.columns.find((c) => c.role === "theme")?.heading).toBe("Ofsted judgement area");
    expect(reading.plan.actions.map((a) => a.theme)).toEqual([
      "Help and protection",
      "Help and protection",
      "Children in care",
    ]);
  });

  it("reads the End of a Start–End span under a date heading left unmerged, the cell beside it blank", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          ["Ref", "Action", "Lead", "Timescale", null, "Date of last update", "RAG"],
          [null, null, null, "Start", "End", null, null],
          [THEME_1],
          ["1.1", "Do it", "HoS", "Apr 2017", "Sep 2017", "Oct 2017", "Green"],
        ],
      },
    ]);
    expect(reading.header.rows).toEqual([0, 1]);
    expect(reading.header.columns.find((c) => c.role === "deadline")).toMatchObject({
      column: 4,
      heading: "Timescale (End)",
    });
    expect(reading.plan.actions.map((a) => [a.row, a.deadline.due])).toEqual([[3, "2017-09-30"]]);
  });

  it("takes no action's row for a row of kinds under a heading across two columns for width", async () => {
    for (const merges of [["A1:B1", "C1:D1"], []]) {
      const reading = await readSheets([
        {
          name: "Plan",
          rows: [
            ["Action", null, "Accountable Officer(s)", null, "Deadline", "Evidence of impact"],
            ["Do it", "Now", "Head of QA", "Early Help", "Sep17", "Audit"],
          ],
          merges,
        },
      ]);
      expect(reading.header.rows).toEqual([0]);
      expect(reading.plan.actions.map((a) => a.owners)).toEqual([["Head of QA"]]);
    }
  });

  it("reads a plan whose only date column is a revised one as its deadline", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [["Action", "Lead", "Revised deadline", "RAG"], [THEME_1], ["Do it", "Head of QA", "Mar18", "Green"]],
      },
    ]);
    expect(reading.header.columns.map((c) => c.role)).toEqual(["what", "accountable", "deadline", "status"]);
    expect(reading.plan.actions[0].deadline.due).toBe("2018-03-31");
  });

  it("reads another council's layout: a Ref column holding section headings, impact and recommendation columns", async () => {
    const header = [
      "Ref",
      "Action",
      "Lead Officer",
      "Target Date",
      "Evidence of impact",
      "RAG",
      "Ofsted recommendation",
    ];
    const reading = await readSheets([
      {
        name: "Action Plan",
        rows: [
          header,
          ["1. Help and protection"],
          ["1.1", "Strengthen the front door", "HOS MASH", "Mar24", "- Audit (QA Lead – Feb24)", "Green", "R1"],
          ["2. Children in care"],
          ["2.1", "Sufficiency strategy", "Head of Placements", "Dec24", "- Annual review", "Red", "R3"],
        ],
      },
    ]);
    expect(reading.header.columns.map((c) => c.role)).toEqual([
      "what",
      "accountable",
      "deadline",
      "closingTheLoop",
      "status",
      "links",
    ]);
    expect(reading.plan.themeRows.map((t) => [t.name, t.row + 1])).toEqual([
      ["1. Help and protection", 2],
      ["2. Children in care", 4],
    ]);
    expect(reading.plan.actions.map((a) => [a.what, a.theme, a.links])).toEqual([
      ["Strengthen the front door", "1. Help and protection", ["R1"]],
      ["Sufficiency strategy", "2. Children in care", ["R3"]],
    ]);
  });

  it("matches the headings other councils' plans use", async () => {
    const header = [
      "Ref",
      "Action(s)",
      "Desired outcome",
      "Lead(s)",
      "Target completion date",
      "Evidence",
      "Status (RAG)",
      "Link to Ofsted recommendation",
      "Progress/Comments",
      "Date last updated",
    ];
    const reading = await readSheets([
      { name: "Plan", rows: [header, [THEME_1], ["1", "Do it", "x", "Head of QA", "Aug17", "- Audit (QA – Sep17)"]] },
    ]);
    expect(reading.header.columns.map((c) => c.role)).toEqual([
      "what",
      "area",
      "accountable",
      "deadline",
      "closingTheLoop",
      "status",
      "links",
      "progress",
      "lastUpdated",
    ]);
  });

  it("matches headings named for the action they are about: Action status, Action due date, Action update", async () => {
    const header = [
      "Action ref",
      "Specific actions",
      "Action owner",
      "Action due date",
      "How we will know",
      "Action status",
      "Comments / next steps",
    ];
    const reading = await readSheets([
      { name: "Plan", rows: [header, [THEME_1], ["1", "Do it", "Head of QA", "Aug17", "Audit", "Green", "Started"]] },
    ]);
    expect(reading.header.columns.map((c) => [c.heading, c.role])).toEqual([
      ["Specific actions", "what"],
      ["Action owner", "accountable"],
      ["Action due date", "deadline"],
      ["How we will know", "closingTheLoop"],
      ["Action status", "status"],
      ["Comments / next steps", "progress"],
    ]);
    // "Action ref" numbers the rows; it names no role.
    expect(reading.header.extraColumns.map((c) => c.heading)).toEqual(["Action ref"]);
  });

  it.each(["What needs to improve", "Ofsted finding", "Areas for development", "What Ofsted said"])(
    "reads %j, the inspection's words copied beside the actions, as the links column",
    async (heading) => {
      const header = [heading, "What we will do", "Lead", "By when", "How we will know"];
      const reading = await readSheets([
        { name: "Plan", rows: [header, ["AFI 1: Supervision", "Relaunch policy", "PSW", "Jan 2026", "Audit"]] },
      ]);
      expect(reading.header.columns.find((c) => c.column === 0)?.role).toBe("links");
    },
  );

  it("matches another set of headings: Rec, End date, SRO, Evidence / impact, BRAG, Progress to date", async () => {
    const header = [
      "Actions to be taken",
      "Outcome sought",
      "Rec",
      "SRO",
      "End date",
      "Evidence / impact",
      "BRAG",
      "Progress to date",
      "Date completed",
      "Start date",
    ];
    const reading = await readSheets([
      { name: "Plan", rows: [header, [THEME_1], ["Do it", "x", "Head of QA", "Aug17", "- Audit (QA – Sep17)"]] },
    ]);
    expect(reading.header.columns.map((c) => c.role)).toEqual([
      "what",
      "area",
      "links",
      "accountable",
      "deadline",
      "closingTheLoop",
      "status",
      "progress",
      "dateCompleted",
    ]);
    expect(reading.header.extraColumns.map((c) => c.heading)).toEqual(["Start date"]);
  });

  const headerEndingIn = (heading: string) => ["Action", "Lead", "Target date", "Evidence of impact", heading];
  const FOUR_ROLES = ["what", "accountable", "deadline", "closingTheLoop"];
  it.each<[header: string[], roles: string[]]>([
    [
      ["Action/Task", "Accountable lead", "By when (date)", "Measures of impact", "RAG rating (B/R/A/G)"],
      [...FOUR_ROLES, "status"],
    ],
    // Any heading that links to recommendations or priorities
    [headerEndingIn("Links to Ofsted recommendations"), [...FOUR_ROLES, "links"]],
    [headerEndingIn("Linked Ofsted recommendation(s)"), [...FOUR_ROLES, "links"]],
    [headerEndingIn("Link to inspection recommendation"), [...FOUR_ROLES, "links"]],
    [headerEndingIn("Related priorities and recommendations"), [...FOUR_ROLES, "links"]],
    [headerEndingIn("Ofsted link"), [...FOUR_ROLES, "links"]],
    // Or to priority actions, in full or as "PA"
    [headerEndingIn("Links to AFI / PA"), [...FOUR_ROLES, "links"]],
    [headerEndingIn("Links to priority actions"), [...FOUR_ROLES, "links"]],
    // One column for the update and its evidence
    [headerEndingIn("Progress / evidence"), [...FOUR_ROLES, "progress"]],
    // The date of the latest update in the heading
    [headerEndingIn("Update (Feb 2025)"), [...FOUR_ROLES, "progress"]],
    [headerEndingIn("Q3 update"), [...FOUR_ROLES, "progress"]],
    [headerEndingIn("RAG as at 31.01.25"), [...FOUR_ROLES, "status"]],
    [headerEndingIn("Mayor's update"), FOUR_ROLES],
    [headerEndingIn("RAG (B/G/A/R)"), [...FOUR_ROLES, "status"]],
    [headerEndingIn("Date of last update"), [...FOUR_ROLES, "lastUpdated"]],
    [headerEndingIn("Updated on"), [...FOUR_ROLES, "lastUpdated"]],
    [
      ["Action", "Responsible manager", "Timeframe", "Success criteria", "Delivery confidence"],
      [...FOUR_ROLES, "status"],
    ],
    [headerEndingIn("Delivery RAG"), [...FOUR_ROLES, "status"]],
    [headerEndingIn("Narrative"), [...FOUR_ROLES, "progress"]],
    // The What? / Who? / When? / How will we know? questions, asked other ways
    [["Task description", "Who will do this?", "When by", "What will success look like?"], FOUR_ROLES],
    [["Action", "Executive lead", "Planned completion date", "KPIs"], FOUR_ROLES],
    [["Action", "Lead", "Timeline", "Success measures"], FOUR_ROLES],
    [["What we are going to do", "Lead Director", "When will it be done", "How we will know"], FOUR_ROLES],
    [
      ["Action", "Assistant Director", "Date for completion", "Evidence", "Completion status", "Update for Board"],
      [...FOUR_ROLES, "status", "progress"],
    ],
    // Who is responsible, the words the other way round; the link to the inspection, however named
    [
      ["Action", "Officer(s) responsible", "Target date", "Evidence", "Links to Ofsted"],
      [...FOUR_ROLES, "links"],
    ],
    [
      ["Action", "Person responsible", "Target date", "Evidence", "Ofsted reference"],
      [...FOUR_ROLES, "links"],
    ],
    [
      ["Action", "Responsible", "Target date", "Evidence", "Link to inspection"],
      [...FOUR_ROLES, "links"],
    ],
    // A note on how to fill the column in, after its heading
    [
      ["Action", "Owner (role, not name)", "Deadline (month/year)", "Evidence of impact", "Status (drop-down)"],
      [...FOUR_ROLES, "status"],
    ],
    [
      ["Action\n(what will we do?)", "Lead", "Timescale – by when?", "Success measures", "Update – include date"],
      [...FOUR_ROLES, "progress"],
    ],
    // Start and End side by side, with no heading over both: the end is the deadline
    [["Action", "Lead", "Start", "End", "Success measures"], FOUR_ROLES],
    // A SharePoint list exported to Excel
    [
      ["Title", "Action Owner", "Due Date", "Success measure", "Modified"],
      [...FOUR_ROLES, "lastUpdated"],
    ],
    // A plural in brackets
    [["Action(s)", "Lead officer(s)", "Target date(s)", "Success measure(s)"], FOUR_ROLES],
    // Steps under each action, however the column is headed
    [headerEndingIn("Sub-tasks"), [...FOUR_ROLES, "milestones"]],
    [headerEndingIn("How will we do it?"), [...FOUR_ROLES, "milestones"]],
  ])("reads the headings %j", async (header, roles) => {
    const reading = await readSheets([
      { name: "Plan", rows: [header, [THEME_1], ["Do it", "Head of QA", "Aug17", "Audit", "R2"]] },
    ]);
    expect(reading.header.columns.map((c) => c.role)).toEqual(roles);
  });

  it("reads the theme heading above the header where each theme has a table of its own", async () => {
    const tables = [
      ["Theme 1: The front door"],
      ["Ref", "Action", "Lead", "Deadline", "Evidence of impact"],
      ["1.1", "Review thresholds", "HoS MASH", "Oct 2024", "Audit"],
      [],
      ["Theme 2: Care planning"],
      ["Ref", "Action", "Lead", "Deadline", "Evidence of impact"],
      ["2.1", "Refresh care plans", "HoS CiC", "Sep 2024", "Audit"],
    ];
    for (const title of [[["Northshire Improvement Plan 2024"], []], []]) {
      const reading = await readSheets([{ name: "Plan", rows: [...title, ...tables] }]);
      expect(reading.plan.actions.map((a) => a.theme)).toEqual(["Theme 1: The front door", "Theme 2: Care planning"]);
      expect(reading.findings.filter((f) => f.code === "structure/outside-theme")).toEqual([]);
      // The first theme's heading is no title for the plan.
      expect(reading.title).toBe(title.length > 0 ? "Northshire Improvement Plan 2024" : null);
    }
  });

  it("skips a row that only labels the columns under the header: (a), (b), (c) or 1, 2, 3", async () => {
    for (const labels of [
      ["(a)", "(b)", "(c)", "(d)", "(e)"],
      [1, 2, 3, 4, 5],
      ["Col 1", "Col 2", "Col 3", "Col 4", "Col 5"],
    ]) {
      const reading = await readSheets([
        {
          name: "Plan",
          rows: [
            ["Action", "Lead", "Target date", "Evidence of impact", "RAG"],
            labels,
            [THEME_1],
            ["Do it", "Head of QA", "Aug17", "Audit", "G"],
          ],
        },
      ]);
      expect(reading.plan.actions.map((a) => a.row + 1)).toEqual([4]);
      expect(reading.findings).toEqual([]);
    }
  });

  it("skips the key to the RAG colours under the table, as it skips the plan's notes", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          ["Action", "Lead", "Target date", "Evidence of impact", "RAG"],
          [THEME_1],
          ["Do it", "Head of QA", "Aug17", "Audit", "G"],
          [],
          ["Key: G on track, A some slippage, R off track, B complete"],
          ["Note – dates are the end of the month"],
        ],
      },
    ]);
    expect(reading.plan.themeRows.map((t) => t.name)).toEqual([THEME_1]);
    expect(reading.plan.actions).toHaveLength(1);
  });

  it("reads a key to the colours kept beside the table as no part of any row", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          ["Ref", "Action", "Lead", "Target date", "Evidence of impact", "RAG", "", "Key"],
          ["1", THEME_1, "", "", "", "", "", "G – on track"],
          ["1.1", "Do it", "Head of QA", "Aug17", "Audit", "G", "", "A – some slippage"],
          ["1.2", "Do more", "Head of QA", "Sep17", "Audit", "A", "", "R – off track"],
        ],
      },
    ]);
    expect(reading.plan.themeRows.map((t) => t.name)).toEqual([THEME_1]);
    expect(reading.plan.actions.map((a) => [a.what, a.theme])).toEqual([
      ["Do it", THEME_1],
      ["Do more", THEME_1],
    ]);
  });

  it("skips totals rows and what is said of the plan as a whole under it", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          ["Ref", "Action", "Lead", "Target date", "Evidence of impact", "RAG"],
          ["1", THEME_1],
          ["1.1", "Do it", "Head of QA", "Aug17", "Audit", "G"],
          ["", "Total: 1 action", "", "", "", "1 G"],
          ["", "Sub-total", "", "", "", "1"],
          [],
          ["", "Overall RAG: Amber"],
          ["", "Last reviewed by the Improvement Board on 14/11/2017"],
          ["", "Total review of child protection plans", "HoS CP", "Mar18", "Audit", "A"],
        ],
      },
    ]);
    // An action that starts with the word, with its owner and date, is still an action.
    expect(reading.plan.actions.map((a) => a.what)).toEqual(["Do it", "Total review of child protection plans"]);
  });

  it("reads one Milestones column's bullets as the action's sub-actions", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          ["Action", "Lead", "Target date", "Key milestones", "Evidence of impact"],
          [THEME_1],
          ["Review thresholds", "HoS MASH", "Mar18", "- Draft (TM MASH – Oct17)\n- Consult partners (Nov17)", "Audit"],
        ],
      },
    ]);
    expect(reading.header.columns.map((c) => c.role)).toContain("milestones");
    const milestones = reading.plan.actions[0].subActions.filter((s) => s.role === "milestones");
    expect(milestones.map((s) => [s.role, s.owner, s.deadline?.due])).toEqual([
      ["milestones", "TM MASH", "2017-10-31"],
      ["milestones", null, "2017-11-30"],
    ]);
  });

  it("reads each row's theme from a Theme column, a blank cell keeping the theme above", async () => {
    const reading = await readSheets([
      {
        name: "Tracker",
        rows: [
          ["Ref", "Theme", "Action", "Lead", "Due date", "Priority"],
          ["1", "1. Identifying and meeting needs", "A", "Head of QA", "Mar25", "High"],
          ["2", "", "B", "Head of QA", "Jun25", "Low"],
          ["3", "Capacity", "C", "Head of QA", "Sep25", "High"],
          ["4", "1. Identifying and meeting needs", "D", "Head of QA", "Sep25", "Low"],
        ],
      },
    ]);
    expect(reading.header.columns.map((c) => c.role)).toEqual(["theme", "what", "accountable", "deadline"]);
    expect(reading.header.extraColumns.map((c) => c.heading)).toEqual(["Ref", "Priority"]);
    expect(reading.plan.actions.map((a) => [a.what, a.theme])).toEqual([
      ["A", "1. Identifying and meeting needs"],
      ["B", "1. Identifying and meeting needs"],
      ["C", "Capacity"],
      ["D", "1. Identifying and meeting needs"],
    ]);
    expect(reading.plan.themeRows.map((t) => [t.name, t.row + 1])).toEqual([
      ["1. Identifying and meeting needs", 2],
      ["Capacity", 4],
    ]);
  });

  it("reads a Priority column that names priorities as the theme, and leaves High/Medium/Low alone", async () => {
    const header = ["Priority", "Action", "Lead", "Target date", "RAG", "Evidence of impact"];
    const named = await readSheets([
      {
        name: "Plan",
        rows: [
          header,
          ["1. Front door", "Review thresholds", "HoS MASH", "Mar26", "Green", "Audit"],
          [null, "Train staff", "Workforce Lead", "Jun26", "Amber", "Records"],
          ["2. Children in care", "Review PEPs", "Virtual Head", "Mar26", "Red", "PEP audit"],
        ],
        merges: ["A2:A3"],
      },
    ]);
    expect(named.plan.actions.map((a) => a.theme)).toEqual(["1. Front door", "1. Front door", "2. Children in care"]);
    // High/Low, and Planner's own levels.
    for (const [first, second] of [
      ["High", "Low"],
      ["Important", "Important"],
    ]) {
      const ranked = await readSheets([
        {
          name: "Plan",
          rows: [
            header,
            [first, "Review thresholds", "HoS MASH", "Mar26", "Green", "Audit"],
            [second, "Train staff", "Workforce Lead", "Jun26", "Amber", "Records"],
          ],
        },
      ]);
      expect(ranked.header.columns.map((c) => c.role)).not.toContain("theme");
      expect(ranked.header.extraColumns.map((c) => c.heading)).toEqual(["Priority"]);
    }
  });

  it("reports a Theme column value the plan's list of themes does not have, once", async () => {
    const reading = await readSheets([
      {
        name: "Tracker",
        rows: [
          ["Theme", "Action", "Lead", "Due date"],
          ["1. Front door", "A", "Head of QA", "Mar25"],
          ["Sufficency", "B", "Head of QA", "Jun25"],
          ["1. Front door", "C", "Head of QA", "Jun25"],
          ["Sufficency", "D", "Head of QA", "Sep25"],
        ],
      },
      {
        name: "Recommendations",
        rows: [
          ["No.", "Recommendation", "Topic", "Theme"],
          [1, "Decide promptly.", "Front door", "Front door"],
          [2, "Find more placements.", "Placements", "Sufficiency"],
        ],
      },
    ]);
    expect(reading.plan.actions.map((a) => a.theme)).toEqual(["Front door", "Sufficency", "Front door", "Sufficency"]);
    expect(reading.findings.filter((f) => f.code === "structure/unknown-theme")).toEqual([
      expect.objectContaining({
        cell: "A3",
        message: 'The theme in row 3, "Sufficency", is not one of the plan\'s themes ("Front door", "Sufficiency").',
      }),
    ]);
  });

  it("matches the What? / Who? / When? / How will we know? layout and a Task column", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          ["Task", "Who?", "When?", "How will we know?"],
          [THEME_1],
          ["Audit contacts", "Head of QA", "Aug17", "- Audit (QA – Sep17)"],
        ],
      },
    ]);
    expect(reading.header.columns.map((c) => c.role)).toEqual(["what", "accountable", "deadline", "closingTheLoop"]);
    expect(reading.plan.actions.map((a) => [a.what, a.owners, a.deadline.due])).toEqual([
      ["Audit contacts", ["Head of QA"], "2017-08-31"],
    ]);
  });
  it("skips header rows repeated mid-table, and says so", async () => {
    const reading = await readSheets([
      { name: "Plan", rows: simplePlan([HEADER, actionRow("Action three", "DHOS", "Dec17")]) },
    ]);
    expect(reading.plan.actions).toHaveLength(3);
    expect(reading.findings.map((f) => [f.code, f.cell])).toEqual([["structure/repeated-header", "A5"]]);
  });

  it("reads theme rows merged across the row and written in the first cell only", async () => {
    const rows = [HEADER, [THEME_1], actionRow("A", "Head of QA", "Aug17"), [THEME_2], actionRow("B", "DHOS", "Dec17")];
    const reading = await readSheets([{ name: "Plan", rows, merges: ["A2:J2"] }]);
    expect(reading.plan.actions.map((a) => a.theme)).toEqual([THEME_1, THEME_2]);
  });

  it("reports a theme heading that is not one of the plan's themes", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [HEADER, [THEME_1], ["Theme 4: Partnerships"], actionRow("A", "Head of QA", "Aug17")],
      },
    ]);
    expect(reading.plan.actions[0].theme).toBe("Theme 4: Partnerships");
    expect(reading.findings[0].code).toBe("structure/unknown-theme");
    expect(reading.findings[0].cell).toBe("A3");
  });

  it("accepts numbered theme headings ('1. Identifying and meeting needs')", async () => {
    const reading = await readSheets([
      { name: "Plan", rows: [HEADER, ["1. Identifying and meeting needs"], actionRow("A", "Head of QA", "Aug17")] },
    ]);
    expect(reading.plan.actions[0].theme).toBe(THEME_1);
    expect(reading.findings).toEqual([]);
  });

  it("reads a heading that labels itself a theme, alone in the Action column beside a blank Ref, as a theme", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          ["Ref", "Action", "Lead", "Target date", "RAG", "Evidence of impact"],
          [null, "Theme 1: The front door"],
          ["1.1", "Review MASH thresholds", "HoS MASH", "Mar26", "Green", "Audit"],
          [null, "Workstream B – Children in care"],
          ["2.1", "Sufficiency strategy", "Head of Placements", "Dec25", "Complete", "Strategy"],
          // Not labelled: a half-written action, still read as one and missing its lead and date.
          [null, "Publish the new threshold guidance"],
        ],
      },
    ]);
    expect(reading.plan.themeRows.map((t) => [t.name, t.row + 1])).toEqual([
      ["Theme 1: The front door", 2],
      ["Workstream B – Children in care", 4],
    ]);
    expect(reading.plan.actions.map((a) => [a.row + 1, a.theme])).toEqual([
      [3, "Theme 1: The front door"],
      [5, "Workstream B – Children in care"],
      [6, "Workstream B – Children in care"],
    ]);
  });

  it("reads a first column of areas for improvement, written once over their actions, as each action's link", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          ["Area for improvement", "What we will do", "Lead", "By when", "How we will know (impact measures)"],
          ["AFI 1: Timeliness of health assessments", "Agree a new pathway", "HoS CiC", "Dec 2025", "IHAs in time"],
          [null, "Track requests weekly", "SM CiC", "Jan 2026", "Tracker"],
          ["AFI 2: Management oversight", "Relaunch supervision policy", "PSW", "Nov 2025", "Audit"],
          [null, "Dip-sample supervision", "Head of QA", "Monthly from Nov 2025", "Audit report"],
          ["Theme 2: Care leavers"],
          // Under a new heading, the block above no longer reaches: this action names no link.
          [null, "Commission lodgings", "Commissioning Manager", "March 2026", "No B&B"],
        ],
      },
    ]);
    expect(reading.header.columns.find((c) => c.column === 4)?.role).toBe("closingTheLoop");
    expect(reading.plan.actions.map((a) => [a.row + 1, a.links])).toEqual([
      [2, ["AFI 1: Timeliness of health assessments"]],
      [3, ["AFI 1: Timeliness of health assessments"]],
      [4, ["AFI 2: Management oversight"]],
      [5, ["AFI 2: Management oversight"]],
      [7, []],
    ]);
    // A finding about the link of a row that inherits it points at the cell it is written in.
    expect(reading.plan.actions[1].mergedFrom.links).toEqual({ sheet: "Plan", row: 1, column: 0 });
    // With no heading above them, the blocks are the plan's themes.
    expect(reading.plan.actions.map((a) => a.theme)).toEqual([
      "AFI 1: Timeliness of health assessments",
      "AFI 1: Timeliness of health assessments",
      "AFI 2: Management oversight",
      "AFI 2: Management oversight",
      "Theme 2: Care leavers",
    ]);
    expect(reading.plan.themeRows.map((t) => [t.name, t.row + 1])).toEqual([
      ["AFI 1: Timeliness of health assessments", 2],
      ["AFI 2: Management oversight", 4],
      ["Theme 2: Care leavers", 6],
    ]);
  });

  it("takes one blank among a first column of links written on every row as missing, not carried down", async () => {
    const row = (link: string | null, what: string): CellInput[] => [link, what, "HoS", "Dec 2025", "Audit"];
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          ["Ofsted recommendation", "Action", "Lead", "Target date", "Evidence of impact"],
          row("R1", "A"),
          row("R2", "B"),
          row("R2", "C"),
          row(null, "D"),
          row("R3", "E"),
        ],
      },
    ]);
    expect(reading.plan.actions.map((a) => a.links)).toEqual([["R1"], ["R2"], ["R2"], [], ["R3"]]);
    expect(reading.plan.themeRows).toEqual([]);
  });

  it("reads a numbered heading in the Ref column as a theme when the actions below carry its number", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          ["Ref", "Action", "Lead", "Target date", "RAG", "Evidence of impact"],
          [1, "Priority 1: Strengthen the front door"],
          ["1.1", "Review MASH thresholds", "HoS MASH", "Mar26", "Green", "Audit"],
          ["2.", "Priority 2: Children in care"],
          [2.1, "Sufficiency strategy", "Head of Placements", "Dec25", "Complete", "Strategy"],
          // A half-written action keeps its own number: it is still an action, missing its lead and date.
          ["3", "Publish the new threshold guidance"],
          ["4", "Review PEPs", "Virtual Head", "Mar26", "Red", "PEP audit"],
        ],
      },
    ]);
    expect(reading.plan.themeRows.map((t) => [t.name, t.row + 1])).toEqual([
      ["Priority 1: Strengthen the front door", 2],
      ["Priority 2: Children in care", 4],
    ]);
    expect(reading.plan.actions.map((a) => [a.row + 1, a.theme])).toEqual([
      [3, "Priority 1: Strengthen the front door"],
      [5, "Priority 2: Children in care"],
      [6, "Priority 2: Children in care"],
      [7, "Priority 2: Children in care"],
    ]);
  });

  it('reads rows numbered under an action ("1.1.1" under "1.1") as its sub-actions, with their own lead, date and status', async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          ["Ref", "Action", "Lead", "Target date", "RAG", "Evidence of impact"],
          [1, "Priority 1: Front door"],
          // Excel keeps "1.1" typed in a cell as the number 1.1.
          [1.1, "Improve threshold decisions", "HoS MASH", "Mar26", "Green", "Audit of contacts"],
          ["1.1.1", "Review the threshold document", "TM MASH", "Sep25", "Complete"],
          ["1.1a", "Train MASH staff", "", "Oct25"],
          ["1.2", "Strengthen oversight", "HoS MASH", "Dec25", "Amber", "Audit"],
          ["1.2.1", "Oversight template", "TM MASH", "Aug25", "Red"],
          // A numbered row with no lead or date groups the actions below it: they stay actions.
          ["1.3", "Objective: a stable workforce"],
          ["1.3.1", "Recruit permanent managers", "Head of HR", "Jun26", "Amber", "Vacancy rate"],
        ],
      },
    ]);
    expect(reading.plan.actions.map((a) => [a.row + 1, a.what, a.subActions.filter((s) => s.ownRow).length])).toEqual([
      [3, "Improve threshold decisions", 2],
      [6, "Strengthen oversight", 1],
      [8, "Objective: a stable workforce", 0],
      [9, "Recruit permanent managers", 0],
    ]);
    const [reviewed, training] = reading.plan.actions[0].subActions.filter((s) => s.ownRow);
    expect(reviewed).toMatchObject({
      text: "Review the threshold document",
      owner: "TM MASH",
      cell: { sheet: "Plan", row: 3, column: 1 },
      deadline: { due: "2025-09-30" },
      ownRow: {
        row: 3,
        owners: ["TM MASH"],
        status: "Complete",
        ownerCell: { row: 3, column: 2, heading: "Lead" },
        deadlineCell: { row: 3, column: 3, heading: "Target date" },
      },
    });
    expect(training).toMatchObject({ text: "Train MASH staff", owner: null, ownRow: { owners: [], status: null } });
  });

  it("skips a row numbered for an action still to be written, with nothing else in it", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          ["Ref", "Action", "Lead", "Target date", "Evidence of impact"],
          ["1", "Front door"],
          ["1.1", "Review thresholds", "HoS MASH", "Oct17", "Audit"],
          ["1.2"],
          [1.3],
          ["2", "Children in care"],
          ["2.1", "Sufficiency", "Head of Placements", "Jan18", "Strategy"],
        ],
      },
    ]);
    // Neither a theme called "1.2" nor an action missing everything.
    expect(reading.plan.themeRows.map((t) => t.name)).toEqual(["Front door", "Children in care"]);
    expect(reading.plan.actions.map((a) => a.row + 1)).toEqual([3, 7]);
  });

  it("reads lettered or bulleted rows with no number of their own, under a numbered action, as its sub-actions", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          ["Ref", "Action", "Lead", "Target date", "RAG", "Evidence of impact"],
          [THEME_1],
          ["1", "Improve the quality of assessments", "HoS Assessment", "Mar25", "Green", "Audit grades"],
          ["", "a) Refresh the assessment template", "TM Assessment", "Oct24", "Complete"],
          ["", "(ii) Training on analysis", "PSW", "Dec24"],
          ["", "- Monthly audit of ten assessments", "", "Ongoing"],
          ["2", "Reduce drift in CIN plans", "HoS CIN", "Jun25", "Green", "Fewer plans over a year"],
          // The letter in the Ref column instead.
          ["a", "Review plans open over 9 months", "TM CIN", "Nov24"],
          // With no numbered action above, a lettered row is an action like any other.
          [THEME_2],
          ["", "a) Review the local offer", "HoS Care Leavers", "Jun25", "Green", "Take-up"],
          // Nor is a lettered action a step of the one before it.
          ["A", "Refresh the pledge", "HoS Care Leavers", "Jun25", "Green", "Survey"],
          ["B", "Extend staying put", "HoS Care Leavers", "Jun25", "Green", "Take-up"],
        ],
      },
    ]);
    expect(reading.plan.actions.map((a) => [a.row + 1, a.subActions.filter((s) => s.ownRow).length])).toEqual([
      [3, 3],
      [7, 1],
      [10, 0],
      [11, 0],
      [12, 0],
    ]);
    const rows = reading.plan.actions[0].subActions.filter((s) => s.ownRow);
    expect(rows.map((s) => [s.owner, s.deadline?.due ?? null])).toEqual([
      ["TM Assessment", "2024-10-31"],
      ["PSW", "2024-12-31"],
      [null, null],
    ]);
  });

  it("reads rows with the action's cell left blank and a step in its Sub-actions column as its sub-actions", async () => {
    const header = ["Action", "Sub-actions", "Lead", "Target date", "Evidence of impact", "RAG"];
    const rows: CellInput[][] = [
      header,
      [THEME_1],
      ["Improve assessments", "Refresh the template", "HoS CP", "Oct 2017", "Audit", "Green"],
      [null, "Train staff", "PSW", "Dec 2017", null, "Amber"],
      [null, "Audit ten cases", "Head of QA", "Jan 2018", null, null],
      [THEME_2],
      // Under a new heading there is no action above: a row like this is a half-written action.
      [null, "Brief partners", "TM MASH", "Oct 2017", null, "Red"],
    ];
    const reading = await readSheets([{ name: "Plan", rows }]);
    expect(reading.plan.actions.map((a) => a.row + 1)).toEqual([3, 7]);
    const steps = reading.plan.actions[0].subActions.filter((s) => s.ownRow);
    expect(
      steps.map((s) => [s.text, s.owner, s.deadline?.due, s.ownRow?.status, `${s.cell.row + 1}:${s.column}`]),
    ).toEqual([
      ["Train staff", "PSW", "2017-12-31", "Amber", "4:Sub-actions"],
      ["Audit ten cases", "Head of QA", "2018-01-31", null, "5:Sub-actions"],
    ]);
    // The action's row is its first step: the later steps' dates are not said to fall after the action's.
    const result = validatePlan(reading, "2017-11-30");
    expect(result.findings.filter((f) => f.code === "deadline/sub-action-after-action")).toEqual([]);
    expect(result.findings.filter((f) => f.row === 4 || f.row === 5)).toEqual([]);
  });

  it("reads the numbers an action's own text starts with where there is no Ref column", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          ["Action", "Lead", "Target date", "RAG"],
          [THEME_1],
          ["1.1 Improve threshold decisions", "HoS MASH", "Mar26", "Green"],
          ["1.1.1 Review the threshold document", "TM MASH", "Sep25", "Complete"],
          ["1.2 Strengthen oversight", "HoS MASH", "Dec25", "Amber"],
          ["2018 review of the front door", "HoS MASH", "Dec25", "Amber"],
        ],
      },
    ]);
    expect(reading.plan.actions.map((a) => [a.what.slice(0, 12), a.subActions.filter((s) => s.ownRow).length])).toEqual(
      [
        ["1.1 Improve ", 1],
        ["1.2 Strength", 0],
        ["2018 review ", 0],
      ],
    );
  });

  it("reads numbered sub-action rows in a plan with no lead column, pointing at their What? cell", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          ["Ref", "Action", "Target date", "RAG"],
          ["1.1", "Improve threshold decisions", "Mar26", "Green"],
          ["1.1.1", "Review the threshold document", "Sep25", "Complete"],
        ],
      },
    ]);
    const [sub] = reading.plan.actions[0].subActions;
    expect(sub.ownRow?.ownerCell).toEqual({ sheet: "Plan", row: 2, column: 1, heading: "Action" });
    expect(sub.ownRow?.deadlineCell).toMatchObject({ row: 2, column: 2 });
  });

  it("reads the visible Status column, not an old one kept hidden to its left", async () => {
    const sheet = {
      name: "Plan",
      rows: [
        ["Action", "Lead", "Target date", "RAG", "RAG", "Evidence of impact"],
        [THEME_1],
        ["Do it", "Head of QA", "Aug17", "Amber", "Complete", "Audit"],
      ],
      hiddenColumns: [4],
    };
    const reading = await readSheets([sheet]);
    expect(reading.header.columns.find((c) => c.role === "status")?.column).toBe(4);
    expect(reading.plan.actions[0].status).toBe("Complete");
    // Hidden, it is still read where it is the only one.
    const only = await readSheets([{ ...sheet, rows: sheet.rows.map((r) => r.filter((_, i) => i !== 4)) }]);
    expect(only.plan.actions[0].status).toBe("Amber");
  });

  it("skips blank rows and keeps hidden rows as actions", async () => {
    const rows = [
      HEADER,
      [THEME_1],
      [],
      actionRow("A", "Head of QA", "Aug17"),
      [],
      [],
      actionRow("B", "DHOS", "Dec17"),
    ];
    const reading = await readSheets([{ name: "Plan", rows, hiddenRows: [7] }]);
    expect(reading.plan.actions.map((a) => [a.what, a.row + 1, a.hidden])).toEqual([
      ["A", 4, false],
      ["B", 7, true],
    ]);
  });

  it("ignores the notes rows after the table", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: simplePlan([[], ["* This section of the table should identify …"], ["** This is how we will monitor …"]]),
      },
    ]);
    expect(reading.plan.actions).toHaveLength(2);
  });

  it("keeps the council's extra columns out of the way", async () => {
    const header = [...HEADER, "Budget code", "Board paper ref"];
    const reading = await readSheets([
      { name: "Plan", rows: [header, [THEME_1], [...actionRow("A", "Head of QA", "Aug17"), "X12", "BP/3"]] },
    ]);
    expect(reading.header.extraColumns.map((e) => e.heading)).toEqual(["Budget code", "Board paper ref"]);
    expect(reading.plan.actions).toHaveLength(1);
  });

  it("reads formula cells by their values and reports error values on their cell", async () => {
    const row = actionRow("A", "Head of QA", "Aug17");
    row[0] = { formula: 'CONCAT("Review ","thresholds")', result: "Review thresholds" };
    row[2] = { formula: "Owners!A1", result: { error: "#REF!" } };
    const reading = await readSheets([{ name: "Plan", rows: [HEADER, [THEME_1], row] }]);
    expect(reading.plan.actions[0].what).toBe("Review thresholds");
    expect(reading.plan.actions[0].owners).toEqual([]);
    expect(reading.findings.map((f) => [f.code, f.cell, f.value])).toEqual([
      ["structure/unreadable-cell", "C3", "#REF!"],
    ]);
  });

  it("reads real Excel dates in the Deadline column as well as text", async () => {
    const rows = [
      HEADER,
      [THEME_1],
      actionRow("A", "Head of QA", new Date(Date.UTC(2017, 10, 30))),
      actionRow("B", "DHOS", "30/11/2017"),
    ];
    const reading = await readSheets([{ name: "Plan", rows, formats: { D3: "dd/mm/yyyy" } }]);
    expect(reading.plan.actions.map((a) => a.deadline.due)).toEqual(["2017-11-30", "2017-11-30"]);
  });

  it("reads a date shown as a month ('Mar-18') as that month, due at its end", async () => {
    // Typing "Mar-18" makes Excel store 1 March 2018 and show it as mmm-yy.
    const march = new Date(Date.UTC(2018, 2, 1));
    const rows = [HEADER, [THEME_1], actionRow("A", "Head of QA", march), actionRow("B", "DHOS", march)];
    const reading = await readSheets([{ name: "Plan", rows, formats: { D3: "mmm-yy", D4: "[$-809]mmmm yyyy" } }]);
    expect(reading.plan.actions.map((a) => [a.deadline.due, a.cells.deadline])).toEqual([
      ["2018-03-31", "March 2018"],
      ["2018-03-31", "March 2018"],
    ]);
  });

  it("reads a cell of 32,767 characters whole", async () => {
    const long = "x".repeat(32767);
    const reading = await readSheets([
      { name: "Plan", rows: [HEADER, [THEME_1], actionRow(long, "Head of QA", "Aug17")] },
    ]);
    expect(reading.plan.actions[0].what).toHaveLength(32767);
  });

  it("uses the column mapping saved in the workbook's settings sheet", async () => {
    const header = ["Ref", "Item", "Person", "Month", "Closing the loop"];
    const reading = await readSheets([
      { name: "Plan", rows: [header, [THEME_1], ["1", "Do it", "Head of QA", "Aug17", "- Audit (QA – Sep17)"]] },
      {
        name: "Plan Check settings",
        rows: [
          ["Setting", "Value"],
          ["Plan sheet", "Plan"],
          ["Column: What?", "B"],
          ["Column: Accountable Officer(s)", "C"],
          ["Column: Deadline", "D"],
        ],
      },
    ]);
    expect(reading.plan.actions[0].what).toBe("Do it");
    expect(reading.plan.actions[0].deadline.due).toBe("2017-08-31");
  });

  it("fails with one plain sentence when no sheet has a plan header", async () => {
    await expect(
      readSheets([
        {
          name: "Budget",
          rows: [
            ["Line", "Amount"],
            ["Staff", 100],
          ],
        },
      ]),
    ).rejects.toThrow(PlanReadError);
    await expect(readSheets([{ name: "Budget", rows: [["Line"]] }])).rejects.toThrow(/No plan sheet found/);
  });

  it("fails plainly when the named sheet does not exist", async () => {
    await expect(readSheets([{ name: "Plan", rows: simplePlan() }], { sheet: "Plan 2018" })).rejects.toThrow(
      'There is no sheet called "Plan 2018" in this workbook (it has "Plan").',
    );
  });
});

describe("theme headings with no number, in a table numbered in a Ref column", () => {
  it("reads a short heading in the Action column above numbered actions as their theme", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          ["Ref", "Action", "Lead", "Deadline", "Evidence of impact"],
          [null, "Front door"],
          ["1.1", "Improve threshold decisions", "HoS MASH", "Mar18", "Audit"],
          ["1.2", "Strategy meetings within a day", "TM MASH", "Dec17", "Dip sample"],
          [null, "Children in care"],
          // A task with no number stays an action, to be checked, short or long.
          [null, "Publish the threshold guidance"],
          ["2.1", "Refresh the care plan template", "HoS CiC", "Jan18", "Audit"],
          [null, "Recruit and retain a stable workforce of experienced social workers"],
        ],
      },
    ]);
    expect(reading.plan.themeRows.map((t) => [t.name, t.row + 1])).toEqual([
      ["Front door", 2],
      ["Children in care", 5],
    ]);
    expect(reading.plan.actions.map((a) => [a.row + 1, a.theme])).toEqual([
      [3, "Front door"],
      [4, "Front door"],
      [6, "Children in care"],
      [7, "Children in care"],
      [8, "Children in care"],
    ]);
  });
});

describe("a tracker that says what each row is in a Type column", () => {
  it("reads its Description column as the actions, a row typed Theme as their theme, numbered steps as theirs", async () => {
    const reading = await readSheets([
      {
        name: "Tracker",
        rows: [
          ["ID", "Type", "Description", "Owner", "Due date", "Status", "Evidence"],
          ["1", "Theme", "Front door"],
          ["1.1", "Action", "Improve threshold decisions", "HoS MASH", "Mar 2025", "On track", "Audit"],
          ["1.1.1", "Milestone", "Revise guidance", "TM MASH", "Sep 2024", "Not started", ""],
          ["1.2", "Action", "Strategy meetings within a day", "TM MASH", "Oct 2024", "Complete", "Dip sample"],
          ["", "Theme", "Children in care"],
          ["2.1", "Action", "Refresh the care plan template", "HoS CiC", "Jan 2025", "On track", "Audit"],
        ],
      },
    ]);
    expect(reading.header.columns.find((c) => c.role === "what")?.heading).toBe("Description");
    expect(reading.plan.themeRows.map((t) => [t.name, t.row + 1])).toEqual([
      ["Front door", 2],
      ["Children in care", 6],
    ]);
    expect(reading.plan.actions.map((a) => [a.row + 1, a.theme, a.subActions.filter((s) => s.ownRow).length])).toEqual([
      [3, "Front door", 1],
      [5, "Front door", 0],
      [7, "Children in care", 0],
    ]);
  });
});

describe("numbered milestones in columns of their own", () => {
  const HEADING = [
    "Ref",
    "Action",
    "Lead",
    "Completion date",
    "Closing the loop",
    "Milestone 1",
    "Milestone 1 date",
    "Milestone 2",
    "Target date",
    "Milestone 3",
  ];
  const plan = (): Promise<Awaited<ReturnType<typeof readSheets>>> =>
    readSheets([
      {
        name: "Plan",
        rows: [
          HEADING,
          [null, THEME_1],
          [
            "1.1",
            "Review thresholds",
            "HoS MASH",
            "Mar18",
            "Audit",
            "Revise guidance",
            new Date(Date.UTC(2017, 8, 30)),
            "Audit 50 contacts",
            "Dec17",
            "Launch",
          ],
          [
            "1.2",
            "Strategy meetings",
            "TM MASH",
            "Oct17",
            "Dip sample",
            "Rota agreed – complete",
            "Jul17",
            "Police briefed",
            "Complete",
          ],
          ["1.3", "Care plans", "HoS CiC", "Jan18", "Audit", "", "Aug17", "Template live", "Sometime"],
        ],
      },
    ]);

  it("pairs each milestone with its date, by number or by the date column after it", async () => {
    const { header } = await plan();
    expect(header.milestoneColumns).toEqual([
      { column: 5, heading: "Milestone 1", dateColumn: 6, dateHeading: "Milestone 1 date" },
      { column: 7, heading: "Milestone 2", dateColumn: 8, dateHeading: "Target date" },
    ]);
    // A milestone with no date column beside it is kept as it is.
    expect(header.extraColumns.map((c) => c.heading)).toEqual(["Ref", "Milestone 3"]);
  });

  it("asks for the date of a milestone written with none, unless it is ticked off", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          HEADING.slice(0, 9),
          [null, THEME_1],
          ["1.1", "Review thresholds", "HoS MASH", "Mar18", "Audit", "Revise guidance", null, "Audit – complete", null],
        ],
      },
    ]);
    const result = validatePlan(reading, "2017-11-30");
    expect(
      result.findings.filter((f) => f.code === "owner/sub-action-no-date").map((f) => [f.cell, f.message]),
    ).toEqual([["G3", 'The sub-action in Milestone 1 ("Revise guidance") has no date in Milestone 1 date.']]);
  });

  it("leaves the action its deadline where the only date column follows a milestone", async () => {
    const { header } = await readSheets([
      {
        name: "Plan",
        rows: [
          ["Action", "Lead", "Milestone 1", "Deadline", "Closing the loop"],
          [THEME_1],
          ["Review thresholds", "HoS MASH", "Revise guidance", "Mar18", "Audit"],
        ],
      },
    ]);
    expect(header.milestoneColumns).toEqual([]);
    expect(header.columns.find((c) => c.role === "deadline")?.heading).toBe("Deadline");
  });

  it("reads each written milestone as a sub-action of its row's action, done where it says so", async () => {
    const { plan: read } = await plan();
    const milestones = read.actions.map((a) =>
      a.subActions
        .filter((s) => s.dateCell)
        .map((s) => [s.text, s.deadline?.due ?? null, s.done, s.dateCell?.column, s.expectsOwner]),
    );
    expect(milestones).toEqual([
      [
        ["Revise guidance", "2017-09-30", false, 6, false],
        ["Audit 50 contacts", "2017-12-31", false, 8, false],
      ],
      [
        ["Rota agreed – complete", "2017-07-31", true, 6, false],
        // "Complete" where the date goes is done, and no date to query.
        ["Police briefed", null, true, 8, false],
      ],
      // A date with no milestone written beside it is no milestone.
      [["Template live", null, false, 8, false]],
    ]);
  });

  it("says a passed milestone is late on its date cell, and an unreadable date there", async () => {
    const result = validatePlan(await plan(), "2017-11-30");
    expect(
      result.findings
        .filter((f) => f.code === "overdue/sub-action" || f.code === "deadline/unreadable")
        .map((f) => [f.code, f.cell, f.message, f.fix]),
    ).toEqual([
      [
        "overdue/sub-action",
        "G3",
        'The sub-action in Milestone 1 ("Revise guidance") was due by 30 September 2017 (61 days ago); its action is still open.',
        "If it was delivered, write '– complete' after it in Milestone 1; if not, agree a new date with the action's owner.",
      ],
      [
        "deadline/unreadable",
        "I5",
        'The date of the sub-action in Milestone 2, "Sometime", could not be read as a date, so Plan Check cannot tell when it is due.',
        "Write the date as a month and year ('Nov17', 'November 2017'), a date (30/11/2017) or a financial quarter ('Q3 2024/25').",
      ],
    ]);
    // The action's lead owns its milestones: none is reported unowned.
    expect(result.findings.filter((f) => f.code.startsWith("owner/sub-action"))).toEqual([]);
  });
});

describe("steps with a lead, date and status of their own, a step a row", () => {
  const rows: CellInput[][] = [
    STEP_HEADER,
    [THEME_1],
    [
      "Improve threshold decisions",
      "HoS MASH",
      "Mar 2025",
      "Audit",
      "On track",
      "Revise guidance",
      "TM MASH",
      "Sep 2024",
    ],
    [null, null, null, null, "Complete", "Audit 50 contacts", "QA Lead", "Aug 2024"],
    [null, null, null, null, null, "Brief partners", null, "Oct 2024"],
    [
      "Strategy meetings within a day",
      "TM MASH",
      "Mar 2025",
      "Dip sample",
      "On track",
      "Agree the rota – complete",
      "DCI",
      "Jul 2024",
    ],
  ];

  it("reads each step with its own cells, the rows below the action its steps, not actions", async () => {
    const reading = await readSheets([{ name: "Plan", rows }]);
    expect(reading.header.columns.map((c) => c.role)).toEqual([
      "what",
      "accountable",
      "deadline",
      "closingTheLoop",
      "status",
      "milestones",
      "stepOwner",
      "stepDeadline",
    ]);
    expect(reading.plan.actions.map((a) => a.row + 1)).toEqual([3, 6]);
    const steps = reading.plan.actions.map((a) =>
      a.subActions
        .filter((s) => s.ownRow)
        .map((s) => [s.text, s.ownRow?.row, s.ownRow?.owners, s.deadline?.due, s.ownRow?.status, s.done]),
    );
    expect(steps).toEqual([
      [
        ["Revise guidance", 2, ["TM MASH"], "2024-09-30", null, false],
        ["Audit 50 contacts", 3, ["QA Lead"], "2024-08-31", "Complete", false],
        ["Brief partners", 4, [], "2024-10-31", null, false],
      ],
      [["Agree the rota – complete", 5, ["DCI"], "2024-07-31", null, true]],
    ]);
  });

  it("reads a Sub-action cell listing several steps line by line, each with its bracket", async () => {
    const listed = [
      rows[0],
      [THEME_1],
      [
        "Review thresholds",
        "HoS MASH",
        "Mar 2025",
        "Audit",
        "On track",
        "- Revise (TM – Sep 2024)\n- Audit (QA – Dec 2024)",
        null,
        null,
      ],
    ];
    const reading = await readSheets([{ name: "Plan", rows: listed }]);
    const steps = reading.plan.actions[0].subActions.filter((s) => s.role === "milestones");
    expect(steps.map((s) => [s.owner, s.deadline?.due, s.ownRow])).toEqual([
      ["TM", "2024-09-30", null],
      ["QA", "2024-12-31", null],
    ]);
  });

  it("reads the steps' cells under a Sub-actions heading merged over Task, Lead and Date", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          ["Action", "Lead", "Deadline", "Evidence of impact", "Sub-actions", null, null],
          [null, null, null, null, "Task", "Lead", "Date"],
          [THEME_1],
          ["Improve threshold decisions", "HoS MASH", "Mar 2025", "Audit", "Revise guidance", "TM MASH", "Sep 2024"],
          [null, null, null, null, "Audit 50 contacts", "QA Lead", "Dec 2024"],
        ],
        merges: ["E1:G1"],
      },
    ]);
    expect(reading.header.rows).toEqual([0, 1]);
    expect(reading.header.columns.slice(4).map((c) => [c.role, c.heading])).toEqual([
      ["milestones", "Sub-actions (Task)"],
      ["stepOwner", "Sub-actions (Lead)"],
      ["stepDeadline", "Sub-actions (Date)"],
    ]);
    const [action] = reading.plan.actions;
    expect(reading.plan.actions).toHaveLength(1);
    expect(action.subActions.filter((s) => s.ownRow).map((s) => [s.text, s.owner, s.deadline?.due])).toEqual([
      ["Revise guidance", "TM MASH", "2024-09-30"],
      ["Audit 50 contacts", "QA Lead", "2024-12-31"],
    ]);
  });

  it("reports a late or unowned step on its own cells, saying where to tick it off", async () => {
    const result = validatePlan(await readSheets([{ name: "Plan", rows }]), "2024-11-30");
    const step = (f: { code: string }) =>
      f.code.startsWith("overdue/sub-action") || f.code.startsWith("owner/sub-action");
    expect(result.findings.filter(step).map((f) => [f.code, f.cell, f.fix])).toEqual([
      [
        "overdue/sub-action",
        "H3",
        "If it was delivered, write '– complete' after it in Sub-action; if not, agree a new date with its owner.",
      ],
      [
        "owner/sub-action-no-owner",
        "G5",
        "Name the officer who owns it in Sub-action lead (a role, e.g. 'Team Manager').",
      ],
      [
        "overdue/sub-action",
        "H5",
        "If it was delivered, mark it complete in Status; if not, agree a new date with its owner.",
      ],
    ]);
    // The rows below the action are no actions with nothing in them.
    expect(result.findings.filter((f) => f.code.startsWith("content/"))).toEqual([]);
  });
});
