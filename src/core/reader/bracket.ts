// Sub-action lines end in "(Owner – Date)". This finds that bracket — nested parentheses, missing
// dashes, cut-off and unbalanced brackets included — and splits it into owner and timescale, taking the
// date from beside an owner-only bracket where the line puts it there: "(HOS) (Nov17)", "(HOS) –
// Nov17", "… by the end of Dec18 (HOS)".

import type { Bracket } from "../plan/model";
import { misspeltMonth, MONTH_WORD } from "../deadline/months";
import { memoiseText } from "../memoise";
import { MEETING_CYCLE, parseDeadline } from "../deadline/parse-deadline";
import { namesPost, OWNER_LABEL_WORDS, ROLE_WORD, withoutOwnerLabel } from "../plan/owners";
import { isPersonName } from "../plan/people";
import { isPlaceholderText } from "../placeholder";
import { donePartFirstLength, endMark, partMark } from "./done-mark";

/** The trailing bracket of a line, or null when the line has none. */
export function findTrailingBracket(line: string): Bracket | null {
  const text = withoutFullStop(line.trim());
  // Most lines end in their bracket; only one that does not can have its date after it.
  const dated = text.endsWith(")") ? null : withDateAfter(text);
  if (dated) return dated;
  const bracket = lastBracket(text);
  return bracket ? withDateInLine(text, withNeighbour(text, bracket)) : (labelledTail(text) ?? dashedTail(text));
}

/** The labels a date is given: "Date:", "Due:", "By:" — in a labelled bracket or after a line. */
const DATE_LABEL = String.raw`date|when|deadline|timescale|due(?: date)?|by|target(?: date)?`;
/** A label before an owner or a date, where a line names them without brackets. */
const TAIL_LABEL = new RegExp(String.raw`(?:^|[\s.;,–—-])(${OWNER_LABEL_WORDS}|${DATE_LABEL})\s*:\s*`, "gi");
const IS_OWNER_TAIL_LABEL = new RegExp(`^(?:${OWNER_LABEL_WORDS})$`, "i");

/**
 * The owner and date a line names by labels instead of a bracket: "Training for all – Lead: PSW. Due:
 * Oct24", or on lines of their own under the bullet. Read as its bracket, so the line is owned; one
 * with a date label but no owner's is left for the usual finding.
 */
function labelledTail(text: string): Bracket | null {
  const labels = [...text.matchAll(TAIL_LABEL)];
  let owner: string | null = null;
  let when: string | null = null;
  let start = text.length;
  // The last two labels at most: one for the owner, one for the date, in either order.
  for (let i = labels.length - 1; i >= Math.max(0, labels.length - 2); i--) {
    const m = labels[i];
    const end = i + 1 < labels.length ? labels[i + 1].index : text.length;
    const value = text.slice(m.index + m[0].length, end).replace(/[\s.;,]+$/, "");
    const isOwner = IS_OWNER_TAIL_LABEL.test(m[1]);
    if (value === "" || (isOwner ? owner !== null : when !== null || !isTimescale(value))) break;
    if (isOwner) owner = value;
    else when = value;
    start = m.index;
  }
  if (owner === null) return null;
  const raw = text.slice(start).replace(/^[\s.;,–—-]+/, "");
  return { raw, owner: cleanOwner(owner), when, problem: null, done: false };
}

const OWNER_TAIL_WORDS = 6;
/**
 * Two spaced or long dashes, or one and a word a date follows ("– HoS by Nov17"): most lines without a
 * bracket have neither, and are turned away before anything is split.
 */
const DASHED_TAIL = /(?:[–—]|\s-\s)(?:[^–—]*?(?:[–—]|\s-\s)|.*\b(?:by|due|before|from|until)\b)/i;

/** A post's name, short enough to be the owner at the end of a line: "HoS", "Head of QA", "Improvement Board". */
function looksLikePost(owner: string): boolean {
  return owner.split(/\s+/).length <= OWNER_TAIL_WORDS && namesPost(owner) && !owner.split(" ").some(isDateWord);
}

