// Sub-action lines have no Status cell, so coordinators tick them off in the text: "(HOS – Nov17) –
// complete", "(HOS – Nov17) ✓", "(HOS – Nov17 – done)". A line so marked is delivered: never overdue
// or chased. The mark must follow the owner and date, so a line that only mentions the word ("Ensure
// audits are completed (HOS – Nov17)") is not taken for one.

const DONE_WORD = String.raw`(?:completed?|done|achieved|delivered|closed)`;

/** After the line's bracket, or in a bracket of its own at the end: "… (HOS – Nov17) – complete", "… (done)". */
const DONE_AFTER_BRACKET = new RegExp(
  String.raw`(?:(?<=[)\]])\s*[-–—:,;]?\s*(?:${DONE_WORD}\b[^()[\]]{0,30}|[✓✔✅])|\s*\(\s*${DONE_WORD}\b[^()]{0,30}\))\s*[.;]?\s*$`,
  "iu",
);

/** The last part of a bracket: "HOS – Nov17 – complete", "HOS – Nov17, done 14/11/17". */
const DONE_IN_BRACKET = new RegExp(String.raw`\s*[-–—,;:]\s*${DONE_WORD}\b[^-–—,;()]{0,30}$`, "i");

export interface Marked {
  text: string;
  done: boolean;
}

/** A line less the mark that ticks it off after its bracket. */
export function withoutDoneMark(line: string): Marked {
  const mark = DONE_AFTER_BRACKET.exec(line);
  return mark ? { text: line.slice(0, mark.index), done: true } : { text: line, done: false };
}

/** A bracket's content less the mark that ends it. */
export function withoutDonePart(content: string): Marked {
  const mark = DONE_IN_BRACKET.exec(content);
  return mark ? { text: content.slice(0, mark.index), done: true } : { text: content, done: false };
}
