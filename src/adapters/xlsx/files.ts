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

/** What each refusal of the file system means to a coordinator, and what to do about it. */
const REASONS: Readonly<Record<string, string>> = {
  // Windows refuses to replace a workbook that Excel has open with EBUSY or EPERM.
  EBUSY: "it is open in another program. If Excel has it open, close it there and try again",
  EPERM: "it is open in another program or may not be changed. If Excel has it open, close it there and try again",
  EACCES: "you may not save there. Choose a folder you can save to",
  EROFS: "that drive is read-only. Choose a folder you can save to",
  ENOSPC: "the disk is full. Free some space and try again",
  EDQUOT: "your storage allowance is used up. Free some space and try again",
  EISDIR: "there is a folder with that name. Choose another name",
  ENOTDIR: "part of that path is a file, not a folder. Choose another folder",
  ENAMETOOLONG: "the name or folder path is too long. Choose a shorter one",
};

/**
 * Why the file system refused, in words a coordinator can act on; the system's code is kept at the end
 * for whoever supports them.
 */
export function whyNotWritten(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? "";
  const said = REASONS[code] ?? "the file system refused it";
  return code ? `${said} (${code})` : said;
}

export function writeOutputAtomically(target: OutputTarget, bytes: Uint8Array): string | null {
  const output = path.resolve(target.output);
  let backup: string | null = null;
  if (target.inPlace && path.resolve(target.input) === output) {
    backup = output.replace(/\.(xls[xm])$/i, `.backup-${new Date().toISOString().replace(/[:.]/g, "-")}.$1`);
    try {
      fs.copyFileSync(output, backup, fs.constants.COPYFILE_EXCL);
    } catch (error) {
      throw new UsageError(
        `Cannot keep a backup of ${target.output}, so it was left as it was: ${whyNotWritten(error)}.`,
      );
    }
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
    removeIfThere(temp);
    throw new UsageError(`Cannot write ${target.output}: ${whyNotWritten(error)}.`);
  }
  return backup;
}

/**
 * Removes the temporary file. Where the file system refused its very name (too long, say), removing it
 * fails the same way; that is not a second error to report.
 */
function removeIfThere(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Nothing could have been made under that name.
  }
}
