// The deadline grammar: turns what councils write in a Deadline cell or a sub-action bracket
// ("Aug17", "end of Sept17", "On-going to the end of March 2018", "Jun17 and Jun18", 31/08/2017,
// "Q3 2024/25", an Excel date serial …) into a Deadline.

import {
  addDays,
  endOfMonth,
  formatLongDate,
  formatMonth,
  fromExcelSerial,
  isoDate,
  isValidDate,
  monthName,
  type IsoDate,
} from "./calendar";
import type { Deadline, DeadlineDoubt, DeadlineKind, DeadlineProblem, Milestone } from "./deadline";
import { memoiseText } from "../memoise";

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Misspellings seen in real plans, read with a warning rather than rejected. */
const MONTH_TYPOS: Record<string, number> = { set: 9, setp: 9, spet: 9, agu: 8, ocot: 10, novemeber: 11, febuary: 2 };

const PLACEHOLDERS = new Set([
  "tbc",
  "tbd",
  "tba",
  "n/a",
  "na",
  "?",
  "-",
  "–",
  "none",
  "to be confirmed",
  "to be agreed",
]);

const RECURRING =
  /\b(on-?\s?going|ongoing|quarterly|monthly|weekly|annually|annual|yearly|every (?:quarter|month|week|year)|each (?:quarter|month|year)|twice a year|per year|continuous(?:ly)?)\b/;
const IMMEDIATE = /\b(with immediate effect|immediate(?:ly)?|now)\b/;
const START = /\b(onwards|from|commenc\w*|start\w*|begin\w*)\b/;

const MONTH_WORD = [...Object.keys(MONTHS), ...Object.keys(MONTH_TYPOS)].sort((a, b) => b.length - a.length).join("|");

