// Sub-action lines have no Status cell, so coordinators tick them off in the text: "(HOS – Nov17) –
// complete", "(HOS – Nov17) ✓", "(HOS – Nov17 – done)". A line so marked is delivered: never overdue
// or chased. The mark must follow the owner and date, so a line that only mentions the word ("Ensure
// audits are completed (HOS – Nov17)") is not taken for one. Plans hold tens of thousands of lines, so
// each is looked at from its end, with patterns anchored at both ends, never searched through.

const DONE_WORD = String.raw`(?:completed?|done|achieved|delivered|closed)`;

/** What follows the line's last bracket: " – complete", " ✓", " Completed 14/11/17". */
const MARK_AFTER = new RegExp(String.raw`^\s*[-–—:,;]?\s*(?:${DONE_WORD}\b[^()[\]]{0,30}|[✓✔✅])\s*[.;]?\s*$`, "iu");
/** A bracket's last part that is the mark: "– complete", "– completed Nov17". */
const MARK_PART = new RegExp(String.raw`^\s*${DONE_WORD}\b[^()]{0,30}$`, "i");
/** A bracket of its own that is only the mark: "(done)", "(Complete.)". */
const MARK_BRACKET = new RegExp(String.raw`^\s*${DONE_WORD}\s*[.!]?\s*$`, "i");
const ONLY_FULL_STOP = /^\s*[.;]?\s*$/;
/** The mark first in a bracket, before its date: "(Completed – Nov17)". */
const MARK_FIRST = new RegExp(String.raw`^\s*${DONE_WORD}\b\s*[-–—:,;]?\s*`, "i");
/** What comes before a bracket's last part: a dash, comma, semicolon or colon. */
const PART_SEPARATORS = new Set([..."-–—,;:"].map((c) => c.charCodeAt(0)));

/**
 * Where the mark that ticks a line off begins — after its last bracket, or a bracket of its own at the
 * end — or -1 when it has none. "Audit (HOS – Nov17) – complete" → the index after ")".
 */
export function doneMarkStart(line: string): number {
  // Most lines end in their bracket: found without searching the line for the other kind.
  const last = line[line.length - 1];
  const close = last === ")" || last === "]" ? line.length - 1 : Math.max(line.lastIndexOf(")"), line.lastIndexOf("]"));
  if (close < 0) return -1;
  if (close < line.length - 1) {
    const after = line.slice(close + 1);
    if (!ONLY_FULL_STOP.test(after)) return MARK_AFTER.test(after) ? close + 1 : -1;
  }
  const open = line.lastIndexOf("(", close);
  if (line[close] !== ")" || open < 0) return -1;
  const inner = line.slice(open + 1, close);
  if (MARK_BRACKET.test(inner)) return open;
  // "(HOS – Nov17) (completed Nov17)": a bracket of its own ticking off the one before it.
  return MARK_PART.test(inner) && line.lastIndexOf(")", open) >= 0 ? open : -1;
}

/** Where the mark ending a bracket's content begins, or -1: "HOS – Nov17 – complete" → the last dash. */
export function donePartStart(content: string): number {
  let last = content.length - 1;
  while (last >= 0 && !PART_SEPARATORS.has(content.charCodeAt(last))) last--;
  return last >= 0 && MARK_PART.test(content.slice(last + 1)) ? last : -1;
}

/** How long the mark is that opens a bracket's content ("Completed – " in "Completed – Nov17"), or 0. */
export function donePartFirstLength(content: string): number {
  return MARK_FIRST.exec(content)?.[0].length ?? 0;
}
