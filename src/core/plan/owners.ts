// Owners as people write them: abbreviations expanded through the plan's glossary, so that "HOS
// Safeguarding" and "Head of Service Safeguarding" are recognised as one role.

import { memoiseText } from "../memoise";
import { isAsAbove, isPlaceholderText } from "../placeholder";

/**
 * Besides the placeholders any cell may hold, the ways plans say nobody owns it yet, and the words that
 * share it out so nobody is accountable ("Various", "All"). "As above" names nobody of its own: the
 * reader gives an action the owners above it, and where none are, it is no owner.
 */
const NO_OWNER =
  /^(various|multiple|several|all|every(?:one|body)|n\/?k|\.{2,}|x{2,}|nobody|unknown|unassigned|not (?:yet )?assigned|no (?:lead|owner)(?: (?:yet|identified))?|to be (?:appointed|allocated|assigned|identified))$/i;

/**
 * "Vacant", "HOS (vacant)", "Post vacant", "Post being recruited to", "Awaiting appointment": a post
 * with nobody in it is no owner either.
 */
const VACANT = /\bvacan(?:t|cy)\b|\b(?:being recruited|awaiting (?:appointment|recruitment))\b/i;

/** "TBC (HoS)", "TBC – HoS": an owner still to be confirmed, the role only a guess, is nobody yet. */
const TO_BE_CONFIRMED_FIRST = /^(?:tbc|tba|tbd|to be confirmed)\b\s*[-–—:(]/i;

/** The labels of those named as supporting an action rather than owning it. */
export const SUPPORT_LABEL_WORDS = String.raw`support(?:ed by|ing)?|with`;
/** Words that name a supporter with no colon after them: "HoS, supported by PSW", "(assisted by TM)". */
export const SUPPORTED_BY = String.raw`(?:supported|assisted) by`;
/** "Supported by: PSW", and without its colon "supported by PSW", as a list of owners may go on. */
const SUPPORT_LABEL = new RegExp(String.raw`^(?:(?:${SUPPORT_LABEL_WORDS})\s*:|${SUPPORTED_BY}\s)`, "i");

/**
 * A word that makes a phrase a post or a body: "Head of QA", "Service Manager", "EH HOS", "Virtual
 * Head", "Lead Member", "Designated Nurse", "Improvement Board".
 */
export const ROLE_WORD =
  /\b(?:heads?|directors?|managers?|officers?|leads?|chairs?|co-?ordinators?|advis[eo]rs?|principals?|members?|nurses?|teams?|boards?|practitioners?|commissioners?|deput(?:y|ies)|supervisors?|analysts?|consultants?|workers?|executives?|leaders?|hos|dhos|dhos's|tms?|sd|iros?|vh)\b/i;

/** An abbreviated post, two capitals in one word: "HoS", "TM", "DHOS", "QA". */
const ABBREVIATED_ROLE = /\b[A-Z][a-z]?[A-Z]/;

/** A phrase that names a post, by a word of one or an abbreviation: "Head of QA", "Lead Member", "DCS". */
export function namesPost(text: string): boolean {
  return ROLE_WORD.test(text) || ABBREVIATED_ROLE.test(text);
}

/** Words before a task's verb, then the verb: "DHOS to audit", "DCS continues to chair", "Lead Member attend". */
const NAMED_BEFORE_TASK = /^((?:\S+\s+){0,5}?\S+)\s+(?:to|will|continues to|attends?)\s+\S/;

const POST_JOINING_WORD = /^(?:and|of|for|the|&|\/)$/;

/**
 * The capitalised words a task starts with before its verb, where it may say who does it in its words
 * and not in its bracket: "DHOS to audit the induction process" → "DHOS"; "EH HOS and SW DHOS to
 * quality audit …" → both. Lower-case words ("Foster carers to attend") give null; whether the words
 * name anyone is for the caller to say.
 */
export const wordsBeforeTask = memoiseText((text): string | null => {
  const who = NAMED_BEFORE_TASK.exec(text)?.[1];
  // A post's name is capitalised, but for the words joining it: "Head of QA", "EH HOS and SW DHOS".
  const words = who?.split(/\s+/) ?? [];
  if (!who || NO_OWNER.test(words[0]) || !words.every((w) => /^[A-Z]/.test(w) || POST_JOINING_WORD.test(w)))
    return null;
  return who;
});

/** The labels put before an owner: "Lead:", "Owner –", "Resp:". */
export const OWNER_LABEL_WORDS = String.raw`lead(?: officer)?|owners?|accountable(?: officer)?|responsible(?: officer)?|resp\.?|who`;

/** "Lead: Head of QA", "Supported by: Service Manager", "(Owner: HOS – Nov17)": the label is not the owner. */
const OWNER_LABEL = new RegExp(
  String.raw`^(?:(?:${OWNER_LABEL_WORDS}|${SUPPORT_LABEL_WORDS})\s*:\s*|${SUPPORTED_BY}\s+)`,
  "i",
);

export function withoutOwnerLabel(owner: string): string {
  return owner.replace(OWNER_LABEL, "");
}

/** "Supported by: PSW", "With: TM MASH": someone named as supporting, not owning. */
export function namesSupporter(text: string): boolean {
  return SUPPORT_LABEL.test(text);
}

export function isPlaceholderOwner(owner: string): boolean {
  return (
    isPlaceholderText(owner) ||
    isAsAbove(owner) ||
    NO_OWNER.test(owner.trim()) ||
    VACANT.test(owner) ||
    TO_BE_CONFIRMED_FIRST.test(owner.trim())
  );
}

/** Why a written owner is no owner, as a finding says it. */
export function namesNobody(owner: string): string {
  if (VACANT.test(owner)) return "which is a vacant post, so nobody is accountable";
  if (TO_BE_CONFIRMED_FIRST.test(owner.trim())) return "which is still to be confirmed, so nobody is accountable yet";
  return "which names nobody";
}

/**
 * Words a post or name cannot end or start with, left where the text was cut: "(Head of May18)",
 * "(and Intel. Oct17 onwards)". Lower case only: "Team A" is a team's name.
 */
const CUT_AT_END = /\s(of|and|for|the|to|a|an|or|with|in|at|by|on|via|&)$/;
const CUT_AT_START = /^(and|or|of|&)\s/;

/** Where an owner's name looks cut off, and the word left at that end. */
export interface CutOff {
  at: "end" | "start";
  word: string;
}

/**
 * Where an owner's name looks cut off ("Head of": at its end, after "of"), or null where it looks whole.
 * Owners recur on every sub-action they own: each is looked at once.
 */
export const cutOff = memoiseText((owner): CutOff | null => {
  const end = CUT_AT_END.exec(owner)?.[1];
  if (end) return { at: "end", word: end };
  const start = CUT_AT_START.exec(owner)?.[1];
  return start ? { at: "start", word: start } : null;
});

interface CompiledGlossary {
  expand: (text: string) => string;
  /** Owners repeat on every sub-action they own: each spelling is keyed once. */
  ownerKey: (owner: string) => string;
}

const compiled = new WeakMap<Record<string, string>, CompiledGlossary>();

/** An abbreviation as the glossary knows it: the dots people add ("Perf. and Intel.") left out. */
function bareAbbreviation(text: string): string {
  return text
    .replace(/\.(?=\s|$)/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** One alternation for the whole glossary, longest first ("SD EHCS" before "SD"), built once per glossary. */
function compile(glossary: Record<string, string>): CompiledGlossary {
  const cached = compiled.get(glossary);
  if (cached) return cached;
  const meanings = new Map(Object.entries(glossary).map(([key, meaning]) => [bareAbbreviation(key), meaning]));
  const byLowerCase = new Map([...meanings].map(([key, meaning]) => [key.toLowerCase(), meaning]));
  const keys = [...meanings.keys()].filter((k) => k !== "").sort((a, b) => b.length - a.length);
  // Each word may end in an abbreviation's dot, which the meaning replaces along with the word.
  const escaped = keys.map((k) =>
    k
      .split(" ")
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("\\.?\\s+"),
  );
  // Abbreviations already glossed in brackets ("Head of Service (HOS)") are left as written.
  const pattern = keys.length ? new RegExp(`(?<![\\w'(])(?:${escaped.join("|")})\\.?(?![\\w')])`, "gi") : null;
  // Written as in the glossary, or in mixed case with two capitals or more ("HoS", "DHoS", "CiC"): never
  // an ordinary word that happens to spell one ("Mat", "sc").
  const meaningOf = (written: string): string => {
    const bare = bareAbbreviation(written);
    const exact = meanings.get(bare);
    if (exact !== undefined) return exact;
    return (bare.match(/[A-Z]/g) ?? []).length >= 2 ? (byLowerCase.get(bare.toLowerCase()) ?? written) : written;
  };
  const expand = (text: string): string => (pattern ? text.replace(pattern, meaningOf) : text);
  const result = { expand, ownerKey: memoiseText((owner) => keyOf(owner, expand)) };
  compiled.set(glossary, result);
  return result;
}

/** Replaces whole-word abbreviations with their meanings. */
export function expandAbbreviations(text: string, glossary: Record<string, string>): string {
  return compile(glossary).expand(text);
}

/** A key under which spellings of the same role meet: expanded, bracketed abbreviations dropped, lower case. */
export function ownerKey(owner: string, glossary: Record<string, string>): string {
  return compile(glossary).ownerKey(owner);
}

/**
 * Bracketed abbreviations that only gloss the words before them: "(HOS)", "(DHOS's)", "(HoS)", "(SD EHCS)".
 * "(Safeguarding)" or "(Fostering)" names the role, and stays.
 */
const ABBREVIATION = "(?=[A-Za-z&]*[A-Z][A-Za-z&]*[A-Z])[A-Za-z&]{2,8}(?:['’]s)?";
const GLOSS = new RegExp(`\\s*\\(${ABBREVIATION}(?:\\s+${ABBREVIATION})*\\)`, "g");

/** "TM's" and "IRO's", as owners are often written, are the plurals "TMs" and "IROs". */
const ABBREVIATION_PLURAL = /\b([A-Z]{2,})['’]s\b/g;

/** Someone holding a post for now holds the same role: "Acting HOS", "Interim Head of QA". */
const HOLDING_FOR_NOW = /^(?:acting|interim)\s+/;

const PART_WORDS = "lead|support(?:ing)?|accountable|responsible|chair|sponsor|interim|acting";

/** What part an owner plays, in brackets after the role: "HOS Safeguarding (lead)", "Head of QA (support)". */
const PART_PLAYED = new RegExp(`\\s*\\((?:${PART_WORDS})\\)`, "gi");

const PART_ALONE = new RegExp(`^(?:${PART_WORDS})$`, "i");

/** "lead", "interim": the part someone plays, not a post. */
export function isPartPlayed(text: string): boolean {
  return PART_ALONE.test(text.trim());
}

/** "Acting HOS", "HOS (lead)": a spelling that says more than the role, so not the one to name it by. */
function saysMoreThanRole(owner: string): boolean {
  return HOLDING_FOR_NOW.test(owner.trim().toLowerCase()) || owner.search(PART_PLAYED) >= 0;
}

/** "TM's" for "TMs": the role, but not as it is best written. */
function apostrophePlural(owner: string): boolean {
  return owner.search(ABBREVIATION_PLURAL) >= 0;
}

/**
 * The spellings of one role, the one to name it by first: the most used, then the plain role before
 * "Acting …" or "… (lead)", then "TMs" before "TM's", then A to Z.
 */
export function rankSpellings<T>(spellings: Iterable<[string, T]>, uses: (entry: T) => number): [string, T][] {
  const first = (test: (owner: string) => boolean) => (a: string, b: string) => Number(test(a)) - Number(test(b));
  const plainFirst = first(saysMoreThanRole);
  const tidyFirst = first(apostrophePlural);
  return [...spellings].sort(
    (a, b) => uses(b[1]) - uses(a[1]) || plainFirst(a[0], b[0]) || tidyFirst(a[0], b[0]) || a[0].localeCompare(b[0]),
  );
}

function keyOf(owner: string, expand: (text: string) => string): string {
  const withoutGlosses = owner.replace(GLOSS, "").replace(PART_PLAYED, "").replace(ABBREVIATION_PLURAL, "$1s");
  return expand(withoutGlosses)
    .toLowerCase()
    .replace(HOLDING_FOR_NOW, "")
    .replace(/&/g, " and ")
    .replace(/[''’]s\b/g, "s")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** "HOS Safeguarding (Head of Service Safeguarding)" when the glossary changes anything. */
export function describeOwner(owner: string, glossary: Record<string, string>): string {
  const expanded = expandAbbreviations(owner, glossary);
  return expanded === owner ? `"${owner}"` : `"${owner}" (${expanded})`;
}
