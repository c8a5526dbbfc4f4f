// Deadlines that name a time but not when it falls — "Q3", "Spring term", "End of year", "Within 3
// months", "Next board", "By Christmas" — cannot be read, and each is told why and how to write it.
// Said only of a deadline nothing else could be read from.

import type { DeadlineDoubt } from "./deadline";
import { MONTH_NAME } from "./months";

const VAGUE: [pattern: RegExp, doubt: DeadlineDoubt][] = [
  [
    /^(?:by |end of |in )?(?:q|qtr\.?\s*|quarter\s*)[1-4]$/,
    { says: "names a quarter but not its year", fix: 'Write the financial year too: "Q3 2024/25".' },
  ],
  [
    new RegExp(
      String.raw`^(?:by |on )?(?:\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:${MONTH_NAME})|(?:${MONTH_NAME})\.? \d{1,2}(?:st|nd|rd|th))$`,
    ),
    { says: "names a day but not its year", fix: 'Add the year: "18 April 2018".' },
  ],
  [
    /^(?:by |end of |in |during )?(?:the )?(?:spring|summer|autumn|winter)(?: term)?$/,
    { says: "names a season but not its year", fix: 'Write the year: "Spring 2018".' },
  ],
  [
    /^(?:by )?(?:the )?end of (?:the )?(?:financial |academic |school |calendar )?year$/,
    { says: "does not say which year", fix: 'Write the month it is due: "March 2018".' },
  ],
  [
    /\b\d+\s+(?:days?|weeks?|months?|years?)\b/,
    { says: "counts from a start the plan does not give", fix: 'Write the month it is due by: "May 2018".' },
  ],
  [
    /\bnext (?:improvement )?board\b/,
    { says: "depends on when the next board meets", fix: 'Write the date of that board: "15/01/2018".' },
  ],
  [
    /\b(?:before|ahead of|in time for)\s+(?:the\s+)?(?:improvement\s+)?board\b/,
    { says: "depends on when the board meets", fix: 'Write the date of that board: "15/01/2018".' },
  ],
  [
    /\b(?:after|before|following|ahead of|in time for|by)\s+(?:the\s+)?(?:next\s+)?(?:ofsted\s+)?(?:re-?inspection|inspection|monitoring visit|visit)\b/,
    { says: "depends on when the inspection or visit happens", fix: 'Write the date it is due by: "15/01/2018".' },
  ],
  [
    /^(?:by |before |at |until )?(?:the )?(?:(?:end|start|beginning) of (?:the )?)?(?:half[- ]?)?term$/,
    { says: "names a school term but not which one", fix: 'Write the month it ends: "December 2017".' },
  ],
  [/\b(?:christmas|xmas)\b/, { says: "does not say which year's Christmas", fix: 'Write the year: "Christmas 2017".' }],
  [
    /\b(?:fy|(?:financial|academic|school) year)\s*'?(?:19|20)?\d{2}$/,
    {
      says: "could be the year that starts or the one that ends in that year",
      fix: 'Write both years: "2018/19".',
    },
  ],
  [
    /^(?:by |in |during |(?:by )?(?:the )?end (?:of )?)?\d{2}\s*[/-]\s*(?:1[3-9]|[2-9]\d)$/,
    {
      says: "could be a financial year written short, or a date with a part missing",
      fix: 'Write the financial year in full ("2017/18") or the whole date ("31/03/2018").',
    },
  ],
  [
    /\bterm\s*[1-6]\b|\bt[1-6]\b/,
    {
      says: "numbers a school term, and schools number them differently",
      fix: 'Write the month it ends: "December 2018".',
    },
  ],
  [
    /\b(?:phase|stage|year|yr)\s*\d\b/,
    { says: "names a stage of the plan, not a date", fix: 'Write the month that stage ends: "March 2019".' },
  ],
  // Last, so a vague new date ("Deferred to phase 2") is told what it lacks; "to Q3" is not "no date",
  // "until further notice" is.
  [
    /^(?:currently |now )?(?:on hold|paused|deferred|postponed|suspended)\b(?!\s+(?:to|until)\s+(?!further\b))/,
    {
      says: "puts the work off without a new date",
      fix: 'Write the date it is now due by, e.g. "March 2018", and say why it was put off in the progress update.',
    },
  ],
];

/** Why a deadline that names a time but not its date could not be read, or null. `text` is in lower case. */
export function vagueDoubt(text: string): DeadlineDoubt | null {
  return VAGUE.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}
