// `plan-check validate`: the findings as of a date, as text or JSON, and optionally an annotated
// copy of the workbook with the findings shown in Excel.

import path from "node:path";
import { openWorkbookFile, type OpenedWorkbook } from "../../adapters/xlsx/open-workbook";
import { isMacroEnabled } from "../../adapters/xlsx/package";
import { writeAnnotatedCopy } from "../../adapters/xlsx/write-annotated";
import {
  checkCopyKind,
  checkOutput,
  UsageError,
  writeOutputAtomically,
  type OutputTarget,
} from "../../adapters/xlsx/files";
import { filterFindings, type Finding, type Severity } from "../../core/findings/finding";
import { validationJson } from "../../core/report/validation-json";
import { validateWorkbook, type ValidationResult } from "../../core/validation/validate";
import { validationText } from "../format/validation-text";
import { runBatch, type BatchCounts } from "../batch";
import { namesOneWorkbook } from "../input-files";
import { batchOutputFolder, refuseInPlaceForBatch, targetFor, targetInFolder } from "../output-folder";
import { EXIT } from "../exit-codes";
import type { Output } from "../output";
import { parseAsOf, parseList, today } from "../options";
import type { IsoDate } from "../../core/deadline/calendar";

export interface ValidateOptions {
  sheet?: string;
  asOf?: string;
  json?: boolean;
  out?: string;
  inPlace?: boolean;
  code?: string;
  severity?: string;
  saveSnapshot?: boolean;
}

/**
 * Validates one workbook, with an annotated copy if asked, or several one after another for a batch,
 * each annotated copy then going into the folder --out names.
 */
export function validateCommand(files: string[], options: ValidateOptions, out: Output): number {
  // Dates, filters and where to write are checked before any workbook is read, so a mistake is said once.
  const checking = checkingFor(options);
  const one = namesOneWorkbook(files);
  if (options.saveSnapshot && !options.out)
    throw new UsageError(
      `--save-snapshot needs --out: the snapshot is saved in the ${one ? "copy" : "copies"} it writes.`,
    );
  if (one) return validateOne(files[0], options, checking, out);
  refuseInPlaceForBatch(options.inPlace);
  const folder = options.out ? batchOutputFolder(options.out, files) : null;
  return runBatch(
    files,
    Boolean(options.json),
    out,
    (file) => {
      const target = folder ? targetInFolder(folder, file) : null;
      const { result, findings, written } = validateFile(file, target, checking, options);
      return {
        code: exitCode(findings),
        json: () => validationJson(result, findings),
        text: () => validationText(result, findings, path.basename(file)) + (written ? `\n${written}` : ""),
      };
    },
    checkedTally,
  );
}

/** Reads and checks one workbook, and writes its annotated copy where a target is given. */
function validateFile(
  file: string,
  target: OutputTarget | null,
  checking: Checking,
  options: ValidateOptions,
): { result: ValidationResult; findings: Finding[]; written: string | null } {
  // Before reading, so a wrong name is said at once, not after a large workbook is read.
  if (target) checkOutput(target);
  const opened = openWorkbookFile(file);
  if (target) checkCopyKind(target, isMacroEnabled(opened.pkg));
  const { result, findings } = check(opened, checking);
  return { result, findings, written: target ? writeCopy(opened, target, result, options) : null };
}

/** Writes the annotated copy, and says where (and where the original was kept, when replaced). */
function writeCopy(
  opened: OpenedWorkbook,
  target: OutputTarget,
  result: ValidationResult,
  options: ValidateOptions,
): string {
  const bytes = writeAnnotatedCopy(opened.pkg, opened.snapshot, result, {
    generatedOn: today(),
    saveSnapshot: options.saveSnapshot,
  });
  const backup = writeOutputAtomically(target, bytes);
  return `Annotated copy written to ${target.output}${backup ? ` (the original was kept as ${path.basename(backup)})` : ""}.`;
}

/** "1 with errors, 1 without" (of "3 workbooks: 1 with errors, 1 without, 1 could not be read."). */
function checkedTally(c: BatchCounts): string {
  return `${c.withErrors} with errors, ${c.withoutErrors} without`;
}

/** What to check with, from the options as given. */
interface Checking {
  sheet: string | undefined;
  asOf: IsoDate | undefined;
  codes: string[] | undefined;
  severities: Severity[] | undefined;
}

function checkingFor(options: ValidateOptions): Checking {
  return {
    sheet: options.sheet,
    asOf: parseAsOf(options.asOf),
    codes: parseList(options.code),
    severities: parseList(options.severity) as Severity[] | undefined,
  };
}

function check(opened: OpenedWorkbook, checking: Checking): { result: ValidationResult; findings: Finding[] } {
  const result = validateWorkbook(opened.snapshot, { sheet: checking.sheet, asOf: checking.asOf, today: today() });
  return { result, findings: filterFindings(result.findings, checking) };
}

/** The exit code of a report: 1 when it shows an error. */
function exitCode(findings: Finding[]): number {
  return findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
}

function validateOne(file: string, options: ValidateOptions, checking: Checking, out: Output): number {
  const target = options.out ? targetFor(file, options.out, Boolean(options.inPlace)) : null;
  const { result, findings, written } = validateFile(file, target, checking, options);
  out.line(
    options.json
      ? JSON.stringify(validationJson(result, findings), null, 2)
      : validationText(result, findings, path.basename(file)),
  );
  // Last, where a coordinator looks once a long report has scrolled by; on stderr, so stdout stays the report.
  if (written && !options.json) out.error(written);
  return exitCode(findings);
}
