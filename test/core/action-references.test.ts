// Cells that name another action's instead of their own: "See 1.1" or "As above" for a deadline, "As
// above" for an owner. They are read as the action named, so its date falls due and its owners are chased.

import { validatePlan } from "../../src/core/validation/validate";
import { readSheets } from "../support/workbooks";

const HEADER = ["Ref", "Action", "Lead", "Deadline", "Evidence of impact"];

async function read(rows: (string | null)[][]) {
  return readSheets([{ name: "Plan", rows: [HEADER, ["1", "Front door"], ...rows] }]);
}

describe("a deadline that names another action's", () => {
  it.each(["See 1.1", "As 1.1", "As per action 1.1", "In line with 1.1.", "Same as 1.1 above"])(
    "reads %j as action 1.1's date",
    async (written) => {
      const reading = await read([
        ["1.1", "Review thresholds", "HoS MASH", "Mar 2017", "Audit"],
        ["1.2", "Brief partners", "HoS MASH", written, "Audit"],
      ]);
      const [, second] = reading.plan.actions;
      expect([second.deadline.kind, second.deadline.due, second.deadline.raw]).toEqual(["date", "2017-03-31", written]);
      expect(second.deadline.reading).toBe("as action 1.1: due by 31 March 2017");
    },
  );

  it('reads "As above" as the date of the action above, down a chain of them', async () => {
    const reading = await read([
      ["1.1", "Review thresholds", "HoS MASH", "Mar 2017", "Audit"],
      ["1.2", "Brief partners", "HoS MASH", "See 1.1", "Audit"],
      ["1.3", "Train staff", "PSW", "As above", "Audit"],
    ]);
    expect(reading.plan.actions.map((a) => [a.deadline.due, a.deadline.reading])).toEqual([
      ["2017-03-31", "due by 31 March 2017"],
      ["2017-03-31", "as action 1.1: due by 31 March 2017"],
      ["2017-03-31", "as the action in row 4: due by 31 March 2017"],
    ]);
  });

  it("leaves one naming no action of the plan, or a date it cannot read, unread", async () => {
    const reading = await read([
      ["1.1", "Review thresholds", "HoS MASH", "See 1.2", "Audit"],
      ["1.2", "Brief partners", "HoS MASH", "See 1.1", "Audit"],
      ["1.3", "Train staff", "PSW", "See 1.9", "Audit"],
      ["1.4", "Audit files", "PSW", "TBC", "Audit"],
      ["1.5", "Report", "PSW", "As above", "Audit"],
    ]);
    expect(reading.plan.actions.map((a) => a.deadline.kind)).toEqual([
      "unknown",
      "unknown",
      "unknown",
      "missing",
      "unknown",
    ]);
  });

  it('reads "See milestones" and "See below" as the date of the action\'s own last sub-action', async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          [...HEADER, "Milestones"],
          ["1", "Front door"],
          [
            "1.1",
            "Review thresholds",
            "HoS MASH",
            "See milestones",
            "Audit",
            "- Draft (TM – Oct17)\n- Launch (TM – Jan18)",
          ],
          ["1.2", "Brief partners", "HoS MASH", "Various – see milestones", "Audit", "- Brief (TM – ongoing)"],
          ["1.3", "Train staff", "HoS MASH", "See below", "Audit", "- Book (TM – Sept17)\n- Train (TM – Nov17)"],
          ["1.4", "Audit", "HoS MASH", "See dates below", "Audit", "- Audit (TM – Dec17)"],
        ],
      },
    ]);
    expect(reading.plan.actions.map((a) => [a.deadline.due, a.deadline.reading])).toEqual([
      ["2018-01-31", "as its last sub-action: due by 31 January 2018"],
      [null, '"Various – see milestones" could not be read as a date'],
      ["2017-11-30", "as its last sub-action: due by 30 November 2017"],
      ["2017-12-31", "as its last sub-action: due by 31 December 2017"],
    ]);
  });

  it("says whose deadline it was when the action is overdue", async () => {
    const reading = await read([
      ["1.1", "Review thresholds", "HoS MASH", "Mar 2017", "Audit"],
      ["1.2", "Brief partners", "HoS MASH", "See 1.1", "Audit"],
    ]);
    const overdue = validatePlan(reading, "2017-11-30").findings.filter((f) => f.code === "overdue/action");
    expect(overdue.map((f) => [f.cell, f.message])).toEqual([
      [
        "D3",
        'The action in row 3 ("Review thresholds") was due by 31 March 2017 (244 days ago) and is not marked complete as of 30 November 2017.',
      ],
      [
        "D4",
        'The action in row 4 ("Brief partners") was due by 31 March 2017 (244 days ago; the deadline of action 1.1, as "See 1.1" says) and is not marked complete as of 30 November 2017.',
      ],
    ]);
  });
});

