// Every action needs What?, a deadline and a closing-the-loop check, and must name what it supports
// (the plan's notes * and **).

import type { Finding } from "../../findings/finding";
import { inWords } from "../../in-words";
import { inferLinks, linkLabel, linkValue, recommendationTerms, themeLink } from "../../plan/links";
import type { Action, PlanStructure, RecommendationTerm } from "../../plan/model";
import { isPlaceholderText } from "../../placeholder";
import { actionFinding, actionName, columnOf, headingInProse, planNote, type Rule } from "../context";

/** What to enter in an empty Links cell, guessed from the action's wording; undefined when nothing fits. */
function suggestedLinks(action: Action, structure: PlanStructure, note: string): string | undefined {
  const targets = inferLinks(action, structure);
  if (targets.length === 0) return undefined;
  return `Name what it supports${note}. From its wording it seems to support ${inWords(targets.map(linkLabel))}; if so, enter "${targets.map(linkValue).join("; ")}" in this cell.`;
}

/** What a link may name, in each word an inspection or visit uses, and how one is written. */
const SUPPORTED: Record<RecommendationTerm, string> = {
  recommendation: "recommendation(s)",
  "area for improvement": "area(s) for improvement",
  "priority action": "priority action(s)",
};
const EXAMPLE: Record<RecommendationTerm, string> = {
  recommendation: "R2",
  "area for improvement": "AFI 2",
  "priority action": "PA2",
};

export const requiredContentRule: Rule = (context) => {
  const findings: Finding[] = [];
  const hasLinks = columnOf(context, "links").present;
  const hasArea = columnOf(context, "area").present;
  const hasClosing = columnOf(context, "closingTheLoop").present;
  const what = columnOf(context, "what").heading;
  const closingFix = `Say how delivery and impact will be tested${planNote(context, "closingTheLoop")}.`;
  const linksNote = planNote(context, "area", "links");
  // An ILACS plan names areas for improvement ("AFI 2"), and is asked in those words.
  const terms = recommendationTerms(context.reading.plan.structure);
  const supported = inWords([...terms.map((t) => SUPPORTED[t]), "priority(ies)"], "or");
  const example =
    terms.length === 1 && terms[0] === "recommendation" ? "R2; Thresholds" : terms.map((t) => EXAMPLE[t]).join("; ");
  const linksFix = `Name the ${supported} it supports${linksNote}, e.g. ${example}.`;
  for (const action of context.reading.plan.actions) {
    const blank = (text: string | undefined): boolean => (text ?? "").trim() === "";
    if (blank(action.cells.what)) {
      findings.push(
        actionFinding(
          context,
          "content/missing-what",
          action,
          "what",
          "",
          `${actionName(action)} has no description in ${what}.`,
          `Describe the action in the ${what} column.`,
        ),
      );
    }
    if (action.deadline.kind === "missing" && columnOf(context, "deadline").present) {
      const said = action.deadline.raw.trim();
      const message = said
        ? `${actionName(action)} has "${said}" as its deadline, which is not a date.`
        : `${actionName(action)} has no deadline.`;
      findings.push(actionFinding(context, "content/missing-deadline", action, "deadline", said, message));
    }
    const closing = (action.cells.closingTheLoop ?? "").trim();
    // "TBC" or "N/A" holds the place of a check without saying what it is.
    if (hasClosing && (closing === "" || isPlaceholderText(closing))) {
      const heading = columnOf(context, "closingTheLoop").heading;
      findings.push(
        actionFinding(
          context,
          "content/missing-closing-the-loop",
          action,
          "closingTheLoop",
          closing,
          closing === ""
            ? `${actionName(action)} does not say how delivery and impact will be tested.`
            : `${actionName(action)} has "${closing}" in ${headingInProse(heading)}, which does not say how delivery and impact will be tested.`,
          closingFix,
        ),
      );
    }
    // A theme heading that names what its actions support ("Priority 2: Front door") names it for each.
    const namedByTheme = action.theme !== null && themeLink(action.theme, context.reading.plan.structure) !== null;
    if (!namedByTheme && (hasLinks ? action.links.length === 0 : hasArea && blank(action.cells.area))) {
      const role = hasLinks ? "links" : "area";
      findings.push(
        actionFinding(
          context,
          "content/missing-links",
          action,
          role,
          "",
          `${actionName(action)} does not name the ${supported} it supports.`,
          (hasLinks ? suggestedLinks(action, context.reading.plan.structure, linksNote) : undefined) ?? linksFix,
        ),
      );
    }
  }
  return findings;
};
