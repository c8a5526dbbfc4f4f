// One test per check, each on a small workbook built for it, asserting the code, the cell and the
// words a coordinator reads.

import { computeCoverage } from "../../src/core/validation/rules/coverage";
import { validatePlan, type ValidationResult } from "../../src/core/validation/validate";
import { actionRow, HEADER, readSheets, STEP_HEADER, type CellInput, type SheetSpec } from "../support/workbooks";

const THEME = "Identifying and meeting needs";
const AS_OF = "2017-11-30";

async function validate(sheets: SheetSpec[]): Promise<ValidationResult> {
  return validatePlan(await readSheets(sheets), AS_OF);
}

async function validateRows(rows: CellInput[][], header: CellInput[] = HEADER): Promise<ValidationResult> {
  return validate([{ name: "Plan", rows: [header, ...rows] }]);
}

function only(result: ValidationResult, code: string): { cell: string; message: string; value: string }[] {
  return result.findings
    .filter((f) => f.code === code)
    .map((f) => ({ cell: f.cell, message: f.message, value: f.value }));
}

/** A code's findings as a coordinator reads them: where, what is wrong, and what to do. */
function advice(result: ValidationResult, code: string): { cell: string; message: string; fix: string | null }[] {
  return result.findings.filter((f) => f.code === code).map(({ cell, message, fix }) => ({ cell, message, fix }));
}

const TRACKED = [...HEADER, "Status", "Links to recommendations / priorities"];
function tracked(row: CellInput[], status: string, links = "R1"): CellInput[] {
  return [...row, status, links];
}

describe("structure checks", () => {
  it("structure/missing-column: a required column is missing", async () => {
    const header = ["What?", "Accountable Officer(s)", "Deadline"];
    const result = await validateRows([[THEME], ["Do it", "Head of QA", "Aug18"]], header);
    expect(only(result, "structure/missing-column")).toEqual([
      { cell: "A1", value: "", message: 'The plan has no "Closing the loop" column in its header (row 1).' },
    ]);
  });

  it("structure/outside-theme: an action above the first theme row", async () => {
    const result = await validateRows([
      actionRow("Early action", "Head of QA", "Aug18"),
      [THEME],
      actionRow("B", "DHOS", "Aug18"),
    ]);
    expect(only(result, "structure/outside-theme").map((f) => f.cell)).toEqual(["A2"]);
  });

  it("structure/outside-theme: a plan with no theme rows is told once, and only when themes are expected", async () => {
    const recommendations: SheetSpec = {
      name: "Recommendations",
      rows: [
        ["No.", "Recommendation", "Topic", "Theme"],
        [1, "Reduce caseloads.", "Caseloads", THEME],
      ],
    };
    const flat: SheetSpec = {
      name: "Plan",
      rows: [HEADER, actionRow("A", "Head of QA", "Aug18"), actionRow("B", "DHOS", "Aug18")],
    };
    const expected = await validate([flat, recommendations]);
    expect(only(expected, "structure/outside-theme")).toEqual([
      {
        cell: "A2",
        value: "A",
        message: `The plan has no theme rows, so none of its 2 actions belongs to a theme ("${THEME}").`,
      },
    ]);
    const sectionless = await validate([flat]);
    expect(only(sectionless, "structure/outside-theme")).toEqual([]);
  });

  it("structure/unknown-theme and structure/repeated-header come from the reader, on their cells", async () => {
    // A plan with Derby's themes is checked against them.
    const result = await validateRows([
      [THEME],
      ["Partnerships"],
      actionRow("A", "Head of QA", "Aug18"),
      HEADER,
      actionRow("B", "DHOS", "Aug18"),
    ]);
    expect(only(result, "structure/unknown-theme").map((f) => f.cell)).toEqual(["A3"]);
    expect(only(result, "structure/repeated-header").map((f) => f.cell)).toEqual(["A5"]);
  });

  it("structure/unreadable-cell: an Excel error value", async () => {
    const row = actionRow("A", "Head of QA", "Aug18");
    row[3] = { formula: "1/0", result: { error: "#DIV/0!" } };
    const result = await validateRows([[THEME], row]);
    expect(only(result, "structure/unreadable-cell")).toEqual([
      {
        cell: "D3",
        value: "#DIV/0!",
        message: "Deadline in row 3 shows the Excel error #DIV/0!, so it cannot be read.",
      },
    ]);
    // The error is the one finding on its cell, not also a missing deadline.
    expect(result.findings.filter((f) => f.cell === "D3").map((f) => f.code)).toEqual(["structure/unreadable-cell"]);
  });
});

describe("required content", () => {
  it("content/missing-what, content/missing-deadline and content/missing-closing-the-loop", async () => {
    const row = actionRow("", "Head of QA", "");
    row[4] = "";
    const result = await validateRows([[THEME], row]);
    expect(only(result, "content/missing-what").map((f) => f.cell)).toEqual(["A3"]);
    expect(only(result, "content/missing-deadline")[0]).toEqual({
      cell: "D3",
      value: "",
      message: "The action in row 3 has no deadline.",
    });
    expect(only(result, "content/missing-closing-the-loop").map((f) => f.cell)).toEqual(["E3"]);
  });

  it("content/missing-deadline echoes a placeholder deadline", async () => {
    const result = await validateRows([[THEME], actionRow("Do it", "Head of QA", "TBC")]);
    expect(only(result, "content/missing-deadline")[0].message).toBe(
      'The action in row 3 ("Do it") has "TBC" as its deadline, which is not a date.',
    );
  });

  it("content/missing-closing-the-loop echoes a placeholder check, and takes a real one", async () => {
    const rows = ["TBC", "N/A", "To be agreed", "Audit of 20 cases"].map((check, i) => {
      const row = actionRow(`A${i}`, "Head of QA", "Aug18");
      row[4] = check;
      return row;
    });
    const result = await validateRows([[THEME], ...rows]);
    expect(only(result, "content/missing-closing-the-loop").map((f) => [f.cell, f.value])).toEqual([
      ["E3", "TBC"],
      ["E4", "N/A"],
      ["E5", "To be agreed"],
    ]);
    expect(only(result, "content/missing-closing-the-loop")[0].message).toBe(
      'The action in row 3 ("A0") has "TBC" in Closing the loop, which does not say how delivery and impact will be tested.',
    );
  });

  it("content/missing-links: an action that names nothing it supports", async () => {
    const result = await validateRows(
      [[THEME], tracked(actionRow("Do it", "Head of QA", "Aug18"), "On track", "")],
      TRACKED,
    );
    expect(only(result, "content/missing-links").map((f) => f.cell)).toEqual(["L3"]);
  });

  it("content/missing-links, not an unknown link, for a placeholder in the Links cell", async () => {
    const result = await validateRows(
      [[THEME], tracked(actionRow("Do it", "Head of QA", "Aug18"), "On track", "N/A")],
      TRACKED,
    );
    expect(only(result, "content/missing-links").map((f) => f.cell)).toEqual(["L3"]);
    expect(only(result, "coverage/unknown-link")).toEqual([]);
  });

  it("content/missing-links suggests what to enter, from the action's wording", async () => {
    const result = await validateRows(
      [
        [THEME],
        tracked(
          actionRow("Respond promptly to private fostering notifications", "Head of QA", "Aug18"),
          "On track",
          "",
        ),
      ],
      TRACKED,
    );
    const [missing] = result.findings.filter((f) => f.code === "content/missing-links");
    expect(missing.fix).toBe(
      'Name what it supports (note * of the plan). From its wording it seems to support recommendation 4 (Private fostering); if so, enter "R4" in this cell.',
    );
  });
});

