// Coverage: every Ofsted recommendation and existing priority is supported by at least one action;
// links name things that exist. Where an action records no links — the plan has no links column, or
// its cell is still empty — likely links are inferred from its wording and clearly marked as inferred.

import { finding, type Finding, type FindingPlace } from "../../findings/finding";
import { inWords } from "../../in-words";
import {
  inferLinks,
  isCrossCutting,
  linkLabel,
  recommendationLabel,
  recommendationTerms,
  resolveLink,
  termHeading,
  termsInWords,
  themeLink,
  type LinkTarget,
} from "../../plan/links";
import type { Action, CellRef, PlanStructure, Recommendation } from "../../plan/model";
import { actionFinding, columnOf, type Rule, type ValidationContext } from "../context";

export interface Coverage {
  /** Per action, what it supports and whether that was inferred. */
  links: Map<Action, { targets: LinkTarget[]; inferred: boolean }>;
  unknownLinks: { action: Action; link: string }[];
  /** Actions linked to "All": they support every recommendation in general and none in particular. */
  crossCutting: Action[];
}

function sameTarget(a: LinkTarget, b: LinkTarget): boolean {
  return a.kind === "recommendation"
    ? b.kind === "recommendation" && a.recommendation.id === b.recommendation.id
    : b.kind === "priority" && a.priority.name === b.priority.name;
}

export function computeCoverage(context: Pick<ValidationContext, "reading">): Coverage {
  const { plan } = context.reading;
  const hasLinksColumn = context.reading.header.columns.some((c) => c.role === "links");
  const links: Coverage["links"] = new Map();
  const unknownLinks: Coverage["unknownLinks"] = [];
  const crossCutting: Action[] = [];
  for (const action of plan.actions) {
    // A heading that names what its actions support records that link for each of them.
    const fromTheme = action.theme === null ? null : themeLink(action.theme, plan.structure);
    if (hasLinksColumn && action.links.length > 0) {
      const targets: LinkTarget[] = fromTheme ? [fromTheme] : [];
      for (const link of action.links) {
        const target = resolveLink(link, plan.structure);
        if (target) {
          if (!targets.some((t) => sameTarget(t, target))) targets.push(target);
        } else if (isCrossCutting(link)) {
          if (!crossCutting.includes(action)) crossCutting.push(action);
        } else if (!action.mergedFrom.links) {
          // A links cell merged over several actions is reported once, on the row that holds it.
          unknownLinks.push({ action, link });
        }
      }
      links.set(action, { targets, inferred: false });
    } else {
      // With no link of its own, the heading's is the action's; otherwise a guess.
      links.set(
        action,
        fromTheme
          ? { targets: [fromTheme], inferred: false }
          : { targets: inferLinks(action, plan.structure), inferred: true },
      );
    }
  }
  return { links, unknownLinks, crossCutting };
}

/**
 * "a recommendation", in the plan's own word: "an area for improvement" since 2018, "a priority action",
 * or "an area for improvement or priority action" for a plan answering both.
 */
function aRecommendation(structure: PlanStructure): string {
  const terms = termsInWords(structure);
  return `${terms.startsWith("a") ? "an" : "a"} ${terms}`;
}

/** "a recommendation or priority": what a link may name, as far as the plan has them. */
function whatLinksName(structure: PlanStructure): string {
  const one = aRecommendation(structure);
  return structure.priorities.length > 0 || structure.recommendations.length === 0 ? `${one} or priority` : one;
}

/** "R1–R11", "AFI 1–AFI 4", "PA2": the numbers a list of one kind runs over. */
function numberRange(recs: Recommendation[]): string {
  const lowest = recs.reduce((a, b) => (b.number < a.number ? b : a));
  const highest = recs.reduce((a, b) => (b.number > a.number ? b : a));
  return lowest === highest ? lowest.id : `${lowest.id}–${highest.id}`;
}

/** What a link may name in this plan: "R1–R11", "AFI 1–AFI 4 or PA1–PA3", or the range the workbook's own sheet has. */
function knownLinksFix(structure: PlanStructure): string {
  const recs = structure.recommendations;
  if (recs.length === 0) return "Use a priority name, as on the Priorities sheet.";
  const ranges = recommendationTerms(structure).map((term) => numberRange(recs.filter((r) => r.term === term)));
  const number = `${aRecommendation(structure)} number (${inWords(ranges, "or")})`;
  const sheets = [...new Set(recs.map((r) => r.cell?.sheet ?? "Recommendations"))];
  if (structure.priorities.length > 0) sheets.push(structure.priorities[0].cell?.sheet ?? "Priorities");
  const onSheets = `as on the ${inWords(sheets)} sheet${sheets.length === 1 ? "" : "s"}`;
  return structure.priorities.length > 0
    ? `Use ${number} or a priority name, ${onSheets}.`
    : `Use ${number}, ${onSheets}.`;
}

