// Builds the summary sheets a user asked for, in a fixed order. The owner summary comes with its chase
// list: the counts and the items they count, each with a header that fits it on every printed page.

import type { ValidationResult } from "../validation/validate";
import type { GeneratedSheet } from "../workbook/sheet-spec";
import { boardExceptions } from "./board-exceptions";
import { changesSummary } from "./changes-summary";
import { chaseList } from "./chase-list";
import { ownerSummary } from "./owner-summary";
import { recommendationSummary } from "./recommendation-summary";
import type { SummaryOptions } from "./sheet-header";
import { themeSummary } from "./theme-summary";

export const SUMMARY_KINDS = ["theme", "recommendation", "owner", "exceptions", "changes"] as const;
export type SummaryKind = (typeof SUMMARY_KINDS)[number];

type Builder = (result: ValidationResult, options: SummaryOptions) => GeneratedSheet;

const BUILDERS: Record<SummaryKind, Builder[]> = {
  theme: [themeSummary],
  recommendation: [recommendationSummary],
  owner: [ownerSummary, chaseList],
  exceptions: [boardExceptions],
  changes: [changesSummary],
};

export function buildSummaries(
  result: ValidationResult,
  kinds: readonly SummaryKind[],
  options: SummaryOptions,
): GeneratedSheet[] {
  return SUMMARY_KINDS.filter((k) => kinds.includes(k)).flatMap((k) =>
    BUILDERS[k].map((build) => build(result, options)),
  );
}

/** What "all summaries" means for a plan: changes only once a board snapshot has been saved. */
export function defaultSummaryKinds(result: ValidationResult): SummaryKind[] {
  return SUMMARY_KINDS.filter((k) => k !== "changes" || result.reading.history.length > 0);
}