describe("owners", () => {
  it("owner/missing and owner/placeholder", async () => {
    const result = await validateRows([[THEME], actionRow("A", "", "Aug18"), actionRow("B", "TBC", "Aug18")]);
    expect(only(result, "owner/missing").map((f) => f.cell)).toEqual(["C3"]);
    expect(only(result, "owner/placeholder")).toEqual([
      {
        cell: "C4",
        value: "TBC",
        message: 'The action in row 4 ("B") has "TBC" as its accountable officer, which names nobody.',
      },
    ]);
    expect(result.counts.unowned).toBe(2);
  });

  it("owner/placeholder for a vacant post and the other ways plans say nobody", async () => {
    const written = [
      "HOS (vacant)",
      "Unassigned",
      "To be appointed",
      "No lead identified",
      "xx",
      "Various",
      "All",
      "Post being recruited to",
      "TBC (HoS)",
    ];
    const result = await validateRows([[THEME], ...written.map((owner, i) => actionRow(`A${i}`, owner, "Aug18"))]);
    expect(only(result, "owner/placeholder").map((f) => f.value)).toEqual(written);
    expect(only(result, "owner/placeholder")[0].message).toBe(
      'The action in row 3 ("A0") has "HOS (vacant)" as its accountable officer, which is a vacant post, so nobody is accountable.',
    );
    expect(only(result, "owner/placeholder")[8].message).toBe(
      'The action in row 11 ("A8") has "TBC (HoS)" as its accountable officer, which is still to be confirmed, so nobody is accountable yet.',
    );
    expect(result.counts.unowned).toBe(written.length);
  });

  it("owner/sub-action-no-owner, owner/sub-action-no-date and owner/sub-action-no-bracket", async () => {
    const staff = "- Training for all (Aug18)\n- Guidance (Head of QA)\n- A workshop";
    const result = await validateRows([[THEME], actionRow("A", "Head of QA", "Dec18", { staff })]);
    expect(only(result, "owner/sub-action-no-owner")[0]).toMatchObject({
      cell: "G3",
      message: "The sub-action on line 1 of Staff and WFD has a date (Aug18) but no owner in its bracket.",
    });
    expect(only(result, "owner/sub-action-no-date")[0]).toMatchObject({
      cell: "G3",
      message:
        'The sub-action on line 2 of Staff and WFD names an owner, "Head of QA" (Head of Quality Assurance), but no date.',
    });
    expect(only(result, "owner/sub-action-no-bracket")[0]).toMatchObject({ cell: "G3", value: "A workshop" });
    const ongoing = await validateRows([
      [THEME],
      actionRow("A", "Head of QA", "Dec18", { staff: "- Reports (on-going)" }),
    ]);
    expect(only(ongoing, "owner/sub-action-no-owner")[0].message).toBe(
      "The sub-action on line 1 of Staff and WFD has a timescale (on-going) but no owner in its bracket.",
    );
    const empty = await validateRows([[THEME], actionRow("A", "Head of QA", "Dec18", { staff: "- Training ()" })]);
    expect(only(empty, "owner/sub-action-no-owner")[0].message).toBe(
      'The sub-action on line 1 of Staff and WFD has a bracket with no owner or date in it: "()".',
    );
    expect(result.counts.unownedSubActions).toBe(2);
  });

  it("owner/cut-off: an owner whose name was cut short, in a bracket, an Accountable cell or a step row", async () => {
    const staff =
      "- Annual report (Head of May18)\n- Report to the Board (and Intel. Oct17 onwards)\n- Visit (Team A – Aug18)";
    const result = await validateRows([
      [THEME],
      actionRow("A", "HOS Fostering and", "Dec18", { staff }),
      actionRow("B", "Head of QA\nTeam A", "Dec18"),
    ]);
    expect(only(result, "owner/cut-off")).toEqual([
      {
        cell: "C3",
        value: "HOS Fostering and",
        message:
          'The action in row 3 ("A") names "HOS Fostering and" as its accountable officer, which looks cut off: it ends with "and".',
      },
      {
        cell: "G3",
        value: "Annual report (Head of May18)",
        message: 'The owner of the sub-action on line 1 of Staff and WFD, "Head of", looks cut off: it ends with "of".',
      },
      {
        cell: "G3",
        value: "Report to the Board (and Intel. Oct17 onwards)",
        message:
          'The owner of the sub-action on line 2 of Staff and WFD, "and Intel.", looks cut off: it starts with "and".',
      },
    ]);
    expect(result.findings.filter((f) => f.code === "owner/cut-off" && f.cell === "G3").map((f) => f.fix)).toEqual([
      "Write the rest of the owner's post or name in its bracket: (Head of … – May18).",
      "Write the start of the owner's post or name in its bracket: (… and Intel. – Oct17 onwards).",
    ]);

    const steps = await validateRows(
      [
        [1, THEME],
        ["1.1", "Improve threshold decisions", "HoS MASH", "Mar18"],
        ["1.1.1", "Review the threshold document", "Head of", "Sep17"],
      ],
      ["Ref", "Action", "Lead", "Target date"],
    );
    expect(only(steps, "owner/cut-off")).toEqual([
      {
        cell: "C4",
        value: "Review the threshold document",
        message: 'The owner of the sub-action in row 4, "Head of", looks cut off: it ends with "of".',
      },
    ]);
  });

  it("owner/measures-column: a column of bullets that never name an owner holds measures, not sub-actions", async () => {
    const closing = "- Re-referrals below 20%\n- Audits graded good";
    const result = await validateRows([
      [THEME],
      actionRow("A", "Head of QA", "Dec18", { closing }),
      actionRow("B", "Head of QA", "Dec18", { closing: "- Police attend 90% of strategy meetings" }),
    ]);
    expect(only(result, "owner/sub-action-no-bracket")).toEqual([]);
    expect(only(result, "owner/measures-column")).toEqual([
      {
        cell: "E1",
        value: "Closing the loop**",
        message:
          "None of the bullets under Closing the loop ends in (Owner – Date), so Plan Check reads them as measures of success, not sub-actions that need an owner.",
      },
    ]);
    expect(result.counts.unownedSubActions).toBe(0);
  });

  it("keeps expecting owners in a column where any bullet names one, and below three bullets", async () => {
    const closing = "- Re-referrals below 20%\n- Audits graded good";
    const withOne = await validateRows([
      [THEME],
      actionRow("A", "Head of QA", "Dec18", { closing }),
      actionRow("B", "Head of QA", "Dec18", { closing: "- Dip sample (Head of QA – Nov18)" }),
    ]);
    expect(only(withOne, "owner/sub-action-no-bracket").map((f) => f.value)).toEqual([
      "Re-referrals below 20%",
      "Audits graded good",
    ]);
    const few = await validateRows([[THEME], actionRow("A", "Head of QA", "Dec18", { closing })]);
    expect(only(few, "owner/sub-action-no-bracket")).toHaveLength(2);
    expect(only(few, "owner/measures-column")).toEqual([]);
  });

  it("owner/variant: the same role written two ways, through the glossary", async () => {
    const result = await validateRows([
      [THEME],
      actionRow("A", "HOS Safeguarding", "Dec18"),
      actionRow("B", "HOS Safeguarding", "Dec18"),
      actionRow("C", "Head of Service Safeguarding", "Dec18"),
    ]);
    expect(only(result, "owner/variant")).toEqual([
      {
        cell: "C5",
        value: "Head of Service Safeguarding",
        message: '"Head of Service Safeguarding" looks like the same role as "HOS Safeguarding", written another way.',
      },
    ]);
  });

  it("owner/variant: a post mistyped, in an Accountable cell or a bracket, is the post spelt right", async () => {
    const result = await validateRows([
      [THEME],
      actionRow("A", "Head of Safeguarding", "Dec18", { staff: "- Training (Head of Safeguading – Aug18)" }),
      actionRow("B", "Head of Safeguarding", "Dec18"),
      actionRow("C", "Head of Safeguarding Locality 1", "Dec18"),
      actionRow("D", "Head of Safeguarding Locality 5", "Dec18"),
    ]);
    expect(only(result, "owner/variant")).toEqual([
      {
        cell: "G3",
        value: "Training (Head of Safeguading – Aug18)",
        message: '"Head of Safeguading" looks like the same role as "Head of Safeguarding", written another way.',
      },
    ]);
  });

  it("names a role by its plain spelling, not by an acting holder's or a part played, when each is used once", async () => {
    const result = await validateRows([
      [THEME],
      actionRow("A", "Acting HOS Fostering", "Dec18"),
      actionRow("B", "HOS Fostering", "Dec18"),
      actionRow("C", "Head of QA (lead)", "Dec18"),
      actionRow("D", "Head of QA", "Dec18"),
    ]);
    expect(only(result, "owner/variant").map((f) => f.value)).toEqual(["Acting HOS Fostering", "Head of QA (lead)"]);
  });

  it('names a role "TMs" rather than "TM\'s" when each is used once', async () => {
    const result = await validateRows([[THEME], actionRow("A", "TM's", "Dec18"), actionRow("B", "TMs", "Dec18")]);
    expect(only(result, "owner/variant")).toEqual([
      { cell: "C3", value: "TM's", message: '"TM\'s" looks like the same role as "TMs", written another way.' },
    ]);
  });

  it("owner/variant: a person named with their post or without it is written one way; an initial is another", async () => {
    const result = await validateRows([
      [THEME],
      actionRow("A", "Jane Smith (HoS Safeguarding)", "Dec18"),
      actionRow("B", "Jane Smith", "Dec18"),
      actionRow("C", "Jane Smith, Head of Service Safeguarding", "Dec18"),
      actionRow("D", "J Smith", "Dec18"),
    ]);
    expect(only(result, "owner/variant")).toEqual([
      {
        cell: "C6",
        value: "J Smith",
        message: '"J Smith" looks like the same person as "Jane Smith", written another way.',
      },
    ]);
  });

  it("uses abbreviations from the glossary saved in the workbook", async () => {
    const settings: SheetSpec = {
      name: "Plan Check settings",
      rows: [
        ["Setting", "Value"],
        ["Abbreviation: PLO", "Principal Lead Officer"],
      ],
    };
    const result = await validate([
      {
        name: "Plan",
        rows: [HEADER, [THEME], actionRow("A", "PLO", "Dec18"), actionRow("B", "Principal Lead Officer", "Dec18")],
      },
      settings,
    ]);
    expect(only(result, "owner/variant")).toHaveLength(1);
  });
});

