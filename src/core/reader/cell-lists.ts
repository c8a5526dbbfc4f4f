// Cells that hold a list: several owners in one Accountable cell, several links in one Links cell.

import { memoiseText } from "../memoise";
import { isVisitAction, numberedItem, recommendationNumber } from "../plan/links";
import {
  isPlaceholderOwner,
  namesPost,
  namesSupporter,
  ROLE_WORD,
  SUPPORT_LABEL_WORDS,
  SUPPORTED_BY,
  withoutOwnerLabel,
} from "../plan/owners";
import { isPersonName, personAndPost } from "../plan/people";
import { tidy } from "./bracket";
import { isPlaceholderText } from "../placeholder";

/** Between owners in a cell: a line break, " / ", ";", or a comma before a supporter ("Lead: HoS, Support: PSW"). */
const OWNER_SEPARATOR = new RegExp(String.raw`\r?\n|(?<!\s)\s+\/\s+|;|,\s*(?=(?:${SUPPORT_LABEL_WORDS})\s*:)`, "i");

/** The owners an Accountable cell names: one a line, or split at ";", " / " and, between roles, ",", "&" or "+". */
export function splitOwners(text: string): string[] {
  // A copy: each action has a list of its own.
  return [...ownersInCell(text)];
}

/** Accountable cells repeat down a plan ("Head of QA" on row after row): each is split once. */
const ownersInCell = memoiseText((text): readonly string[] =>
  ownersNamed(
    withHoldersOnRoles(
      withPostsBelowNames(text)
        .split(OWNER_SEPARATOR)
        .flatMap(numberedInLine)
        // One owner a line, bulleted or numbered: "- HOS", "1. HOS", "a) DHOS".
        .map((s) => s.replace(/^\s*(?:[-•]\s*|(?:\d{1,2}|[a-z])[.)]\s+)/, "").trim())
        .filter((s) => s !== ""),
    ),
  ),
);

/** "1) HoS CP 2) HoS LAC": owners numbered on one line, one from each number on, where they count 1, 2, 3. */
function numberedInLine(line: string): string[] {
  const mark = /^\s*1([.)])\s/.exec(line)?.[1];
  if (!mark) return [line];
  const pieces = line.split(new RegExp(`\\s+(?=\\d{1,2}\\${mark}\\s)`));
  return pieces.every((piece, i) => piece.trimStart().startsWith(`${i + 1}${mark}`)) ? pieces : [line];
}

/**
 * "Jane Smith" above "Head of Service Safeguarding", as a name and title are set out: one owner, the
 * line break made a comma. Bulleted lines are a list, and two posts or two people stay apart.
 */
function withPostsBelowNames(text: string): string {
  if (!text.includes("\n")) return text;
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  return withPostsJoined(lines, (below) => !/^[-•(]/.test(below)).join("\n");
}

/**
 * The owners a cell's or a bracket's pieces name, in the same way for both: the lead where supporters
 * are named beside one, roles listed with ",", "&" or "+" told apart, two posts run together parted, and
 * their labels ("Lead:") left off.
 */
function ownersNamed(pieces: string[]): string[] {
  // Supporters may be named on lines of their own or, once the pieces are split, after a comma.
  return withoutSupporters(
    withoutSupporters(pieces).flatMap(ownersListed).flatMap(postsJoinedByAnd).flatMap(postsRunTogether),
  )
    .map((s) => withoutOwnerLabel(s).replace(SUPPORTERS_IN_BRACKETS, "").trim())
    .filter((s) => s !== "");
}

/** "HoS Safeguarding (supported by TM MASH)": those named in the brackets support; the owner is the lead. */
const SUPPORTERS_IN_BRACKETS = new RegExp(String.raw`\s*\(${SUPPORTED_BY}\b[^()]*\)`, "gi");

/**
 * "HoS CP" (or "Lead: HoS CP") above "Supported by: PSW": the lead owns the action, those supporting do
 * not. Where only supporters are named, they are all the owners there are.
 */
function withoutSupporters(lines: string[]): string[] {
  const owners = lines.filter((line) => !namesSupporter(line));
  return owners.length > 0 ? owners : lines;
}

/** "(Jane Smith)" or "(interim)" on a line of its own says who holds the role on the line above: one owner. */
function withHoldersOnRoles(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (out.length > 0 && /^\([^()]*\)$/.test(line)) out[out.length - 1] += ` ${line}`;
    else out.push(line);
  }
  return out;
}

