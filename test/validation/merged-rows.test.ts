// Plans laid out with cells merged down over several rows: an objective over one task a row, a lead
// or date shared by several tasks, or one action whose evidence runs over several rows. Excel keeps a
// merged value in the top cell only; the rows beneath must neither lose it nor raise false alarms.

import { validatePlan } from "../../src/core/validation/validate";
import { readSheets, type SheetSpec } from "../support/workbooks";

const AS_OF = "2025-07-01";
const HEADING = ["Ref", "Objective", "Action", "Lead", "Due date", "RAG", "Evidence of impact"];
const THEME = ["Priority 1: Front door"];

/** One task a row; the objective (and its ref) merged down over its tasks. */
const TASKS: SheetSpec = {
  name: "Plan",
  rows: [
    ["Westshire Improvement Plan"],
    HEADING,
    THEME,
    ["1.1", "Strengthen the front door", "Review thresholds", "HOS MASH", "Mar25", "Green", "Audit of contacts"],
    [null, null, "Train staff", "Workforce Lead", "Dec25", "Amber", "Training records"],
    [null, null, "Publish guidance", "TBC", "Dec25", "Red", "Guidance on the intranet"],
  ],
  merges: ["A4:A6", "B4:B6"],
};

async function validate(spec: SheetSpec) {
  const reading = await readSheets([spec]);
  return { reading, result: validatePlan(reading, AS_OF) };
}

describe("one task a row under a merged objective", () => {
  it("reads the Action column as What?, not the Objective over it, and each row as an action", async () => {
    const { reading } = await validate(TASKS);
    expect(reading.header.columns.find((c) => c.role === "what")?.heading).toBe("Action");
    expect(reading.header.extraColumns.map((c) => c.heading)).toEqual(["Ref", "Objective"]);
    expect(reading.plan.actions.map((a) => [a.row + 1, a.what, a.owners])).toEqual([
      [4, "Review thresholds", ["HOS MASH"]],
      [5, "Train staff", ["Workforce Lead"]],
      [6, "Publish guidance", ["TBC"]],
    ]);
  });

  it("finds only what is really wrong: one overdue task and one unowned", async () => {
    const { result } = await validate(TASKS);
    const findings = result.findings.filter((f) => f.severity !== "info");
    expect(findings.map((f) => [f.code, f.cell])).toEqual([
      ["overdue/action", "E4"],
      ["owner/placeholder", "D6"],
    ]);
  });
});

describe("a lead, date or status merged down over several tasks", () => {
  const shared: SheetSpec = {
    ...TASKS,
    rows: [
      ...TASKS.rows.slice(0, 3),
      ["1.1", "Strengthen the front door", "Review thresholds", "TBC", "Mar25", "Purple", "Audit of contacts"],
      [null, null, "Train staff", null, null, null, "Training records"],
    ],
    merges: ["A4:A5", "B4:B5", "D4:D5", "E4:E5", "F4:F5"],
  };

  it("gives each task the merged value", async () => {
    const { reading } = await validate(shared);
    expect(reading.plan.actions.map((a) => [a.what, a.owners, a.deadline.due, a.status])).toEqual([
      ["Review thresholds", ["TBC"], "2025-03-31", "Purple"],
      ["Train staff", ["TBC"], "2025-03-31", "Purple"],
    ]);
  });

  it("points every finding at the merged cell Excel shows, and reports its wording once", async () => {
    const { result } = await validate(shared);
    const findings = result.findings.filter((f) => f.severity !== "info");
    expect(findings.map((f) => [f.code, f.cell, f.actionRow])).toEqual([
      ["owner/placeholder", "D4", 4],
      ["owner/placeholder", "D4", 5],
      ["overdue/action", "E4", 4],
      ["overdue/action", "E4", 5],
      ["status/unknown", "F4", 4],
    ]);
  });
});

