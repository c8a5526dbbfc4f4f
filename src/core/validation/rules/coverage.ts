// Coverage: every Ofsted recommendation and existing priority is supported by at least one action;
// links name things that exist. Without a links column, likely links are inferred from the wording
// and reported as suggestions, clearly marked as inferred.

import { finding, type Finding, type FindingPlace } from "../../findings/finding";
import { inWords } from "../../in-words";
import { inferLinks, linkLabel, resolveLink, type LinkTarget } from "../../plan/links";
import type { Action, CellRef } from "../../plan/model";
import { actionFinding, columnOf, type Rule, type ValidationContext } from "../context";

export interface Coverage {
  /** Per action, what it supports and whether that was inferred. */
  links: Map<Action, { targets: LinkTarget[]; inferred: boolean }>;
  unknownLinks: { action: Action; link: string }[];
}

export function computeCoverage(context: Pick<ValidationContext, "reading">): Coverage {
  const { plan } = context.reading;
  const hasLinksColumn = context.reading.header.columns.some((c) => c.role === "links");
  const links: Coverage["links"] = new Map();
  const unknownLinks: Coverage["unknownLinks"] = [];
  for (const action of plan.actions) {
    if (hasLinksColumn) {
      const targets: LinkTarget[] = [];
      for (const link of action.links) {
        const target = resolveLink(link, plan.structure);
        if (target) targets.push(target);
        else unknownLinks.push({ action, link });
      }
      links.set(action, { targets, inferred: false });
    } else {
      links.set(action, { targets: inferLinks(action, plan.structure), inferred: true });
    }
  }
  return { links, unknownLinks };
}

function placeFor(context: ValidationContext, cell: CellRef | undefined, columnName: string): FindingPlace {
  if (cell) return { sheet: cell.sheet, row: cell.row, column: cell.column, columnName };
  const header = context.reading.header;
  const links = columnOf(context, "links");
  return { sheet: context.reading.plan.sheet, row: header.rows[0], column: links.column, columnName: links.heading };
}

export const coverageRule: Rule = (context) => {
  const findings: Finding[] = [];
  const { structure } = context.reading.plan;
  const coverage = computeCoverage(context);
  const supported = new Set<string>();
  let inferred = false;
  for (const [action, { targets, inferred: guessed }] of coverage.links) {
    inferred ||= guessed;
    for (const t of targets) supported.add(t.kind === "recommendation" ? t.recommendation.id : `P:${t.priority.name}`);
    if (guessed && targets.length > 0) {
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
  for (const { action, link } of coverage.unknownLinks) {
    findings.push(
      actionFinding(
        context,
        "coverage/unknown-link",
        action,
        "links",
        link,
        `The action in row ${action.row + 1} links to "${link}", which is not a recommendation or priority of this plan.`,
      ),
    );
  }
  const basis = inferred ? " (judged from the actions' wording, as the plan has no links column)" : "";
  for (const r of structure.recommendations) {
    if (supported.has(r.id)) continue;
    findings.push(
      finding(
        "coverage/recommendation-gap",
        placeFor(context, r.cell, "Recommendation"),
        r.text,
        `No action supports Ofsted recommendation ${r.number} (${r.topic})${basis}.`,
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