describe("overdue", () => {
  it("overdue/action: open and past its due date; never when complete", async () => {
    const rows = [
      [THEME],
      tracked(actionRow("Late", "Head of QA", "Aug17"), "On track"),
      tracked(actionRow("Done", "Head of QA", "Aug17"), "Complete"),
      tracked(actionRow("Future", "Head of QA", "Aug18"), "On track"),
    ];
    const result = await validateRows(rows, TRACKED);
    expect(only(result, "overdue/action")).toEqual([
      {
        cell: "D3",
        value: "Aug17",
        message:
          'The action in row 3 ("Late") was due by 31 August 2017 (91 days ago) and is not marked complete as of 30 November 2017.',
      },
    ]);
    expect(result.counts.overdue).toBe(1);
  });

  it("never calls a withdrawn action overdue, nor counts it complete", async () => {
    const result = await validateRows(
      [
        [THEME],
        tracked(
          actionRow("Folded into 1.4", "Head of QA", "Aug17", { staff: "- Training (HOS – Sept17)" }),
          "Superseded by 1.4",
        ),
        tracked(actionRow("Stopped", "Head of QA", "Aug17"), "Withdrawn"),
      ],
      TRACKED,
    );
    expect(result.findings.filter((f) => f.code.startsWith("overdue/") || f.code.startsWith("status/"))).toEqual([]);
    expect(result.counts).toMatchObject({ overdue: 0, complete: 0, withdrawn: 2, overdueSubActions: 0 });
  });

  it("judges an action by its revised date where one is filled in, and points there", async () => {
    const header = ["Action", "Lead", "Original target date", "Revised target date", "RAG", "Evidence of impact"];
    const result = await validateRows(
      [
        [THEME],
        ["Moved on", "Head of QA", "Aug17", "Mar18", "On track", "Audit"],
        ["Not moved", "Head of QA", "Sep17", "", "On track", "Audit"],
        ["Moved, but late", "Head of QA", "Jun17", "Oct17", "Amber", "Audit"],
        ["Moved, mistyped", "Head of QA", "Jul17", "Set18", "Amber", "Audit"],
      ],
      header,
    );
    expect(result.reading.plan.actions.map((a) => [a.deadline.due, a.deadlineRole])).toEqual([
      ["2018-03-31", "revisedDeadline"],
      ["2017-09-30", "deadline"],
      ["2017-10-31", "revisedDeadline"],
      ["2018-09-30", "revisedDeadline"],
    ]);
    expect(
      result.findings
        .filter((f) => f.code.startsWith("overdue/") || f.code.startsWith("deadline/"))
        .map((f) => [f.code, f.cell]),
    ).toEqual([
      ["overdue/action", "C4"],
      ["overdue/action", "D5"],
      ["deadline/probable-typo", "D6"],
    ]);
    expect(result.findings.filter((f) => f.code === "structure/missing-column")).toEqual([]);
  });

  it("reads a '% complete' of 100 as complete where no status says otherwise", async () => {
    const header = ["Action", "Lead", "Target date", "% Complete", "Evidence of impact"];
    const result = await validate([
      {
        name: "Plan",
        rows: [
          header,
          [THEME],
          ["Done, as a fraction shown as a percentage", "Head of QA", "Aug17", 1, "Audit"],
          ["Done, typed as a number", "Head of QA", "Aug17", 100, "Audit"],
          ["Done, typed as text", "Head of QA", "Aug17", "100% - signed off", "Audit"],
          ["Half done", "Head of QA", "Aug17", 0.5, "Audit"],
          // A column imported as text holds its numbers as text.
          ["Done, a number kept as text", "Head of QA", "Aug17", "100", "Audit"],
          ["About half done, in words", "Head of QA", "Aug17", "c. 50%", "Audit"],
        ],
        formats: { D3: "0%", D6: "0%", D7: "@" },
      },
    ]);
    expect(result.reading.plan.actions.map((a) => a.percentComplete)).toEqual([100, 100, 100, 50, 100, 50]);
    expect(result.counts).toMatchObject({ complete: 4, overdue: 2 });
    expect(only(result, "overdue/action").map((f) => f.cell)).toEqual(["C6", "C8"]);
    // The column tells finished from open, so the plan is not said to count every action as open.
    expect(only(result, "overdue/no-status-column")).toEqual([]);
  });

  it("reads a yes in a 'Completed (Y/N)' column as complete, and says to put one there to close an action", async () => {
    const header = ["Action", "Lead", "Target date", "Completed (Y/N)", "Evidence of impact"];
    const result = await validate([
      {
        name: "Plan",
        rows: [
          header,
          [THEME],
          ["Answered Y", "Head of QA", "Aug17", "Y", "Audit"],
          ["Answered yes", "Head of QA", "Aug17", "Yes", "Audit"],
          ["Ticked", "Head of QA", "Aug17", "✓", "Audit"],
          ["A TRUE cell", "Head of QA", "Aug17", true, "Audit"],
          ["Answered with the date", "Head of QA", "Aug17", "12/10/2017", "Audit"],
          ["Answered 100%", "Head of QA", "Aug17", "100%", "Audit"],
          ["Answered N", "Head of QA", "Aug17", "N", "Audit"],
          ["Not answered", "Head of QA", "Aug17", "", "Audit"],
        ],
      },
    ]);
    expect(result.reading.plan.actions.map((a) => a.markedDone)).toEqual([
      true,
      true,
      true,
      true,
      false,
      true,
      false,
      false,
    ]);
    expect(result.reading.plan.actions.map((a) => a.completedOn)).toEqual([
      null,
      null,
      null,
      null,
      "2017-10-12",
      null,
      null,
      null,
    ]);
    expect(result.counts).toMatchObject({ complete: 6, overdue: 2 });
    const overdue = result.findings.filter((f) => f.code === "overdue/action");
    expect(overdue.map((f) => f.cell)).toEqual(["C9", "C10"]);
    expect(overdue[0].fix).toBe(
      "If it is done, put Yes in Completed (Y/N); if not, agree a new deadline and record why.",
    );
    // The column tells finished from open, so the plan is not said to count every action as open.
    expect(only(result, "overdue/no-status-column")).toEqual([]);
  });

  it("reads an action whose deadline says it is done as complete, where no status says otherwise", async () => {
    const result = await validateRows([
      [THEME],
      actionRow("Ticked off after its date", "Head of QA", "Oct 2017 – complete"),
      actionRow("Completed, with the day", "Head of QA", "Complete - 12/10/17"),
      actionRow("Achieved", "Head of QA", "Achieved Sept 2017"),
      // These set the date; they say nothing is done.
      actionRow("Complete it by October", "Head of QA", "Complete by Oct 2017"),
      actionRow("Done by October", "Head of QA", "Done by Oct 2017"),
      actionRow("Delayed", "Head of QA", "Oct 2017 - delayed"),
    ]);
    expect(result.reading.plan.actions.map((a) => a.markedDone)).toEqual([true, true, true, false, false, false]);
    expect(only(result, "overdue/action").map((f) => f.cell)).toEqual(["D6", "D7", "D8"]);
    expect(result.counts).toMatchObject({ complete: 3, overdue: 3 });
    // A Status cell that says otherwise wins.
    const said = await validateRows(
      [[THEME], tracked(actionRow("Still open", "Head of QA", "Oct 2017 – complete"), "On track")],
      TRACKED,
    );
    expect(said.counts).toMatchObject({ complete: 0, overdue: 1 });
  });

  it("advises, in a plan with no Status column, writing the date before a status put in its place", async () => {
    const result = await validateRows([
      [THEME],
      actionRow("Done early", "Head of QA", "Done"),
      actionRow("Done too", "Head of QA", "N/A – complete"),
    ]);
    expect(result.findings.filter((f) => f.code === "deadline/unreadable").map((f) => f.fix)).toEqual([
      'Write the date it was due before it, as in "Oct 2017 – Done": Plan Check then knows both when it was due and that it is done.',
      // "N/A" is no part of the status to keep.
      'Write the date it was due before it, as in "Oct 2017 – complete": Plan Check then knows both when it was due and that it is done.',
    ]);
  });

  it("reads a sub-action row's own '% complete' of 100 as done, never late", async () => {
    const header = ["Ref", "Action", "Lead", "Target date", "RAG", "% complete", "Evidence of impact"];
    const result = await validateRows(
      [
        [1, THEME],
        ["1.1", "Improve threshold decisions", "HoS MASH", "Mar18", "Green", "60%", "Audit"],
        ["1.1.1", "Review the threshold document", "TM MASH", "Jul17", "", "100%"],
        ["1.1.2", "Train MASH staff", "L&D Lead", "Aug17", "", "80%"],
      ],
      header,
    );
    expect(only(result, "overdue/sub-action").map((f) => f.cell)).toEqual(["D5"]);
  });

  it("reads a date in 'Date completed' as complete where no status says otherwise", async () => {
    const header = ["Action", "Lead", "Target date", "RAG", "Date completed", "Evidence of impact"];
    const result = await validate([
      {
        name: "Plan",
        rows: [
          header,
          [THEME],
          ["Done, dated", "Head of QA", "Aug17", "", new Date(Date.UTC(2017, 8, 12)), "Audit"],
          ["Done, typed", "Head of QA", "Aug17", "", "12/09/2017", "Audit"],
          ["Marked complete, no date", "Head of QA", "Aug17", "Complete", "", "Audit"],
          ["Still open", "Head of QA", "Aug17", "Amber", "", "Audit"],
          // A date whose cell lost its format, as when pasted: 43090 is 21/12/2017.
          ["Done, shown as a number", "Head of QA", "Aug17", "", 43090, "Audit"],
        ],
        formats: { E3: "dd/mm/yyyy" },
      },
    ]);
    expect(result.reading.plan.actions.map((a) => a.completedOn)).toEqual([
      "2017-09-12",
      "2017-09-12",
      null,
      null,
      "2017-12-21",
    ]);
    expect(result.states.map((s) => s.complete)).toEqual([true, true, true, false, true]);
    expect(only(result, "overdue/action").map((f) => f.cell)).toEqual(["C6"]);
    // Marked complete, it must say when: in the Date completed column.
    expect(only(result, "status/complete-without-date").map((f) => f.cell)).toEqual(["E5"]);
    expect(only(result, "status/missing")).toEqual([]);
  });

  it("takes a written status over '% complete', and a blank one beside 100% as complete", async () => {
    const header = ["Action", "Lead", "Target date", "RAG", "% complete", "Evidence of impact"];
    const result = await validateRows(
      [
        [THEME],
        ["Said to be late", "Head of QA", "Aug17", "Red", "100%", "Audit"],
        ["Left blank", "Head of QA", "Aug17", "", "100%", "Audit"],
        ["Left blank, half done", "Head of QA", "Aug17", "", "50%", "Audit"],
      ],
      header,
    );
    expect(result.states.map((s) => s.complete)).toEqual([false, true, false]);
    expect(only(result, "status/missing").map((f) => f.cell)).toEqual(["D5"]);
  });

  it("overdue/sub-action: a sub-action date passed while its action is open", async () => {
    const result = await validateRows(
      [[THEME], tracked(actionRow("A", "Head of QA", "Aug18", { staff: "- Training (HOS – Sept17)" }), "On track")],
      TRACKED,
    );
    expect(only(result, "overdue/sub-action")[0]).toMatchObject({
      cell: "G3",
      message:
        "The sub-action on line 1 of Staff and WFD (HOS) was due by 30 September 2017 (61 days ago); its action is still open.",
    });
  });

  it("reads the dated steps listed under an action in its What? cell as its sub-actions", async () => {
    const what = "Embed the practice model\n- Training for all (Practice Lead – Sept17)\n- Practice week (HOS)";
    const described = "Work with partners\n- with schools (including academies)\n- with health";
    const result = await validateRows(
      [
        [THEME],
        tracked(actionRow(what, "Head of QA", "Aug18"), "On track"),
        tracked(actionRow(described, "Head of QA", "Aug18"), "On track"),
      ],
      TRACKED,
    );
    expect(only(result, "overdue/sub-action").filter((f) => f.cell === "A3")).toEqual([
      expect.objectContaining({
        message:
          "The sub-action on line 2 of What? (Practice Lead) was due by 30 September 2017 (61 days ago); its action is still open.",
      }),
    ]);
    expect(only(result, "owner/sub-action-no-date").map((f) => f.cell)).toEqual(["A3"]);
    // Bullets with no date describe the action: nothing in A4 is a sub-action of its own.
    expect(result.findings.filter((f) => f.cell === "A4")).toEqual([]);
    expect(result.reading.plan.actions[1].subActions.every((s) => s.role !== "what")).toBe(true);
  });

  it("overdue/sub-action on a line that names its owner and date by labels says to mark it at the line's end", async () => {
    const result = await validateRows(
      [
        [THEME],
        tracked(actionRow("A", "Head of QA", "Aug18", { staff: "- Training. Lead: HOS. Due: Sept17" }), "On track"),
      ],
      TRACKED,
    );
    const overdue = result.findings.filter((f) => f.code === "overdue/sub-action");
    expect(overdue.map((f) => [f.message, f.fix])).toEqual([
      [
        "The sub-action on line 1 of Staff and WFD (HOS) was due by 30 September 2017 (61 days ago); its action is still open.",
        "If it was delivered, write '– complete' at the end of the line; if not, agree a new date with its owner.",
      ],
    ]);
    expect(only(result, "owner/sub-action-no-bracket")).toEqual([]);
  });

  it("overdue/sub-action on a line that sets its owner and date off by dashes: owned, dated and checked", async () => {
    const result = await validateRows(
      [
        [THEME],
        tracked(
          actionRow("A", "Head of QA", "Aug18", {
            staff: "- Training – HOS – Sept17\n- Audit – Head of QA – Oct17 – complete",
          }),
          "On track",
        ),
      ],
      TRACKED,
    );
    expect(
      result.findings.filter((f) => f.code === "overdue/sub-action").map((f) => [f.cell, f.message, f.fix]),
    ).toEqual([
      [
        "G3",
        "The sub-action on line 1 of Staff and WFD (HOS) was due by 30 September 2017 (61 days ago); its action is still open.",
        "If it was delivered, write '– complete' at the end of the line; if not, agree a new date with its owner.",
      ],
    ]);
    expect(result.findings.filter((f) => f.code.startsWith("owner/sub-action"))).toEqual([]);
  });

  it("never calls a sub-action ticked off in its text overdue, nor due after its action", async () => {
    const staff = "- Training (HOS – Sept17) – complete\n- Audit (QA – Oct17 – done)\n- Review (TM – Dec18) ✓";
    const result = await validateRows(
      [[THEME], tracked(actionRow("A", "Head of QA", "Aug18", { staff }), "On track")],
      TRACKED,
    );
    expect(only(result, "overdue/sub-action")).toEqual([]);
    expect(only(result, "deadline/sub-action-after-action")).toEqual([]);
    expect(result.counts.overdueSubActions).toBe(0);
  });

  it("status/sub-actions-done: every sub-action of an open action done, so it may be ready to close", async () => {
    const closing = "- Audit (QA – Oct17) – complete";
    const staff = "- Training (HOS – Sept17) ✓";
    const result = await validateRows(
      [
        [THEME],
        tracked(actionRow("Ready", "Head of QA", "Aug18", { closing, staff }), "On track"),
        tracked(actionRow("Closed", "Head of QA", "Aug18", { closing, staff }), "Complete"),
        tracked(actionRow("Half", "Head of QA", "Aug18", { closing, staff: "- Training (HOS – Sept18)" }), "On track"),
      ],
      TRACKED,
    );
    expect(only(result, "status/sub-actions-done")).toEqual([
      {
        cell: "K3",
        value: "On track",
        message: 'Both sub-actions of the action in row 3 ("Ready") are done, but the action is still open.',
      },
    ]);
  });

  it("overdue/milestone: a milestone passed before the final deadline", async () => {
    const result = await validateRows(
      [[THEME], tracked(actionRow("A", "Head of QA", "Scope by Sept17\nImplement by March 2018"), "On track")],
      TRACKED,
    );
    expect(only(result, "overdue/milestone").map((f) => f.value)).toEqual(["Sept17"]);
    expect(only(result, "overdue/action")).toEqual([]);
  });

  it("never calls 'With immediate effect' or a start date overdue", async () => {
    const result = await validateRows(
      [
        [THEME],
        tracked(actionRow("A", "Head of QA", "With immediate effect"), "On track"),
        tracked(actionRow("B", "Head of QA", "from Jul17 onwards"), "On track"),
      ],
      TRACKED,
    );
    expect(result.counts.overdue).toBe(0);
  });

  it("overdue/not-started: an action still marked Not started after the start its deadline gives", async () => {
    const result = await validateRows(
      [
        [THEME],
        tracked(actionRow("Run the pilot", "Head of QA", "Pilot to commence in July 2017"), "Not started"),
        tracked(actionRow("Roll out", "Head of QA", "15/07/2017 – Mar18"), "Not started"),
        // Not yet: the month it starts in runs to the as-of date, 30 November.
        tracked(actionRow("C", "Head of QA", "Nov17 onwards"), "Not started"),
        // Started, or a status about the due date rather than the start.
        tracked(actionRow("D", "Head of QA", "from Jul17 onwards"), "On track"),
        tracked(actionRow("E", "Head of QA", "Jul17 – Mar18"), "Not yet due"),
        // Already overdue, said once as that.
        tracked(actionRow("F", "Head of QA", "Jul17 – Sept17"), "Not started"),
      ],
      TRACKED,
    );
    expect(only(result, "overdue/not-started")).toEqual([
      {
        cell: "K3",
        value: "Not started",
        message:
          'The action in row 3 ("Run the pilot") was to start in July 2017, as its deadline "Pilot to commence in July 2017" says, and is still marked "Not started" as of 30 November 2017.',
      },
      {
        cell: "K4",
        value: "Not started",
        message:
          'The action in row 4 ("Roll out") was to start by 15 July 2017, as its deadline "15/07/2017 – Mar18" says, and is still marked "Not started" as of 30 November 2017.',
      },
    ]);
    expect(only(result, "overdue/action").map((f) => f.cell)).toEqual(["D8"]);
    expect(result.counts.overdue).toBe(1);
  });
});

