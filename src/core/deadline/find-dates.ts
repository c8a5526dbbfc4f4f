// Finds the dates written in one piece of deadline text — exact days, months, seasons and school terms,
// financial quarters and years, a year alone — each with the span it covers, so none is read twice,
// and notes the problems and doubts met on the way.

import { endOfMonth, fullYear, isoDate, isValidDate, type IsoDate } from "./calendar";
import type { DeadlineDoubt, DeadlineProblem } from "./deadline";
import { financialHalf, financialQuarter, financialYearStart, partOfYearDoubt } from "./financial-year";
import { misspeltMonth, MONTH_NAME, MONTH_WORD, MONTHS, monthFrom } from "./months";

// Order matters: the most specific forms first. Each keeps its own capture groups.
const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/g;
// "2018-03-31", and "2018-03-31T00:00:00" as a date and time exported as text reads; also written with
// dots or slashes, "2018.03.31".
const ISO_DATE = /\b(\d{4})([-./])(\d{2})\2(\d{2})(?=T\d|\b)/g;
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(?:of\\s+)?|-)(${MONTH_WORD})\\.?,?(?:\\s+|-)(\\d{4}|\\d{2})(?!\\d)`,
  "gi",
);
// "March 31 2018", "Feb 30, 2018": month first, and only with a four-digit year ("Mar 18 19" is no date).
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_WORD})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, "gi");
// "Aug17", "Sept 17", "March 2018", and "Jan-18" as Excel shows mmm-yy.
// "Apr 18th" is a day in April, not April 2018.
const MONTH_YEAR = new RegExp(`\\b(${MONTH_WORD})\\.?(?:\\s*|[-/])'?(\\d{4}|\\d{2})(?![\\d/]|st|nd|rd|th)`, "gi");
// "April - June 2025", "Apr-Jun 25", "Sept/Oct 2017": two months sharing the year written after the
// second. Real month names only: "set to June 2025" is not a misspelt September.
const MONTH_RANGE_YEAR = new RegExp(
  `\\b(${MONTH_NAME})\\.?\\s*(?:-|–|—|\\/|to|until|till)\\s*(${MONTH_NAME})\\.?(?:\\s*|-)'?(\\d{4}|\\d{2})(?![\\d/])`,
  "gi",
);
// A month with no year: real names only ("set" alone is the word, not a misspelt Sept).
const MONTH_ALONE = new RegExp(`\\b(${MONTH_NAME})\\b\\.?(?!\\s*'?\\d)`, "gi");
const YEAR_ALONE = /\b(20\d{2}|19\d{2})\b(?![/-]\d)/g;
/** Words a year alone may follow and still mean its end ("by 2018", "end of 2017"); "Easter 2018" is not read. */
const YEAR_LEADS = new Set([
  "by",
  "end",
  "of",
  "in",
  "during",
  "throughout",
  "from",
  "the",
  "to",
  "until",
  "till",
  "before",
  "year",
  "within",
]);
/** Words that place a year's work only roughly ("Early 2019", "Mid-2018"): said, never guessed. */
const VAGUE_TIMES = /^(?:early|mid|middle|late|easter)$/i;
// Christmas is a day, where Easter moves: "by Christmas 2017" is due by 25 December.
const CHRISTMAS = /\b(?:christmas|xmas)\s+'?((?:19|20)\d{2}|\d{2})\b(?![/-]\d)/gi;
// Seasons end with their third month. Winter straddles two years, so it is reported, not guessed.
const WINTER = /\bwinter\s+'?((?:19|20)\d{2})\b(?![/-]\d)/gi;
const SEASON = /\b(spring|summer|autumn|fall)(\s+term)?\s+'?((?:19|20)\d{2}|\d{2})\b(?![/-]\d)/gi;
const SEASON_MONTHS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9 };
// School terms, which education actions (PEPs, the virtual school) run to, end later than the seasons:
// autumn term at Christmas, spring term by the end of April (it ends at Easter, which moves), summer
// term in July.
const TERM_MONTHS: Record<string, { first: number; last: number }> = {
  autumn: { first: 9, last: 12 },
  fall: { first: 9, last: 12 },
  spring: { first: 1, last: 4 },
  summer: { first: 4, last: 7 },
};
// An academic year runs September to August: "academic year 2025/26", "AY 25/26" is not the financial year.
const ACADEMIC_YEAR = /\b(?:(?:academic|school)\s+year\s+|ay\s*)((?:19|20)?\d{2})\s*[/-]\s*(\d{2}|(?:19|20)\d{2})\b/gi;
// UK financial years run 1 April to 31 March: "Q3 2024/25", "Quarter 4 24/25", "2024/25", "FY 2024-25".
// "Q3", "Qtr 3", "Qtr. 3", "Quarter 3".
const QUARTER = String.raw`(?:q|qtr\.?\s*|quarter\s*)`;
const FINANCIAL_QUARTER = new RegExp(
  String.raw`\b${QUARTER}([1-4])\s*(?:of\s+)?(?:fy\s*)?((?:19|20)?\d{2})\s*[/-]\s*(\d{2}|\d{4})\b`,
  "gi",
);
// "Q3 2024" could be a calendar or a financial quarter: taken, so its year is not read alone, and reported.
const AMBIGUOUS_QUARTER = new RegExp(String.raw`\b${QUARTER}([1-4])\s+((?:19|20)\d{2})\b(?!\s*[/-]\s*\d)`, "gi");
// The same with the quarter after the year: "2017/18 Q3".
const QUARTER_OF_FINANCIAL_YEAR = new RegExp(
  String.raw`\b((?:19|20)?\d{2})\s*[/-]\s*(\d{2}|\d{4})\s*${QUARTER}([1-4])\b`,
  "gi",
);
// Halves of a financial year: H1 is April to September, H2 October to March. "H1 2018" is reported.
const FINANCIAL_HALF = /\b(?:h|half\s*)([12])\s*(?:of\s+)?(?:fy\s*)?((?:19|20)?\d{2})\s*[/-]\s*(\d{2}|\d{4})\b/gi;
const AMBIGUOUS_HALF = /\b(?:h|half\s*)([12])\s+((?:19|20)\d{2})\b(?!\s*[/-]\s*\d)/gi;
// "30/11": a day and month with the year left out (not "1.5", a number).
const DAY_MONTH_ALONE = /(?<![\d./])\b(?:[12]\d|3[01]|0?[1-9])\/(?:1[0-2]|0?[1-9])\b(?![/.-]?\d)/g;
// "2024/25", "FY 2024-25", and after "FY" only, "FY18/19" (without it, "18/19" could be anything).
const FINANCIAL_YEAR = /\b(?:fy\s*)?((?:19|20)\d{2}|(?<=fy\s*)\d{2})\s*[/-]\s*(\d{2}|(?:19|20)\d{2})\b(?![/-]\d)/gi;

