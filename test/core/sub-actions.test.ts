// The lines of a sub-action cell: bullets as councils type them or paste them from Word, numbered
// items, wrapped lines joined to their bullet, and placeholders left out.

import { readStepsInWhat, readSubActions } from "../../src/core/reader/sub-actions";

const CELL = { sheet: "Plan", row: 4, column: 6 };
const read = (text: string) => readSubActions(text, "staffAndWfd", "Staff and WFD", CELL);

describe("sub-action lines", () => {
  it.each([
    ["- Audit (QA – Nov17)"],
    ["• Audit (QA – Nov17)"],
    ["\uf0b7\tAudit (QA – Nov17)"],
    ["o Audit (QA – Nov17)"],
    ["◦ Audit (QA – Nov17)"],
    ["➢ Audit (QA – Nov17)"],
    ["1. Audit (QA – Nov17)"],
    ["2) Audit (QA – Nov17)"],
    ["a) Audit (QA – Nov17)"],
    ["(b) Audit (QA – Nov17)"],
    ["ii) Audit (QA – Nov17)"],
    ["(iv) Audit (QA – Nov17)"],
    // Word's Wingdings bullets, once their font is lost on the way into Excel.
    ["§ Audit (QA – Nov17)"],
    ["Ø Audit (QA – Nov17)"],
    ["■ Audit (QA – Nov17)"],
    ["✔ Audit (QA – Nov17)"],
  ])("reads %j as a bullet, its marker left out", (line) => {
    const [sub] = read(line);
    expect([sub.bullet, sub.text, sub.owner, sub.expectsOwner]).toEqual([true, "Audit (QA – Nov17)", "QA", true]);
  });

  it("reads a step numbered under its action (1.1.1) as an item, keeping its number", () => {
    const subs = read("1.1.1 Review the threshold document (HoS – Nov17)\n1.1.2 Audit contacts");
    expect(subs.map((s) => [s.bullet, s.text, s.owner, s.expectsOwner])).toEqual([
      [true, "1.1.1 Review the threshold document (HoS – Nov17)", "HoS", true],
      [true, "1.1.2 Audit contacts", null, true],
    ]);
  });

  it.each(["1.5 FTE posts agreed", "-2% on last year", "on track for March", "Open a new team", "Ørsted visit"])(
    "does not take %j for a bullet",
    (line) => {
      expect(read(line)[0].bullet).toBe(false);
    },
  );

  it.each([
    ["- Audit (QA – Nov17) – complete"],
    ["- Audit (QA – Nov17) ✓"],
    ["- Audit (QA – Nov17) (done)"],
    ["- Audit (QA – Nov17) Completed 14/11/17"],
    ["- Audit (QA – Nov17 – complete)"],
    ["- Audit (QA – Nov17, delivered)"],
    ["- Audit (QA – Completed Nov17)"],
    ["- Audit (QA – Nov17) (completed Nov17)"],
    ["- Audit (QA) – Nov17 – complete"],
    ["- Audit (QA) – Nov17 ✓"],
    ["- Audit (QA) Nov17 ✓"],
    // Tagged at the end in square brackets, or ticked at the start, after the bullet.
    ["- Audit (QA – Nov17) [Complete]"],
    ["- ✔ Audit (QA – Nov17)"],
    ["- [x] Audit (QA – Nov17)"],
    ["- COMPLETE: Audit (QA – Nov17)"],
  ])("reads %j as ticked off, its owner and date still read", (line) => {
    const [sub] = read(line);
    expect([sub.done, sub.owner, sub.deadline?.due]).toEqual([true, "QA", "2017-11-30"]);
  });

  it.each([
    ["- Ensure audits are completed (QA – Nov17)"],
    ["- Review closed cases (QA – Nov17)"],
    ["- Audit (QA – Nov17)."],
    ["- Complete the audit (QA – Nov17)"],
    // A tick as the bullet itself marks nothing.
    ["✔ Audit (QA – Nov17)"],
  ])("does not take %j for ticked off", (line) => {
    const [sub] = read(line);
    expect([sub.done, sub.owner, sub.deadline?.due]).toEqual([false, "QA", "2017-11-30"]);
  });

  it.each([
    // Done in other words: a status that means delivered.
    ["- Audit (QA – Nov17 – met)", true],
    ["- Audit (QA – Nov17) – Implemented", true],
    // Dropped: closed, as a sub-action row whose status is Withdrawn.
    ["- Audit (QA – Nov17 – withdrawn)", true],
    // Still open: the note is read past, so the owner and date are still the bracket's.
    ["- Audit (QA – Nov17 – in progress)", false],
    ["- Audit (QA – Nov17 – delayed)", false],
    ["- Audit (QA – Nov17 – Amber)", false],
    ["- Audit (QA – Nov17 – not achieved)", false],
    ["- Audit (QA – Nov17) – in progress", false],
    ["- Audit (QA – Nov17) - on track.", false],
    ["- Audit (QA – Nov17) (not yet started)", false],
  ])("reads the status noted on %j, its owner and date still read (done: %j)", (line, done) => {
    const [sub] = read(line);
    expect([sub.done, sub.owner, sub.deadline?.due]).toEqual([done, "QA", "2017-11-30"]);
  });

  it("keeps a timescale that reads like a status as the timescale: (QA – Nov17 – ongoing)", () => {
    expect(read("- Audit (QA – Nov17 – ongoing)").map((s) => [s.owner, s.deadline?.kind])).toEqual([["QA", "start"]]);
    expect(read("- Audit (QA) – ongoing").map((s) => [s.owner, s.deadline?.kind])).toEqual([["QA", "recurring"]]);
  });

  it.each([
    ["- Nov17: audit complete", "2017-11-30"],
    ["- Dec 2017 – Policy approved", "2017-12-31"],
    ["- 30/11/2017 - Audit report to board", "2017-11-30"],
    ["- By Dec17, audit of 20 cases", "2017-12-31"],
    ["- Jul17 - Mar18: pilot in two teams", "2018-03-31"],
    // No date first, or none set apart from the words after it: no date is read.
    ["- Jan18 Training delivered", null],
    ["- 2018 strategy refreshed", null],
    ["- Re-referrals below 20%: reported monthly", null],
  ])("reads a milestone written date first, with no bracket: %j due %j", (line, due) => {
    const [sub] = read(line);
    expect([sub.bracket, sub.owner, sub.deadline?.due ?? null]).toEqual([null, null, due]);
  });

  it.each([
    ["- Audit of files – Nov17", "2017-11-30", false],
    ["- Audit of files – by Nov17", "2017-11-30", false],
    ["- Policy approved - March 2018", "2018-03-31", false],
    ["- Pilot – Jul17 - Mar18", "2018-03-31", false],
    ["- Audit of files – Nov17 – complete", "2017-11-30", true],
    // A line that is only a timescale, or words after the dash, names no date of its own.
    ["- Jan – Mar 2018", null, false],
    ["- Early help - phase 2", null, false],
    ["- Audit of files – complete", null, false],
  ])("reads a date written last, after a dash, with no bracket: %j due %j (done: %j)", (line, due, done) => {
    const [sub] = read(line);
    expect([sub.bracket, sub.owner, sub.deadline?.due ?? null, sub.done]).toEqual([null, null, due, done]);
  });

  it('reads an owner written "As above" or "Ditto" as the line above\'s', () => {
    const subs = read("- Audit (HoS – Nov17)\n- Report to board (As above – Dec17)\n- Train staff (ditto – Jan18)");
    expect(subs.map((s) => [s.owner, s.bracket?.owner])).toEqual([
      ["HoS", "HoS"],
      ["HoS", "HoS"],
      ["HoS", "HoS"],
    ]);
    // With no line above, it names nobody.
    expect(read("- Report (As above – Dec17)")[0].owner).toBe("As above");
  });

  it("reads a date written last and the owner in a bracket after it", () => {
    expect(read("- Revise guidance – Sept 2017 (Head of QA)").map((s) => [s.owner, s.deadline?.due])).toEqual([
      ["Head of QA", "2017-09-30"],
    ]);
  });

  it.each([
    ["- Oct17: thresholds reviewed – complete", true],
    ["- Oct17: thresholds reviewed ✓", true],
    ["- Oct17 – thresholds reviewed, done.", true],
    ["- Oct17: thresholds reviewed – in progress", false],
    ["- Oct17: thresholds reviewed and complete", false],
  ])("reads a milestone written date first as ticked off by a mark at its end: %j done %j", (line, done) => {
    const [sub] = read(line);
    expect([sub.done, sub.deadline?.due]).toEqual([done, "2017-10-31"]);
  });

  it("reads a milestone's date first and its owner in a bracket at the end", () => {
    expect(read("- Feb18: findings to the board (Head of QA)").map((s) => [s.owner, s.deadline?.due])).toEqual([
      ["Head of QA", "2018-02-28"],
    ]);
  });

  it("reads a line ticked off with no bracket as done and without an owner", () => {
    expect(read("- Audit (complete)").map((s) => [s.done, s.owner, s.bracket])).toEqual([[true, null, null]]);
  });

  it("reads a bracket that opens with the mark as done by its date, with no owner: (Completed – Nov17)", () => {
    expect(read("- Audit (Completed – Nov17)").map((s) => [s.done, s.owner, s.deadline?.due])).toEqual([
      [true, null, "2017-11-30"],
    ]);
    // A team whose name starts with the word is an owner still.
    expect(read("- Audit (Closed cases team – Nov17)").map((s) => [s.done, s.owner])).toEqual([
      [false, "Closed cases team"],
    ]);
  });

  it("joins a wrapped line to its bullet, and leaves placeholders out", () => {
    const subs = read("- Audit of contacts in the\nfront door (QA – Nov17)\nN/A\n- Review (HOS – Dec17)");
    expect(subs.map((s) => [s.line, s.text])).toEqual([
      [1, "Audit of contacts in the front door (QA – Nov17)"],
      [4, "Review (HOS – Dec17)"],
    ]);
  });
});

