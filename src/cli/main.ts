// The command line: `plan-check inspect|validate|summarise|setup`. Every failure becomes one plain
// line on stderr and exit code 2; nothing here prints a stack trace.

import fs from "node:fs";
import path from "node:path";
import { Command, CommanderError } from "commander";
import { PlanReadError } from "../core/reader/errors";
import { UsageError } from "../adapters/xlsx/files";
import { inspectCommand } from "./commands/inspect";
import { validateCommand, type ValidateOptions } from "./commands/validate";
import { summariseCommand, type SummariseOptions } from "./commands/summarise";
import { setupCommand, type SetupOptions } from "./commands/setup";
import { consoleOutput, type Output } from "./output";
import { EXIT } from "./exit-codes";
import { explain } from "./explain";

/** Plan Check's own version, from the package.json above this file (src/cli or, built, dist/node/cli). */
function ownVersion(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (!fs.existsSync(file)) continue;
    const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version?: string };
    if (pkg.name === "plan-check" && pkg.version) return pkg.version;
  }
  return "unknown";
}

export function buildProgram(out: Output, setCode: (code: number) => void): Command {
  const program = new Command("plan-check")
    .description("Check a children's services improvement plan kept in an Excel workbook.")
    .version(ownVersion(), "-V, --version", "print Plan Check's version")
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
    .argument("<files...>", "the plan workbook (.xlsx); several, a folder or a wildcard are read one after another")
    .option("--sheet <name>", "the plan sheet, when Plan Check should not find it itself")
    .option("--json", "print one JSON document instead of text (an array of them for several workbooks)")
    .action((files: string[], options: { sheet?: string; json?: boolean }) =>
      setCode(inspectCommand(files, options, out)),
    );

  program
    .command("validate")
    .description("Check the plan as of a date: what is missing, wrong or late, cell by cell.")
    .argument("<files...>", "the plan workbook (.xlsx); several, a folder or a wildcard are checked one after another")
    .option(
      "--as-of <YYYY-MM-DD>",
      "judge deadlines as of this date (default: the board date saved in the workbook, else today)",
    )
    .option("--sheet <name>", "the plan sheet, when Plan Check should not find it itself")
    .option("--json", "print one JSON document instead of text (an array of them for several workbooks)")
    .option(
      "--out <file.xlsx>",
      "also write an annotated copy: highlights on the plan sheet and a Validation sheet (or a folder to write each workbook's copy into)",
    )
    .option("--in-place", "allow --out to be the input file itself (a backup is kept)")
    .option("--code <codes>", "only show these finding codes (comma-separated)")
    .option("--severity <levels>", "only show these severities: error, warning, info (comma-separated)")
    .option("--save-snapshot", "save this board's snapshot in the --out copy, so the next run reports what changed")
    .action((files: string[], options: ValidateOptions) => setCode(validateCommand(files, options, out)));

  program
    .command("summarise")
    .alias("summarize")
    .description("Build summary sheets for the board: by theme, by recommendation, by owner, and board exceptions.")
    .argument(
      "<files...>",
      "the plan workbook (.xlsx); several, a folder or a wildcard are summarised one after another",
    )
    .option(
      "--out <file.xlsx>",
      "where to write (required): an .xlsx file, or a folder to write each workbook's copy into; the input is never changed",
    )
    .option(
      "--as-of <YYYY-MM-DD>",
      "judge deadlines as of this date (default: the board date saved in the workbook, else today)",
    )
    .option(
      "--only <kinds>",
      "only these summaries: theme, recommendation, owner (with its chase list), exceptions, changes (comma-separated)",
    )
    .option("--separate", "write the summaries alone to a new workbook, for circulation")
    .option("--sheet <name>", "the plan sheet, when Plan Check should not find it itself")
    .option("--in-place", "allow --out to be the input file itself (a backup is kept)")
    .action((files: string[], options: SummariseOptions) => setCode(summariseCommand(files, options, out)));

  program
    .command("setup")
    .description(
      "Add tracking: Status, Links, Progress update and Last updated columns with drop-down lists, and the settings sheet.",
    )
    .argument("<file>", "the plan workbook (.xlsx)")
    .option("--out <file.xlsx>", "where to write (required); the input is never changed")
    .option("--yes", "make the changes (without it, Plan Check only lists them)")
    .option("--sheet <name>", "the plan sheet, when Plan Check should not find it itself")
    .option("--in-place", "allow --out to be the input file itself (a backup is kept)")
    .action((file: string, options: SetupOptions) => setCode(setupCommand(file, options, out)));

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
      out.error(`plan-check: ${explain(error)}`);
      return EXIT.unreadable;
    }
    const message = error instanceof Error ? error.message : String(error);
    out.error(`plan-check: could not finish: ${message}`);
    if (process.env.PLAN_CHECK_DEBUG && error instanceof Error) out.error(error.stack ?? "");
    return EXIT.unreadable;
  }
}
