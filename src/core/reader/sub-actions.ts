// Splits a sub-action cell into its lines: bullets ("- …") each ending in "(Owner – Date)", with
// wrapped continuation lines joined back to their bullet and placeholders ("N/A") ignored.

import { parseDeadline } from "../deadline/parse-deadline";
import type { Deadline } from "../deadline/deadline";
import type { CellRef, PlacedCell, SubAction, SubActionRole } from "../plan/model";
import { isAsAbove, isPlaceholderText } from "../placeholder";
import { findTrailingBracket, leadingDate, mayEndInDate, trailingDate } from "./bracket";
import { endMark, lineMark, startsTickedOff, ticksOffTask } from "./done-mark";

// Dashes and bullets as typed or pasted from Word (which brings its Symbol-font bullets as U+F0B7 and
// the like, second-level ones as "o", and Wingdings ones, once their font is lost, as "§" or "Ø"),
// and numbered items: "1.", "2)", "a)", "(b)", "ii)".
const BULLET =
  /^\s*(?:[-–—•*·▪▫■□●◦‣⁃►▶➢➤→✓✔\uf0a7\uf0b7\uf0d8\uf076\uf0fc\uf0e8]\s*|[o§Ø][ \t]+|(?:\d{1,2}|[a-z]|[ivx]{2,4})[.)][ \t]+|\((?:\d{1,2}|[a-z]|[ivx]{2,4})\)[ \t]+)/;
/**
 * A step numbered under its action, "1.1.1 Review …": an item as a bullet is, its number kept as the
 * reference people use. One dot is not enough: "1.5 FTE posts" is a quantity.
 */
const STEP_NUMBER = /^\s*\d{1,2}(?:\.\d{1,2}){2,3}\.?[ \t]+\S/;
/** A line that points elsewhere rather than naming a sub-action. */
const SEE_ELSEWHERE = /^(?:see below(?: action)?|see above)\.?$/i;

function isPlaceholder(text: string): boolean {
  return isPlaceholderText(text) || SEE_ELSEWHERE.test(text.trim());
}

interface Line {
  number: number;
  text: string;
  bullet: boolean;
}

/** A line that starts with a bullet or an item number ("- …", "• …", "a) …"), not a negative number. */
export function startsWithBullet(line: string): boolean {
  return BULLET.test(line) && !/^\s*-\d/.test(line);
}

function lines(cellText: string): Line[] {
  const out: Line[] = [];
  cellText.split(/\r?\n/).forEach((raw, index) => {
    const text = raw.trim();
    if (text === "" || isPlaceholder(text)) return;
    // A row of its own numbered "1.1.1" is a sub-action row; in a cell, the number starts an item.
    const bullet = startsWithBullet(raw) || STEP_NUMBER.test(raw);
    const previous = out[out.length - 1];
    // A line that is not a bullet, following a bullet that hasn't closed its bracket, is a wrap.
    if (!bullet && previous?.bullet && !/[)\]]\s*$/.test(previous.text)) {
      previous.text = `${previous.text} ${text}`;
      return;
    }
    const item = bullet ? raw.replace(BULLET, "").trim() : text;
    for (const piece of itemsOnOneLine(item)) out.push({ number: index + 1, text: piece, bullet });
  });
  return out;
}

/** "; " straight after a closing bracket, where a line lists several items. */
const AFTER_ITEM = /(?<=[)\]])\s*;\s*(?=\S)/;

/**
 * Several sub-actions run on one line, each with its bracket: "Training (PSW – Oct24); Audit (QA –
 * Dec24)". Split only where every piece ends in its bracket, so a sentence with a semicolon stays whole.
 */
function itemsOnOneLine(text: string): string[] {
  if (!text.includes(";")) return [text];
  const pieces = text.split(AFTER_ITEM);
  return pieces.length > 1 && /[)\]][.;]?$/.test(pieces[pieces.length - 1]) ? pieces : [text];
}

export function readSubActions(
  cellText: string,
  role: SubActionRole | "what",
  column: string,
  cell: CellRef,
): SubAction[] {
  return ownersAbove(
    lines(cellText).map((line) => {
      let mark = lineMark(line.text);
      const bracket = findTrailingBracket(mark ? line.text.slice(0, mark.start) : line.text);
      let when = bracket?.when ?? null;
      if (!bracket) {
        // With no bracket, a milestone's date may come first ("Nov17: audit complete"), and its mark last:
        // a mark free text could end in only counts on such a dated line. Or the date comes last, after a
        // dash ("Audit of files – Nov17").
        const end = mark ?? (leadingDate(line.text) || mayEndInDate(line.text) ? endMark(line.text) : null);
        const before = end ? line.text.slice(0, end.start) : line.text;
        when = leadingDate(before) ?? trailingDate(before);
        if (when) mark = end;
      }
      const deadline = when ? parseDeadline(when) : null;
      return {
        role,
        column,
        cell,
        line: line.number,
        text: line.text,
        bullet: line.bullet,
        expectsOwner: line.bullet && role !== "financial",
        bracket,
        owner: bracket?.owner ?? null,
        deadline,
        done: mark?.done === true || bracket?.done === true || startsTickedOff(line.text),
        ownRow: null,
        dateCell: null,
      };
    }),
  );
}

