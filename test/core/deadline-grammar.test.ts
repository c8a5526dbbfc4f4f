// The deadline grammar on strings taken from the Derby 2017 plan (Deadline cells and the timescale
// part of sub-action brackets), plus the other forms councils write.

import { parseDeadline } from "../../src/core/deadline/parse-deadline";

type Row = [
  input: string | number,
  kind: string,
  due: string | null,
  extra?: { start?: string; milestones?: number; problem?: string; isDate?: boolean },
];

const TABLE: Row[] = [
  // Deadline column of the plan
  ["August 2017", "date", "2017-08-31"],
  ["November 2017", "date", "2017-11-30"],
  ["March 2018", "date", "2018-03-31"],
  ["April 2018", "date", "2018-04-30"],
  ["October 2017", "date", "2017-10-31"],
  ["December 2017", "date", "2017-12-31"],
  ["September 2017", "date", "2017-09-30"],
  ["On-going to the end of March 2018", "ongoing-until", "2018-03-31"],
  ["With immediate effect", "immediate", null],
  ["Review March 2018", "date", "2018-03-31"],
  ["Pilot to commence in July 2017", "start", null, { start: "2017-07-01" }],
  [
    "Scoping work to be completed by September 2017\nImplement by December 2017\nStable caseloads by March 2018",
    "milestones",
    "2018-03-31",
    { milestones: 3 },
  ],
  [
    "- Audit in January 2018 of EH (under 11's)\n- Every Team Manager in EH and SC to dip sample 2 cases (Dec17)",
    "milestones",
    "2018-01-31",
    { milestones: 2 },
  ],
  // Timescales inside sub-action brackets
  ["Aug17", "date", "2017-08-31"],
  ["Nov17", "date", "2017-11-30"],
  ["Sept17", "date", "2017-09-30"],
  ["Sept 17", "date", "2017-09-30"],
  ["Set17", "date", "2017-09-30", { problem: "probable-typo" }],
  ["Jan18", "date", "2018-01-31"],
  ["Mar18", "date", "2018-03-31"],
  ["Feb 18", "date", "2018-02-28"],
  ["Jul 17 onwards", "start", null, { start: "2017-07-01" }],
  ["Dec18", "date", "2018-12-31"],
  ["Oct17", "date", "2017-10-31"],
  ["Apr17", "date", "2017-04-30"],
  ["Jun17", "date", "2017-06-30"],
  ["May18", "date", "2018-05-31"],
  ["Mar17", "date", "2017-03-31"],
  ["end of Sept17", "date", "2017-09-30"],
  ["end of Aug17", "date", "2017-08-31"],
  ["Aug17 onwards", "start", null, { start: "2017-08-01" }],
  ["May17 onwards", "start", null, { start: "2017-05-01" }],
  ["Sept17 onwards", "start", null, { start: "2017-09-01" }],
  ["from Jul17 onwards", "start", null, { start: "2017-07-01" }],
  ["from Sept17 onwards", "start", null, { start: "2017-09-01" }],
  ["from Jul17", "start", null, { start: "2017-07-01" }],
  ["from Apr17", "start", null, { start: "2017-04-01" }],
  ["Apr17 onwards", "start", null, { start: "2017-04-01" }],
  ["Jan18 onwards", "start", null, { start: "2018-01-01" }],
  ["To commence from Dec17 onwards", "start", null, { start: "2017-12-01" }],
  ["on-going", "recurring", null],
  ["On-going", "recurring", null],
  ["quarterly", "recurring", null],
  ["on-going every quarter", "recurring", null],
  ["on-going to the end of 2017", "ongoing-until", "2017-12-31"],
  ["twice by the end of Mar18", "date", "2018-03-31"],
  ["Jun17 and Jun18", "milestones", "2018-06-30", { milestones: 2 }],
  // Two dates joined as a span: the work runs from the first to the second, which is no milestone
  ["Jul17 - Mar18", "date", "2018-03-31", { start: "2017-07-01" }],
  ["April 2018 – March 2019", "date", "2019-03-31", { start: "2018-04-01" }],
  ["01/04/2018 to 31/03/2019", "date", "2019-03-31", { start: "2018-04-01" }],
  ["Sept17 until Dec17", "date", "2017-12-31", { start: "2017-09-01" }],
  ["Jun17, Sept17 and Jan18", "milestones", "2018-01-31", { milestones: 3 }],
  [
    "Policy to go live by Jun17, review of compliance at the end of Sept17",
    "milestones",
    "2017-09-30",
    { milestones: 2 },
  ],
  ["Sept17 and roll-out Oct17 onwards", "date", "2017-09-30", { start: "2017-10-01" }],
  ["2018", "date", "2018-12-31"],
  ["Apr", "unknown", null, { problem: "no-year" }],
  ["Ma", "unknown", null],
  ["provisional", "unknown", null],
  // Dates as councils type them, and as Excel stores them
  ["31/08/2017", "date", "2017-08-31"],
  ["01/12/2017", "date", "2017-12-01"],
  ["1/12/17", "date", "2017-12-01"],
  ["2017-11-30", "date", "2017-11-30"],
  ["31 March 2018", "date", "2018-03-31"],
  ["30th November 2017", "date", "2017-11-30"],
  ["31/02/2018", "unknown", null, { problem: "impossible-date" }],
  [43069, "date", "2017-11-30", { isDate: true }],
  [42978, "date", "2017-08-31", { isDate: true }],
  [2018, "date", "2018-12-31"],
  ["Sep 2017", "date", "2017-09-30"],
  ["March 31 2018", "date", "2018-03-31"],
  ["Nov 30th, 2017", "date", "2017-11-30"],
  ["Feb 30 2018", "unknown", null, { problem: "impossible-date" }],
  ["Jan-18", "date", "2018-01-31"],
  ["2018-03-31T00:00:00", "date", "2018-03-31"],
  ["01-Apr-2018", "date", "2018-04-01"],
  ["Spring 2018", "date", "2018-05-31"],
  ["Autumn 2017", "date", "2017-11-30"],
  ["Winter 2017", "unknown", null],
  ["Easter 2018", "unknown", null],
  // The new year is its first day, not its last: not a year alone
  ["New Year 2019", "unknown", null],
  ["by the end of the year 2018", "date", "2018-12-31"],
  ["Mid-2018", "unknown", null],
  ["by the end of 2018", "date", "2018-12-31"],
  ["From 2018", "start", null, { start: "2018-01-01" }],
  ["Throughout 2018", "date", "2018-12-31"],
  ["2017/18 Q3", "date", "2017-12-31"],
  ["June 2018 (was March 2018)", "date", "2018-06-30"],
  ["March 2018 (revised from Dec 2017)", "date", "2018-03-31"],
  // A deadline moved, the old date kept for the record: no milestone, no longer due
  ["Dec 2025 - extended to March 2026", "date", "2026-03-31"],
  ["Sept 2025 (extended to Jan 2026)", "date", "2026-01-31"],
  ["Initially Oct 2025, now Feb 2026", "date", "2026-02-28"],
  ["Original: Sept 2025; Revised: Jan 2026", "date", "2026-01-31"],
  ["Sept 2025, deferred until Easter term", "date", "2025-09-30"],
  ["Jun 2025 and now quarterly", "date", "2025-06-30"],
  ["Nov17 (revised Jan18)", "date", "2018-01-31"],
  ["Nov17 extended 31/03/2018", "date", "2018-03-31"],
  ["Nov17 → Jan18", "date", "2018-01-31"],
  ["Nov17 -> Jan18", "date", "2018-01-31"],
  // A delay with no new date keeps the date there is
  ["Mar18 (delayed 2 weeks)", "date", "2018-03-31"],
  ["Febuary 2018", "date", "2018-02-28", { problem: "probable-typo" }],
  // A month's name one slip out: a letter missing, extra or wrong, or two swapped
  ["Novmeber 2017", "date", "2017-11-30", { problem: "probable-typo" }],
  ["Decmber 17", "date", "2017-12-31", { problem: "probable-typo" }],
  ["Ocotber 2017", "date", "2017-10-31", { problem: "probable-typo" }],
  ["end of Janaury 2018", "date", "2018-01-31", { problem: "probable-typo" }],
  ["Septembre 2017", "date", "2017-09-30", { problem: "probable-typo" }],
  ["", "missing", null],
  ["TBC", "missing", null],
  ["N/A", "missing", null],
  ["Date TBC", "missing", null],
  ["TBC - awaiting funding", "missing", null],
  ["Deadline: to be agreed", "missing", null],
  ["Completed Sept 2017", "date", "2017-09-30"],
  ["monthly", "recurring", null],
  // Other cycles plans meet on, the board's among them
  ["Fortnightly", "recurring", null],
  ["Termly", "recurring", null],
  ["Half-termly", "recurring", null],
  ["Bimonthly", "recurring", null],
  ["Biannually", "recurring", null],
  ["Daily", "recurring", null],
  ["Every 6 weeks", "recurring", null],
  ["Every board meeting", "recurring", null],
  ["At each Improvement Board", "recurring", null],
  ["Per board cycle", "recurring", null],
  // Work made routine runs on with no end, as on-going does
  ["BAU", "recurring", null],
  ["Business as usual", "recurring", null],
  ["Rolling programme", "recurring", null],
  ["As required", "recurring", null],
  ["BAU from April 2018", "start", null],
  ["Reported to each board until March 2018", "date", "2018-03-31"],
  // Christmas is a day; a number before a year says which part of it, not its end
  ["By Christmas 2017", "date", "2017-12-25"],
  ["Xmas 17", "date", "2017-12-25"],
  ["Term 1 2018", "unknown", null],
  ["Phase 2 2018", "unknown", null],
  ["by 2018", "date", "2018-12-31"],
  // A month once a year is a cycle, its month needing no year
  ["every September", "recurring", null],
  ["Annually each September", "recurring", null],
  // A month and year in figures, or a month and year joined by a slash
  ["09/2017", "date", "2017-09-30"],
  ["2017-09", "date", "2017-09-30"],
  ["2010-11", "date", "2011-03-31"],
  ["13/2017", "unknown", null],
  ["11/17", "date", "2017-11-30"],
  ["2018.03.31", "date", "2018-03-31"],
  ["The 30th of March 2018", "date", "2018-03-30"],
  ["2018/03/31", "date", "2018-03-31"],
  ["Dec 2017 onward", "start", null, { start: "2017-12-01" }],
  ["Apr/18", "date", "2018-04-30"],
  ["Sept/Oct 2017", "date", "2017-10-31"],
  ["Immediately", "immediate", null],
  ["ASAP", "unknown", null],
  // A date then "ongoing" runs on from it, where "ongoing to" a date ends there
  ["Sept17 - ongoing", "start", null, { start: "2017-09-01" }],
  ["Sept17-ongoing", "start", null, { start: "2017-09-01" }],
  ["Nov17 and ongoing", "start", null, { start: "2017-11-01" }],
  ["Nov17, then on-going thereafter", "start", null, { start: "2017-11-01" }],
  ["Review Nov17 and then ongoing monitoring", "date", "2017-11-30"],
  // UK financial years (1 April to 31 March) and their quarters
  ["Q3 2024/25", "date", "2024-12-31"],
  ["Q1 2024/25", "date", "2024-06-30"],
  ["Q4 2024/25", "date", "2025-03-31"],
  ["end of Quarter 2 24/25", "date", "2024-09-30"],
  ["Q4 FY 2019/20", "date", "2020-03-31"],
  ["2024/25", "date", "2025-03-31"],
  ["by end of 2017-18", "date", "2018-03-31"],
  ["FY 2024-2025", "date", "2025-03-31"],
  ["FY18/19", "date", "2019-03-31"],
  ["by end of FY 17-18", "date", "2018-03-31"],
  ["Q3 FY18/19", "date", "2018-12-31"],
  ["Q2 2024/25 onwards", "start", null, { start: "2024-07-01" }],
  ["2024/26", "unknown", null],
  ["1999/00", "date", "2000-03-31"],
  ["Q3 2024", "unknown", null],
  ["Qtr 3 2018/19", "date", "2018-12-31"],
  ["Qtr. 1 2019-20", "date", "2019-06-30"],
  ["2018/19 Qtr 2", "date", "2018-09-30"],
  ["Qtr 2 2018", "unknown", null],
  // Halves of a financial year; a half of a calendar year is reported, not guessed
  ["H1 2018/19", "date", "2018-09-30"],
  ["H2 2018/19", "date", "2019-03-31"],
  ["Half 1 2024/25", "date", "2024-09-30"],
  ["H1 2018", "unknown", null],
  // The week a task falls in: due by its last day, not starting with no end
  ["w/c 5 March 2018", "date", "2018-03-11"],
  ["Week commencing 05/03/18", "date", "2018-03-11"],
  ["W/B 05/03/18", "date", "2018-03-11"],
  ["w/c 5 March 2018 and w/c 12 March 2018", "milestones", "2018-03-18", { milestones: 2 }],
  // A day and month with no year
  ["30/11", "unknown", null, { problem: "no-year" }],
  ["by 30/11", "unknown", null, { problem: "no-year" }],
  ["1.5 days", "unknown", null],
  // Two months sharing one year: the first is not a month with no year
  ["April - June 2025", "date", "2025-06-30"],
  ["Apr-Jun 25", "date", "2025-06-30"],
  ["Jan to Mar 2026", "date", "2026-03-31"],
  ["Nov–Feb 2026 onwards", "start", null, { start: "2025-11-01" }],
  // Words that only look like months
  ["set to June 2025", "date", "2025-06-30"],
  ["may slip to June 2025", "date", "2025-06-30"],
  ["by May", "unknown", null, { problem: "no-year" }],
  // School terms and years, which education actions run to
  ["Autumn term 2025", "date", "2025-12-31"],
  ["Spring term 2026", "date", "2026-04-30"],
  ["end of summer term 2026", "date", "2026-07-31"],
  ["Academic year 2025/26", "date", "2026-08-31"],
  ["AY 25/26", "date", "2026-08-31"],
  // When it is due, as "early Jan 2018" is; "from the start of" is when it starts
  ["Beginning of Jan 2018", "date", "2018-01-31"],
  ["By the start of Jan 2018", "date", "2018-01-31"],
  ["From the start of Jan 2018", "start", null, { start: "2018-01-01" }],
  ["academic year 17/18", "date", "2018-08-31"],
  ["by the end of the school year 2025-26", "date", "2026-08-31"],
];

