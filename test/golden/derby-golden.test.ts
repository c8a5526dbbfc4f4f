// Everything Plan Check says about the Derby samples, pinned as text: how each action and sub-action
// was read, the validation report as the command line prints it, and every cell of every summary sheet.
// The hand-written Derby tests check what a careful reader expects; these catch anything else that
// moves. When a change means to move something, look at the diff of the snapshot and, if it is right,
// run `npx jest test/golden -u` and commit the snapshot with the change.

import path from "node:path";
import { validationText } from "../../src/cli/format/validation-text";
import { actionJson } from "../../src/core/report/plan-json";
import { readPlan } from "../../src/core/reader/read-plan";
import { buildSummaries, defaultSummaryKinds } from "../../src/core/summaries/build-summaries";
import { validatePlan } from "../../src/core/validation/validate";
import { validationSheet } from "../../src/core/validation/validation-sheet";
import type { GeneratedSheet, SpecCell } from "../../src/core/workbook/sheet-spec";
import { DERBY, DERBY_TRACKED, openSample } from "../support/derby";

const AS_OF = "2017-11-30";
const OPTIONS = { generatedOn: "2017-12-01", linkToPlan: true };

/** One line of text, so a snapshot has a line per row and a diff shows which cell moved. */
function oneLine(text: string): string {
  return text.replace(/\r?\n/g, "⏎");
}

function cellText(cell: SpecCell): string {
  if (!cell) return "";
  if (cell.kind === "number") return String(cell.value);
  if (cell.kind === "date") return cell.date;
  const link = cell.link ? ` →${cell.link.sheet}!${cell.link.cell}` : "";
  return oneLine(cell.text) + link;
}

function sheetText(sheet: GeneratedSheet): string {
  // Rows are not numbered: one row more or less would then show as every row below it changed.
  const rows = sheet.rows.map((row) => {
    const cells = row.map(cellText);
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    return cells.join(" | ");
  });
  return [`[${sheet.name}] header row ${sheet.headerRow + 1}, marking ${sheet.marking ?? "none"}`, ...rows].join("\n");
}

function readingText(actions: ReturnType<typeof actionJson>[]): string {
  return actions
    .flatMap((a) => [
      `${a.sheet}!${a.row} [${a.theme ?? "no theme"}] ${oneLine(a.what).slice(0, 70)}`,
      `  owners: ${a.owners.join("; ") || "none"}${a.deliveryLeads.length ? ` · leads: ${a.deliveryLeads.join("; ")}` : ""}`,
      `  deadline: ${oneLine(a.deadline.raw)} → ${a.deadline.kind} ${a.deadline.due ?? "-"} (${a.deadline.reading})`,
      `  status: ${a.status ?? "none"} · links: ${a.links.join(", ") || "none"}`,
      ...a.subActions.map(
        (s) =>
          `  ${s.cell}.${s.line} ${s.owner ?? "no owner"} · ${s.due ?? "no date"}${s.done ? " · done" : ""} · ${oneLine(s.text).slice(0, 50)}`,
      ),
    ])
    .join("\n");
}

describe.each([
  ["as published", DERBY],
  ["tracked", DERBY_TRACKED],
])("the Derby sample %s, as of 30 November 2017", (_label, file) => {
  const reading = readPlan(openSample(file).snapshot);
  const result = validatePlan(reading, AS_OF);

  it("reads every action and sub-action as before", () => {
    expect(readingText(reading.plan.actions.map(actionJson))).toMatchSnapshot();
  });

  it("reports the same findings, worded the same", () => {
    expect(validationText(result, result.findings, path.basename(file))).toMatchSnapshot();
  });

  it("lists the same findings on the Validation sheet", () => {
    expect(sheetText(validationSheet(result, OPTIONS.generatedOn))).toMatchSnapshot();
  });

  it("builds the same summary sheets, cell by cell", () => {
    const sheets = buildSummaries(result, defaultSummaryKinds(result), OPTIONS);
    expect(sheets.map(sheetText).join("\n\n")).toMatchSnapshot();
  });
});