/**
 * "DCS/DHOS", "HoS/DHoS": posts abbreviated and joined by a slash with no space, each an owner. "EH/CSC
 * HoS" or "Fostering/Adoption" is one name, and stays whole.
 */
const ABBREVIATIONS_SLASHED = /^(?:[A-Z][A-Za-z]{0,4}[A-Z]s?\/)+[A-Z][A-Za-z]{0,4}[A-Z]s?$/;

/**
 * "Head of QA, Early Help HOS, Service Manager" and "HOS Safeguarding & HOS CiC" name several owners;
 * "All staff in Early Help, Social Care and Youth Offending" names one. A comma, "&" or "+" splits
 * owners only where every piece names a role, a person or a supporter ("supported by PSW"). "And" is
 * left to `postsJoinedByAnd`: it sits inside roles' own names ("Service Director for Early Help and
 * Children's Safeguarding").
 */
function ownersListed(owner: string): string[] {
  if (ABBREVIATIONS_SLASHED.test(owner)) return owner.split("/");
  if (!/[,&+]/.test(owner)) return [owner];
  const pieces = owner
    .split(/\s*[&+]\s*/)
    .flatMap((part) => withPostsJoined(part.split(/\s*,\s*/)))
    .filter((p) => p !== "");
  const namesOwner = (p: string) => ROLE_WORD.test(p) || personAndPost(p) !== null || namesSupporter(p);
  return pieces.length > 1 && pieces.every(namesOwner) ? pieces : [owner];
}

/**
 * The words a post starts with, the abbreviations included: "Head of QA", "SD IS", "All DHOS", "Acting HoS",
 * "Leader of the Council".
 */
const POST_START =
  /^(?:All\s+|Acting\s+|Interim\s+)?(?:Heads?|Directors?|Deput(?:y|ies)|Chair|Chief|Lead|Leader|Principal|Assistant|Cabinet\s+Member|Service\s+(?:Director|Manager)s?|Team\s+(?:Manager|Leader)s?|HoS|HOS|DHoS|DHOS|SD|ADs?|DCS|CEO|PSW|TMs?|IROs?|VH)\b/;

/**
 * The last word of a text, whatever spaces follow it. Found by stepping back from the end: a pattern
 * anchored at the end would be retried from every position of a long cell.
 */
function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && !/\s/.test(text[start - 1])) start--;
  return text.slice(start, end);
}

/** "Virtual School Head", "Designated Nurse", "EH HOS": a post's name that ends in its role. */
function endsInRole(text: string): boolean {
  return ROLE_WORD.test(lastWord(text));
}

/** A group of post holders, which a qualifier after "and" may speak for as well: "Heads of Service and Deputies for Social Care". */
const GROUP_OF_POSTS = /^All\s|\b(?:Heads|Directors|Managers|Deputies|Officers|Leads)\b/;

/**
 * "SD EHCS and SD IS", "HOS Fostering and Adoption and HOS Safeguarding", "CYP Participation Officer
 * and DSCB Manager", "Virtual School Head and Designated Nurse": posts joined by "and", each an owner.
 * "And" splits only where a post starts after it, by its first word or as an abbreviation before a
 * post's word, or where the words on both sides of it end in a role; so a role's own name stays whole
 * ("HOS Fostering and Adoption", "EH and SC HOS", "HOS Locality 1 and 5"), as does a group the words
 * after "and" may qualify too ("All HOS and DHOS", "Heads of Service and Deputy Heads of Service for SC").
 */
