// Summary by recommendation: gaps first, then each Ofsted recommendation and existing priority with
// the actions that support it — recorded links, or inferred ones marked as inferred.

import { FINDING_CODES } from "../findings/codes";
import { oneLine } from "../one-line";
import { inWords } from "../in-words";
import { pluralTerm, recommendationTerms, termHeading, termsInWords, type LinkTarget } from "../plan/links";
import type { PlanStructure, Recommendation } from "../plan/model";
import { computeCoverage, type Coverage } from "../validation/rules/coverage";
import type { ValidationResult } from "../validation/validate";
import { GENERATED_SHEET_NAMES } from "../workbook/generated";
import { date, text, type GeneratedSheet, type SpecCell } from "../workbook/sheet-spec";
import { actionFacts, ownersShown, type ActionFacts } from "./action-facts";
import { headerBlock, rowLink, type SummaryOptions } from "./sheet-header";

export function recommendationSummary(result: ValidationResult, options: SummaryOptions): GeneratedSheet {
  const { structure } = result.reading.plan;
  const facts = actionFacts(result);
  const byAction = new Map(facts.map((f) => [f.action, f]));
  const coverage = computeCoverage(result);
  const supporters = new Map<string, { fact: ActionFacts; inferred: boolean }[]>();
  for (const [action, { targets, inferred }] of coverage.links) {
    for (const t of targets) {
      const key = keyOf(t);
      const entry = { fact: byAction.get(action) as ActionFacts, inferred };
      const list = supporters.get(key);
      if (list) list.push(entry);
      else supporters.set(key, [entry]);
    }
  }
  const rows = headerBlock("Summary by recommendation", result, options, inferenceNote(coverage, structure));

  const gaps = structure.recommendations.filter((r) => !supporters.has(`R:${r.id}`));
  rows.push([
    structure.source === "none"
      ? text(
          `The workbook has no Recommendations sheet, so there is nothing to check. ${FINDING_CODES["coverage/no-recommendations"].fix}`,
          "warning",
        )
      : text(
          gaps.length === 0
            ? `Every ${termsInWords(structure, false, "and")} ${namedOnly(structure)}has at least one action.`
            : `Gaps: ${gapsInWords(gaps, structure)} no action`,
          gaps.length ? "error" : "ok",
        ),
  ]);
  for (const g of gaps)
    rows.push([
      // Its reference, as the table below has it: "Area for improvement 3" would not fit the column.
      text(g.id, "error"),
      text(g.topic ? `${g.topic}: ${g.text}` : g.text, "wrap"),
    ]);
  rows.push([]);

  const headerRow = rows.length;
  const header = [
    "Ref",
    termHeading(inWords([...recommendationTerms(structure), "priority"], "or")),
    "Topic",
    "Theme",
    "Row",
    "Supporting action",
    "Owner(s)",
    "Due",
    "Status",
    "Link",
    "Go to",
  ];
  rows.push(header.map((h) => text(h, "header")));
  const supportRows = (key: string, lead: SpecCell[]): void => {
    const list = supporters.get(key) ?? [];
    if (list.length === 0) {
      rows.push([...lead, null, text("No action supports this — gap", "error"), null, null, null, null, null]);
      return;
    }
    list.forEach(({ fact, inferred: guessed }, i) => {
      rows.push([
        ...(i === 0 ? lead : lead.map(() => null)),
        { kind: "number", value: fact.action.row + 1 },
        text(oneLine(fact.action.what, 160), "wrap"),
        text(ownersShown(fact.action), "wrap"),
        fact.due ? date(fact.due) : text("no due date"),
        text(
          fact.overdue ? `${fact.statusLabel} · overdue` : fact.statusLabel,
          fact.complete ? "ok" : fact.overdue ? "error" : "text",
        ),
        text(guessed ? "Inferred" : "Recorded", guessed ? "warning" : "text"),
        rowLink(result, { sheet: fact.action.sheet, cell: fact.cell, row: fact.action.row + 1 }, options),
      ]);
    });
  };
  for (const r of structure.recommendations) {
    const theme = r.theme || soleTheme(supporters.get(`R:${r.id}`) ?? [], r.text);
    supportRows(`R:${r.id}`, [text(r.id, "bold"), text(r.text, "wrap"), text(r.topic, "wrap"), text(theme, "wrap")]);
  }
  for (const p of structure.priorities) {
    supportRows(`P:${p.name}`, [
      text("Priority", "bold"),
      text(p.name, "wrap"),
      text("", "text"),
      text(p.theme, "wrap"),
    ]);
  }
  return {
    kind: "recommendation",
    name: GENERATED_SHEET_NAMES.recommendation,
    columnWidths: [10, 46, 22, 20, 6, 45, 28, 13, 24, 10, 10],
    rows,
    headerRow,
    marking: result.reading.marking,
  };
}

/**
 * The theme a recommendation's list leaves blank (one the plan names in its own cells, or a sheet with no
 * Theme column): the theme of its supporting actions, where they all sit under one. Not where that theme
 * is the recommendation's own heading ("AFI 1: …" over its block of actions), which would say it twice.
 */
function soleTheme(supporting: { fact: ActionFacts }[], recommendation: string): string {
  const themes = new Set(supporting.map(({ fact }) => fact.action.theme));
  const [only] = themes;
  return themes.size === 1 && only && !only.includes(recommendation) ? only : "";
}

/** "the plan names ", where the list was read from the plan's own cells: one it never names is not on it. */
/** "1 recommendation has", "3 areas for improvement and 1 priority action have": the gaps, kind by kind. */
function gapsInWords(gaps: Recommendation[], structure: PlanStructure): string {
  const counts = recommendationTerms(structure).flatMap((term) => {
    const n = gaps.filter((g) => g.term === term).length;
    return n === 0 ? [] : [`${n} ${n === 1 ? term : pluralTerm(term)}`];
  });
  return `${inWords(counts)} ${gaps.length === 1 ? "has" : "have"}`;
}

function namedOnly(structure: PlanStructure): string {
  return structure.source === "plan"
    ? "the plan names (the workbook has no Recommendations sheet to check against) "
    : "";
}

/** Says when supporting actions were inferred from wording rather than read from recorded links. */
function inferenceNote(coverage: Coverage, structure: PlanStructure): string | undefined {
  const links = [...coverage.links.values()];
  if (structure.source === "none" || !links.some((l) => l.inferred)) return undefined;
  return links.every((l) => l.inferred)
    ? "This plan records no links, so the supporting actions below are inferred from their wording: check them."
    : 'Actions that record no links are shown with links inferred from their wording, marked "Inferred": check them.';
}

function keyOf(t: LinkTarget): string {
  return t.kind === "recommendation" ? `R:${t.recommendation.id}` : `P:${t.priority.name}`;
}
