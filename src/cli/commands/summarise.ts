// `plan-check summarise`: summary sheets for the board — added to a copy of the workbook, or written
// alone to a new workbook for circulation.

import path from "node:path";
import { openWorkbookFile } from "../../adapters/xlsx/open-workbook";
import { isMacroEnabled } from "../../adapters/xlsx/package";
import {
  checkCopyKind,
  checkOutput,
  UsageError,
  writeOutputAtomically,
  type OutputTarget,
} from "../../adapters/xlsx/files";
import { addSheetsToCopy, summariesWorkbook } from "../../adapters/xlsx/write-summaries";
import { inWords } from "../../core/in-words";
import type { IsoDate } from "../../core/deadline/calendar";
import {
  buildSummaries,
  defaultSummaryKinds,
  SUMMARY_KINDS,
  type SummaryKind,
} from "../../core/summaries/build-summaries";
import { validateWorkbook } from "../../core/validation/validate";
import { reportHeading } from "../format/validation-text";
import { countsLine } from "../../core/report/counts-line";
import { nameAsTyped, parseAsOf, splitList, today } from "../options";
import { EXIT } from "../exit-codes";
import { runBatch, type BatchCounts } from "../batch";
import { namesOneWorkbook } from "../input-files";
import { batchOutputFolder, refuseInPlaceForBatch, targetFor, targetInFolder } from "../output-folder";
import type { Output } from "../output";

export interface SummariseOptions {
  out?: string;
  asOf?: string;
  only?: string;
  separate?: boolean;
  sheet?: string;
  inPlace?: boolean;
}

/** A summary's name as typed: any case, singular or plural ("Themes", "owners", "exception"). */
function summaryKind(typed: string): SummaryKind {
  const kind = nameAsTyped(typed, SUMMARY_KINDS);
  if (kind === undefined) throw new UsageError(`--only takes ${SUMMARY_KINDS.join(", ")} (got "${typed}").`);
  return kind;
}

function parseKinds(only: string | undefined): SummaryKind[] | null {
  return only === undefined ? null : splitList(only).map(summaryKind);
}

/**
 * Summarises one workbook, or several one after another for a batch, each then written into the
 * folder --out names under its own name.
 */
export function summariseCommand(files: string[], options: SummariseOptions, out: Output): number {
  if (!options.out) throw new UsageError("summarise needs --out <file.xlsx>: where to write the summaries.");
  // The summaries and date are checked before any workbook is read, so a mistake is said once.
  const kinds = parseKinds(options.only);
  const asOf = parseAsOf(options.asOf);
  if (namesOneWorkbook(files)) {
    const target = targetFor(files[0], options.out, Boolean(options.inPlace), options.separate);
    const summarised = summariseFile(files[0], target, kinds, asOf, options);
    out.line(summarised.text);
    return summarised.code;
  }
  refuseInPlaceForBatch(options.inPlace);
  const folder = batchOutputFolder(options.out, files);
  return runBatch(
    files,
    false,
    out,
    (file) => {
      const summarised = summariseFile(file, targetInFolder(folder, file, options.separate), kinds, asOf, options);
      return { code: summarised.code, json: () => null, text: () => summarised.text };
    },
    summarisedTally,
  );
}

/** "summaries written for 2" (of "3 workbooks: summaries written for 2, 1 could not be read."). */
function summarisedTally(c: BatchCounts): string {
  return `summaries written for ${c.withErrors + c.withoutErrors}`;
}

/** Reads one workbook, writes its summaries, and says what was written where. */
function summariseFile(
  file: string,
  target: OutputTarget,
  kinds: SummaryKind[] | null,
  asOf: IsoDate | undefined,
  options: SummariseOptions,
): { code: number; text: string } {
  // Before reading, so a wrong name is said at once, not after a large workbook is read.
  checkOutput(target);
  const opened = openWorkbookFile(file);
  checkCopyKind(target, !options.separate && isMacroEnabled(opened.pkg));
  const result = validateWorkbook(opened.snapshot, { sheet: options.sheet, asOf, today: today() });
  const sheets = buildSummaries(result, kinds ?? defaultSummaryKinds(result), {
    generatedOn: today(),
    linkToPlan: !options.separate,
  });
  const written = options.separate ? summariesWorkbook(sheets) : addSheetsToCopy(opened.pkg, sheets);
  const backup = writeOutputAtomically(target, written.bytes);

  const lines = [
    reportHeading(result, path.basename(file)),
    countsLine(result.counts),
    `Wrote ${inWords(written.sheets.map((s) => `"${s.name}"`))} to ${target.output}${options.separate ? " (summaries only)" : ""}.`,
  ];
  for (const s of written.sheets) {
    if (s.renamedFrom)
      lines.push(
        `The workbook already has a sheet of its own called "${s.renamedFrom}", so the summary is called "${s.name}".`,
      );
  }
  if (backup) lines.push(`The original was kept as ${path.basename(backup)}.`);
  return { code: result.counts.errors > 0 ? EXIT.findings : EXIT.ok, text: lines.join("\n") };
}