describe("one action whose evidence runs over several rows", () => {
  const continued: SheetSpec = {
    name: "Plan",
    rows: [
      ["Ref", "Objective", "Lead", "Due date", "RAG", "Evidence of impact", "Progress"],
      THEME,
      ["1.1", "Strengthen the front door", "HOS MASH", "Dec25", "Amber", "- Audit (QA Lead – Mar25)", "Started"],
      [null, null, null, null, null, "- Training records (Workforce Lead – Sep25)", "Planned"],
      [null, null, null, null, null, null, "Not started"],
      ["1.2", "Improve strategy discussions", "Head of Safeguarding", "Dec25", "Green", "Dip sample", ""],
    ],
    merges: ["A3:A5", "B3:B5", "C3:C5", "D3:D5", "E3:E5"],
  };

  it("reads the rows as one action with all their sub-actions and progress", async () => {
    const { reading } = await validate(continued);
    expect(reading.plan.actions.map((a) => a.row + 1)).toEqual([3, 6]);
    const [first] = reading.plan.actions;
    expect(first.subActions.map((s) => [s.cell.row + 1, s.owner])).toEqual([
      [3, "QA Lead"],
      [4, "Workforce Lead"],
    ]);
    expect(first.cells.progress).toBe("Started\nPlanned\nNot started");
  });

  it("reports an Excel error in a row beneath on its own cell, under its action", async () => {
    const broken: SheetSpec = {
      ...continued,
      rows: continued.rows.map((row, i) =>
        i === 3 ? [null, null, null, null, null, null, { formula: "Z1", result: { error: "#REF!" } }] : row,
      ),
    };
    const { result } = await validate(broken);
    expect(result.findings.filter((f) => f.code === "structure/unreadable-cell")).toEqual([
      expect.objectContaining({ cell: "G4", actionRow: 3, value: "#REF!" }),
    ]);
  });

  it("raises no alarm about the rows beneath, and finds the sub-action past its date in its own cell", async () => {
    const { result } = await validate(continued);
    const findings = result.findings.filter((f) => f.severity !== "info");
    expect(findings.map((f) => [f.code, f.cell])).toEqual([["overdue/sub-action", "F3"]]);
  });
});

describe("a table pasted from Word, each paragraph of a cell on a row of its own beside merged cells", () => {
  const pasted: SheetSpec = {
    name: "Plan",
    rows: [
      ["Ref", "What?", "Lead", "Due date", "Evidence of impact"],
      THEME,
      ["1.1", "Review thresholds with partners", "HOS MASH", "Dec24", "Audit of contacts"],
      [null, "- Launch the new guidance (HOS MASH – Oct24)", null, null, "- Partner survey (LSCB – Feb25)"],
      [null, "- Briefings for schools (Early Help Lead – Sep25)", null, null, null],
      ["1.2", "Improve the quality of referrals", "TM MASH", "Mar25", "Referral audit"],
      [null, "from health colleagues", null, null, null],
    ],
    merges: ["A3:A5", "C3:C5", "D3:D5", "A6:A7", "C6:C7", "D6:D7"],
  };

  it("reads the rows beneath as more of the action: its steps, and the rest of its sentence", async () => {
    const { reading } = await validate(pasted);
    expect(reading.plan.actions.map((a) => [a.row + 1, a.what])).toEqual([
      [
        3,
        "Review thresholds with partners\n- Launch the new guidance (HOS MASH – Oct24)\n- Briefings for schools (Early Help Lead – Sep25)",
      ],
      [6, "Improve the quality of referrals\nfrom health colleagues"],
    ]);
    expect(reading.plan.actions[0].subActions.map((s) => [s.column, s.cell.row + 1, s.owner])).toEqual([
      ["Evidence of impact", 3, null],
      ["What?", 4, "HOS MASH"],
      ["Evidence of impact", 4, "LSCB"],
      ["What?", 5, "Early Help Lead"],
    ]);
  });

  it("finds the late step on its own row, and no action missing its lead, date or evidence", async () => {
    const { result } = await validate(pasted);
    const findings = result.findings.filter((f) => f.severity !== "info");
    expect(findings.map((f) => [f.code, f.cell])).toEqual([
      ["overdue/action", "D3"],
      ["overdue/sub-action", "B4"],
      ["deadline/sub-action-after-action", "E4"],
      ["overdue/sub-action", "E4"],
      ["deadline/sub-action-after-action", "B5"],
      ["overdue/action", "D6"],
    ]);
  });

  it("keeps tasks written as sentences of their own under a merged lead as actions", async () => {
    const tasks: SheetSpec = {
      ...pasted,
      rows: [...pasted.rows.slice(0, 3), [null, "Train staff", null, null, "Training records"]],
      merges: ["A3:A4", "C3:C4", "D3:D4"],
    };
    const { reading } = await validate(tasks);
    expect(reading.plan.actions.map((a) => a.what)).toEqual(["Review thresholds with partners", "Train staff"]);
  });
});