describe("several sub-actions run on one line", () => {
  it("splits a line at '; ' where every item ends in its bracket", () => {
    expect(read("- Training (PSW – Oct24); Audit (QA – Dec24).").map((s) => [s.line, s.owner, s.bullet])).toEqual([
      [1, "PSW", true],
      [1, "QA", true],
    ]);
  });

  it("keeps a sentence with a semicolon whole", () => {
    expect(read("- Training (see note); then audit")).toHaveLength(1);
    expect(read("- Audit (HOS; DHOS – Nov17)")[0].owner).toBe("HOS; DHOS");
  });
});

describe("an owner and date named by labels, with no bracket", () => {
  it.each([
    ["- Training for all\n  Lead: PSW\n  By: Oct 24", "PSW", "2024-10-31"],
    ["- Training for all. Lead: PSW. Due: Oct 24", "PSW", "2024-10-31"],
    ["- Training for all – Due: Oct 24; Lead: PSW", "PSW", "2024-10-31"],
    ["- Training for all. Lead: PSW", "PSW", null],
  ])("reads %j as owned by %s, due %s", (text, owner, due) => {
    const [sub] = read(text);
    expect([sub.owner, sub.deadline?.due ?? null]).toEqual([owner, due]);
  });

  it("leaves a line with a date label but no owner's for the usual finding", () => {
    const [sub] = read("- Training for all. Due: Oct 24");
    expect([sub.bracket, sub.owner]).toEqual([null, null]);
  });
});

