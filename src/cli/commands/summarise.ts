// `plan-check summarise`: summary sheets for the board — added to a copy of the workbook, or written
// alone to a new workbook for circulation.

import path from "node:path";
import { openWorkbookFile } from "../../adapters/xlsx/open-workbook";
import { isMacroEnabled } from "../../adapters/xlsx/package";
import { checkCopyKind, checkOutput, UsageError, writeOutputAtomically } from "../../adapters/xlsx/files";
import { addSheetsToCopy, summariesWorkbook } from "../../adapters/xlsx/write-summaries";
import { inWords } from "../../core/in-words";
import {
  buildSummaries,
  defaultSummaryKinds,
  SUMMARY_KINDS,
  type SummaryKind,
} from "../../core/summaries/build-summaries";
import { validateWorkbook } from "../../core/validation/validate";
import { reportHeading } from "../format/validation-text";
import { countsLine } from "../../core/report/counts-line";
import { parseAsOf, splitList, today } from "../options";
import { EXIT } from "../exit-codes";
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
  const word = typed.toLowerCase();
  const kind = [word, `${word}s`, word.replace(/s$/, "")].find((w) => (SUMMARY_KINDS as readonly string[]).includes(w));
  if (kind === undefined) throw new UsageError(`--only takes ${SUMMARY_KINDS.join(", ")} (got "${typed}").`);
  return kind as SummaryKind;
}

function parseKinds(only: string | undefined): SummaryKind[] | null {
  return only === undefined ? null : splitList(only).map(summaryKind);
}

export function summariseCommand(file: string, options: SummariseOptions, out: Output): number {
  if (!options.out) throw new UsageError("summarise needs --out <file.xlsx>: where to write the summaries.");
  const kinds = parseKinds(options.only);
  const given = parseAsOf(options.asOf);
  const target = { input: file, output: options.out, inPlace: Boolean(options.inPlace) };
  checkOutput(target);

  const opened = openWorkbookFile(file);
  checkCopyKind(target, !options.separate && isMacroEnabled(opened.pkg));
  const result = validateWorkbook(opened.snapshot, { sheet: options.sheet, asOf: given, today: today() });
  const sheets = buildSummaries(result, kinds ?? defaultSummaryKinds(result), {
    generatedOn: today(),
    linkToPlan: !options.separate,
  });
  const written = options.separate ? summariesWorkbook(sheets) : addSheetsToCopy(opened.pkg, sheets);
  const backup = writeOutputAtomically(target, written.bytes);

  out.line(reportHeading(result, path.basename(file)));
  out.line(countsLine(result.counts));
  out.line(
    `Wrote ${inWords(written.sheets.map((s) => `"${s.name}"`))} to ${options.out}${options.separate ? " (summaries only)" : ""}.`,
  );
  for (const s of written.sheets) {
    if (s.renamedFrom)
      out.line(
        `The workbook already has a sheet of its own called "${s.renamedFrom}", so the summary is called "${s.name}".`,
      );
  }
  if (backup) out.line(`The original was kept as ${path.basename(backup)}.`);
  return result.counts.errors > 0 ? EXIT.findings : EXIT.ok;
}
