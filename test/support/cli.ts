// Runs the command line in-process and captures exactly what a user would see.

import { run } from "../../src/cli/main";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Both streams in the order they were written, as a terminal shows them. */
  terminal: string;
}

export async function runCli(...args: string[]): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const terminal: string[] = [];
  const code = await run(args, {
    line: (t) => {
      stdout.push(t);
      terminal.push(t);
    },
    error: (t) => {
      stderr.push(t);
      terminal.push(t);
    },
  });
  return { code, stdout: stdout.join("\n"), stderr: stderr.join("\n"), terminal: terminal.join("\n") };
}