/**
 * "Audit of files – HoS – Nov17", "Audit of files – HoS by Nov17": the owner and date after the task,
 * set off by dashes instead of a bracket. Read only where the date is a timescale and the owner a post
 * ("Training – phase 1 – Jan18" names no owner), so the line is owned and dated as its bracket would make it.
 */
function dashedTail(line: string): Bracket | null {
  if (!DASHED_TAIL.test(line)) return null;
  // "– complete" after the date ticks it off, as it does inside a bracket.
  const mark = partMark(line);
  const text = mark ? line.slice(0, mark.start).trimEnd() : line;
  const separators = [...text.matchAll(SEPARATOR)];
  const after = (s: RegExpExecArray): string => afterSeparator(text, s);
  const tail = (from: RegExpExecArray, owner: string, when: string): Bracket | null =>
    from.index > 0 && looksLikePost(owner)
      ? { raw: line.slice(from.index).trim(), owner: cleanOwner(owner), when, problem: null, done: mark?.done === true }
      : null;
  const at = dateDash(text, separators);
  if (at >= 1 && at < separators.length) {
    const [ownerDash, dateDash] = [separators[at - 1], separators[at]];
    return tail(ownerDash, text.slice(ownerDash.index + ownerDash[0].length, dateDash.index).trim(), after(dateDash));
  }
  // One dash, the owner, then the date after a word: "– HoS by Nov17".
  const last = separators[separators.length - 1];
  const worded = last ? wordSplit(after(last)) : null;
  return worded && last ? tail(last, worded.owner, worded.when) : null;
}

/** "(HOS) – Nov17", "(HOS) – Nov17 – complete", "(HOS) Nov17 ✓": the owner in the bracket, the date (and mark) after it. */
function withDateAfter(text: string): Bracket | null {
  const dateAfter = DATE_AFTER_BRACKET.exec(text);
  if (!dateAfter) return null;
  const mark = partMark(dateAfter[2]) ?? endMark(dateAfter[2]);
  const when = (mark ? dateAfter[2].slice(0, mark.start) : dateAfter[2]).trim();
  const owner = isTimescale(when) ? lastBracket(dateAfter[1]) : null;
  if (!owner?.owner || owner.when || owner.problem) return null;
  const raw = text.slice(dateAfter[1].length - owner.raw.length);
  return { ...owner, raw, when, done: owner.done || mark?.done === true };
}

/**
 * "Complete an unannounced review by the end of Dec18 (Perf and Intel.)": the owner in the bracket, and
 * the date in the words before it, after "by", "before" or "end of", first on the line as a
 * milestone's is ("Feb18: findings to the board (Head of QA)"), or last, after a dash ("Audit – Nov17 (HoS)").
 */
function withDateInLine(text: string, bracket: Bracket): Bracket {
  if (bracket.owner === null || bracket.when !== null || bracket.problem) return bracket;
  const before = text.slice(0, text.length - bracket.raw.length);
  const when = DATE_IN_LINE.exec(before)?.[0] ?? leadingDate(before) ?? trailingDate(before);
  return when ? { ...bracket, when } : bracket;
}

/** A full stop or semicolon after the bracket ends the sentence; the bracket still ends the line. */
function withoutFullStop(text: string): string {
  const last = text[text.length - 1];
  return last === "." || last === ";" || last === "," ? text.replace(/(?<=[)\]])\s*[.;,]+$/, "") : text;
}

/** "(Head of QA) – Nov17", "(Head of QA) Nov17": a bracket, then (after a dash, colon or comma) what follows it. */
const DATE_AFTER_BRACKET = /^(.*\))\s*(?:[-–—:,]\s*)?([^()]+)$/;

/**
 * "(Head of QA) (Nov17)", "(Nov17) (Head of QA)": an owner and a date each in a bracket of its own, side
 * by side, are read as one bracket.
 */
function withNeighbour(text: string, bracket: Bracket): Bracket {
  if ((bracket.owner === null) === (bracket.when === null) || bracket.problem) return bracket;
  const before = text.slice(0, text.length - bracket.raw.length).trimEnd();
  const other = before.endsWith(")") ? lastBracket(before) : null;
  if (!other || other.problem) return bracket;
  const pair = { ...bracket, raw: text.slice(before.length - other.raw.length), done: bracket.done || other.done };
  if (bracket.owner === null && other.owner !== null && other.when === null) return { ...pair, owner: other.owner };
  if (bracket.when === null && other.when !== null && other.owner === null) return { ...pair, when: other.when };
  return bracket;
}

