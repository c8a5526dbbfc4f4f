// `plan-check setup`: adds tracking to a plan — Status, Links, Progress update and Last updated columns,
// drop-down lists and the settings sheet — into a new file, after the user confirms what will change.

import { openWorkbookFile } from "../../adapters/xlsx/open-workbook";
import { isMacroEnabled } from "../../adapters/xlsx/package";
import { checkCopyKind, checkOutput, UsageError, writeOutputAtomically } from "../../adapters/xlsx/files";
import { writeTrackingSetup } from "../../adapters/xlsx/write-setup";
import { isNothingToDo, planWorkbookTrackingSetup } from "../../core/tracking/tracking-setup";
import { EXIT } from "../exit-codes";
import { quotedSheets } from "../../core/in-words";
import type { Output } from "../output";

export interface SetupOptions {
  out?: string;
  yes?: boolean;
  sheet?: string;
  inPlace?: boolean;
}

export function setupCommand(file: string, options: SetupOptions, out: Output): number {
  if (!options.out)
    throw new UsageError("setup needs --out <file.xlsx>: where to write the workbook with tracking added.");
  const target = { input: file, output: options.out, inPlace: Boolean(options.inPlace) };
  checkOutput(target);
  const opened = openWorkbookFile(file);
  checkCopyKind(target, isMacroEnabled(opened.pkg));
  const setup = planWorkbookTrackingSetup(opened.snapshot, options.sheet);
  if (isNothingToDo(setup)) {
    out.line(
      `${quotedSheets(setup.sheets.map((s) => s.sheet))} already has tracking: nothing to add, nothing written.`,
    );
    return EXIT.ok;
  }
  out.line("Set up tracking will:");
  for (const line of setup.summary) out.line(`  - ${line}`);
  if (!options.yes) {
    out.line("Nothing was written. Run again with --yes to make these changes in a new file.");
    return EXIT.ok;
  }
  const backup = writeOutputAtomically(target, writeTrackingSetup(opened.pkg, setup));
  out.line(
    `Written to ${options.out}${backup ? ` (the original was kept as ${backup})` : ""}. Nothing that was there was moved or overwritten.`,
  );
  return EXIT.ok;
}
