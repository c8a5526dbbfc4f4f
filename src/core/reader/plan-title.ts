// The plan's title and protective marking, as written above its header or in its printed header and
// footer.

import { rowTexts, type SheetGrid } from "../workbook/grid";
import type { PlanHeader } from "./header";
import { markingIn, printedMarkings, strictestMarking } from "./marking";
import type { PlanSheet } from "./plan-sheets";
import { isNote, labelsItselfTheme } from "./themes";

/** A label before the title in the next cell: "Plan name | Children's Services Improvement Plan 2025". */
const TITLE_LABEL = /^(?:plan(?: name| title)?|title|name(?: of plan)?)\s*:?$/i;

/** A line that names the plan: "… Improvement Plan 2025", "Ofsted action plan". */
const NAMES_PLAN = /\bplan\b/i;

/** The title written above a sheet's header, and its marking, there or in its printed header and footer. */
function textAbove(grid: SheetGrid, header: PlanHeader): { title: string | null; marking: string | null } {
  const candidates: string[] = [];
  const markings = printedMarkings(grid);
  for (let r = 0; r < header.rows[0]; r++) {
    const texts = rowTexts(grid, r);
    texts.forEach((value, i) => {
      const marking = markingIn(value);
      if (marking) markings.push(marking);
      // A theme's heading just above its own table ("Theme 1: Front door") is not the plan's title, nor
      // is a key to its colours or a line saying which version it is.
      else if (!(TITLE_LABEL.test(value) && i + 1 < texts.length) && !labelsItselfTheme(value) && !isNote(value))
        candidates.push(value);
    });
  }
  // Of several lines, the one that names the plan ("… Improvement Plan 2025") before a subtitle or a date.
  const title = candidates.find((c) => NAMES_PLAN.test(c)) ?? candidates[0] ?? null;
  return { title, marking: strictestMarking(markings) };
}

/**
 * The title and marking written above the plan's header. Above each sheet of a plan kept one theme a
 * sheet, different text is that sheet's heading ("Priority 1: Front door"), not the plan's title.
 */
export function planTitle(sheets: PlanSheet[]): { title: string | null; marking: string | null } {
  const above = sheets.map((s) => textAbove(s.grid, s.header));
  const title = above.every((a) => a.title === above[0].title) ? above[0].title : null;
  // A marking on any sheet marks the plan, the strictest where they differ: summaries must carry it.
  return { title, marking: strictestMarking(above.map((a) => a.marking)) };
}
