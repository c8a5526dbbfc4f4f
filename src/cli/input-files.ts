// The workbooks a command line names. A scheduled job may name a folder, and Windows' shells hand a
// wildcard on as typed ("plans\*.xlsx") where other shells expand it: both are expanded here, in name
// order. Excel's lock files ("~$plan.xlsx", kept beside a workbook while someone has it open) are left
// out of a batch, so a plan left open in the office does not fail the night's run.

import fs from "node:fs";
import path from "node:path";
import { isLockFile, lockFileMessage } from "../adapters/xlsx/files";

export interface NamedWorkbooks {
  files: string[];
  /** One line each: a folder with no workbooks in it, a wildcard that matches none. */
  problems: string[];
  /** One line each: a lock file named among the workbooks, left out. */
  skipped: string[];
}

const WORKBOOK = /\.xls[xm]$/i;
const WILDCARD = /[*?]/;

/** True when the arguments name one workbook file, reported on its own rather than as a batch. */
export function namesOneWorkbook(inputs: string[]): boolean {
  return inputs.length === 1 && !isFolder(inputs[0]) && !isUnexpandedWildcard(inputs[0]);
}

export function expandInputs(inputs: string[]): NamedWorkbooks {
  const named: NamedWorkbooks = { files: [], problems: [], skipped: [] };
  const seen = new Set<string>();
  const add = (file: string): void => {
    const key = path.resolve(file);
    if (!seen.has(key)) named.files.push(file);
    seen.add(key);
  };
  for (const input of inputs) {
    if (isFolder(input)) {
      const found = workbooksIn(input, () => true);
      if (found.length === 0) named.problems.push(`${input} is a folder with no Excel workbooks (.xlsx) in it.`);
      found.forEach(add);
    } else if (isUnexpandedWildcard(input)) {
      const found = matching(input);
      if (found.length === 0) named.problems.push(`No workbook matches ${input}. Check the folder and the name.`);
      found.forEach(add);
    } else if (isLockFile(input)) {
      named.skipped.push(`Skipped ${lockFileMessage(input)}`);
    } else {
      add(input);
    }
  }
  return named;
}

/** True when the path names a folder that is there. */
export function isFolder(input: string): boolean {
  try {
    return fs.statSync(input).isDirectory();
  } catch {
    return false;
  }
}

/** A wildcard in the file name that no shell expanded (a file may really be named so: then it is read). */
function isUnexpandedWildcard(input: string): boolean {
  return WILDCARD.test(path.basename(input)) && !fs.existsSync(input);
}

/** The workbooks in a folder whose names pass the test, lock files left out, in the order people number them. */
function workbooksIn(folder: string, test: (name: string) => boolean): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && WORKBOOK.test(e.name) && !isLockFile(e.name) && test(e.name))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
    .map((name) => path.join(folder, name));
}

/** "plans/*.xlsx": * and ? in the file name, without regard to case as on Windows; the folder is as written. */
function matching(pattern: string): string[] {
  const source = path
    .basename(pattern)
    .split(/([*?])/)
    .map((piece) => (piece === "*" ? ".*" : piece === "?" ? "." : piece.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
    .join("");
  const name = new RegExp(`^${source}$`, "i");
  return workbooksIn(path.dirname(pattern), (n) => name.test(n));
}
