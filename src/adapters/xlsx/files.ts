// File I/O at the edge: inputs are only ever opened for reading; outputs are written to a temporary
// file beside the target and renamed into place, so a failed run never leaves a half-written file.

import fs from "node:fs";
import path from "node:path";
import { PlanReadError } from "../../core/reader/errors";

/** Larger than any real plan workbook; refuses a mistaken multi-gigabyte file before reading it. */
const MAX_INPUT_BYTES = 200 * 1024 * 1024;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Excel keeps "~$plan.xlsx" beside plan.xlsx while someone has it open: a lock, not a workbook. */
export function isLockFile(file: string): boolean {
  return path.basename(file).startsWith("~$");
}

/** What a lock file is, naming the workbook it locks when that sits beside it. */
export function lockFileMessage(file: string): string {
  const name = path.basename(file);
  const workbook = name.slice(2);
  const open = fs.existsSync(path.join(path.dirname(file), workbook))
    ? `while ${workbook} is open`
    : "while a workbook is open";
  return `${name}: it is the lock file Excel keeps ${open}, not a workbook.`;
}

export function readInputFile(file: string): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new PlanReadError(`Cannot find ${file}. Check the file name and folder.`);
  }
  if (stat.isDirectory()) throw new PlanReadError(`${file} is a folder, not a workbook.`);
  if (isLockFile(file)) throw new PlanReadError(`${lockFileMessage(file)} Name the workbook itself.`);
  if (stat.size > MAX_INPUT_BYTES)
    throw new PlanReadError(
      `${file} is ${Math.round(stat.size / 1048576)} MB, larger than any plan workbook Plan Check reads (200 MB).`,
    );
  try {
    return fs.readFileSync(file, { flag: "r" });
  } catch {
    throw new PlanReadError(
      `Cannot open ${file} for reading. Check it is not locked by another program and that you may read it.`,
    );
  }
}

export interface OutputTarget {
  input: string;
  output: string;
  inPlace: boolean;
}

/** Refuses to overwrite the input unless asked; with --in-place a backup is kept first. */
export function checkOutput(target: OutputTarget): void {
  const same = path.resolve(target.input) === path.resolve(target.output);
  if (same && !target.inPlace) {
    throw new UsageError(
      `--out is the input file (${target.output}). Choose another name, or add --in-place to replace it (a backup is kept).`,
    );
  }
  const dir = path.dirname(path.resolve(target.output));
  if (!fs.existsSync(dir)) throw new UsageError(`Cannot write ${target.output}: the folder ${dir} does not exist.`);
  if (!/\.xls[xm]$/i.test(target.output)) throw new UsageError(`--out must name an .xlsx file (got ${target.output}).`);
}

/**
 * A copy keeps its workbook's kind: a macro-enabled workbook (.xlsm) stays .xlsm, or Excel refuses to
 * open the copy; a plain workbook, or summaries alone, is .xlsx.
 */
export function checkCopyKind(target: OutputTarget, macroEnabled: boolean): void {
  const xlsm = /\.xlsm$/i.test(target.output);
  if (macroEnabled && !xlsm) {
    throw new UsageError(
      `${path.basename(target.input)} is a macro-enabled workbook: name the copy .xlsm (got ${target.output}) so Excel will open it.`,
    );
  }
  if (!macroEnabled && xlsm)
    throw new UsageError(`--out must name an .xlsx file (got ${target.output}): the copy has no macros.`);
}

export function writeOutputAtomically(target: OutputTarget, bytes: Uint8Array): string | null {
  const output = path.resolve(target.output);
  let backup: string | null = null;
  if (target.inPlace && path.resolve(target.input) === output) {
    backup = output.replace(/\.(xls[xm])$/i, `.backup-${new Date().toISOString().replace(/[:.]/g, "-")}.$1`);
    fs.copyFileSync(output, backup, fs.constants.COPYFILE_EXCL);
  }
  const temp = path.join(path.dirname(output), `.${path.basename(output)}.${process.pid}.tmp`);
  try {
    const fd = fs.openSync(temp, "wx");
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, output);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new UsageError(
      `Cannot write ${target.output}: ${(error as NodeJS.ErrnoException).code ?? "write failed"}. Is it open in Excel?`,
    );
  }
  return backup;
}