describe('an owner written "As above"', () => {
  it("is the owners of the action above, chased as they are", async () => {
    const reading = await read([
      ["1.1", "Review thresholds", "HoS MASH / QA Lead", "Mar 2018", "Audit"],
      ["1.2", "Brief partners", "As above", "Mar 2018", "Audit"],
      ["1.3", "Train staff", "Ditto", "Mar 2018", "Audit"],
    ]);
    expect(reading.plan.actions.map((a) => a.owners)).toEqual([
      ["HoS MASH", "QA Lead"],
      ["HoS MASH", "QA Lead"],
      ["HoS MASH", "QA Lead"],
    ]);
  });

  it("takes the links and status of the action above, so neither is reported as unknown", async () => {
    const reading = await readSheets([
      {
        name: "Plan",
        rows: [
          [...HEADER, "Ofsted recommendation", "Status"],
          ["1", "Front door"],
          ["1.1", "Review thresholds", "HoS MASH", "Mar 2018", "Audit", "R1", "Complete"],
          ["1.2", "Refresh guidance", "HoS MASH", "Mar 2018", "Audit", "As above", "As above"],
        ],
      },
      {
        name: "Recommendations",
        rows: [
          ["No.", "Recommendation"],
          [1, "Improve threshold decisions."],
        ],
      },
    ]);
    expect(reading.plan.actions.map((a) => [a.links, a.status])).toEqual([
      [["R1"], "Complete"],
      [["R1"], "Complete"],
    ]);
    const codes = validatePlan(reading, "2017-11-30").findings.map((f) => f.code);
    expect(codes.filter((c) => c === "coverage/unknown-link" || c === "status/unknown")).toEqual([]);
  });

  it("names nobody where no action is above it", async () => {
    const reading = await read([["1.1", "Review thresholds", "As above", "Mar 2018", "Audit"]]);
    const findings = validatePlan(reading, "2017-11-30").findings.filter((f) => f.code === "owner/placeholder");
    expect(findings.map((f) => f.cell)).toEqual(["C3"]);
  });
});

describe('a step kept as a row, its Lead or date written "As above"', () => {
  it("takes the step's above it, or its action's for the first, and says whose date it was", async () => {
    const reading = await read([
      ["1.1", "Improve threshold decisions", "HoS MASH", "Mar18", "Audit of contacts"],
      ["1.1.1", "Review the threshold document", "As above", "Sep17"],
      ["1.1.2", "Train MASH staff", "TM MASH", "Oct17"],
      ["1.1.3", "Dip sample contacts", "As above", "As above"],
      ["1.1.4", "Brief partners", "Ditto", "Jan18"],
    ]);
    const steps = reading.plan.actions[0].subActions.filter((s) => s.ownRow);
    expect(steps.map((s) => [s.ownRow?.owners, s.owner, s.deadline?.due])).toEqual([
      [["HoS MASH"], "HoS MASH", "2017-09-30"],
      [["TM MASH"], "TM MASH", "2017-10-31"],
      [["TM MASH"], "TM MASH", "2017-10-31"],
      [["TM MASH"], "TM MASH", "2018-01-31"],
    ]);
    const findings = validatePlan(reading, "2017-11-30").findings;
    expect(findings.filter((f) => f.code.startsWith("owner/") || f.code.startsWith("deadline/"))).toEqual([]);
    expect(findings.filter((f) => f.code === "overdue/sub-action").map((f) => [f.cell, f.message])).toEqual([
      [
        "D4",
        "The sub-action in row 4 (HoS MASH) was due by 30 September 2017 (61 days ago); its action is still open.",
      ],
      ["D5", "The sub-action in row 5 (TM MASH) was due by 31 October 2017 (30 days ago); its action is still open."],
      [
        "D6",
        'The sub-action in row 6 (TM MASH) was due by 31 October 2017 (30 days ago; the deadline of the step in row 5, as "As above" says); its action is still open.',
      ],
    ]);
  });

  it("names nobody where its action names nobody either", async () => {
    const reading = await read([
      ["1.1", "Improve threshold decisions", "As above", "Mar18", "Audit of contacts"],
      ["1.1.1", "Review the threshold document", "As above", "Sep18"],
    ]);
    const codes = validatePlan(reading, "2017-11-30").findings.map((f) => [f.code, f.cell]);
    expect(codes).toEqual(expect.arrayContaining([["owner/sub-action-no-owner", "C4"]]));
  });
});
