// The deadline grammar: turns what councils write in a Deadline cell or a sub-action bracket
// ("Aug17", "end of Sept17", "On-going to the end of March 2018", "Jun17 and Jun18", 31/08/2017,
// "Q3 2024/25", an Excel date serial …) into a Deadline. The dates in each piece of text are found by
// find-dates.ts; here the pieces are split, read as due dates, starts or recurrences, and summed up.

import { addDays, endOfMonth, formatLongDate, formatMonth, fromExcelSerial, isoDate, type IsoDate } from "./calendar";
import type { Deadline, DeadlineDoubt, DeadlineKind, DeadlineProblem, Milestone } from "./deadline";
import { findDates, type DateToken, type Notes } from "./find-dates";
import { MONTH_NAME } from "./months";
import { memoiseText } from "../memoise";
import { isPlaceholderText } from "../placeholder";
import { vagueDoubt } from "./vague";

/** A board or panel that meets on a cycle: "every board", "each Improvement Board meeting". */
export const MEETING_CYCLE = String.raw`(?:every|each|per) (?:[a-z]+ )?(?:board|meeting|panel)s?`;

/**
 * Work that repeats with no end date: "on-going", "monthly", "termly", "bi-monthly", "every 6 weeks",
 * "at each Improvement Board", and work made routine: "BAU", "business as usual", "as required".
 */
const RECURRING = new RegExp(
  [
    String.raw`on-?\s?going|ongoing|continuous(?:ly)?|twice a year`,
    String.raw`bau|business as usual|rolling programme|as (?:required|needed)`,
    String.raw`(?:bi-?)?(?:daily|weekly|fortnightly|monthly|termly|quarterly|annually|annual|yearly)`,
    String.raw`biannual(?:ly)?|biennial(?:ly)?`,
    String.raw`(?:every|each|per) (?:(?:other|\d+|two|three|four|six|eight|twelve) )?(?:days?|weeks?|fortnights?|months?|quarters?|terms?|half terms?|years?)`,
    // A month each year: "every September".
    String.raw`(?:every|each) (?:${MONTH_NAME})`,
    MEETING_CYCLE,
    String.raw`board cycle`,
  ]
    .map((words) => `\\b(?:${words})\\b`)
    .join("|"),
);
const IMMEDIATE = /\b(with immediate effect|immediate(?:ly)?|now)\b/;
/** "ASAP" asks for speed but sets no date anyone can be held to: said, with what to write. */
const AS_SOON_AS_POSSIBLE = /\b(?:asap|as soon as possible|urgent(?:ly)?)\b/;
const START = /\b(onwards?|from|commenc\w*|start\w*|begin\w*)\b/;

/** "Nov17 and ongoing", "Nov17, then on-going": as "Nov17 – ongoing", a start that runs on, not two parts. */
const AND_ONGOING =
  /\s*(?:,|\band\b|\bthen\b)\s*(?:then\s+)?(?=on-?\s?going(?:\s+(?:thereafter|after that|afterwards))?\s*[.)]?\s*$)/gi;

/** Splits "Jun17 and Jun18", "by Jun17, review … Sept17" and multi-line cells into segments ("Nov 30, 2017" stays whole). */
function segments(text: string): string[] {
  return text
    .replace(AND_ONGOING, " – ")
    .split(/\r?\n|;|,(?!\s*\d)|(?<!\s)\s+(?:and|\/|then)\s+/i)
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
 * "Initially Oct 2025, now Feb 2026", "Original: Sept 2025; Revised: Jan 2026", "Nov17 (revised
 * Jan18)", "Nov17 → Jan18". What follows the last such word is the deadline; the old date is no
 * milestone, and no longer due. ("Revised from Nov17" names the old date instead: see SUPERSEDED.)
 */
const MOVED = String.raw`(?:revised|extended|moved|changed|slipped|deferred|delayed|put back|pushed back|rescheduled)`;
const REVISED_TO = new RegExp(
  [
    String.raw`\b${MOVED}\s+(?:to|until)`,
    // The verb straight before the new date: "revised Jan18", "extended 31/03/2018".
    String.raw`\b${MOVED}(?=\s+(?:\d|(?:${MONTH_NAME})\.?\s*'?\d))`,
    String.raw`\bnow(?:\s+due)?`,
    String.raw`\bnew (?:date|deadline)`,
    String.raw`\brevised(?:\s+(?:date|deadline))?\s*:`,
    String.raw`\s(?:→|->|=>)\s`,
  ].join("|"),
  "gi",
);

function latestRevision(text: string): string {
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(REVISED_TO)) last = m;
  if (!last) return text;
  const after = text.slice(last.index + last[0].length);
  // "Feb 2026 (new date)", "now quarterly", "Mar18 (delayed 2 weeks)": no date follows, so the text is read whole.
  return findDates(after, { problems: [], doubts: [] }).length > 0 ? after : text;
}

/** A date a deadline replaced, kept for the record: "June 2018 (was March 2018)", "(revised from Dec17)". */
const SUPERSEDED = /\b(?:was|previously|originally|formerly|(?:revised|moved|changed|slipped) from)\b[^)]*/gi;

/** "w/c 5 March", "week commencing 05/03/18": the work falls in that week, so it is due by its last day. */
const WEEK_OF = /\b(?:w\/?[cb]|week\s+(?:commencing|beginning|starting))\b/i;

