// What each owner has on the plan: every accountable officer, delivery lead and sub-action owner,
// abbreviations expanded and spellings merged, with the actions and sub-actions they own. The owner
// summary counts these; the chase list lists what is overdue, not started on time, due soon, or waiting
// for a progress update.

import { addDays, type IsoDate } from "../deadline/calendar";
import { isPlaceholderOwner, ownerKey, rankSpellings } from "../plan/owners";
import { nameToCallBy, ownerKeys, personAndPost } from "../plan/people";
import { lateStart } from "../validation/rules/overdue";
import { staleUpdate } from "../validation/rules/stale-updates";
import type { ValidationResult } from "../validation/validate";
import type { Action } from "../plan/model";
import { actionFacts, subActionFacts } from "./action-facts";

export interface OwnerItem {
  kind: "Action" | "Sub-action";
  sheet: string;
  cell: string;
  /** The action's row, 1-based as Excel shows it. */
  row: number;
  text: string;
  due: IsoDate | null;
  overdue: boolean;
  daysLate: number | null;
  /** Complete or withdrawn: nothing to chase. */
  closed: boolean;
  /** Days since an open action's progress update, where that is more than a quarter; else null. */
  staleUpdateDays: number | null;
  /** An open action still not started after the start its deadline gives. */
  lateToStart: boolean;
}

export interface OwnerEntry {
  /** A person's name, or the spelling of a role used most often. */
  name: string;
  /** Every other way the plan writes the same owner. */
  otherSpellings: string[];
  /** For a person, the posts the plan names beside them ("HoS Safeguarding"); else none. */
  posts: string[];
  items: OwnerItem[];
  overdue: number;
}

interface Gathering {
  spellings: Map<string, number>;
  items: OwnerItem[];
  /** The actions and sub-actions already listed, so one owner named twice on an item lists it once. */
  seen: Set<object>;
}

/**
 * Whether an open item falls due in the next 30 or 60 days: on or after the as-of date (what is past
 * it is overdue, counted apart) and no later than that many days after.
 */
export function dueWithin(asOf: IsoDate): (item: OwnerItem, days: 30 | 60) => boolean {
  const limit = { 30: addDays(asOf, 30), 60: addDays(asOf, 60) };
  return (item, days) => !item.closed && item.due !== null && item.due >= asOf && item.due <= limit[days];
}

const entriesOf = new WeakMap<ValidationResult, OwnerEntry[]>();

/** Owners with the most overdue first, then by name; worked out once per validation result. */
export function ownerEntries(result: ValidationResult): readonly OwnerEntry[] {
  let entries = entriesOf.get(result);
  if (!entries) entriesOf.set(result, (entries = gatherOwners(result)));
  return entries;
}

/** The owners an action is chased with: "TBC" names nobody, and its delivery lead has it to deliver too. */
function actionOwners(action: Action): string[] {
  return [...action.owners, ...action.deliveryLeads].filter((o) => !isPlaceholderOwner(o));
}

function gatherOwners(result: ValidationResult): OwnerEntry[] {
  const facts = actionFacts(result);
  const subs = subActionFacts(result);
  const ownersOf = facts.map((f) => actionOwners(f.action));
  const spellings = new Set<string>();
  for (const owners of ownersOf) for (const owner of owners) spellings.add(owner);
  for (const s of subs) for (const owner of s.owners) spellings.add(owner);
  const keyOf = ownerKeys(spellings, result.glossary);
  const owners = new Map<string, Gathering>();
  const add = (owner: string, source: object, item: OwnerItem): void => {
    const key = keyOf(owner);
    if (key === "") return;
    const entry: Gathering = owners.get(key) ?? { spellings: new Map(), items: [], seen: new Set() };
    entry.spellings.set(owner, (entry.spellings.get(owner) ?? 0) + 1);
    if (!entry.seen.has(source)) {
      entry.seen.add(source);
      entry.items.push(item);
    }
    owners.set(key, entry);
  };
  // An action with no real owner is on the board exceptions, not chased here.
  facts.forEach((f, i) => {
    for (const owner of ownersOf[i]) {
      add(owner, f.action, {
        kind: "Action",
        sheet: f.action.sheet,
        cell: f.cell,
        row: f.action.row + 1,
        text: f.action.what,
        due: f.due,
        overdue: f.overdue,
        daysLate: f.daysLate,
        closed: f.complete || f.withdrawn,
        staleUpdateDays: staleUpdate(f.action, result.asOf)?.days ?? null,
        lateToStart: lateStart(f.action, result.asOf) !== null,
      });
    }
  });
  for (const s of subs) {
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
        closed: s.closed,
        staleUpdateDays: null,
        lateToStart: false,
      });
    }
  }
  return [...owners.values()]
    .map((e) => {
      const name = nameToCallBy(e.spellings) ?? rankSpellings(e.spellings, (uses) => uses)[0][0];
      return {
        name,
        otherSpellings: [...e.spellings.keys()].filter((s) => s !== name),
        posts: postsOf(e.spellings.keys(), result.glossary),
        items: e.items,
        overdue: e.items.filter((i) => i.overdue).length,
      };
    })
    .sort((a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name));
}

/** The posts the plan names a person with, each once however it is spelt: "HoS Safeguarding". */
function postsOf(spellings: Iterable<string>, glossary: Record<string, string>): string[] {
  const posts = new Map<string, string>();
  for (const spelling of spellings) {
    const post = personAndPost(spelling)?.post;
    if (post) {
      const key = ownerKey(post, glossary);
      if (!posts.has(key)) posts.set(key, post);
    }
  }
  return [...posts.values()];
}