/** "(As above – Dec17)", "(Ditto – Jan18)": the owner is the line above's. */
function ownersAbove(subs: SubAction[]): SubAction[] {
  subs.forEach((sub, i) => {
    const above = subs[i - 1]?.owner;
    if (above && sub.bracket?.owner && isAsAbove(sub.bracket.owner)) {
      sub.bracket = { ...sub.bracket, owner: above };
      sub.owner = above;
    }
  });
  return subs;
}

/**
 * A milestone kept in columns of its own, "Milestone 1" beside "Milestone 1 date": its date read from
 * that cell. The action's lead owns it, so no owner is asked of it. It is done when its text is ticked
 * off ("Guidance revised – complete") or its date cell says so ("Complete", "Achieved Sept 2024"),
 * and then a date cell holding only the word is no date to query. Null where no milestone is written.
 */
export function milestoneInColumns(
  text: string,
  deadline: Deadline,
  dateDone: boolean,
  column: string,
  cell: CellRef,
  dateCell: PlacedCell,
): SubAction | null {
  const written = text.trim();
  if (written === "") return null;
  const done = dateDone || ticksOffTask(written);
  return {
    role: "milestones",
    column,
    cell,
    line: 1,
    text: written,
    bullet: false,
    expectsOwner: false,
    bracket: null,
    owner: null,
    deadline: deadline.kind === "missing" || (done && deadline.due === null) ? null : deadline,
    done,
    ownRow: null,
    dateCell,
  };
}

/**
 * Steps a plan lists under the action in its own What? cell: "Embed the practice model\n- Training for
 * all social workers (Practice Lead – Oct24)". The bullets after the first line are the action's
 * sub-actions when one of them gives a date. Bullets with none describe the action ("- with schools
 * (including academies)"), and stay part of its text: a bracket there is as often a note as an owner.
 */
export function readStepsInWhat(cellText: string, column: string, cell: CellRef): SubAction[] {
  // Most actions are one line: nothing to read.
  if (!cellText.includes("\n")) return [];
  return datedSteps(readSubActions(cellText, "what", column, cell).slice(1));
}

/**
 * Steps on a row that carries an action's What? on (a cell pasted from Word a paragraph a row): every
 * line is below the description, and read as the lines under it in one cell are.
 */
export function readStepsContinuingWhat(text: string, column: string, cell: CellRef): SubAction[] {
  return datedSteps(readSubActions(text, "what", column, cell));
}

/** The bullets among lines under a description, where one of them gives a date; else none. */
function datedSteps(lines: SubAction[]): SubAction[] {
  const steps = lines.filter((step) => step.bullet);
  return steps.some((step) => step.deadline !== null) ? steps : [];
}

/** A line with no bracket whose date comes last, after a dash: "Audit of files – Nov17". */
export function datedAtEnd(sub: SubAction): boolean {
  return !sub.bracket && sub.deadline !== null && !sub.text.startsWith(sub.deadline.raw.trim());
}

/** Bullets a column must have, none naming an owner, before they are read as measures rather than tasks. */
const MEASURE_BULLETS = 3;

/**
 * Marks the bullets of a column that never uses "(Owner – Date)" as measures: councils that list
 * success measures or evidence there ("- Re-referrals below 20%") write no owners, and each bullet
 * reported as unowned would be a false alarm. A column with a bracket anywhere keeps the rule.
 */
export function markMeasureColumns(actions: readonly { subActions: SubAction[] }[]): SubActionRole[] {
  const bullets = new Map<SubActionRole, number>();
  const withBracket = new Set<SubActionRole>();
  for (const { subActions } of actions)
    for (const sub of subActions) {
      // Milestones kept in columns of their own ask no owner of any line.
      if (sub.role === "what" || sub.dateCell) continue;
      // Lines dated first are tasks too ("Nov17: audit complete"), whatever they lack, as are steps kept
      // as rows. A date last is no sign: a measure is written with its target date so ("95% seen – Mar18").
      if (sub.bracket || (sub.deadline && !datedAtEnd(sub)) || sub.ownRow) withBracket.add(sub.role);
      if (sub.expectsOwner) bullets.set(sub.role, (bullets.get(sub.role) ?? 0) + 1);
    }
  const measures = [...bullets].filter(([role, n]) => !withBracket.has(role) && n >= MEASURE_BULLETS).map(([r]) => r);
  if (measures.length > 0)
    for (const { subActions } of actions)
      for (const sub of subActions) if (sub.role !== "what" && measures.includes(sub.role)) sub.expectsOwner = false;
  return measures;
}