/** The last bracket of a line, read on its own. */
function lastBracket(text: string): Bracket | null {
  // Some plans write the bracket square: "[Head of QA – Nov17]".
  const square = text.endsWith("]") ? text.lastIndexOf("[") : -1;
  if (square >= 0) return split(text.slice(square + 1, -1), text.slice(square), null);
  const opens = (text.match(/\(/g) ?? []).length;
  const closes = (text.match(/\)/g) ?? []).length;

  if (!text.endsWith(")")) {
    if (opens <= closes) return null;
    // Opened and never closed: the text was cut off (often at a page edge).
    const start = lastUnclosedParen(text);
    return split(text.slice(start + 1), text.slice(start), "cut-off");
  }

  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ")") depth++;
    else if (text[i] === "(") {
      depth--;
      if (depth === 0) {
        const problem = opens === closes ? null : "unbalanced";
        return split(text.slice(i + 1, -1), text.slice(i), problem);
      }
    }
  }
  // More ")" than "(": take what follows the last "(" so the owner and date are still read.
  const start = text.lastIndexOf("(");
  if (start < 0) return null;
  const from = missingOpening(text, start);
  if (from !== null) return split(text.slice(from, -1), text.slice(from), "unbalanced");
  return split(text.slice(start + 1, -1), text.slice(start), "unbalanced");
}

/**
 * Where a bracket whose "(" was never typed most likely began: "on LCS – Service Manager (CYP
 * Information Systems) Aug17)" closes a bracket after the last "(" has already closed, and the owner
 * starts after the dash a few words before it. Null when the line does not read that way.
 */
function missingOpening(text: string, lastOpen: number): number | null {
  // "(Head of QA – Nov17))" is only doubled: nothing but ")" follows where the last "(" closes.
  if (/^[)\s]*$/.test(text.slice(text.indexOf(")", lastOpen) + 1))) return null;
  const dashes = [...text.slice(0, lastOpen).matchAll(SEPARATOR)];
  const dash = dashes[dashes.length - 1];
  if (dash?.index === undefined) return null;
  const from = dash.index + dash[0].length;
  const owner = text.slice(from, lastOpen).trim();
  return owner !== "" && owner.split(/\s+/).length <= OWNER_WORDS_BEFORE_GLOSS && !owner.includes(")") ? from : null;
}

/** The most words an owner's name runs to before a bracketed gloss: "Service Manager (CYP …)". */
const OWNER_WORDS_BEFORE_GLOSS = 6;

function lastUnclosedParen(text: string): number {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ")") depth++;
    else if (text[i] === "(") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return text.lastIndexOf("(");
}

// Words a timescale is made of. A bracket with no dash is split where these start. A month is a month's
// name, short or full, or a misspelling of one: never any word that starts like one ("Jane", "Martin").
const MONTH = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|set|oct|nov|dec";
const DATE_TOKEN = new RegExp(
  `^(?:(?:${MONTH_WORD})\\.?'?-?(?:\\d{2}|\\d{4})?|\\d{1,2}|\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|(?:19|20)?\\d{2}[/-]\\d{2,4}|q[1-4]|h[12]|w\\/?[cb]|fy|spring|summer|autumn|on-?going|ongoing|(?:bi-?|half-?)?(?:daily|weekly|fortnightly|monthly|termly|quarterly|annually|yearly)|annual|biannual|onwards?|immediate(?:ly)?)$`,
  "i",
);
const DATE_IN_LINE = new RegExp(
  String.raw`\b(?:(?:by|before)\s+(?:the\s+)?(?:end\s+of\s+)?|end\s+of\s+)(?:(?:${MONTH})[a-z]*\.?\s*'?\d{2,4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\b`,
  "i",
);
const STARTERS = new Set([
  "end",
  "by",
  "from",
  "twice",
  "every",
  "each",
  "review",
  "to",
  "commence",
  "with",
  "until",
  "before",
  "week",
  "due",
]);
const FILLER = new Set([
  ...STARTERS,
  "of",
  "the",
  "and",
  "at",
  "in",
  "least",
  "quarter",
  "year",
  "month",
  "a",
  "effect",
  "half",
  "commencing",
  "beginning",
  // A date moved, its old one kept: "Oct17 – revised Jan18", "Jan18 (was Oct17)".
  "revised",
  "was",
  "now",
  "extended",
  "originally",
  "initially",
]);

