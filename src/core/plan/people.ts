// Owners written as a person, with or without their post: "Jane Smith (HoS Safeguarding)", "HoS
// Fostering (Amir Khan)", "Jane Smith, Head of Service Safeguarding", "J Smith". A coordinator chases
// people, so every way the plan writes one person is one owner. A post written alone stays a post:
// "HoS" may be any of several heads of service, so it is never taken for the one the plan names.

import { memoiseText } from "../memoise";
import { keysWithSlipsMerged } from "./owner-slips";
import { isPartPlayed, namesPost, ownerKey, ROLE_WORD, wordsBeforeTask } from "./owners";

/** Words put before a name: "Dr Jane Smith", "Cllr Patel". */
const TITLE = /^(?:dr|mr|mrs|ms|miss|mx|prof|cllr|councillor)\.?$/i;

/** "J", "J.": a first name cut to its initial. */
const INITIAL = /^[A-Z]\.?$/;

/** A capitalised name, hyphens and apostrophes inside it: "Smith", "Mary-Ann", "O'Neill", "McDonald". */
const NAME_WORD = /^[A-Z][a-z]*(?:['’-]?[A-Z]?[a-z]+)+$/;

/** The small words inside surnames: "Van der Berg", "Da Silva". */
const PARTICLE = /^(?:van|von|de|da|del|der|di|du|la|le|bin|ibn)$/;

/**
 * Capitalised words that name a service, a team or a body rather than a person: "Early Help",
 * "Virtual School", "Legal Services", "Fostering Panel" are no one's name.
 */
const SERVICE_WORD = new Set(
  `help early service services social care children child young people families family school schools
  education health safeguarding fostering adoption quality assurance performance legal finance workforce
  training commissioning partnership partnerships partners partner practice improvement council city county
  borough police court courts unit hub front door placement placements residential leaving youth justice
  offending disability disabilities looked after corporate parenting marketing communications recruitment
  retention business support intelligence strategy strategic policy planning review reviewing independent
  virtual staff workers worker agencies agency forum panel panels authority local community communities
  development delivery operations operational transformation programme project projects provider providers
  public integrated all data systems admin administration safety governance audit apprentice missing ofsted
  inspector inspectors carers carer parents students governors leaders cabinet`.split(/\s+/),
);

function isServiceWord(word: string): boolean {
  return SERVICE_WORD.has(word.toLowerCase().replace(/['’]s$/, ""));
}

/** The words of a name, any title before it left off, and whether one was: "Dr Jane Smith" → ["Jane", "Smith"]. */
function nameParts(text: string): { words: string[]; titled: boolean } {
  const words = text.trim().split(/\s+/);
  const titled = words.length > 1 && TITLE.test(words[0]);
  return { words: titled ? words.slice(1) : words, titled };
}

/**
 * A person's name: one to three first names or initials, then a surname ("Jane Smith", "J. Smith",
 * "Mary-Ann O'Neill", "Dr Patel"), naming no post ("Head of QA", "HoS") and no service ("Early Help").
 * Owners repeat down a plan: each is looked at once.
 */
export const isPersonName = memoiseText((text): boolean => {
  const { words, titled } = nameParts(text);
  // ROLE_WORD, not namesPost: "McDonald" has two capitals, but is no abbreviation, and "HoS" is no name word.
  if (words.length < (titled ? 1 : 2) || words.length > 4 || ROLE_WORD.test(text)) return false;
  const surname = words[words.length - 1];
  if (!NAME_WORD.test(surname) || words.some(isServiceWord)) return false;
  return words.slice(0, -1).every((w, i) => INITIAL.test(w) || NAME_WORD.test(w) || (i > 0 && PARTICLE.test(w)));
});

export interface PersonAndPost {
  person: string;
  /** The post the plan names beside them, as written; null where it names none. */
  post: string | null;
}

/** Name and post in either order, in a bracket or after a comma, a spaced dash or a colon. */
const BRACKETED = /^(.+?)\s*\(([^()]+)\)$/;
const SET_OFF = /^(.+?)\s*(?:,|:|\s[–—-])\s*(.+)$/;

/**
 * The person an owner names, and their post where it is written beside them: "Jane Smith (HoS)",
 * "HoS (Jane Smith)", "Jane Smith, Head of Service", "Head of QA – Jane Smith", "Jane Smith". Null where
 * the owner names no person ("HoS Safeguarding", "Early Help").
 */
export const personAndPost = memoiseText((owner): PersonAndPost | null => {
  const text = owner.replace(/\s+/g, " ").trim();
  const pair = BRACKETED.exec(text) ?? SET_OFF.exec(text);
  if (pair) {
    const [, first, second] = pair;
    // "Jane Smith (lead)": the part they play is no post.
    if (isPersonName(first) && isPartPlayed(second)) return { person: first, post: null };
    if (isPersonName(first) && namesPost(second)) return { person: first, post: second.trim() };
    if (isPersonName(second) && namesPost(first)) return { person: second.trim(), post: first };
  }
  return isPersonName(text) ? { person: text, post: null } : null;
});

/** A name's key: its words less any title, compared as owners are ("jane smith"). */
function personKey(person: string, glossary: Record<string, string>): string {
  return ownerKey(nameParts(person).words.join(" "), glossary);
}

/** "j smith" → "J" and "smith": a first initial and a surname, where the name starts with an initial. */
function initialAndSurname(key: string): { initial: string; surname: string } | null {
  const words = key.split(" ");
  return words.length === 2 && words[0].length === 1 ? { initial: words[0], surname: words[1] } : null;
}

/**
 * The key each of the plan's owner spellings is grouped under: a person's name wherever one is
 * written, so "Jane Smith (HoS)", "Jane Smith, Head of Service" and "Jane Smith" meet, and "J Smith"
 * with them where the plan names only one Smith whose first name starts with J; any other owner's key
 * is its role's (abbreviations expanded), shared with spellings of it one typing slip away.
 */
export function ownerKeys(spellings: Iterable<string>, glossary: Record<string, string>): (owner: string) => string {
  const keys = new Map<string, string>();
  const people: string[] = [];
  const roles: string[] = [];
  for (const spelling of spellings) {
    if (keys.has(spelling)) continue;
    const named = personAndPost(spelling);
    keys.set(spelling, named ? personKey(named.person, glossary) : ownerKey(spelling, glossary));
    (named ? people : roles).push(spelling);
  }
  joinInitialsToNames(keys, people);
  joinMistypedPosts(keys, roles);
  return (owner) => keys.get(owner) ?? ownerKey(owner, glossary);
}

/** "J Smith" keyed as "Jane Smith", where the plan names only one Smith whose first name starts with J. */
function joinInitialsToNames(keys: Map<string, string>, people: readonly string[]): void {
  const personKeys = new Set(people.map((spelling) => keys.get(spelling) as string));
  const fullNames = [...personKeys].filter((key) => !initialAndSurname(key));
  for (const spelling of people) {
    const short = initialAndSurname(keys.get(spelling) as string);
    if (!short) continue;
    const matches = fullNames.filter((full) => {
      const words = full.split(" ");
      return words[0].startsWith(short.initial) && words[words.length - 1] === short.surname;
    });
    if (matches.length === 1) keys.set(spelling, matches[0]);
  }
}

/**
 * "Head of Safeguading" keyed as "Head of Safeguarding", "SD EHSC" as "SD EHCS": a post mistyped is the
 * post, compared with abbreviations expanded and as written. People's names are left alone: "Brown" and
 * "Browne" are two families.
 */
function joinMistypedPosts(keys: Map<string, string>, posts: readonly string[]): void {
  const forms = new Map<string, string[]>();
  for (const spelling of posts) {
    const key = keys.get(spelling) as string;
    if (key === "") continue;
    const written = spelling
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
    const known = forms.get(key);
    if (known) known.push(written);
    else forms.set(key, [key, written]);
  }
  const merged = keysWithSlipsMerged(forms);
  for (const spelling of posts) {
    const to = merged.get(keys.get(spelling) as string);
    if (to !== undefined) keys.set(spelling, to);
  }
}

/**
 * What to call a person the plan names in several ways: their full name before an initial ("Jane
 * Smith", not "J Smith"), then the name the plan uses most, then A to Z. Null where no spelling names a
 * person.
 */
export function nameToCallBy(spellings: Iterable<[string, number]>): string | null {
  const uses = new Map<string, number>();
  for (const [spelling, count] of spellings) {
    const person = personAndPost(spelling)?.person;
    if (person) uses.set(person, (uses.get(person) ?? 0) + count);
  }
  const initialled = (name: string): number => Number(INITIAL.test(nameParts(name).words[0]));
  const ranked = [...uses].sort(
    (a, b) => initialled(a[0]) - initialled(b[0]) || b[1] - a[1] || a[0].localeCompare(b[0]),
  );
  return ranked[0]?.[0] ?? null;
}

/**
 * Who a task names before its verb, where it says who does it in its words and not in its bracket: a
 * post ("DHOS to audit the induction process" → "DHOS") or a person ("Jane Smith will chair …"). A
 * phrase that names neither ("All Council staff", "Reports") gives null.
 */
export function ownerBeforeTask(text: string): string | null {
  const who = wordsBeforeTask(text);
  return who !== null && (namesPost(who) || isPersonName(who)) ? who : null;
}
