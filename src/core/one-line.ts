// Plan text shown in a message or a summary cell: on one line, spaces collapsed, cut with an ellipsis.

/** Anything a plain single-spaced line would not have: runs of spaces, tabs, line breaks, edges. */
const UNTIDY = /\s\s|[^\S ]|^\s|\s$/;

export function oneLine(text: string, max = 120): string {
  // Most cells are already tidy; testing first spares a copy of every string.
  const flat = UNTIDY.test(text) ? text.replace(/\s+/g, " ").trim() : text;
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
