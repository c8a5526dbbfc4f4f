// Summary by owner: every accountable officer and sub-action owner, abbreviations expanded and
// spellings merged, with what they own, what is overdue and what falls due in the next 30 and 60 days
// — the list a coordinator chases from.

import { oneLine } from "../one-line";
import { addDays, type IsoDate } from "../deadline/calendar";
import { expandAbbreviations, ownerKey } from "../plan/owners";
import type { ValidationResult } from "../validation/validate";
import { GENERATED_SHEET_NAMES } from "../workbook/generated";
import { date, num, text, type GeneratedSheet, type SpecCell } from "../workbook/sheet-spec";
import { actionFacts, subActionFacts } from "./action-facts";
import { headerBlock, planLink, type SummaryOptions } from "./sheet-header";

interface Item {
  kind: "Action" | "Sub-action";
  sheet: string;
  cell: string;
  row: number;
  text: string;
  due: IsoDate | null;
  overdue: boolean;
  daysLate: number | null;
  complete: boolean;
}

interface OwnerEntry {
  spellings: Map<string, number>;
  items: Item[];
  /** The actions and sub-actions already listed, so one owner named twice on an item lists it once. */
  seen: Set<object>;
}

export function ownerSummary(result: ValidationResult, options: SummaryOptions): GeneratedSheet {
  const facts = actionFacts(result);
  const owners = new Map<string, OwnerEntry>();
  const add = (owner: string, source: object, item: Item): void => {
    const key = ownerKey(owner, result.glossary);
    if (key === "") return;
    const entry: OwnerEntry = owners.get(key) ?? {
      spellings: new Map<string, number>(),
      items: [],
      seen: new Set<object>(),
    };
    entry.spellings.set(owner, (entry.spellings.get(owner) ?? 0) + 1);
    if (!entry.seen.has(source)) {
      entry.seen.add(source);
      entry.items.push(item);
    }
    owners.set(key, entry);
  };
  for (const f of facts) {
    for (const owner of f.action.owners) {
      add(owner, f.action, {
        kind: "Action",
        sheet: f.action.sheet,
        cell: f.cell,
        row: f.action.row + 1,
        text: f.action.what,
        due: f.due,
        overdue: f.overdue,
        daysLate: f.daysLate,
        complete: f.complete,
      });
    }
  }
  const completeActions = new Set(facts.filter((f) => f.complete).map((f) => f.action));
  for (const s of subActionFacts(result)) {
    const complete = completeActions.has(s.action);
    for (const owner of s.owners) {
      add(owner, s.sub, {
        kind: "Sub-action",
        sheet: s.sub.cell.sheet,
        cell: s.cell,
        row: s.action.row + 1,
        text: s.sub.text,
        due: s.due,
        overdue: s.overdue,
        daysLate: s.daysLate,
        complete,
      });
    }
  }

  const in30 = addDays(result.asOf, 30);
  const in60 = addDays(result.asOf, 60);
  const dueBetween = (i: Item, to: IsoDate): boolean =>
    !i.complete && i.due !== null && i.due >= result.asOf && i.due <= to;
  const entries = [...owners.values()]
    .map((e) => ({
      ...e,
      name: [...e.spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0],
      overdue: e.items.filter((i) => i.overdue).length,
    }))
    .sort((a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name));

  const rows = headerBlock(
    "Summary by owner",
    result,
    options,
    "Owners are merged where abbreviations expand to the same role (HOS = Head of Service, and so on).",
  );
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
  for (const e of entries) {
    const overdue = e.overdue;
    const full = expandAbbreviations(e.name, result.glossary);
    rows.push([
      text(e.name, "wrap"),
      text(full === e.name ? "" : full, "wrap"),
      text([...e.spellings.keys()].filter((s) => s !== e.name).join("\n"), "wrap"),
      num(e.items.filter((i) => i.kind === "Action").length),
      num(e.items.filter((i) => i.kind === "Sub-action").length),
      num(overdue, overdue > 0 ? "error" : undefined),
      num(e.items.filter((i) => dueBetween(i, in30)).length),
      num(e.items.filter((i) => dueBetween(i, in60)).length),
    ]);
  }

  rows.push([]);
  rows.push([text("What each owner has to chase", "subtitle")]);
  rows.push(["Owner", "Item", "Row", "What", "Due", "Where it stands", "Go to"].map((h) => text(h, "header")));
  for (const e of entries) {
    const open = e.items.filter((i) => !i.complete && (i.overdue || (i.due !== null && i.due <= in60)));
    open.sort((a, b) => (b.daysLate ?? -1) - (a.daysLate ?? -1) || (a.due ?? "").localeCompare(b.due ?? ""));
    open.forEach((i, n) => {
      const stands: SpecCell = i.overdue
        ? text(`Overdue by ${i.daysLate} days`, "error")
        : text(i.due && i.due <= in30 ? "Due within 30 days" : "Due within 60 days", "warning");
      rows.push([
        n === 0 ? text(e.name, "bold") : null,
        text(i.kind),
        num(i.row),
        text(oneLine(i.text, 160), "wrap"),
        i.due ? date(i.due) : text(""),
        stands,
        planLink(i.sheet, i.cell, options, i.cell),
      ]);
    });
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