/** What joins two dates into one span of work: "Jul17 – Mar18", "April 2018 to March 2019". */
const SPAN_JOIN = /^\s*(?:-|–|—|to|until|till|through)\s*$/i;

/** "– ongoing" straight after a date, and nothing more. */
const ONGOING_AFTER = /^\s*[-–—:]?\s*(?:on-?\s?going|ongoing)(?:\s+(?:thereafter|after that|afterwards))?\s*[.)]?\s*$/i;

function readSegment(segment: string, notes: Notes): SegmentReading {
  const text = segment.replace(SUPERSEDED, "");
  const lower = text.toLowerCase();
  if (WEEK_OF.test(lower)) {
    const weeks = findDates(text, notes).map((t) => (t.first === t.due ? { ...t, due: addDays(t.first, 6) } : t));
    return { text, due: weeks, starts: [], recurring: false, ongoing: false };
  }
  const recurring = RECURRING.test(lower);
  // In a cycle a month needs no year: "Annually each September" is no date missing its year.
  const found: Notes = recurring ? { problems: [], doubts: notes.doubts } : notes;
  const dates = findDates(text, found);
  if (recurring) notes.problems.push(...found.problems.filter((p) => p.code !== "no-year"));
  // "Sept17 – ongoing" runs on from that date, as "Sept17 onwards" does ("ongoing to March 2018" ends there).
  const ongoingAfter = dates.length === 1 && ONGOING_AFTER.test(text.slice(dates[0].end));
  // "Beginning of Jan 2018" names when it is due, as "early Jan 2018" does; "from the start of Jan 2018" a start.
  const startWords = lower.replace(/\b(?:beginning|start) of\b/g, "");
  const isStart = ongoingAfter || (START.test(startWords) && !/\bby\b|\bend of\b/.test(lower));
  const ongoing = /\bon-?\s?going\b|\bongoing\b/.test(lower);
  const spanned = dates.length === 2 && SPAN_JOIN.test(text.slice(dates[0].end, dates[1].index));
  if (dates.length >= 2 && (spanned || /\bfrom\b/.test(lower))) {
    // "from Jul17 to Mar18", "April 2018 – March 2019": a start and an end, not two milestones.
    return { text, due: [dates[dates.length - 1]], starts: [dates[0]], recurring: false, ongoing };
  }
  return {
    text,
    due: isStart ? [] : dates,
    starts: isStart ? dates : [],
    recurring,
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

/** "Date TBC", "TBC – awaiting funding", "Deadline to be agreed": no date yet, as a bare "TBC" is. */
const DATE_TO_BE_AGREED =
  /^(?:(?:date|deadline|timescales?)\s*:?\s*)?(?:tbc|tba|tbd|to be (?:confirmed|agreed|decided|set))\b(?!.*\d)/i;

/** "Paused until March 2018": the date the work starts again, which says nothing of when it will be done. */
const ON_HOLD_UNTIL = /^(?:currently |now )?(?:on hold|paused|suspended)\s+(?:until|till)\b/;
const RESTARTS: DeadlineDoubt = {
  says: "gives when the work starts again, not when it will be done",
  fix: 'Write the date it is now due by, e.g. "June 2018"; when it starts again can go in the progress update.',
};

/** Five digits alone, as a date serial this century shows when it is kept as text: "43100" is 31/12/2017. */
function serialAsText(text: string): IsoDate | null {
  if (!/^\d{5}$/.test(text)) return null;
  const date = fromExcelSerial(Number(text));
  return date !== null && isThisCentury(date) ? date : null;
}

function isThisCentury(date: IsoDate): boolean {
  return date >= "2000-01-01" && date <= "2099-12-31";
}

/** Deadlines are shared between callers once read: never change one in place. */
function parseText(value: string | boolean | null | undefined): Deadline {
  const raw = value === null || value === undefined || typeof value === "boolean" ? "" : value;
  const text = raw.replace(/\s+/g, " ").trim();
  const lower = text.toLowerCase();
  const notes: Notes = { problems: [], doubts: [] };
  const { problems } = notes;
  if (text === "" || isPlaceholderText(text) || DATE_TO_BE_AGREED.test(text))
    return build(raw, "missing", {}, problems);
  const serial = serialAsText(text);
  if (serial)
    return build(raw, "date", { due: serial }, [
      { code: "lost-date-format", written: text, readAs: serial, asText: true },
    ]);

  if (ON_HOLD_UNTIL.test(lower) && findDates(text, { problems: [], doubts: [] }).length > 0)
    return build(raw, "unknown", { doubt: RESTARTS }, problems);

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
  if (AS_SOON_AS_POSSIBLE.test(lower))
    notes.doubts.unshift({
      says: "asks for it soon but gives no date to hold it to",
      fix: "Write the date it should be done by, e.g. 'Dec17'.",
    });
  return build(raw, "unknown", { doubt: notes.doubts[0] ?? vagueDoubt(lower) }, problems);
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
  // A date this century kept as a plain number (a pasted cell lost its format): read, and said.
  const shownAsNumber = input.isDate === false && isThisCentury(date);
  return build(
    date,
    "date",
    { due: date },
    shownAsNumber ? [{ code: "lost-date-format", written: raw, readAs: date }] : [],
  );
}
