// Sub-action lines have no Status cell, so coordinators tick them off in the text: "(HOS – Nov17) –
// complete", "(HOS – Nov17) ✓", "(HOS – Nov17 – done)". A line so marked is delivered: never overdue
// or chased. Some note a status there instead — "(HOS – Nov17 – in progress)", "– met": read as done
// when it means delivered, and read past either way, so the bracket's owner and date are still found.
// The mark must follow the owner and date, so a line that only mentions the word ("Ensure audits are
// completed (HOS – Nov17)") is not taken for one. Plans hold tens of thousands of lines, so each is
// looked at from its end, with patterns anchored at both ends, never searched through.

import { parseDeadline } from "../deadline/parse-deadline";
import { memoiseText } from "../memoise";
import { isClosedStatus, readStatus } from "../plan/status";

/** Where a mark begins, and whether it closes the line: done, or withdrawn (rather than, say, "in progress"). */
export interface Mark {
  start: number;
  done: boolean;
}

/** The words that say a piece of work is done: "complete", "done", "achieved" … */
export const DONE_WORD = String.raw`(?:completed?|done|achieved|delivered|closed)`;
/** A tick, as typed or pasted: ✓, ✔ or ✅. */
export const TICK = "[✓✔✅]";

/** What follows the line's last bracket: " – complete", " ✓", " Completed 14/11/17". */
const MARK_AFTER = new RegExp(String.raw`^\s*[-–—:,;]?\s*(?:${DONE_WORD}\b[^()[\]]{0,30}|${TICK})\s*[.;]?\s*$`, "iu");
/** A bracket's last part that is the mark: "– complete", "– completed Nov17". */
const MARK_PART = new RegExp(String.raw`^\s*${DONE_WORD}\b[^()]{0,30}$`, "i");
/** A bracket of its own that is only the mark: "(done)", "(Complete.)". */
const MARK_BRACKET = new RegExp(String.raw`^\s*${DONE_WORD}\s*[.!]?\s*$`, "i");
const ONLY_FULL_STOP = /^\s*[.;]?\s*$/;
/** The mark first in a bracket, before its date: "(Completed – Nov17)". */
const MARK_FIRST = new RegExp(String.raw`^\s*${DONE_WORD}\b\s*[-–—:,;]?\s*`, "i");
/** What comes before a bracket's last part: a dash, comma, semicolon or colon. */
const PART_SEPARATORS = new Set([..."-–—,;:"].map((c) => c.charCodeAt(0)));

/** The dash before a note and the full stop after it. */
const NOTE_EDGES = /^\s*[-–—:,;]?\s*|\s*[.;]?\s*$/g;

/**
 * A status noted at the end of a line or bracket ("in progress", "delayed", "met"), or null. Not a
 * timescale that reads like one ("ongoing" is when the work runs), nor anything with a date in it, nor
 * a lone letter: "A" or "R" grades a Status cell, but is too slight to take for a note in a line.
 */
function noteStatus(text: string): ReturnType<typeof readStatus> {
  // Most bracket ends are dates: turned away before any text is made.
  if (text.length > 36 || /\d/.test(text)) return null;
  const note = text.replace(NOTE_EDGES, "");
  if (note.length < 2) return null;
  const status = readStatus(note);
  return status && parseDeadline(note).kind === "unknown" ? status : null;
}

function noteMark(start: number, text: string): Mark | null {
  const status = noteStatus(text);
  // A line dropped ("– withdrawn") is closed as a sub-action row with that status is.
  return status ? { start, done: isClosedStatus(status) } : null;
}

/**
 * The mark after a line's last bracket, or a bracket of its own at the end, or null when it has none:
 * "Audit (HOS – Nov17) – complete" → done, from the index after ")".
 */