/** How a gap was judged, said after "No action supports …" so nobody mistakes a guess for a record. */
function gapBasis(coverage: Coverage, hasLinksColumn: boolean): string {
  const entries = [...coverage.links.values()];
  if (!entries.some((e) => e.inferred)) return "";
  if (!hasLinksColumn) return " (judged from the actions' wording, as the plan has no links column)";
  if (entries.every((e) => e.inferred)) return " (judged from the actions' wording, as no links are recorded yet)";
  return " (judged from the recorded links and, for actions with none, from their wording)";
}

/** Said after a gap where actions are linked to "All", so the coordinator sees why they do not count. */
function crossCuttingNote({ crossCutting }: Coverage): string {
  if (crossCutting.length === 0) return "";
  if (crossCutting.length > 1) return `; the ${crossCutting.length} actions linked to "All" name none in particular`;
  return `; the action in row ${crossCutting[0].row + 1} is linked to "All", which names none in particular`;
}

function placeFor(context: ValidationContext, cell: CellRef | undefined, columnName: string): FindingPlace {
  if (cell) return { sheet: cell.sheet, row: cell.row, column: cell.column, columnName };
  const header = context.reading.header;
  const links = columnOf(context, "links");
  return { sheet: context.reading.plan.sheet, row: header.rows[0], column: links.column, columnName: links.heading };
}

/** Said once where the recommendations were read from the plan's own cells, not a list of them. */
function namedInPlan(context: ValidationContext): Finding {
  const { structure, sheet } = context.reading.plan;
  const recs = structure.recommendations;
  const what =
    recs.length === 1 ? `the ${termsInWords(structure)}` : `the ${recs.length} ${termsInWords(structure, true, "and")}`;
  return finding(
    "coverage/no-recommendations",
    { sheet, row: context.reading.header.rows[0], column: 0, columnName: "" },
    "",
    `The workbook has no Recommendations sheet, so Plan Check checks ${what} the plan names in its own cells (${inWords(recs.map((r) => r.id))}); one the plan never names cannot be found missing.`,
  );
}

export const coverageRule: Rule = (context) => {
  const findings: Finding[] = [];
  const { structure } = context.reading.plan;
  if (structure.source === "none") {
    const header = context.reading.header;
    return [
      finding(
        "coverage/no-recommendations",
        { sheet: context.reading.plan.sheet, row: header.rows[0], column: 0, columnName: "" },
        "",
        "The workbook has no Recommendations sheet, so Plan Check cannot check that every Ofsted recommendation has an action.",
      ),
    ];
  }
  const coverage = computeCoverage(context);
  const hasLinksColumn = columnOf(context, "links").present;
  if (structure.source === "plan") findings.push(namedInPlan(context));
  const supported = new Set<string>();
  for (const [action, { targets, inferred: guessed }] of coverage.links) {
    for (const t of targets) supported.add(t.kind === "recommendation" ? t.recommendation.id : `P:${t.priority.name}`);
    // With a links column, an empty cell is already reported (content/missing-links) with these suggestions.
    if (guessed && !hasLinksColumn && targets.length > 0) {
      const labels = inWords(targets.map(linkLabel));
      findings.push(
        actionFinding(
          context,
          "coverage/inferred-link",
          action,
          "what",
          action.what,
          `Inferred from its wording (not recorded in the plan): the action in row ${action.row + 1} seems to support ${labels}.`,
        ),
      );
    }
  }
  // Read from the plan's own links, the list is only what the plan names: any other link may be right.
  const unknownLinks = structure.source === "plan" ? [] : coverage.unknownLinks;
  for (const { action, link } of unknownLinks) {
    findings.push(
      actionFinding(
        context,
        "coverage/unknown-link",
        action,
        "links",
        link,
        `The action in row ${action.row + 1} links to "${link}", which is not ${whatLinksName(structure)} of this plan.`,
        knownLinksFix(structure),
      ),
    );
  }
  const basis = gapBasis(coverage, hasLinksColumn) + crossCuttingNote(coverage);
  for (const r of structure.recommendations) {
    if (supported.has(r.id)) continue;
    findings.push(
      finding(
        "coverage/recommendation-gap",
        placeFor(context, r.cell, termHeading(r.term)),
        r.text,
        `No action supports Ofsted ${recommendationLabel(r)}${basis}.`,
        // In the plan's own word: an ILACS plan answers areas for improvement, not recommendations.
        `Add an action that supports this ${r.term}, or link an existing one to it.`,
      ),
    );
  }
  for (const p of structure.priorities) {
    if (supported.has(`P:${p.name}`)) continue;
    findings.push(
      finding(
        "coverage/priority-gap",
        placeFor(context, p.cell, "Priority"),
        p.name,
        `No action supports the existing priority "${p.name}"${basis}.`,
      ),
    );
  }
  return findings;
};