describe("an owner and date set off by dashes, with no bracket", () => {
  it.each([
    ["- Audit of files – HoS – Nov17", "HoS", "2017-11-30", false],
    ["- Audit of files - Head of QA - end of Nov17", "Head of QA", "2017-11-30", false],
    ["- Review – TM MASH – Jul17 - Mar18", "TM MASH", "2018-03-31", false],
    ["- Report – Improvement Board – Jan18", "Improvement Board", "2018-01-31", false],
    ["- Audit – HoS – Nov17 – complete", "HoS", "2017-11-30", true],
    // One dash, then the owner and a word before the date.
    ["- Audit of files – HoS by Nov17", "HoS", "2017-11-30", false],
    ["- Audit of files - Head of QA due Dec17", "Head of QA", "2017-12-31", false],
  ])("reads %j as owned by %s, due %s", (text, owner, due, done) => {
    const [sub] = read(text);
    expect([sub.owner, sub.deadline?.due ?? null, sub.done]).toEqual([owner, due, done]);
  });

  it.each([
    // What sits between the dashes names no post.
    "- Training – phase 1 – Jan18",
    "- Training – phase 1 by Jan18",
    "- Quality of supervision in –on-going monthly audits – QA monthly audits",
    // A date after one dash only: no owner written.
    "- Audit of files – Nov17",
    "- HoS – Nov17",
  ])("leaves %j with no owner", (text) => {
    expect(read(text)[0].owner).toBeNull();
  });
});

describe("steps listed under the action in its What? cell", () => {
  const steps = (text: string) => readStepsInWhat(text, "What?", CELL).map((s) => [s.line, s.text, s.owner]);

  it("reads the bullets after the action's own line when one of them gives a date", () => {
    expect(steps("Embed the model\n- Training (Practice Lead – Oct24)\n- Practice week (HoS)\nSee appendix")).toEqual([
      [2, "Training (Practice Lead – Oct24)", "Practice Lead"],
      [3, "Practice week (HoS)", "HoS"],
    ]);
  });

  it("leaves the action's own line alone, bracket or bullet", () => {
    expect(steps("Review thresholds (HOS – Nov17)")).toEqual([]);
    expect(steps("1. Review thresholds (HOS – Nov17)")).toEqual([]);
  });

  it("leaves bullets that give no date as part of the action's description", () => {
    expect(steps("Work with partners\n- schools (including academies)\n- health (Triple P)")).toEqual([]);
  });
});
