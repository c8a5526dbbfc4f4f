// Lists as a sentence says them: "A", "A and B", "A, B and C".

export function inWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** A plan's sheets as messages name them: "Plan", or "Front door", "Children in care" and "Leadership". */
export function quotedSheets(sheets: readonly string[]): string {
  return inWords(sheets.map((s) => `"${s}"`));
}
