// `plan-check validate`: the findings as of a date, as text or JSON, and optionally an annotated
// copy of the workbook with the findings shown in Excel.

import path from "node:path";
import { openWorkbookFile } from "../../adapters/xlsx/open-workbook";
import { isMacroEnabled } from "../../adapters/xlsx/package";
import { writeAnnotatedCopy } from "../../adapters/xlsx/write-annotated";
import { checkCopyKind, checkOutput, UsageError, writeOutputAtomically } from "../../adapters/xlsx/files";
import { filterFindings, type Severity } from "../../core/findings/finding";
import { validationJson } from "../../core/report/validation-json";
import { validateWorkbook } from "../../core/validation/validate";
import { validationText } from "../format/validation-text";
import type { Output } from "../output";
import { parseAsOf, parseList, today } from "../options";

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

export function validateCommand(file: string, options: ValidateOptions, out: Output): number {
  const given = parseAsOf(options.asOf);
  const target = options.out ? { input: file, output: options.out, inPlace: Boolean(options.inPlace) } : null;
  if (options.saveSnapshot && !target)
    throw new UsageError("--save-snapshot needs --out: the snapshot is saved in the copy it writes.");
  if (target) checkOutput(target);

  const opened = openWorkbookFile(file);
  if (target) checkCopyKind(target, isMacroEnabled(opened.pkg));
  const result = validateWorkbook(opened.snapshot, { sheet: options.sheet, asOf: given, today: today() });
  const findings = filterFindings(result.findings, {
    codes: parseList(options.code),
    severities: parseList(options.severity) as Severity[] | undefined,
  });

  let written: string | null = null;
  if (target) {
    const bytes = writeAnnotatedCopy(opened.pkg, opened.snapshot, result, {
      generatedOn: today(),
      saveSnapshot: options.saveSnapshot,
    });
    const backup = writeOutputAtomically(target, bytes);
    written = `Annotated copy written to ${target.output}${backup ? ` (the original was kept as ${path.basename(backup)})` : ""}.`;
  }
  out.line(
    options.json
      ? JSON.stringify(validationJson(result, findings), null, 2)
      : validationText(result, findings, path.basename(file)),
  );
  // Last, where a coordinator looks once a long report has scrolled by; on stderr, so stdout stays the report.
  if (written && !options.json) out.error(written);
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}