describe("deadlines", () => {
  it("deadline/unreadable: a sub-action timed by an event asks for the date, and its owner is the post alone", async () => {
    const staff = "- Training (HoS – next board)\n- Visit (HoS – after the inspection)";
    const result = await validateRows([[THEME], actionRow("A", "Head of QA", "Dec18", { staff })]);
    expect(
      result.findings.filter((f) => f.code === "deadline/unreadable").map(({ message, fix }) => ({ message, fix })),
    ).toEqual([
      {
        message:
          'The date of the sub-action on line 1 of Staff and WFD, "next board", depends on when the next board meets, so Plan Check cannot tell when it is due.',
        fix: 'Write the date of that board: "15/01/2018".',
      },
      {
        message:
          'The date of the sub-action on line 2 of Staff and WFD, "after the inspection", depends on when the inspection or visit happens, so Plan Check cannot tell when it is due.',
        fix: 'Write the date it is due by: "15/01/2018".',
      },
    ]);
    const staffLines = result.reading.plan.actions[0].subActions.filter((s) => s.column === "Staff and WFD");
    expect(staffLines.map((s) => s.owner)).toEqual(["HoS", "HoS"]);
  });

  it("deadline/unreadable, deadline/probable-typo, deadline/impossible-date, deadline/no-year", async () => {
    const rows = [
      [THEME],
      actionRow("A", "Head of QA", "when possible"),
      actionRow("B", "Head of QA", "Set18"),
      actionRow("C", "Head of QA", "31/02/2018"),
      actionRow("D", "Head of QA", "March"),
    ];
    const result = await validateRows(rows);
    expect(only(result, "deadline/unreadable")[0]).toEqual({
      cell: "D3",
      value: "when possible",
      message:
        'The deadline of the action in row 3, "when possible", could not be read as a date, so Plan Check cannot tell when it is due.',
    });
    expect(only(result, "deadline/probable-typo").map((f) => f.cell)).toEqual(["D4"]);
    expect(only(result, "deadline/impossible-date").map((f) => f.cell)).toEqual(["D5"]);
    expect(only(result, "deadline/no-year").map((f) => f.cell)).toEqual(["D6"]);
  });

  it("deadline/unreadable: work put off with no new date asks for the date it is now due", async () => {
    const result = await validateRows([
      [THEME],
      actionRow("A", "Head of QA", "On hold"),
      actionRow("B", "Head of QA", "Deferred to Mar18", { closing: "- Audit (Head of QA – postponed)" }),
      actionRow("C", "Head of QA", "Paused until March 2018"),
    ]);
    expect(advice(result, "deadline/unreadable")).toEqual([
      {
        cell: "D3",
        message:
          'The deadline of the action in row 3, "On hold", puts the work off without a new date, so Plan Check cannot tell when it is due.',
        fix: 'Write the date it is now due by, e.g. "March 2018", and say why it was put off in the progress update.',
      },
      {
        cell: "E4",
        message:
          'The date of the sub-action on line 1 of Closing the loop, "postponed", puts the work off without a new date, so Plan Check cannot tell when it is due.',
        fix: 'Write the date it is now due by, e.g. "March 2018", and say why it was put off in the progress update.',
      },
      {
        cell: "D5",
        message:
          'The deadline of the action in row 5, "Paused until March 2018", gives when the work starts again, not when it will be done, so Plan Check cannot tell when it is due.',
        fix: 'Write the date it is now due by, e.g. "June 2018"; when it starts again can go in the progress update.',
      },
    ]);
  });

  it("deadline/impossible-date says which date one typed month first means", async () => {
    const result = await validateRows([
      [THEME],
      actionRow("A", "Head of QA", "12/31/2017"),
      actionRow("B", "Head of QA", "31/02/2018"),
    ]);
    expect(
      result.findings.filter((f) => f.code === "deadline/impossible-date").map(({ cell, fix }) => [cell, fix]),
    ).toEqual([
      [
        "D3",
        "Dates are read day/month/year, and this one looks written month first. If it means 31 December 2017, write 31/12/2017.",
      ],
      ["D4", "Check the day and month (dates are read day/month/year)."],
    ]);
  });

  it("deadline/unreadable says why a deadline naming a year could not be placed, and how to write it", async () => {
    const result = await validateRows([
      [THEME],
      actionRow("A", "Head of QA", "Q2 2018"),
      actionRow("B", "Head of QA", "Winter 2018", { staff: "- Training (HOS – Early 2018)" }),
    ]);
    expect(advice(result, "deadline/unreadable")).toEqual([
      {
        cell: "D3",
        message:
          'The deadline of the action in row 3, "Q2 2018", could be a quarter of the calendar year or of the financial year, so Plan Check cannot tell when it is due.',
        fix: 'Write the financial year ("Q2 2018/19") or the month it is due ("June 2018").',
      },
      {
        cell: "D4",
        message:
          'The deadline of the action in row 4, "Winter 2018", could end in February 2018 or February 2019, so Plan Check cannot tell when it is due.',
        fix: 'Write the month it is due ("February 2019").',
      },
      {
        cell: "G4",
        message:
          'The date of the sub-action on line 1 of Staff and WFD, "Early 2018", does not say when in 2018 it is due, so Plan Check cannot tell when it is due.',
        fix: expect.stringMatching(/^Write the date as a month and year/),
      },
    ]);
  });

  it("deadline/lost-date-format: an Excel date kept as a plain number is read, and said", async () => {
    const result = await validateRows([
      [THEME],
      actionRow("A", "Head of QA", 43100),
      // A year alone is a year, not a date that lost its format.
      actionRow("B", "Head of QA", 2018),
      // The same digits kept as text (a CSV import): read too, and the fix is to type it again.
      actionRow("C", "Head of QA", "43131"),
      actionRow("D", "Head of QA", "12345"),
    ]);
    expect(result.reading.plan.actions.map((a) => a.deadline.due)).toEqual([
      "2017-12-31",
      "2018-12-31",
      "2018-01-31",
      null,
    ]);
    expect(only(result, "deadline/lost-date-format")).toEqual([
      {
        cell: "D3",
        value: "43100",
        message:
          "The deadline of the action in row 3 shows as 43100: an Excel date that has lost its date format. Plan Check read it as 31 December 2017.",
      },
      {
        cell: "D5",
        value: "43131",
        message:
          "The deadline of the action in row 5 shows as 43131: an Excel date that has lost its date format. Plan Check read it as 31 January 2018.",
      },
    ]);
    expect(result.findings.filter((f) => f.code === "deadline/lost-date-format").map((f) => f.fix)).toEqual([
      "Select the cell and choose Home > Number > Short Date, so it shows as the date it holds.",
      "The cell holds the number as text, so a date format will not change it. Type the date again, e.g. 31/01/2018.",
    ]);
    expect(result.findings.filter((f) => f.code === "deadline/unreadable").map((f) => f.cell)).toEqual(["D6"]);
  });

  it("deadline/unreadable says when a status was written where the date goes", async () => {
    const result = await validateRows([[THEME], tracked(actionRow("A", "Head of QA", "Completed"), "")], TRACKED);
    expect(result.findings.filter((f) => f.code === "deadline/unreadable")).toEqual([
      expect.objectContaining({
        cell: "D3",
        message:
          'The deadline of the action in row 3, "Completed", is a status rather than a date, so Plan Check cannot tell when it is due.',
        fix: 'Put "Completed" in the Status column and write the date it was due here.',
      }),
    ]);
  });

  it("deadline/unreadable: where the Status column already says it, asks only for the date", async () => {
    const result = await validateRows(
      [
        [THEME],
        tracked(actionRow("A", "Head of QA", "N/A – complete"), "Complete"),
        tracked(actionRow("B", "Head of QA", "Completed"), "Amber"),
      ],
      TRACKED,
    );
    expect(result.findings.filter((f) => f.code === "deadline/unreadable").map((f) => f.fix)).toEqual([
      'The Status column already says "Complete": write the date it was due here instead.',
      'The Status column says "Amber": correct it if "Completed" is right, and write the date it was due here.',
    ]);
  });

  it("checks a sub-action kept as a row under its action like any other, pointing at its own lead and date", async () => {
    const header = ["Ref", "Action", "Lead", "Target date", "RAG", "Evidence of impact"];
    const result = await validateRows(
      [
        [1, THEME],
        ["1.1", "Improve threshold decisions", "HoS MASH", "Mar18", "Green", "Audit of contacts"],
        ["1.1.1", "Review the threshold document", "TM MASH", "Sep17", "Complete"],
        ["1.1.2", "Train MASH staff", "", "Oct17", "Amber"],
        ["1.1.3", "Dip sample contacts", "TBC", "Dec17"],
        ["1.1.4", "Brief partners", "TM MASH", ""],
        ["1.1.5", "Publish guidance", "TM MASH", "Apr18"],
      ],
      header,
    );
    expect(result.counts).toMatchObject({ actions: 1, overdueSubActions: 1, unownedSubActions: 2 });
    expect(result.reading.plan.actions[0].subActions.filter((s) => s.ownRow)).toHaveLength(5);
    expect(
      result.findings
        .filter((f) => f.code.startsWith("owner/") || f.code.startsWith("overdue/") || f.code.startsWith("deadline/"))
        .map(({ code, cell, message }) => ({ code, cell, message })),
    ).toEqual([
      { code: "owner/sub-action-no-owner", cell: "C5", message: "The sub-action in row 5 names nobody in Lead." },
      {
        code: "overdue/sub-action",
        cell: "D5",
        message:
          "The sub-action in row 5 (no owner) was due by 31 October 2017 (30 days ago); its action is still open.",
      },
      {
        code: "owner/sub-action-no-owner",
        cell: "C6",
        message: 'The sub-action in row 6 has "TBC" in Lead, which names nobody.',
      },
      {
        code: "owner/sub-action-no-date",
        cell: "D7",
        message:
          'The sub-action in row 7 names an owner, "TM MASH" (Team Manager Multi-Agency Safeguarding Hub), but no date in Target date.',
      },
      {
        code: "deadline/sub-action-after-action",
        cell: "D8",
        message: "The sub-action in row 8 is due by 30 April 2018, after its action's deadline of 31 March 2018.",
      },
    ]);
    // A sub-action is not an action: it needs no closing-the-loop check of its own.
    expect(result.findings.filter((f) => f.code.startsWith("content/")).map((f) => f.cell)).toEqual([]);
  });

  it("deadline/sub-action-after-action", async () => {
    const result = await validateRows([
      [THEME],
      actionRow("A", "Head of QA", "Dec18", { staff: "- Training (HOS – Mar19)" }),
    ]);
    expect(only(result, "deadline/sub-action-after-action")[0].message).toBe(
      "The sub-action on line 1 of Staff and WFD is due by 31 March 2019, after its action's deadline of 31 December 2018.",
    );
  });

  it("deadline/far-off: a date years away, most often a day read as a year", async () => {
    const result = await validateRows([
      [THEME],
      actionRow("A", "Head of QA", "March 31"),
      actionRow("B", "Head of QA", "Dec 2081"),
      actionRow("C", "Head of QA", "Ongoing", { staff: "- Training (HOS – Jun 30)" }),
      // Within five years, and a span ending far off from a start in the plan's years: both as written.
      actionRow("D", "Head of QA", "Mar 2022", { staff: "- Training (HOS – Jul17 - Jun 30)" }),
    ]);
    expect(result.findings.filter((f) => f.code === "deadline/far-off")).toEqual([
      expect.objectContaining({
        cell: "D3",
        message:
          'The deadline of the action in row 3, "March 31", reads as 31 March 2031, more than 5 years after 30 November 2017.',
        fix: 'If "31" is the day and not the year, write the year too, such as "31 March 2018". If 2031 is right, there is nothing to do.',
      }),
      expect.objectContaining({
        cell: "D4",
        message:
          'The deadline of the action in row 4, "Dec 2081", reads as 31 December 2081, more than 5 years after 30 November 2017.',
        fix: "Check the year. If 2081 is right, there is nothing to do.",
      }),
      expect.objectContaining({
        cell: "G5",
        message:
          'The date of the sub-action on line 1 of Staff and WFD, "Jun 30", reads as 30 June 2030, more than 5 years after 30 November 2017.',
        fix: 'If "30" is the day and not the year, write the year too, such as "30 June 2018". If 2030 is right, there is nothing to do.',
      }),
    ]);
    // The second sub-action is already said to be due after its action, with its date.
    expect(only(result, "deadline/sub-action-after-action").map((f) => f.cell)).toEqual(["G6"]);
    // Years away is never overdue: the query is the only finding that can catch it.
    expect(only(result, "overdue/action")).toEqual([]);
  });

  it("checks milestones written date first, with no bracket: past ones, and their missing owners", async () => {
    const milestones = "- Oct17: thresholds reviewed\n- Nov17 – audit of 20 cases\n- Jan18: training delivered";
    const result = await validateRows([[THEME], actionRow("A", "Head of QA", "Mar18", { staff: milestones })]);
    // Dated lines are tasks, not the success measures a column of bullets with no bracket can be.
    expect(only(result, "owner/measures-column")).toEqual([]);
    expect(result.findings.filter((f) => f.code === "overdue/sub-action").map((f) => [f.message, f.fix])).toEqual([
      [
        "The sub-action on line 1 of Staff and WFD (no owner) was due by 31 October 2017 (30 days ago); its action is still open.",
        "If it was delivered, write '– complete' at the end of the line; if not, agree a new date with its owner.",
      ],
    ]);
    expect(result.findings.find((f) => f.code === "owner/sub-action-no-owner")?.fix).toBe(
      "End the line with its owner in brackets, e.g. (Head of QA).",
    );
    expect(only(result, "owner/sub-action-no-owner").map((f) => f.message)).toEqual([
      "The sub-action on line 1 of Staff and WFD starts with its date (Oct17) but names no owner.",
      "The sub-action on line 2 of Staff and WFD starts with its date (Nov17) but names no owner.",
      "The sub-action on line 3 of Staff and WFD starts with its date (Jan18) but names no owner.",
    ]);
    expect(only(result, "owner/sub-action-no-bracket")).toEqual([]);
  });

  it("checks tasks dated last, with no bracket, and asks their owners where the column names owners", async () => {
    const tasks = "- Revise guidance – Oct17\n- Audit of 20 cases (QA – Dec17)\n- Training delivered – by Jan18";
    const result = await validateRows([[THEME], actionRow("A", "Head of QA", "Mar18", { staff: tasks })]);
    expect(only(result, "overdue/sub-action").map((f) => f.message)).toEqual([
      "The sub-action on line 1 of Staff and WFD (no owner) was due by 31 October 2017 (30 days ago); its action is still open.",
    ]);
    expect(only(result, "owner/sub-action-no-owner").map((f) => f.message)).toEqual([
      "The sub-action on line 1 of Staff and WFD ends with its date (Oct17) but names no owner.",
      "The sub-action on line 3 of Staff and WFD ends with its date (by Jan18) but names no owner.",
    ]);
  });

  it("suggests the post a line names before its task as the owner for its bracket", async () => {
    const lines =
      "- DHOS to audit the induction process (Dec17)\n- Lead Member attend the forum\n- Team briefings (Jan18)";
    const result = await validateRows([[THEME], actionRow("A", "Head of QA", "Mar18", { staff: lines })]);
    expect(result.findings.filter((f) => f.code.startsWith("owner/sub-action")).map((f) => [f.code, f.fix])).toEqual([
      [
        "owner/sub-action-no-bracket",
        "The line names Lead Member at its start; if that is its owner, end the bullet with (Lead Member – Nov17), with the date it is due.",
      ],
      [
        "owner/sub-action-no-owner",
        "The line names DHOS at its start; if that is its owner, write its bracket as (DHOS – Dec17).",
      ],
      // A line that names nobody keeps the plan's usual fix.
      ["owner/sub-action-no-owner", "End the bullet with the owner and date in brackets, e.g. (Head of QA – Nov17)."],
    ]);
  });

  it("reads measures dated last as measures, and still reports a passed date by its words", async () => {
    const measures = "- 95% of visits in timescale – Oct17\n- Re-referrals below 20% – Mar18\n- Audits graded good";
    const result = await validateRows([[THEME], actionRow("A", "Head of QA", "Mar18", { staff: measures })]);
    // A date last is how a measure's target is written: the column asks no owners, its lead answers.
    expect(only(result, "owner/measures-column").map((f) => f.message)).toEqual([
      "None of the bullets under Staff and WFD ends in (Owner – Date), so Plan Check reads them as the action's own milestones, which its lead answers for, not sub-actions that need an owner.",
    ]);
    expect(only(result, "owner/sub-action-no-owner")).toEqual([]);
    expect(only(result, "owner/sub-action-no-bracket")).toEqual([]);
    expect(only(result, "overdue/sub-action").map((f) => f.message)).toEqual([
      'The sub-action on line 1 of Staff and WFD ("95% of visits in timescale – Oct17") was due by 31 October 2017 (30 days ago); its action is still open.',
    ]);
  });

  it("deadline/bracket-cut-off", async () => {
    const result = await validateRows([
      [THEME],
      actionRow("A", "Head of QA", "Dec18", { staff: "- Training (HOS – Ma" }),
    ]);
    expect(only(result, "deadline/bracket-cut-off").map((f) => f.cell)).toEqual(["G3"]);
  });
});