describe("deadline grammar", () => {
  it("has at least 60 cases", () => expect(TABLE.length).toBeGreaterThanOrEqual(60));

  // Rest parameters: rows without "extra" must not look like a test taking a done callback.
  it.each(TABLE)("%j reads as %s due %s", (...[input, kind, due, extra]: Row) => {
    const d = parseDeadline(input, { isDate: extra?.isDate });
    expect(d.kind).toBe(kind);
    expect(d.due).toBe(due);
    if (extra?.start) expect(d.start).toBe(extra.start);
    if (extra?.milestones) expect(d.milestones).toHaveLength(extra.milestones);
    if (extra?.problem) expect(d.problems.map((p) => p.code)).toContain(extra.problem);
    else expect(d.problems).toEqual([]);
  });

  it.each([
    ["Q2 2018", "could be a quarter of the calendar year or of the financial year"],
    ["Qtr 4 2019", "could be a quarter of the calendar year or of the financial year"],
    ["H1 2018", "could be a half of the calendar year or of the financial year"],
    ["Winter 2017", "could end in February 2017 or February 2018"],
    ["Mid-2018", "does not say when in 2018 it is due"],
    ["late 2019", "does not say when in 2019 it is due"],
    ["ASAP", "asks for it soon but gives no date to hold it to"],
    ["As soon as possible", "asks for it soon but gives no date to hold it to"],
    ["By Christmas", "does not say which year's Christmas"],
    ["Q3", "names a quarter but not its year"],
    ["Apr 18th", "names a day but not its year"],
    ["17/18", "could be a financial year written short, or a date with a part missing"],
    ["By end of 17/18", "could be a financial year written short, or a date with a part missing"],
    ["End 17/18", "could be a financial year written short, or a date with a part missing"],
    ["Spring term", "names a season but not its year"],
    ["End of financial year", "does not say which year"],
    ["Within 3 months", "counts from a start the plan does not give"],
    ["Within 28 days", "counts from a start the plan does not give"],
    ["Next board", "depends on when the next board meets"],
    ["In time for the Board", "depends on when the board meets"],
    ["After the inspection", "depends on when the inspection or visit happens"],
    ["Before Ofsted visit", "depends on when the inspection or visit happens"],
    ["End of term", "names a school term but not which one"],
    ["Urgent", "asks for it soon but gives no date to hold it to"],
    ["Term 1 2018", "numbers a school term, and schools number them differently"],
    ["Phase 2", "names a stage of the plan, not a date"],
    ["FY 2018", "could be the year that starts or the one that ends in that year"],
    ["Financial year 2018", "could be the year that starts or the one that ends in that year"],
    ["On hold", "puts the work off without a new date"],
    ["Currently on hold - awaiting funding", "puts the work off without a new date"],
    ["Deferred (new date TBC)", "puts the work off without a new date"],
    ["Postponed", "puts the work off without a new date"],
    ["Deferred to phase 2", "names a stage of the plan, not a date"],
    ["On hold until further notice", "puts the work off without a new date"],
    ["Paused until March 2018", "gives when the work starts again, not when it will be done"],
    ["On hold until Mar18 (awaiting funding)", "gives when the work starts again, not when it will be done"],
    ["Suspended till 01/02/2018", "gives when the work starts again, not when it will be done"],
  ])("says why %j could not be read as a date", (input, says) => {
    const d = parseDeadline(input);
    expect(d).toMatchObject({ kind: "unknown", doubt: { says } });
    expect(d.reading).toBe(`"${input}" ${says}`);
  });

  it("has no doubt about a deadline it read, or one that names no year", () => {
    expect(parseDeadline("Q2 2018/19").doubt).toBeNull();
    expect(parseDeadline("when possible").doubt).toBeNull();
    expect(parseDeadline("Novmeber 2017").doubt).toBeNull();
    expect(parseDeadline("Deferred to Q3").doubt).toBeNull();
    expect(parseDeadline("Deferred until Q3").doubt).toBeNull();
    // Put off to a new date is due by that date.
    expect(parseDeadline("Deferred until April 2018")).toMatchObject({ kind: "date", due: "2018-04-30" });
  });

  it("reads an Excel date shown as a month (mmm-yy) as that month, due at its end", () => {
    // 43160 is 1 March 2018, what Excel stores when "Mar-18" is typed.
    expect(parseDeadline(43160, { isDate: true, isMonth: true })).toMatchObject({
      kind: "date",
      raw: "March 2018",
      due: "2018-03-31",
    });
    expect(parseDeadline(43160, { isDate: true }).due).toBe("2018-03-01");
  });

  it("reads a month as its last day, leap years included", () => {
    expect(parseDeadline("Feb20").due).toBe("2020-02-29");
    expect(parseDeadline("Feb21").due).toBe("2021-02-28");
  });

  it("says in plain English what it read", () => {
    expect(parseDeadline("Aug17").reading).toBe("due by 31 August 2017");
    expect(parseDeadline("On-going to the end of March 2018").reading).toBe("ongoing until 31 March 2018");
    expect(parseDeadline("With immediate effect").reading).toBe("with immediate effect, with no end date");
    expect(parseDeadline("Ma").reading).toBe('"Ma" could not be read as a date');
  });
});