function bare(word: string): string {
  return word.replace(/^[(,;]+|[),;.]+$/g, "");
}

/** Where a date written first may end: a colon, a spaced dash or an en dash, or a comma. */
const AFTER_LEADING_DATE = /\s*(?::|\s-\s|[–—]|,)\s*/g;

/**
 * The date a line with no bracket starts with, set apart from the words after it: "Nov17: audit
 * complete", "Jul17 - Mar18: pilot" (the longest such start), or null. Milestones are written so.
 */
export function leadingDate(line: string): string | null {
  // Most such lines are tasks in words: turned away by their first word.
  if (!isTimescaleWord(/^[^\s:,–—]*/.exec(line)?.[0] ?? "")) return null;
  let found: string | null = null;
  for (const m of line.slice(0, 60).matchAll(AFTER_LEADING_DATE)) {
    const start = line.slice(0, m.index).trim();
    if (start !== "" && line.length > m.index + m[0].length && isTimescale(start)) found = start;
  }
  return found;
}

/**
 * The date a line with no bracket ends with, after a dash: "Audit of files – Nov17", "Policy approved
 * – by March 2018", or null. The line names no owner, but its date can still fall due. A line that is
 * only a timescale ("Jan – Mar 2018") ends in none.
 */
export function trailingDate(line: string): string | null {
  if (!mayEndInDate(line)) return null;
  const separators = [...line.matchAll(SEPARATOR)];
  const at = dateDash(line, separators);
  if (at === separators.length) return null;
  const before = line.slice(0, separators[at].index).trim();
  return before === "" || isTimescale(before) ? null : afterSeparator(line, separators[at]);
}

/**
 * True where a line with no bracket may end in a date after a dash, or in a date and a mark after it
 * ("– Nov17", "– Nov17 – complete"): it has a dash, and a date word last or a second dash. Most lines
 * of prose have neither, and are turned away before their dashes are looked for.
 */
export function mayEndInDate(line: string): boolean {
  const first = line.search(DASH);
  if (first < 0) return false;
  return isDateWord(/\S+(?=\s*$)/.exec(line)?.[0] ?? "") || line.slice(first + 1).search(DASH) >= 0;
}

const DASH = /[–—]|\s-\s/;

function afterSeparator(text: string, separator: RegExpExecArray): string {
  return text.slice(separator.index + separator[0].length).trim();
}

/**
 * Which of a line's dashes the date at its end starts after: the first only a timescale follows, so a
 * span keeps its own ("Jul17 - Mar18"); as many as there are dashes where none does. Walked from the
 * end, where most lines without a date fail at once.
 */
function dateDash(text: string, separators: RegExpExecArray[]): number {
  let at = separators.length;
  while (at > 0 && isTimescale(afterSeparator(text, separators[at - 1]))) at--;
  return at;
}

/** "Jul17-Mar18", "Nov17/Dec17": dates joined by a dash or slash with no spaces, each a date word of its own. */
function isDateSpan(w: string): boolean {
  const pieces = w.split(/[-–—/]/);
  return pieces.length === 2 && pieces.every((p) => p !== "" && DATE_TOKEN.test(p) && !/^\d{1,2}$/.test(p));
}

/** "Septmber17", "Ocotber": a month's name one slip from its spelling, with or without its year. */
const MISSPELT_MONTH = /^([jfmasond][a-z]{4,9})\.?'?-?(?:\d{2}|\d{4})?$/;

/** Words repeat through a plan's brackets: each is looked at once. */
const isMonthToken = memoiseText((w): boolean => {
  const letters = MISSPELT_MONTH.exec(w)?.[1];
  return letters !== undefined && misspeltMonth(letters) !== null;
});