describe("coverage", () => {
  const recommendations: SheetSpec = {
    name: "Recommendations",
    rows: [
      ["No.", "Recommendation", "Topic", "Theme"],
      [1, "Reduce caseloads.", "Caseloads", THEME],
      [2, "Improve assessments.", "Assessments", THEME],
    ],
  };

  it("coverage/recommendation-gap points at the recommendation's own row", async () => {
    const result = await validate([
      { name: "Plan", rows: [TRACKED, [THEME], tracked(actionRow("A", "Head of QA", "Dec18"), "On track", "R1")] },
      recommendations,
    ]);
    expect(only(result, "coverage/recommendation-gap")).toEqual([
      {
        cell: "A3",
        value: "Improve assessments.",
        message: "No action supports Ofsted recommendation 2 (Assessments).",
      },
    ]);
    expect(result.findings.find((f) => f.code === "coverage/recommendation-gap")?.sheet).toBe("Recommendations");
  });

  it("lists the gaps sheet by sheet as the workbook's tabs run, before the plan's own findings", async () => {
    const priorities: SheetSpec = {
      name: "Priorities",
      rows: [
        ["Priority", "Theme"],
        ["Dental checks for children in care", THEME],
      ],
    };
    const result = await validate([
      { name: "Plan", rows: [TRACKED, [THEME], tracked(actionRow("A", "Head of QA", "Jan17"), "On track", "R1")] },
      recommendations,
      priorities,
    ]);
    // By name Priorities would come first; the coordinator sees the Recommendations tab first.
    const where = result.findings.map((f) => `${f.sheet}!${f.cell}`);
    expect(where.slice(0, 3)).toEqual(["Recommendations!A3", "Priorities!A2", "Plan!D3"]);
    expect(where.slice(3).every((w) => w.startsWith("Plan!"))).toBe(true);
  });

  it("judges gaps from the wording of actions whose Links cell is still empty, and says so", async () => {
    const plan = (links: string): SheetSpec => ({
      name: "Plan",
      rows: [
        TRACKED,
        [THEME],
        tracked(actionRow("Reduce caseloads in the locality teams", "Head of QA", "Dec18"), "On track", links),
        tracked(actionRow("Audit assessments quarterly", "Head of QA", "Dec18"), "On track", ""),
      ],
    });
    const empty = await validate([plan(""), recommendations]);
    expect(only(empty, "coverage/recommendation-gap")).toEqual([]);
    expect(only(empty, "coverage/inferred-link")).toEqual([]);
    const recorded = await validate([plan("R1"), recommendations]);
    expect(only(recorded, "coverage/recommendation-gap")).toEqual([]);

    const unrelated = await validate([
      {
        name: "Plan",
        rows: [TRACKED, [THEME], tracked(actionRow("Hold a summer event", "Head of QA", "Dec18"), "On track", "")],
      },
      recommendations,
    ]);
    expect(only(unrelated, "coverage/recommendation-gap").map((f) => f.message)).toEqual([
      "No action supports Ofsted recommendation 1 (Caseloads) (judged from the actions' wording, as no links are recorded yet).",
      "No action supports Ofsted recommendation 2 (Assessments) (judged from the actions' wording, as no links are recorded yet).",
    ]);
    const partly = await validate([
      {
        name: "Plan",
        rows: [
          TRACKED,
          [THEME],
          tracked(actionRow("Reduce caseloads", "Head of QA", "Dec18"), "On track", "R1"),
          tracked(actionRow("Hold a summer event", "Head of QA", "Dec18"), "On track", ""),
        ],
      },
      recommendations,
    ]);
    expect(only(partly, "coverage/recommendation-gap").map((f) => f.message)).toEqual([
      "No action supports Ofsted recommendation 2 (Assessments) (judged from the recorded links and, for actions with none, from their wording).",
    ]);
  });

  it("takes the recommendation a theme heading names as the link of every action under it", async () => {
    const result = await validate([
      {
        name: "Plan",
        rows: [
          HEADER,
          ["Recommendation 1: Caseloads in the locality teams"],
          actionRow("Recruit social workers", "Head of QA", "Dec18"),
          ["Assessments"],
          actionRow("Refresh the template", "Head of QA", "Dec18"),
        ],
      },
      recommendations,
    ]);
    expect(only(result, "coverage/recommendation-gap")).toEqual([]);
    const [first, second] = result.reading.plan.actions;
    const coverage = computeCoverage(result);
    expect(coverage.links.get(first)).toMatchObject({ inferred: false, targets: [{ recommendation: { number: 1 } }] });
    expect(coverage.links.get(second)).toMatchObject({ inferred: false, targets: [{ recommendation: { number: 2 } }] });

    const numberedAlike = await validate([
      { name: "Plan", rows: [HEADER, ["1. Front door"], actionRow("Hold a summer event", "Head of QA", "Dec18")] },
      recommendations,
    ]);
    // A heading's own number is not a recommendation's: both gaps stand.
    expect(only(numberedAlike, "coverage/recommendation-gap")).toHaveLength(2);
  });

  it("adds the recommendation a theme heading names to the links an action records of its own", async () => {
    const result = await validate([
      {
        name: "Plan",
        rows: [
          TRACKED,
          ["Recommendation 1: Caseloads in the locality teams"],
          tracked(actionRow("Recruit social workers", "Head of QA", "Dec18"), "On track", "R2"),
          // Its own link the same as the heading's: counted once, and no unknown link.
          tracked(actionRow("Reduce caseloads", "Head of QA", "Dec18"), "On track", "R1"),
        ],
      },
      recommendations,
    ]);
    expect(only(result, "coverage/recommendation-gap")).toEqual([]);
    expect(only(result, "coverage/unknown-link")).toEqual([]);
    const coverage = computeCoverage(result);
    const [both, same] = result.reading.plan.actions;
    expect(coverage.links.get(both)?.targets).toMatchObject([
      { recommendation: { number: 1 } },
      { recommendation: { number: 2 } },
    ]);
    expect(coverage.links.get(same)?.targets).toHaveLength(1);
  });

  it("coverage/unknown-link: a link to nothing", async () => {
    const result = await validate([
      {
        name: "Plan",
        rows: [TRACKED, [THEME], tracked(actionRow("A", "Head of QA", "Dec18"), "On track", "R1; R2; R14; Unicorns")],
      },
      recommendations,
    ]);
    expect(only(result, "coverage/unknown-link").map((f) => [f.cell, f.value])).toEqual([
      ["L3", "R14"],
      ["L3", "Unicorns"],
    ]);
  });

  it("takes a link to 'All' for no link in particular: no unknown link, and the gap says why it does not count", async () => {
    const result = await validate([
      {
        name: "Plan",
        rows: [
          TRACKED,
          [THEME],
          tracked(actionRow("Board oversight", "DCS", "Dec18"), "On track", "All recommendations"),
          tracked(actionRow("Reduce caseloads", "Head of QA", "Dec18"), "On track", "R1"),
        ],
      },
      recommendations,
    ]);
    expect(only(result, "coverage/unknown-link")).toEqual([]);
    expect(only(result, "coverage/recommendation-gap").map((f) => f.message)).toEqual([
      'No action supports Ofsted recommendation 2 (Assessments); the action in row 3 is linked to "All", which names none in particular.',
    ]);
  });

  it("reads links written as a list: R1 & R2, Recs 1 and 2, R1/R2, never splitting a priority's name", async () => {
    for (const links of ["R1 & R2", "Recs 1 and 2", "R1/R2", "R1 R2", "Rec 1 + Rec 2"]) {
      const result = await validate([
        { name: "Plan", rows: [TRACKED, [THEME], tracked(actionRow("A", "Head of QA", "Dec18"), "On track", links)] },
        recommendations,
      ]);
      expect([links, only(result, "coverage/unknown-link"), only(result, "coverage/recommendation-gap")]).toEqual([
        links,
        [],
        [],
      ]);
    }
    const named = await validate([
      {
        name: "Plan",
        rows: [
          TRACKED,
          [THEME],
          tracked(actionRow("A", "Head of QA", "Dec18"), "On track", "R1 & Fostering and adoption"),
        ],
      },
      recommendations,
    ]);
    expect(only(named, "coverage/unknown-link").map((f) => f.value)).toEqual(["R1 & Fostering and adoption"]);
  });

  it("coverage/inferred-link: suggestions when the plan has no links column", async () => {
    const result = await validateRows([
      [THEME],
      actionRow("Respond promptly to private fostering notifications", "Head of QA", "Dec18"),
    ]);
    expect(only(result, "coverage/inferred-link")[0].message).toContain("recommendation 4 (Private fostering)");
    const two = await validateRows([
      [THEME],
      actionRow("Private fostering notifications and reflective supervision", "Head of QA", "Dec18"),
    ]);
    expect(only(two, "coverage/inferred-link")[0].message).toMatch(
      /seems to support recommendation \d+ \([^)]+\) and recommendation \d+ \([^)]+\)\.$/,
    );
    expect(
      only(result, "coverage/recommendation-gap").every((f) =>
        f.message.endsWith("(judged from the actions' wording, as the plan has no links column)."),
      ),
    ).toBe(true);
  });
});