// Order matters: the most specific forms first. Each keeps its own capture groups.
const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/g;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)(${MONTH_WORD})\\.?,?(?:\\s+|-)(\\d{4}|\\d{2})(?!\\d)`,
  "gi",
);
// "March 31 2018", "Feb 30, 2018": month first, and only with a four-digit year ("Mar 18 19" is no date).
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_WORD})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, "gi");
// "Aug17", "Sept 17", "March 2018", and "Jan-18" as Excel shows mmm-yy.
const MONTH_YEAR = new RegExp(`\\b(${MONTH_WORD})\\.?(?:\\s*|-)'?(\\d{4}|\\d{2})(?![\\d/])`, "gi");
// "April - June 2025", "Apr-Jun 25": two months sharing the year written after the second. Real month
// names only: "set to June 2025" is not a misspelt September.
const MONTH_NAME = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const MONTH_RANGE_YEAR = new RegExp(
  `\\b(${MONTH_NAME})\\.?\\s*(?:-|–|—|to|until|till)\\s*(${MONTH_NAME})\\.?(?:\\s*|-)'?(\\d{4}|\\d{2})(?![\\d/])`,
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
// An academic year runs September to August: "academic year 2025/26" is not the financial year.
const ACADEMIC_YEAR = /\b(?:academic|school)\s+year\s+((?:19|20)\d{2})\s*[/-]\s*(\d{2}|(?:19|20)\d{2})\b/gi;
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
const FINANCIAL_YEAR = /\b(?:fy\s*)?((?:19|20)\d{2})\s*[/-]\s*(\d{2}|(?:19|20)\d{2})\b(?![/-]\d)/gi;

interface DateToken {
  index: number;
  end: number;
  /** The last day the token covers. */
  due: IsoDate;
  /** The first day the token covers, for starts. */
  first: IsoDate;
  label: string;
}

function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

// A month's full name misspelt before a year, not in the list above: "Novmeber 2017", "Decmber 17".
const MISSPELT_MONTH_YEAR = /\b([a-z]{5,})\.?\s*'?(\d{4}|\d{2})(?![\d/])/gi;
const FULL_MONTH_NAMES = Object.keys(MONTHS).filter((name) => name.length >= 5);

/** One slip apart: a letter wrong, missing or extra, or two side by side swapped ("Ocotber"). */
function oneSlipApart(a: string, b: string): boolean {
  if (a.length === b.length) {
    const differ = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
    if (differ.length === 1) return true;
    const [i, j] = differ;
    return differ.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** The month a word one slip from a month's full name means, or null. */
function misspeltMonth(word: string): number | null {
  const w = word.toLowerCase();
  if (w in MONTHS || w in MONTH_TYPOS) return null;
  const name = FULL_MONTH_NAMES.find((n) => oneSlipApart(w, n));
  return name === undefined ? null : MONTHS[name];
}

/** The month a word names; a misspelt one (listed, or one slip from a full name) is read with a warning. */
function monthFrom(word: string, problems: DeadlineProblem[], written: string): number | null {
  const w = word.toLowerCase();
  if (w in MONTHS) return MONTHS[w];
  const month = w in MONTH_TYPOS ? MONTH_TYPOS[w] : misspeltMonth(w);
  if (month === null) return null;
  problems.push({ code: "probable-typo", written, readAs: monthName(month) });
  return month;
}

/** What reading a deadline noticed: problems with dates it read, and doubts about years it could not place. */
interface Notes {
  problems: DeadlineProblem[];
  doubts: DeadlineDoubt[];
}

/** "2018/19" from 2018. */
function financialYearAfter(year: string): string {
  return `${year}/${String((Number(year) + 1) % 100).padStart(2, "0")}`;
}

/** "Q2 2018", "H1 2018": a quarter or half of the calendar year, or of the financial year? */
function partOfYearDoubt(label: "Q" | "H", part: string, year: string): DeadlineDoubt {
  const { noun, months } = label === "Q" ? { noun: "quarter", months: 3 } : { noun: "half", months: 6 };
  return {
    says: `could be a ${noun} of the calendar year or of the financial year`,
    fix: `Write the financial year ("${label}${part} ${financialYearAfter(year)}") or the month it is due ("${monthName(Number(part) * months)} ${year}").`,
  };
}

/** Finds every date in one segment of text, with the spans they cover so they aren't read twice. */
function findDates(segment: string, { problems, doubts }: Notes): DateToken[] {
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
    add(m, () => exactDay(Number(m[1]), Number(m[2]), Number(m[3]), m[0], problems));
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
    const year = fullYear(m[2]);
    return month === null ? null : { first: isoDate(year, month, 1), due: endOfMonth(year, month) };
  };
  for (const m of segment.matchAll(MONTH_YEAR)) add(m, monthOfYear(m));
  // Only a word one slip from a month takes its span: "Easter 2018" is left for the year's reading.
  for (const m of segment.matchAll(MISSPELT_MONTH_YEAR)) if (misspeltMonth(m[1]) !== null) add(m, monthOfYear(m));
  for (const m of segment.matchAll(FINANCIAL_YEAR)) {
    add(m, () => {
      const start = financialYearStart(m[1], m[2]);
      return start === null ? null : { first: isoDate(start, 4, 1), due: isoDate(start + 1, 3, 31) };
    });
  }
  for (const m of segment.matchAll(YEAR_ALONE)) {
    const before = /(?:(new)\s+)?([a-z]+)[\s-]*$/i.exec(segment.slice(0, m.index));
    add(m, () => {
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

/** The year a financial year "2024/25" starts in, or null when the two years do not follow on. */
function financialYearStart(first: string, second: string): number | null {
  const start = fullYear(first);
  const next = start + 1;
  // The second year is often written in two digits ("2024/25"; "1999/00" crosses a century).
  const follows = second.length === 2 ? Number(second) === next % 100 : Number(second) === next;
  return follows ? start : null;
}

/** Q1 is April to June of the first year, Q4 January to March of the second. */
function financialQuarter(quarter: number, first: string, second: string): { first: IsoDate; due: IsoDate } | null {
  const start = financialYearStart(first, second);
  if (start === null) return null;
  const firstMonth = [4, 7, 10, 1][quarter - 1];
  const year = quarter === 4 ? start + 1 : start;
  return { first: isoDate(year, firstMonth, 1), due: endOfMonth(year, firstMonth + 2) };
}

/** H1 is April to September of the first year, H2 October to March. */
function financialHalf(half: number, first: string, second: string): { first: IsoDate; due: IsoDate } | null {
  const start = financialYearStart(first, second);
  if (start === null) return null;
  return half === 1
    ? { first: isoDate(start, 4, 1), due: isoDate(start, 9, 30) }
    : { first: isoDate(start, 10, 1), due: isoDate(start + 1, 3, 31) };
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

/** Splits "Jun17 and Jun18", "by Jun17, review … Sept17" and multi-line cells into segments ("Nov 30, 2017" stays whole). */
function segments(text: string): string[] {
  return text
    .split(/\r?\n|;|,(?!\s*\d)|\s+and\s+|\s+\/\s+|\s+then\s+/i)
    .map((s) => s.replace(/^\s*[-•*]\s+/, "").trim())
    .filter((s) => s.length > 0);
}

interface SegmentReading {
  text: string;
  due: DateToken[];
  starts: DateToken[];
  recurring: boolean;
  ongoing: boolean;
}

/**
 * A deadline moved, with its old date kept for the record: "Dec 2025 – extended to March 2026",
 * "Initially Oct 2025, now Feb 2026", "Original: Sept 2025; Revised: Jan 2026". What follows the last
 * such word is the deadline; the old date is no milestone, and no longer due.
 */
const REVISED_TO =
  /\b(?:(?:revised|extended|moved|changed|slipped|deferred|delayed|put back|pushed back|rescheduled)\s+(?:to|until)|now(?:\s+due)?|new (?:date|deadline)|revised(?:\s+(?:date|deadline))?\s*:)/gi;

function latestRevision(text: string): string {
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(REVISED_TO)) last = m;
  if (!last) return text;
  const after = text.slice(last.index + last[0].length);
  // "Feb 2026 (new date)", "now quarterly": no date follows, so the text is read whole.
  return /\d/.test(after) ? after : text;
}

/** A date a deadline replaced, kept for the record: "June 2018 (was March 2018)", "(revised from Dec17)". */
const SUPERSEDED = /\b(?:was|previously|originally|formerly|(?:revised|moved|changed|slipped) from)\b[^)]*/gi;

/** "w/c 5 March", "week commencing 05/03/18": the work falls in that week, so it is due by its last day. */
const WEEK_OF = /\b(?:w\/?[cb]|week\s+(?:commencing|beginning|starting))\b/i;

function readSegment(segment: string, notes: Notes): SegmentReading {
  const text = segment.replace(SUPERSEDED, "");
  const lower = text.toLowerCase();
  if (WEEK_OF.test(lower)) {
    const weeks = findDates(text, notes).map((t) => (t.first === t.due ? { ...t, due: addDays(t.first, 6) } : t));
    return { text, due: weeks, starts: [], recurring: false, ongoing: false };
  }
  const dates = findDates(text, notes);
  const isStart = START.test(lower) && !/\bby\b|\bend of\b/.test(lower);
  const ongoing = /\bon-?\s?going\b|\bongoing\b/.test(lower);
  if (dates.length >= 2 && /\bfrom\b/.test(lower)) {
    // "from Jul17 to Mar18": a start and an end.
    return { text, due: [dates[dates.length - 1]], starts: [dates[0]], recurring: false, ongoing };
  }
  return {
    text,
    due: isStart ? [] : dates,
    starts: isStart ? dates : [],
    recurring: RECURRING.test(lower),
    ongoing,
  };
}

function build(
  raw: string,
  kind: DeadlineKind,
  fields: Partial<Pick<Deadline, "due" | "start" | "milestones" | "doubt">>,
  problems: DeadlineProblem[],
): Deadline {
  const due = fields.due ?? null;
  const start = fields.start ?? null;
  const milestones = fields.milestones ?? [];
  const doubt = fields.doubt ?? null;
  const reading = describe(kind, due, start, milestones, raw, doubt);
  return { raw, kind, due, start, milestones, reading, problems, doubt };
}

function describe(
  kind: DeadlineKind,
  due: IsoDate | null,
  start: IsoDate | null,
  milestones: Milestone[],
  raw: string,
  doubt: DeadlineDoubt | null,
): string {
  switch (kind) {
    case "date":
      return `due by ${formatLongDate(due as IsoDate)}`;
    case "ongoing-until":
      return `ongoing until ${formatLongDate(due as IsoDate)}`;
    case "milestones":
      return `${milestones.length} milestones, the last due by ${formatLongDate(due as IsoDate)}`;
    case "start":
      return `starts ${formatLongDate(start as IsoDate)}, with no end date`;
    case "recurring":
      return "recurring, with no end date";
    case "immediate":
      return "with immediate effect, with no end date";
    case "missing":
      return raw.trim() === "" ? "no deadline given" : `no deadline given ("${raw.trim()}")`;
    case "unknown":
      return `"${raw.trim()}" ${doubt?.says ?? "could not be read as a date"}`;
  }
}

/** Options a reader passes when it knows more than the text: Excel cells formatted as dates. */
export interface DeadlineInput {
  /** The cell holds an Excel date serial. */
  isDate?: boolean;
  /**
   * Its format shows a month and year only ("Mar-26"): what was typed was a month, which Excel stores
   * as its first day, and it is due by the month's end.
   */
  isMonth?: boolean;
}

/** Plans repeat the same timescales ("Aug17", "on-going") hundreds of times: read each once. */
const parseTextOnce = memoiseText((text) => parseText(text));

export function parseDeadline(
  value: string | number | boolean | null | undefined,
  input: DeadlineInput = {},
): Deadline {
  if (typeof value === "number") return parseNumber(value, input);
  if (typeof value !== "string") return parseText(value);
  return parseTextOnce(value);
}

/** Deadlines are shared between callers once read: never change one in place. */
function parseText(value: string | boolean | null | undefined): Deadline {
  const raw = value === null || value === undefined || typeof value === "boolean" ? "" : value;
  const text = raw.replace(/\s+/g, " ").trim();
  const lower = text.toLowerCase();
  const notes: Notes = { problems: [], doubts: [] };
  const { problems } = notes;
  if (text === "" || PLACEHOLDERS.has(lower)) return build(raw, "missing", {}, problems);

  const readings = segments(latestRevision(text)).map((s) => readSegment(s, notes));
  const due = readings.flatMap((r) => r.due);
  const starts = readings.flatMap((r) => r.starts);
  const start = starts.length > 0 ? starts[0].first : null;

  if (due.length > 1) {
    const milestones = due.map((t) => ({ label: t.label, due: t.due }));
    const last = milestones.reduce((a, b) => (b.due > a.due ? b : a)).due;
    return build(raw, "milestones", { due: last, start, milestones }, problems);
  }
  if (due.length === 1) {
    const ongoing = readings.some((r) => r.ongoing && r.due.length > 0);
    return build(raw, ongoing ? "ongoing-until" : "date", { due: due[0].due, start }, problems);
  }
  if (starts.length > 0) return build(raw, "start", { start }, problems);
  if (IMMEDIATE.test(lower)) return build(raw, "immediate", {}, problems);
  if (readings.some((r) => r.recurring)) return build(raw, "recurring", {}, problems);
  return build(raw, "unknown", { doubt: notes.doubts[0] ?? null }, problems);
}

function parseNumber(value: number, input: DeadlineInput): Deadline {
  const raw = String(value);
  if (!input.isDate && Number.isInteger(value) && value >= 1900 && value <= 2100) {
    return build(raw, "date", { due: isoDate(value, 12, 31) }, []);
  }
  const date = fromExcelSerial(value);
  if (date === null) return build(raw, "unknown", {}, [{ code: "impossible-date", written: raw }]);
  if (input.isMonth) {
    const [year, month] = date.split("-").map(Number);
    return build(formatMonth(date), "date", { due: endOfMonth(year, month) }, []);
  }
  return build(date, "date", { due: date }, []);
}
