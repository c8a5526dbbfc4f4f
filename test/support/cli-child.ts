// Runs the command line from its TypeScript source in a child process that is stopped after a time
// limit: for inputs that once kept it busy for minutes, which a test running it in-process could only
// wait for. The limit is a guard against hanging, far above any normal run, not a measure of speed.

import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const ENTRY = `require(${JSON.stringify(path.join(ROOT, "src", "cli", "main.ts"))})
  .run(process.argv.slice(1))
  .then((code) => { process.exitCode = code; });`;

export interface ChildResult {
  /** Null when the run was stopped at the limit. */
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCliInChild(limitSeconds: number, ...args: string[]): ChildResult {
  const child = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", ENTRY, "--", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: limitSeconds * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}