function postsJoinedByAnd(owner: string): string[] {
  const parts = owner.split(/(\s+and\s+)/); // a segment, an "and", a segment, …
  const pieces = [pieceOf(parts[0])];
  for (let i = 2; i < parts.length; i += 2) {
    const piece = pieces[pieces.length - 1];
    const segment = parts[i];
    const startsPost =
      POST_START.test(segment) ||
      (/^[A-Z]{2,}\s/.test(segment) && ROLE_WORD.test(segment) && piece.namesRole) ||
      (piece.endsInRole && endsInRole(segment));
    if (startsPost && piece.named && !piece.group) pieces.push(pieceOf(segment));
    else {
      // What is known of a piece grows a segment at a time, so a long cell is read once.
      const next = pieceOf(segment);
      piece.text += parts[i - 1] + segment;
      piece.named ||= next.named;
      piece.namesRole ||= next.namesRole;
      piece.group ||= next.group;
      piece.endsInRole = next.endsInRole;
    }
  }
  return pieces.map((p) => p.text.trim());
}

interface PieceSoFar {
  text: string;
  named: boolean;
  namesRole: boolean;
  group: boolean;
  endsInRole: boolean;
}

function pieceOf(segment: string): PieceSoFar {
  return {
    text: segment,
    named: /[A-Z]/.test(segment),
    namesRole: ROLE_WORD.test(segment),
    group: GROUP_OF_POSTS.test(segment),
    endsInRole: endsInRole(segment),
  };
}

/**
 * Words after which a post's name goes on, not starts again: "Head of Service for Head of Service
 * Training", "Heads of Service and Deputy Heads of Service".
 */
const JOINS_INTO_POST = /^(?:and|or|of|for|to|with|via|by|the|&|\/)$/i;

/** Words before a post that are part of its name: "Acting Head of Service", "Interim Senior Head of QA". */
const POST_MODIFIERS =
  /(?:^|\s)(?:(?:acting|interim|senior|assistant|associate|joint|principal|executive|strategic|corporate)\s+)+$/i;

/**
 * "Service Director for Early Help Service Director for Integrated Services": two posts whose line break
 * was lost when the text was copied from a document. Where the two words a post starts with ("Service
 * Director", "Head of") come again after a word that does not lead into them, a second post starts there,
 * or at the words before them that are part of its name ("… Safeguarding Acting Head of Service CiC").
 */
function postsRunTogether(owner: string): string[] {
  const head = /^[A-Z]\S*\s+\S+(?=\s)/.exec(owner)?.[0];
  if (!head || !ROLE_WORD.test(head)) return [owner];
  const starts = [0];
  for (let at = owner.indexOf(head, head.length); at > 0; at = owner.indexOf(head, at + head.length)) {
    const before = owner.slice(starts[starts.length - 1], at);
    // Modifiers are a word or two: only the end of a long run of text is searched for them.
    const modifiers = POST_MODIFIERS.exec(before.slice(-100))?.[0].trimStart() ?? "";
    const ahead = before.slice(0, before.length - modifiers.length);
    // The word just before the post's first words, with a space between them.
    const wordBefore = /\s$/.test(ahead) ? lastWord(ahead) : "";
    const followedBySpace = /\s/.test(owner[at + head.length] ?? "");
    if (followedBySpace && wordBefore && !ROLE_WORD.test(wordBefore) && !JOINS_INTO_POST.test(wordBefore))
      starts.push(at - modifiers.length);
  }
  return starts.map((start, i) => owner.slice(start, starts[i + 1]).trim());
}

/**
 * Pieces split at commas (or lines), a person's name joined again to the post after it: "Jane Smith",
 * "Head of Service" → "Jane Smith, Head of Service", one owner; "Jane Smith", "Amir Khan" stay two.
 * `mayJoin` can keep a piece that follows a name apart.
 */
