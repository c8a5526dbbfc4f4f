// Where a batch writes: with several workbooks, --out names a folder, and each workbook's copy goes
// into it under the workbook's own name, so a scheduled job's outputs are found where it put them.

import fs from "node:fs";
import path from "node:path";
import { UsageError, whyNotWritten, type OutputTarget } from "../adapters/xlsx/files";
import { isFolder } from "./input-files";

/** --in-place replaces the one workbook named; a batch writes copies instead. */
export function refuseInPlaceForBatch(inPlace: boolean | undefined): void {
  if (inPlace)
    throw new UsageError("--in-place replaces one workbook: give one, or name a folder for the copies with --out.");
}

/**
 * The folder --out names for a batch, made if it is not there yet. Refused when it is a file, or a
 * folder the workbooks themselves are in: every copy would then replace its original.
 */
export function batchOutputFolder(out: string, inputs: string[]): string {
  if (/\.xls[xm]$/i.test(out))
    throw new UsageError(
      `With several workbooks, --out names a folder to write each copy into (got ${out}). Give a folder, or one workbook.`,
    );
  if (fs.existsSync(out) && !isFolder(out))
    throw new UsageError(`--out must name a folder when several workbooks are checked, and ${out} is a file.`);
  const folder = path.resolve(out);
  const inputFolders = inputs.map((input) => path.resolve(isFolder(input) ? input : path.dirname(input)));
  if (inputFolders.includes(folder))
    throw new UsageError(
      `--out is the folder the workbooks are in (${out}), so each copy would replace its original. Choose another folder.`,
    );
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new UsageError(`Cannot make the folder ${out}: ${whyNotWritten(error)}.`);
  }
  return out;
}

/**
 * One workbook's copy in the batch's folder, under its own name; summaries written alone are named for
 * what they are, "Plan 2 - summaries.xlsx", so no one takes them for the plan.
 */
export function targetInFolder(folder: string, input: string, alone = false): OutputTarget {
  const name = alone ? path.basename(input).replace(/\.xls[xm]$/i, " - summaries.xlsx") : path.basename(input);
  return { input, output: path.join(folder, name), inPlace: false };
}

/** Where one workbook's copy goes: the file --out names, or into the folder it names, as in a batch. */
export function targetFor(input: string, out: string, inPlace: boolean, alone = false): OutputTarget {
  return isFolder(out) ? targetInFolder(out, input, alone) : { input, output: out, inPlace };
}