function isTimescaleWord(word: string): boolean {
  const w = bare(word).toLowerCase();
  return DATE_TOKEN.test(w) || FILLER.has(w) || isDateSpan(w) || isMonthToken(w);
}

function isDateWord(word: string): boolean {
  const w = bare(word).toLowerCase();
  return (DATE_TOKEN.test(w) && !/^\d{1,2}$/.test(w)) || isDateSpan(w) || isMonthToken(w);
}

/** "April Lee", "May Jones": a person's name, not a timescale ("From May", "End March" are read as names too). */
function isPersonNamedForAMonth(owner: string): boolean {
  return isPersonName(owner) && !owner.split(" ").every(isTimescaleWord);
}

/** Separator between owner and date: an en or em dash (spaced or not), or a spaced hyphen. */
const SEPARATOR = /\s*[–—]\s*|\s+-\s+/g;

/** Brackets that qualify the text rather than name an owner or a date: "(provisional)". */
const QUALIFIERS =
  /^(provisional|estimated|estimate|approx\.?|approximately|indicative|draft|if required|where appropriate|i\.e\..*|e\.g\..*)$/i;

/**
 * Drops parentheses left over from nesting: "from Apr17)" → "from Apr17", and among a bracket's owners
 * "(HOS Locality 1 and 5" → "HOS Locality 1 and 5".
 */