function withPostsJoined(pieces: readonly string[], mayJoin: (next: string) => boolean = () => true): string[] {
  const joined: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const next = pieces[i + 1];
    if (
      next !== undefined &&
      isPersonName(pieces[i]) &&
      namesPost(next) &&
      personAndPost(next) === null &&
      mayJoin(next)
    ) {
      joined.push(`${pieces[i]}, ${next}`);
      i++;
    } else joined.push(pieces[i]);
  }
  return joined;
}

/**
 * The owners a sub-action's bracket names: "HOS Safeguarding / Reception DHOS", "Head of QA, EH HOS",
 * "HoS CP; PSW" and, between roles, "HoS CP & TM MASH" name two; "and" is left alone ("HOS Fostering
 * and Adoption"). Brackets recur through a plan, so each is split once (the list is shared: read-only).
 */
export const splitBracketOwners: (owner: string) => readonly string[] = memoiseText((owner) =>
  ownersNamed(
    owner
      .split(/(?<!\s)\s+\/\s+|;\s*/)
      // "( Missing Apprentice / (HOS Locality 1 and 5 / DHOS CIC – from Apr17) )": a bracket opened among
      // the owners and closed elsewhere is no part of a name.
      .flatMap((part) => withPostsJoined(part.split(/,\s*/).map(tidy))),
  ).filter((o) => !isPlaceholderOwner(o)),
);

/**
 * The links in a cell: split at ";", "," and line breaks, and also at "&", "and", "/", "+" or a space
 * where every piece is a recommendation number ("R1 & R3", "Recs 1 and 3", "AFI 2/AFI 4") — never inside a priority's
 * name ("Recruitment and retention", "Performance management (including data quality, recording …)").
 */
export function splitLinks(text: string): string[] {
  return (
    outsideBrackets(text)
      .map((s) => s.trim())
      // "TBC" or "N/A" names nothing: the action is asked for its links, not told they do not exist.
      .filter((s) => s !== "" && !isPlaceholderText(s))
      .flatMap(numbersListed)
  );
}

/** Pieces between ";", "," and line breaks, except those inside brackets, which belong to one name. */
function outsideBrackets(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ";" || c === "," || c === "\n")) {
      pieces.push(text.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** "R1-R3", "Recs 4–6": a run of recommendations, each named as the first is ("R1", "R2", "R3"). */
function numbersInRange(link: string): string[] | null {
  const [from, to, ...more] = link.split(/\s*[-–—]\s*|\s+to\s+/i);
  if (to === undefined || more.length > 0) return null;
  const first = recommendationNumber(from);
  const last = recommendationNumber(to);
  // A short run only: "2017-18" or "1-100" is no list of recommendations.
  if (first === null || last === null || last <= first || last - first > 20) return null;
  const prefix = from.trim().replace(/\d+\.?$/, "");
  return Array.from({ length: last - first + 1 }, (_, i) => `${prefix}${first + i}`);
}

/**
 * "R1 & R3" → ["R1", "R3"], "R1-R3" → ["R1", "R2", "R3"]; any other link as it is. Each is split once.
 * Numbers after a priority action's label stay priority actions ("PA1 & 2", "PAs 1 and 3"): a bare
 * number names the inspection's item where a plan answers both.
 */
const numbersListed = memoiseText((link): readonly string[] => {
  const visit = /^pas\.?\s+/i.test(link);
  const numbers = link.replace(/^(?:recs|afis|pas)\.?\s+/i, "");
  const range = numbersInRange(numbers);
  if (range) return visit ? range.map((n) => `PA${n}`) : range;
  const pieces = numbers.split(/\s*(?:&|\+|\/|\band\b)\s*|\s+(?=r\d)/i).map((p) => p.trim());
  const items = pieces.map(numberedItem);
  if (pieces.length < 2 || items.some((item) => item === null))
    return visit && items.length === 1 && items[0] !== null ? [`PA${pieces[0]}`] : [link];
  const label = visit || isVisitAction(items[0]?.term ?? null) ? "PA" : "";
  return pieces.map((p, i) => (label && items[i]?.term === null ? `${label}${p}` : p));
});