describe("status", () => {
  it("status/unknown: a status Plan Check doesn't know counts as open", async () => {
    const result = await validateRows(
      [[THEME], tracked(actionRow("A", "Head of QA", "Aug17"), "Nearly there")],
      TRACKED,
    );
    expect(only(result, "status/unknown").map((f) => f.cell)).toEqual(["K3"]);
    expect(result.counts.overdue).toBe(1);
  });

  it("reads a status kept as how far along the action is: 100% complete, 0% not started, between in progress", async () => {
    const result = await validate([
      {
        name: "Plan",
        rows: [
          [...TRACKED.slice(0, 10), "Status"],
          [THEME],
          [...actionRow("A", "Head of QA", "Aug17"), 1],
          [...actionRow("B", "Head of QA", "Aug17"), 0.5],
          [...actionRow("C", "Head of QA", "Aug17"), "75% complete"],
          [...actionRow("D", "Head of QA", "Aug17"), 0.45],
        ],
        // D is a plain number: not shown as a percentage, so not read as one.
        formats: { K3: "0%", K4: "0%" },
      },
    ]);
    expect(result.states.map((s) => s.complete)).toEqual([true, false, false, false]);
    expect(result.reading.plan.actions.map((a) => a.status)).toEqual(["100%", "50%", "75% complete", "0.45"]);
    expect(only(result, "status/unknown").map((f) => f.message)).toEqual([
      'The status "0.45" in row 6 is not one Plan Check knows (Not started, On track, At risk, Off track, Complete, Withdrawn), so the action counts as open.',
    ]);
  });

  it("status/complete-without-date: a completed action needs a date in the plan's own Last updated column", async () => {
    const header = [...TRACKED, "Date last updated"];
    const result = await validateRows(
      [
        [THEME],
        [...tracked(actionRow("A", "Head of QA", "Aug17"), "Complete"), ""],
        [...tracked(actionRow("B", "Head of QA", "Aug17"), "Complete"), "30/09/2017"],
      ],
      header,
    );
    expect(result.findings.filter((f) => f.code === "status/complete-without-date")).toEqual([
      expect.objectContaining({
        cell: "M3",
        message: "The action in row 3 is marked complete but has no date in Date last updated.",
        fix: "Enter the date it was completed in the Date last updated column.",
      }),
    ]);
  });

  it("status/stale-update: an open action whose Last updated is more than a quarter before the as-of date", async () => {
    const header = [...TRACKED, "Last updated"];
    const result = await validateRows(
      [
        [THEME],
        [...tracked(actionRow("A", "Head of QA", "Aug18"), "On track"), "01/08/2017"],
        [...tracked(actionRow("B", "Head of QA", "Aug18"), "On track"), "01/10/2017"],
        // Closed, or never updated: nothing to chase.
        [...tracked(actionRow("C", "Head of QA", "Aug17"), "Complete"), "01/06/2017"],
        [...tracked(actionRow("D", "Head of QA", "Aug18"), "Not started"), ""],
      ],
      header,
    );
    expect(only(result, "status/stale-update")).toEqual([
      {
        cell: "M3",
        value: "01/08/2017",
        message:
          'The action in row 3 ("A") was last updated on 1 August 2017, 121 days before 30 November 2017, so its progress update may be out of date.',
      },
    ]);
  });

  it("status/stale-update: says to date the update in the plan's own column", async () => {
    const result = await validateRows(
      [[THEME], [...tracked(actionRow("A", "Head of QA", "Aug18"), "On track"), "01/08/2017"]],
      [...TRACKED, "Date of last review"],
    );
    expect(result.findings.find((f) => f.code === "status/stale-update")?.fix).toBe(
      "Ask the owner for an update, record it, and put its date in Date of last review.",
    );
  });

  it("status/missing: an action with an empty Status cell, where others have one", async () => {
    const result = await validateRows(
      [
        [THEME],
        tracked(actionRow("A", "Head of QA", "Aug17"), "Complete"),
        tracked(actionRow("B", "Head of QA", "Aug17"), ""),
      ],
      TRACKED,
    );
    expect(only(result, "status/missing")).toEqual([
      { cell: "K4", value: "", message: 'The action in row 4 ("B") has no status in Status, so it counts as open.' },
    ]);
    expect(only(result, "status/none-given")).toEqual([]);
  });

  it("status/none-given: said once, on the heading, when no action has a status yet", async () => {
    const result = await validateRows(
      [[THEME], tracked(actionRow("A", "Head of QA", "Aug17"), ""), tracked(actionRow("B", "Head of QA", "Aug17"), "")],
      TRACKED,
    );
    expect(only(result, "status/none-given")).toEqual([
      { cell: "K1", value: "", message: "No action has a status in Status yet, so every action counts as open." },
    ]);
    expect(only(result, "status/missing")).toEqual([]);
    // A tracker's RAG is often shading with no words: the advice says when that is read.
    expect(result.findings.find((f) => f.code === "status/none-given")?.fix).toMatch(
      /^Choose each action's status in the Status column: Not started, .*Shading alone is read only where the column uses two RAG colours or more\.$/,
    );
  });

  describe("a RAG kept as shading alone", () => {
    const rows = [
      [THEME],
      tracked(actionRow("Red one", "Head of QA", "Aug17"), ""),
      tracked(actionRow("Blue one", "Head of QA", "Aug17"), ""),
      tracked(actionRow("Green one", "Head of QA", "Aug17"), ""),
      tracked(actionRow("Written one", "Head of QA", "Aug17"), "On track"),
    ];

    it("status/colour-only: reads each shade as its status, and asks for the word", async () => {
      const result = await validate([
        { name: "Plan", rows: [TRACKED, ...rows], fills: { K3: "FFFF0000", K4: "FF0070C0", K5: "FF92D050" } },
      ]);
      expect(advice(result, "status/colour-only")).toEqual([
        {
          cell: "K3",
          message: 'Status in row 3 is shown only by the cell\'s colour (red), read as "Off track".',
          fix: 'Write "Off track" in the cell as well, so it reads in black and white and to a screen reader.',
        },
        {
          cell: "K4",
          message: 'Status in row 4 is shown only by the cell\'s colour (blue), read as "Complete".',
          fix: 'Write "Complete" in the cell as well, so it reads in black and white and to a screen reader.',
        },
        {
          cell: "K5",
          message: 'Status in row 5 is shown only by the cell\'s colour (green), read as "On track".',
          fix: 'Write "On track" in the cell as well, so it reads in black and white and to a screen reader.',
        },
      ]);
      expect(result.findings.find((f) => f.code === "status/colour-only")?.severity).toBe("info");
      // Blue is done, so never late; red and green are still open, and their date has passed.
      expect(only(result, "overdue/action").map((f) => f.cell)).toEqual(["D3", "D5", "D6"]);
      expect(result.counts.complete).toBe(1);
      expect(only(result, "status/missing")).toEqual([]);
    });

    it("status/colour-only: said once, on the heading, when every status is shading", async () => {
      const result = await validate([
        {
          name: "Plan",
          rows: [TRACKED, ...rows.slice(0, 4)],
          fills: { K3: "FFFF0000", K4: "FF0070C0", K5: "FF92D050" },
        },
      ]);
      expect(advice(result, "status/colour-only")).toEqual([
        {
          cell: "K1",
          message:
            "Every status in Status is shown only by its cell's colour; Plan Check read red as Off track, amber as At risk, green as On track and blue as Complete.",
          fix: "Write each status in its cell as well, so the plan reads in black and white and to a screen reader.",
        },
      ]);
      // Read all the same: the blue one is done.
      expect(result.counts.complete).toBe(1);
    });

    it("reads a sub-action row's shaded status as its own", async () => {
      const header = ["Ref", "Action", "Lead", "Target date", "RAG", "Evidence of impact"];
      const result = await validate([
        {
          name: "Plan",
          rows: [
            header,
            [1, THEME],
            ["1.1", "Improve threshold decisions", "HoS MASH", "Mar18", "Green", "Audit of contacts"],
            ["1.1.1", "Review the threshold document", "TM MASH", "Sep17", ""],
            ["1.1.2", "Train MASH staff", "TM MASH", "Oct17", ""],
          ],
          fills: { E4: "FF0070C0", E5: "FFFF0000" },
        },
      ]);
      const rows = result.reading.plan.actions[0].subActions.filter((s) => s.ownRow);
      expect(rows.map((s) => s.ownRow?.status)).toEqual(["Complete", "Off track"]);
      expect(only(result, "overdue/sub-action").map((f) => f.cell)).toEqual(["D5"]);
      expect(only(result, "status/colour-only").map((f) => f.message)).toEqual([
        'RAG in row 4 is shown only by the cell\'s colour (blue), read as "Complete".',
        'RAG in row 5 is shown only by the cell\'s colour (red), read as "Off track".',
      ]);
    });

    it("reads a step's shaded status in a Sub-action status column", async () => {
      const header = [...STEP_HEADER, "Sub-action status"];
      const result = await validate([
        {
          name: "Plan",
          rows: [
            header,
            [THEME],
            ["Improve thresholds", "HoS MASH", "Mar18", "Audit", "On track", "Revise guidance", "TM MASH", "Sep17", ""],
            [null, null, null, null, null, "Audit 50 contacts", "QA Lead", "Aug17", ""],
          ],
          fills: { I3: "FF00B0F0", I4: "FFC00000" },
        },
      ]);
      const steps = result.reading.plan.actions[0].subActions.filter((s) => s.ownRow);
      expect(steps.map((s) => [s.text, s.ownRow?.status])).toEqual([
        ["Revise guidance", "Complete"],
        ["Audit 50 contacts", "Off track"],
      ]);
      // No step has its status written: the column is shading throughout, said once on its heading.
      expect(only(result, "status/colour-only").map((f) => [f.cell, f.message.slice(0, 56)])).toEqual([
        ["I1", "Every status in Sub-action status is shown only by its c"],
      ]);
      expect(only(result, "overdue/sub-action").map((f) => f.cell)).toEqual(["H4"]);
    });

    it("does not read one shade over the whole column, which is a background, not ratings", async () => {
      const result = await validate([
        { name: "Plan", rows: [TRACKED, ...rows], fills: { K3: "FFFFFF99", K4: "FFFFFF99", K5: "FFFFFF99" } },
      ]);
      expect(only(result, "status/colour-only")).toEqual([]);
      expect(only(result, "status/missing").map((f) => f.cell)).toEqual(["K3", "K4", "K5"]);
    });

    it("counts only the actions' shades: a theme row banded in another colour does not make a second", async () => {
      const result = await validate([
        { name: "Plan", rows: [TRACKED, ...rows], fills: { K2: "FF0070C0", K3: "FF00B050", K4: "FF00B050" } },
      ]);
      expect(only(result, "status/colour-only")).toEqual([]);
    });
  });

  it("reads RAG words: Blue counts as complete", async () => {
    const result = await validateRows([[THEME], tracked(actionRow("A", "Head of QA", "Aug17"), "Blue")], TRACKED);
    expect(result.counts.overdue).toBe(0);
    expect(result.counts.complete).toBe(1);
  });
});