// A month and year in figures: "09/2017", "9.2017", "11/17" (no 17th month, so no day and month), and
// ISO's "2017-09" (never "2010-11", a financial year).
const NUMERIC_MONTH_YEAR = /(?<![\d/.-])(0?[1-9]|1[0-2])[/.-]((?:19|20)\d{2}|1[3-9]|[2-9]\d)(?![\d/.-])/g;
const ISO_MONTH = /(?<![\d/.-])((?:19|20)\d{2})-(0[1-9]|1[0-2])(?![\d/.-])/g;

// A month's full name misspelt before a year, not among the known misspellings: "Novmeber 2017", "Decmber 17".
const MISSPELT_MONTH_YEAR = /\b([a-z]{5,})\.?\s*'?(\d{4}|\d{2})(?![\d/])/gi;
export interface DateToken {
  index: number;
  end: number;
  /** The last day the token covers. */
  due: IsoDate;
  /** The first day the token covers, for starts. */
  first: IsoDate;
  label: string;
}

/** What reading a deadline noticed: problems with dates it read, and doubts about years it could not place. */
export interface Notes {
  problems: DeadlineProblem[];
  doubts: DeadlineDoubt[];
}

/** Finds every date in one segment of text, with the spans they cover so they aren't read twice. */
export function findDates(segment: string, { problems, doubts }: Notes): DateToken[] {
  const tokens: DateToken[] = [];
  const taken: [number, number][] = [];
  const free = (i: number, end: number): boolean => taken.every(([a, b]) => end <= a || i >= b);
  const add = (m: RegExpExecArray, make: () => { first: IsoDate; due: IsoDate } | null): void => {
    const index = m.index;
    const end = index + m[0].length;
    if (!free(index, end)) return;
    taken.push([index, end]);
    const span = make();
    if (span) tokens.push({ index, end, label: m[0], ...span });
  };
  for (const m of segment.matchAll(FINANCIAL_QUARTER)) {
    add(m, () => financialQuarter(Number(m[1]), m[2], m[3]));
  }
  for (const m of segment.matchAll(QUARTER_OF_FINANCIAL_YEAR)) {
    add(m, () => financialQuarter(Number(m[3]), m[1], m[2]));
  }
  // Taken, so their year is not read alone, and said: they could mean more than one date.
  const unplaced = (m: RegExpExecArray, doubt: DeadlineDoubt): void =>
    add(m, () => {
      doubts.push(doubt);
      return null;
    });
  for (const m of segment.matchAll(AMBIGUOUS_QUARTER)) unplaced(m, partOfYearDoubt("Q", m[1], m[2]));
  for (const m of segment.matchAll(FINANCIAL_HALF)) {
    add(m, () => financialHalf(Number(m[1]), m[2], m[3]));
  }
  for (const m of segment.matchAll(AMBIGUOUS_HALF)) unplaced(m, partOfYearDoubt("H", m[1], m[2]));
  for (const m of segment.matchAll(WINTER)) {
    const year = Number(m[1]);
    unplaced(m, {
      says: `could end in February ${year} or February ${year + 1}`,
      fix: `Write the month it is due ("February ${year + 1}").`,
    });
  }
  for (const m of segment.matchAll(CHRISTMAS)) {
    add(m, () => {
      const day = isoDate(fullYear(m[1]), 12, 25);
      return { first: day, due: day };
    });
  }
  for (const m of segment.matchAll(SEASON)) {
    add(m, () => {
      const year = fullYear(m[3]);
      const season = m[1].toLowerCase();
      const { first, last } = m[2]
        ? TERM_MONTHS[season]
        : { first: SEASON_MONTHS[season], last: SEASON_MONTHS[season] + 2 };
      return { first: isoDate(year, first, 1), due: endOfMonth(year, last) };
    });
  }
  for (const m of segment.matchAll(ACADEMIC_YEAR)) {
    add(m, () => {
      const start = financialYearStart(m[1], m[2]);
      return start === null ? null : { first: isoDate(start, 9, 1), due: isoDate(start + 1, 8, 31) };
    });
  }
  for (const m of segment.matchAll(ISO_DATE)) {
    add(m, () => exactDay(Number(m[1]), Number(m[3]), Number(m[4]), m[0], problems));
  }
  for (const m of segment.matchAll(NUMERIC_DATE)) {
    // UK order: day / month / year.
    add(m, () => exactDay(fullYear(m[3]), Number(m[2]), Number(m[1]), m[0], problems));
  }
  for (const m of segment.matchAll(DAY_MONTH_YEAR)) {
    add(m, () => {
      const month = monthFrom(m[2], problems, m[0]);
      return month === null ? null : exactDay(fullYear(m[3]), month, Number(m[1]), m[0], problems);
    });
  }
  for (const m of segment.matchAll(MONTH_DAY_YEAR)) {
    add(m, () => {
      const month = monthFrom(m[1], problems, m[0]);
      return month === null ? null : exactDay(Number(m[3]), month, Number(m[2]), m[0], problems);
    });
  }
  for (const m of segment.matchAll(MONTH_RANGE_YEAR)) {
    add(m, () => {
      const from = MONTHS[m[1].toLowerCase()];
      const to = MONTHS[m[2].toLowerCase()];
      const year = fullYear(m[3]);
      // "Nov–Feb 2026" began the year before.
      return { first: isoDate(from <= to ? year : year - 1, from, 1), due: endOfMonth(year, to) };
    });
  }
  // "Aug17", "March 2018": the whole month; also a month's name one slip out ("Novmeber 2017").
  const monthOfYear = (m: RegExpExecArray) => (): { first: IsoDate; due: IsoDate } | null => {
    const month = monthFrom(m[1], problems, m[0]);
    return month === null ? null : wholeMonth(fullYear(m[2]), month);
  };
  for (const m of segment.matchAll(MONTH_YEAR)) add(m, monthOfYear(m));
  // Only a word one slip from a month takes its span: "Easter 2018" is left for the year's reading.
  for (const m of segment.matchAll(MISSPELT_MONTH_YEAR)) if (misspeltMonth(m[1]) !== null) add(m, monthOfYear(m));
  for (const m of segment.matchAll(NUMERIC_MONTH_YEAR)) add(m, () => wholeMonth(fullYear(m[2]), Number(m[1])));
  for (const m of segment.matchAll(ISO_MONTH)) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    if (month !== (year + 1) % 100) add(m, () => wholeMonth(year, month));
  }
  for (const m of segment.matchAll(FINANCIAL_YEAR)) {
    add(m, () => {
      const start = financialYearStart(m[1], m[2]);
      return start === null ? null : { first: isoDate(start, 4, 1), due: isoDate(start + 1, 3, 31) };
    });
  }
  for (const m of segment.matchAll(YEAR_ALONE)) {
    // A number before the year ("Term 1 2018", "T1 2018", "Phase 2 2018") says which part of it, not its end, and
    // figures joined to it ("13/2017") are a date that could not be read.
    const before = /(?:(new)\s+)?([a-z]+|(?<![a-z])[a-z]\d|(?<![a-z\d])\d+)[\s-]*$/i.exec(segment.slice(0, m.index));
    // "Financial year 2018" could start or end in 2018: no calendar year's end either.
    const notItsEnd = /\d[/.]$|\b(?:financial|academic|school)\s+year\s*$/i.test(segment.slice(0, m.index));
    add(m, () => {
      if (notItsEnd) return null;
      // "New Year 2019" is the year's first day, where "the year 2019" runs to its last.
      if (before && (before[1] || !YEAR_LEADS.has(before[2].toLowerCase()))) {
        if (VAGUE_TIMES.test(before[2])) doubts.push({ says: `does not say when in ${m[1]} it is due`, fix: null });
        return null;
      }
      const year = Number(m[1]);
      return { first: isoDate(year, 1, 1), due: isoDate(year, 12, 31) };
    });
  }
  for (const pattern of [MONTH_ALONE, DAY_MONTH_ALONE])
    for (const m of segment.matchAll(pattern)) {
      // "may" in lower case is the verb ("may slip to June 2025"); the month is written "May".
      if (m[0] === "may") continue;
      if (free(m.index, m.index + m[0].length)) problems.push({ code: "no-year", written: m[0] });
    }
  return tokens.sort((a, b) => a.index - b.index);
}

/** A named month, from its first day to its last. */
function wholeMonth(year: number, month: number): { first: IsoDate; due: IsoDate } {
  return { first: isoDate(year, month, 1), due: endOfMonth(year, month) };
}

function exactDay(
  year: number,
  month: number,
  day: number,
  written: string,
  problems: DeadlineProblem[],
): { first: IsoDate; due: IsoDate } | null {
  if (!isValidDate(year, month, day)) {
    problems.push({ code: "impossible-date", written });
    return null;
  }
  const date = isoDate(year, month, day);
  return { first: date, due: date };
}
