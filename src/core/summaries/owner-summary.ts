// Summary by owner: every accountable officer, delivery lead and sub-action owner, abbreviations
// expanded and spellings merged, with how much they own, how much is overdue and how much falls due in
// the next 30 and 60 days. The items themselves are on the chase list.

import { expandAbbreviations } from "../plan/owners";
import type { ValidationResult } from "../validation/validate";
import { GENERATED_SHEET_NAMES } from "../workbook/generated";
import { num, text, type GeneratedSheet } from "../workbook/sheet-spec";
import { dueWithin, ownerEntries, type OwnerEntry } from "./owner-items";
import { headerBlock, noteNaming, type SummaryOptions } from "./sheet-header";

/** Said where the plan names a delivery lead beside each accountable officer, whose actions both count. */
function deliveryNote(result: ValidationResult): string[] {
  const lead = result.reading.header.columns.find((c) => c.role === "deliveryLead");
  return lead
    ? [`An owner's actions are those they are accountable for and those they lead (${lead.heading.trim()}).`]
    : [];
}

/** A person's posts, or an owner's role, with abbreviations written out; empty where that adds nothing. */
function roleInFull(entry: OwnerEntry, glossary: Record<string, string>): string {
  if (entry.posts.length > 0) return entry.posts.map((post) => expandAbbreviations(post, glossary)).join("\n");
  const full = expandAbbreviations(entry.name, glossary);
  return full === entry.name ? "" : full;
}

export function ownerSummary(result: ValidationResult, options: SummaryOptions): GeneratedSheet {
  const dueSoon = dueWithin(result.asOf);

  const rows = headerBlock("Summary by owner", result, options, [
    "Owners are merged where abbreviations expand to the same role (HOS = Head of Service, and so on), and where the plan names the same person with or without their post.",
    noteNaming("chase", (sheet) => `What is overdue or due soon is listed on ${sheet}.`),
    ...deliveryNote(result),
  ]);
  const headerRow = rows.length;
  rows.push(
    [
      "Owner",
      "Role in full",
      "Also written as",
      "Actions",
      "Sub-actions",
      "Overdue",
      "Due in 30 days",
      "Due in 60 days",
    ].map((h) => text(h, "header")),
  );
  for (const e of ownerEntries(result)) {
    const overdue = e.overdue;
    rows.push([
      text(e.name, "wrap"),
      text(roleInFull(e, result.glossary), "wrap"),
      text(e.otherSpellings.join("\n"), "wrap"),
      num(e.items.filter((i) => i.kind === "Action").length),
      num(e.items.filter((i) => i.kind === "Sub-action").length),
      num(overdue, overdue > 0 ? "error" : undefined),
      num(e.items.filter((i) => dueSoon(i, 30)).length),
      num(e.items.filter((i) => dueSoon(i, 60)).length),
    ]);
  }

  return {
    kind: "owner",
    name: GENERATED_SHEET_NAMES.owner,
    columnWidths: [32, 40, 30, 10, 12, 10, 14, 14],
    rows,
    headerRow,
    marking: result.reading.marking,
  };
}
