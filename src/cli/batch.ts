// Several workbooks in one run, for a batch or a scheduled job — named one by one, by a folder or by a
// wildcard: each report follows the last (or one JSON array holds them), a workbook that cannot be
// read is said in one line without stopping the rest, and the exit code is the worst of them.

import path from "node:path";
import { UsageError } from "../adapters/xlsx/files";
import { plural } from "../core/in-words";
import { PlanReadError } from "../core/reader/errors";
import { EXIT } from "./exit-codes";
import { explain } from "./explain";
import { expandInputs } from "./input-files";
import type { Output } from "./output";

/** One workbook's report, worked out only in the form asked for. */
export interface Report {
  code: number;
  json: () => unknown;
  text: () => string;
}

/** How a batch's workbooks went: reported with and without errors, or not read. */
export interface BatchCounts {
  withErrors: number;
  withoutErrors: number;
  unreadable: number;
}

/**
 * Runs the report on every workbook named. In text, a last line says how the batch went — "3
 * workbooks: " then what the command did (`done`, "1 with errors, 1 without") then how many could not
 * be read — so a scheduled job's log ends with the answer.
 */
export function runBatch(
  inputs: string[],
  json: boolean,
  out: Output,
  report: (file: string) => Report,
  done: (counts: BatchCounts) => string,
): number {
  const { files, problems, skipped } = expandInputs(inputs);
  for (const line of [...problems, ...skipped]) out.error(`plan-check: ${line}`);
  const documents: unknown[] = [];
  const counts: BatchCounts = { withErrors: 0, withoutErrors: 0, unreadable: 0 };
  for (const file of files) {
    try {
      const one = report(file);
      if (json) documents.push(one.json());
      else out.line(`${one.text()}\n`);
      if (one.code === EXIT.findings) counts.withErrors++;
      else counts.withoutErrors++;
    } catch (error) {
      if (!(error instanceof PlanReadError || error instanceof UsageError)) throw error;
      const name = path.basename(file);
      out.error(`plan-check: ${error.message.includes(name) ? "" : `${name}: `}${explain(error)}`);
      counts.unreadable++;
    }
  }
  if (json) out.line(JSON.stringify(documents, null, 2));
  else if (files.length > 0) {
    const named = plural(counts.withErrors + counts.withoutErrors + counts.unreadable, "workbook");
    out.line(`${named}: ${done(counts)}, ${counts.unreadable} could not be read.`);
  }
  if (problems.length > 0 || counts.unreadable > 0) return EXIT.unreadable;
  return counts.withErrors > 0 ? EXIT.findings : EXIT.ok;
}
