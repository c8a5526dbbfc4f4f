// Lists and counts as a sentence says them: "A", "A and B", "A, B and C" (or "A or B"); "1 action", "2 actions".

export function inWords(items: readonly string[], conjunction: "and" | "or" = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

/** A plan's sheets as messages name them: "Plan", or "Front door", "Children in care" and "Leadership". */
export function quotedSheets(sheets: readonly string[]): string {
  return inWords(sheets.map((s) => `"${s}"`));
}

/** "1 error", "2 errors"; `many` for a plural that is not the word and "s" ("1 sub-action past its date"). */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