export function lineMark(line: string): Mark | null {
  // Most lines end in their bracket: found without searching the line for the other kind.
  const last = line[line.length - 1];
  const close = last === ")" || last === "]" ? line.length - 1 : Math.max(line.lastIndexOf(")"), line.lastIndexOf("]"));
  if (close < 0) return null;
  if (close < line.length - 1) {
    const after = line.slice(close + 1);
    if (!ONLY_FULL_STOP.test(after))
      return MARK_AFTER.test(after) ? { start: close + 1, done: true } : noteMark(close + 1, after);
  }
  const open = line.lastIndexOf(line[close] === ")" ? "(" : "[", close);
  if (open < 0) return null;
  const inner = line.slice(open + 1, close);
  // "(done)", or "[Complete]" as some plans tag a line.
  if (MARK_BRACKET.test(inner)) return { start: open, done: true };
  if (line[close] !== ")") return null;
  // "(HOS – Nov17) (completed Nov17)": a bracket of its own ticking off the one before it.
  if (line.lastIndexOf(")", open) < 0) return null;
  return MARK_PART.test(inner) ? { start: open, done: true } : noteMark(open, inner);
}

/** The mark ending a bracket's content, or null: "HOS – Nov17 – complete" → done, from the last dash. */
export function partMark(content: string): Mark | null {
  let last = content.length - 1;
  while (last >= 0 && !PART_SEPARATORS.has(content.charCodeAt(last))) last--;
  if (last < 0) return null;
  const part = content.slice(last + 1);
  return MARK_PART.test(part) ? { start: last, done: true } : noteMark(last, part);
}

/** A tick at the end of a line, or a done word or status set apart by a dash or comma: "… – complete". */
const END_NOTE = /(?:\s-|,|[–—])\s*([^,–—]{2,30}?)\s*[.;]?\s*$/;
const END_TICK = new RegExp(String.raw`\s*${TICK}\s*$`, "u");

/**
 * The mark ending a line with no bracket, or null: "Oct17: thresholds reviewed – complete" → done. Only
 * asked of a milestone written date first, whose end is otherwise free text.
 */
export function endMark(line: string): Mark | null {
  const tick = END_TICK.exec(line);
  if (tick) return { start: tick.index, done: true };
  const note = END_NOTE.exec(line);
  if (!note) return null;
  if (MARK_PART.test(note[1])) return { start: note.index, done: true };
  return noteMark(note.index, note[1]);
}

/** A line ticked off at its start: "✔ Audit …" after its bullet, "[x] Audit …", "Complete: Audit …". */
const MARK_BEFORE = new RegExp(String.raw`^(?:${TICK}|\[x\]|${DONE_WORD}\s*[:–—-])\s*\S`, "iu");

export function startsTickedOff(line: string): boolean {
  return MARK_BEFORE.test(line);
}

/** A cell of one task, no bracket asked of it, ticked off at its end or its start: "Rota agreed – complete". */
export function ticksOffTask(text: string): boolean {
  return (lineMark(text) ?? endMark(text))?.done === true || startsTickedOff(text);
}

/**
 * A deadline cell opening with the word: "Completed Sept 2017", "Achieved", "Complete – 12/10/17",
 * "Complete". Not one that sets a target with it: "Done by March 2018", "Delivered before Christmas".
 */
const DONE_FIRST =
  /^(?:(?:completed|achieved|done|delivered|closed)\b(?!\s+(?:by|before|within|prior to|no later than|until)\b)|complete\s*(?:$|[-–—:(,]))/i;

/**
 * A deadline cell that says the action is done — "Complete – 12/10/17", "Achieved Sept 2017", "Oct 2017
 * (complete)", "Oct17 – done ✓" — where the plan keeps no status for it. "Complete by Oct 2017" or
 * "Done by March 2018" sets the date, and is not.
 */
export const deadlineDone = memoiseText((text): boolean => {
  const cell = text.trim();
  if (cell === "") return false;
  return DONE_FIRST.test(cell) || lineMark(cell)?.done === true || endMark(cell)?.done === true;
});

/** How long the mark is that opens a bracket's content ("Completed – " in "Completed – Nov17"), or 0. */
export function donePartFirstLength(content: string): number {
  return MARK_FIRST.exec(content)?.[0].length ?? 0;
}