export function tidy(part: string): string {
  let text = part.trim();
  while (text.endsWith(")") && (text.match(/\(/g) ?? []).length < (text.match(/\)/g) ?? []).length)
    text = text.slice(0, -1).trim();
  while (text.startsWith("(") && (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length)
    text = text.slice(1).trim();
  return text;
}

/** A date's label left at the end of an owner: "Head of QA; Date:". */
const LABEL_LEFT_AT_END = new RegExp(String.raw`[;,]?\s*\b(?:${DATE_LABEL})\s*:\s*$`, "i");

/** An owner less the labels and punctuation round it: "Lead: Head of QA; Date:" → "Head of QA". */
function cleanOwner(owner: string): string {
  return (
    withoutOwnerLabel(owner)
      .replace(LABEL_LEFT_AT_END, "")
      // "(HOS – )": a date still to be filled in leaves its dash behind.
      .replace(/[\s,;:/–—-]+$/, "")
  );
}

/** A meeting's cycle as a timescale: "(SD – each board)", "(TM – every panel)". */
const MEETING_CYCLE_ONLY = new RegExp(`^(?:at )?${MEETING_CYCLE}$`, "i");

/**
 * Only a timescale, a span's dash included: "Jul17 - Mar18", "by end of Nov17", "each board". Owners
 * and dates recur through a plan's brackets, and each part is asked this more than once: each is looked at once.
 */
const isTimescale = memoiseText((text): boolean => {
  if (MEETING_CYCLE_ONLY.test(text)) return true;
  const words = text.split(/\s+|[–—]/).filter((w) => w !== "" && w !== "-");
  return words.length > 0 && words.every(isTimescaleWord) && words.some(isDateWord);
});

/** "Date", "Due": a date's label, which names nobody when a bracket is split at its colon ("(Date: Nov17)"). */
const DATE_LABEL_ALONE = new RegExp(`^(?:${DATE_LABEL})$`, "i");

/** A hyphen, slash, colon or bar typed with no spaces: "(HOS-Nov17)", "(Head of QA/Nov17)", "(TM:ongoing)". */
const TIGHT_SEPARATOR = /[-–—/:|]/g;

/**
 * The owner and timescale of a bracket typed without spaces round its separator: split at the first
 * such mark with only a timescale after it and an owner, not a date, before it ("Co-ordinator-Dec17").
 */
function tightSplit(text: string): { owner: string; when: string } | null {
  // A date typed with slashes or hyphens ("14/11/17") is one date, not an owner and a date.
  if (isTimescale(text)) return null;
  for (const m of text.matchAll(TIGHT_SEPARATOR)) {
    // A mark between two digits is inside a date: "(HoS 30/11/17)" is HoS's, due on the 30th.
    if (/\d/.test(text[m.index - 1] ?? "") && /\d/.test(text[m.index + 1] ?? "")) continue;
    const owner = text.slice(0, m.index).trim();
    const when = text.slice(m.index + 1).trim();
    // A labelled bracket ("Lead: Head of QA; Date: Nov17", "Date: Nov17") is read by its labels instead.
    if (/[;:,]/.test(owner) || DATE_LABEL_ALONE.test(owner)) return null;
    if (owner !== "" && isTimescale(when) && !isTimescale(owner)) return { owner, when };
  }
  return null;
}

/** "(HoS by 31/10/24)", "(TM MASH from Jan18)": an owner, then a timescale that starts with its word. */
const WORD_BEFORE_DATE = /^(.+?)\s+((?:by|due|before|from|until)\s+.+)$/i;

function wordSplit(text: string): { owner: string; when: string } | null {
  const m = WORD_BEFORE_DATE.exec(text);
  return m && isTimescale(m[2]) && !isTimescale(m[1]) ? { owner: m[1], when: m[2] } : null;
}

/**
 * Splits a bracket's content into owner and timescale, once a mark is taken off: last ("HOS – Nov17 –
 * complete", "QA – Completed Nov17", whose date is then the one it was done by, or a status noted:
 * "HOS – Nov17 – in progress"), or first ("Completed – Nov17").
 */
function split(content: string, raw: string, problem: Bracket["problem"]): Bracket | null {
  const mark = partMark(content);
  if (mark) {
    const part = content.slice(mark.start + 1);
    const doneBy = part.slice(donePartFirstLength(part)).trim();
    const bracket = splitText(content.slice(0, mark.start), raw, problem, mark.done);
    if (bracket && bracket.when === null && doneBy !== "" && isTimescale(doneBy)) bracket.when = doneBy;
    return bracket;
  }
  const first = donePartFirstLength(content);
  if (first > 0 && isTimescale(content.slice(first).trim())) return splitText(content.slice(first), raw, problem, true);
  return splitText(content, raw, problem, false);
}

const LEADING_DATE_LABEL = new RegExp(String.raw`^(?:${DATE_LABEL})\s*:\s*`, "i");

/**
 * The date written first, before a comma, semicolon or colon ("(by Sept 2025, TM MASH)", "(Nov17:
 * HoS)") or a space ("(Dec17 Head of QA)"); not a list of dates ("Jun17, Sept17"), nor a person whose
 * first name is a month's ("(May Jones)").
 */
function dateWrittenFirst(labelled: string): { owner: string; when: string } | null {
  // "(Date: Nov17; Lead: HoS)": the date's label is no part of it.
  const text = labelled.replace(LEADING_DATE_LABEL, "");
  const marked = /^([^,;:]+)[,;:] (.+)$/.exec(text);
  const split = marked ? { when: marked[1], owner: marked[2] } : timescaleThenWords(text);
  if (!split || split.owner === "" || !isTimescale(split.when)) return null;
  // What follows is an owner only if it holds no date: "(May Jones May18)" is May Jones's.
  const rest = split.owner.split(" ");
  if (rest.every(isTimescaleWord) || rest.some(isDateWord) || (!marked && isPersonNamedForAMonth(text))) return null;
  return split;
}

/** "Dec17 Head of QA" → "Dec17" and "Head of QA"; null where the text does not start with a timescale word, as most do not. */
function timescaleThenWords(text: string): { owner: string; when: string } | null {
  const words = text.split(" ");
  let i = 0;
  while (i < words.length && isTimescaleWord(words[i])) i++;
  return i === 0 ? null : { when: words.slice(0, i).join(" "), owner: words.slice(i).join(" ") };
}

/**
 * A time the deadline reader knows but cannot date ("ASAP", "next board", "end of term", "within 6
 * weeks"), where no post is named beside a board ("HoS – Phase 2 Lead" names a post).
 */
function namesNoDate(text: string): boolean {
  return parseDeadline(text).doubt !== null && !ROLE_WORD.test(text.replace(/\bboards?\b/gi, ""));
}

/** An owner's label set off by a dash rather than a colon: "(Lead – HoS, by Nov17)". */
const DASHED_OWNER_LABEL = new RegExp(String.raw`^(?:${OWNER_LABEL_WORDS})\s+[–—-]\s+(?=\S)`, "i");

function splitText(content: string, raw: string, problem: Bracket["problem"], done: boolean): Bracket | null {
  const text = content.replace(/\s+/g, " ").trim().replace(DASHED_OWNER_LABEL, "");
  if (QUALIFIERS.test(text)) return null;
  const separators = [...text.matchAll(SEPARATOR)];
  if (separators.length === 0) {
    const worded = wordSplit(text);
    if (worded) return { raw, owner: cleanOwner(worded.owner), when: worded.when, problem, done };
    const tight = tightSplit(text);
    if (tight) return { raw, owner: cleanOwner(tight.owner), when: tight.when, problem, done };
  }
  const after = (s: RegExpExecArray): string => text.slice(s.index + s[0].length);
  // The owner ends at the first dash that only a timescale follows, so a span's own dash stays in
  // the date: "(HOS – Jul17 - Mar18)"; a date written first ends at the last: "(Jul17 - Mar18 – HOS)".
  const at = separators.find((s) => isTimescale(after(s))) ?? separators[separators.length - 1];
  if (at) {
    let owner = cleanOwner(tidy(text.slice(0, at.index)));
    let when = tidy(after(at));
    // "(HOS, Apr 2018 – Mar 2019)": a span written after a comma starts at the comma.
    const comma = /^(.+?)[,;] ?([^,;]+)$/.exec(owner);
    if (comma && isTimescale(comma[2]) && isTimescale(when)) {
      owner = cleanOwner(comma[1]);
      when = `${comma[2]}${at[0]}${when}`;
    }
    // "(Oct17 – Mar18)", "(April – June 2018)": a span with no owner, the dash its own.
    if (isTimescale(owner) && isTimescale(when)) return { raw, owner: null, when: text, problem, done };
    // "(HOS – TBC)": a date still to be agreed is no date yet, and no part of the owner.
    if (owner !== "" && isPlaceholderText(when)) return { raw, owner, when: null, problem, done };
    // A cut-off bracket keeps whatever timescale survived ("– Ma") so the report can show it.
    if (when.split(" ").some(isDateWord) || MEETING_CYCLE_ONLY.test(when) || (problem === "cut-off" && when !== "")) {
      return { raw, owner: owner || null, when: when || null, problem, done };
    }
    // The date written first: "(Nov17 – Head of QA)".
    if (when !== "" && isTimescale(owner)) return { raw, owner: cleanOwner(when), when: owner, problem, done };
    // "(HoS – ASAP)", "(HoS – next board)": a time that names no date still stands in the date's place,
    // for the report to ask for one; "(DHOS – Children in Care)" is one owner.
    if (owner !== "" && namesNoDate(when)) return { raw, owner, when, problem, done };
  }

  const dateFirst = dateWrittenFirst(text);
  if (dateFirst) return { raw, owner: cleanOwner(dateFirst.owner) || null, when: dateFirst.when, problem, done };

  const words = text.split(" ").filter((w) => w !== "");
  let i = words.length;
  while (i > 0 && isTimescaleWord(words[i - 1])) i--;
  // Leading "of", "the" … belong to the owner ("Head of May18" is "Head of", "May18").
  while (i < words.length && !isDateWord(words[i]) && !STARTERS.has(bare(words[i]).toLowerCase())) i++;
  const timescale = words.slice(i);
  if (!timescale.some(isDateWord)) return { raw, owner: cleanOwner(text) || null, when: null, problem, done };

  const owner = cleanOwner(words.slice(0, i).join(" "));
  // An "owner" that itself holds dates is really a timescale sentence: "(Policy to go live by Jun17, …)";
  // a person whose first name is a month's is not: "(April Lee, Apr18)", "(May Jones May18)".
  const holdsDates = owner.split(" ").some(isDateWord) && !isPersonNamedForAMonth(owner);
  // "(Date: Nov17)": the label is no part of the date.
  if (owner === "" || holdsDates)
    return { raw, owner: null, when: text.replace(LEADING_DATE_LABEL, ""), problem, done };
  return { raw, owner, when: timescale.join(" "), problem, done };
}
