// The command line: `plan-check inspect|validate|summarise|demo`. Every failure becomes one plain
// line on stderr and exit code 2; nothing here prints a stack trace.

import { Command, CommanderError } from "commander";
import { PlanReadError } from "../core/reader/read-plan";
import { UsageError } from "../adapters/xlsx/files";
import { inspectCommand } from "./commands/inspect";
import { consoleOutput, type Output } from "./output";

export const EXIT = { ok: 0, findings: 1, unreadable: 2 } as const;

export function buildProgram(out: Output, setCode: (code: number) => void): Command {
  const program = new Command("plan-check")
    .description("Check a children's services improvement plan kept in an Excel workbook.")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => out.line(s.trimEnd()),
      writeErr: (s) => out.error(s.trimEnd()),
      outputError: (s, write) => write(`plan-check: ${s.replace(/^error: /, "").trim()}\n`),
    })
    .showHelpAfterError("(run plan-check --help for usage)");

  program
    .command("inspect")
    .description("Show what Plan Check read from the workbook: sheet, columns, themes, recommendations.")
    .argument("<file>", "the plan workbook (.xlsx)")
    .option("--sheet <name>", "the plan sheet, when Plan Check should not find it itself")
    .option("--json", "print one JSON document instead of text")
    .action((file: string, options: { sheet?: string; json?: boolean }) => setCode(inspectCommand(file, options, out)));

  return program;
}

export async function run(argv: string[], out: Output = consoleOutput): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(out, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.unreadable;
    }
    if (error instanceof PlanReadError || error instanceof UsageError) {
      out.error(`plan-check: ${error.message}`);
      return EXIT.unreadable;
    }
    const message = error instanceof Error ? error.message : String(error);
    out.error(`plan-check: could not finish: ${message}`);
    if (process.env.PLAN_CHECK_DEBUG && error instanceof Error) out.error(error.stack ?? "");
    return EXIT.unreadable;
  }
}
