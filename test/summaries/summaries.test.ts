// Summary sheets on the Derby sample: what they say, that every link opens the right row, that
// regenerating changes nothing, that a council's own sheet is never overwritten, and text stays text.

import ExcelJS from "exceljs";
import { openPackage, partText, setPartText } from "../../src/adapters/xlsx/package";
import { generatedSheets } from "../../src/adapters/xlsx/workbook-xml";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { addSheetsToCopy, summariesWorkbook } from "../../src/adapters/xlsx/write-summaries";
import { readPlan } from "../../src/core/reader/read-plan";
import { buildSummaries, type SummaryKind } from "../../src/core/summaries/build-summaries";

const BOARD_SUMMARIES: SummaryKind[] = ["theme", "recommendation", "owner", "exceptions"];
import { validatePlan } from "../../src/core/validation/validate";
import { validationSheet } from "../../src/core/validation/validation-sheet";
import type { CellValue, SheetGrid } from "../../src/core/workbook/grid";
import { parseCellAddress } from "../../src/core/workbook/address";
import { DERBY, DERBY_TRACKED, openSample } from "../support/derby";
import { changedParts, councilStringsKept, parts } from "../support/zip";
import { cutOff, widerThanTable } from "../support/sheet-layout";
import { actionRow, buildXlsx, HEADER, MILESTONE_HEADER, type CellInput } from "../support/workbooks";

const OPTIONS = { generatedOn: "2017-12-01", linkToPlan: true };

function summarise(
  bytes: Uint8Array,
  asOf = "2017-11-30",
): { bytes: Uint8Array; sheets: { name: string; renamedFrom: string | null }[] } {
  const pkg = openPackage(bytes, "plan.xlsx");
  const result = validatePlan(readPlan(readWorkbook(pkg)), asOf);
  return addSheetsToCopy(pkg, buildSummaries(result, BOARD_SUMMARIES, OPTIONS));
}

function sheet(bytes: Uint8Array, name: string): SheetGrid {
  const found = readWorkbook(openPackage(bytes, "x.xlsx")).sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function rowsOf(grid: SheetGrid): CellValue[][] {
  return grid.values;
}

describe("summary sheets of the tracked Derby sample", () => {
  const out = summarise(openSample(DERBY_TRACKED).bytes).bytes;

  it("adds the four summaries, the owner summary with its chase list, after the council's sheets", () => {
    const names = readWorkbook(openPackage(out, "x.xlsx")).sheets.map((s) => s.name);
    expect(names).toEqual([
      "Improvement plan",
      "Recommendations",
      "Priorities",
      "Summary by theme",
      "Summary by recommendation",
      "Summary by owner",
      "Chase list by owner",
      "Board exceptions",
    ]);
  });

  it("shows 11, 10 and 4 actions by theme, with progress and counts", () => {
    const rows = rowsOf(sheet(out, "Summary by theme"));
    const line = (theme: string): CellValue[] => rows.find((r) => r[0] === theme) as CellValue[];
    expect(line("Identifying and meeting needs").slice(0, 7)).toEqual([
      "Identifying and meeting needs",
      11,
      93,
      2,
      9,
      0,
      0,
    ]);
    expect(line("Learning from practice").slice(0, 7)).toEqual(["Learning from practice", 10, 57, 2, 8, 1, 0]);
    expect(line("Capacity within the city").slice(0, 7)).toEqual(["Capacity within the city", 4, 23, 0, 4, 1, 0]);
    expect(line("All themes")[7]).toBe("██░░░░░░░░ 16%");
  });

  it("lists all eleven recommendations with the actions that support them", () => {
    const rows = rowsOf(sheet(out, "Summary by recommendation"));
    const refs = rows.map((r) => r[0]).filter((v) => typeof v === "string" && /^R\d+$/.test(v));
    expect(refs).toEqual(["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11"]);
    const r4 = rows.findIndex((r) => r[0] === "R4");
    expect(rows[r4][5]).toBe(
      "Provide a more timely and appropriate response to Private Fostering (PF) cases through targeted training and the role of PF Champions",
    );
    expect(rows[r4][9]).toBe("Recorded");
    expect(rows.some((r) => r[1] === "CIC Dental checks" && r[5] === "No action supports this — gap")).toBe(true);
  });

  it("merges owners written different ways and counts what falls due", () => {
    const rows = rowsOf(sheet(out, "Summary by owner"));
    const sd = rows.find((r) => r[0] === "Service Director for Early help and Children's Safeguarding") as CellValue[];
    expect(String(sd[2])).toContain("Service Director (SD) for Early help and Children's Safeguarding (EHCS)");
    expect(String(sd[2])).toContain("SD EHCS");
    // "( Missing Apprentice / (HOS Locality 1 and 5 / DHOS CIC – from Apr17) )": the stray "(" is no part of a name.
    expect(rows.filter((r) => String(r[0]).includes("HOS Locality 1 and 5")).map((r) => r[0])).toEqual([
      "HOS Locality 1 and 5",
    ]);
  });

  it("lists what to chase owner by owner, most overdue first, each row linked to its cell", () => {
    const rows = rowsOf(sheet(out, "Chase list by owner"));
    const header = rows.findIndex((r) => r[0] === "Owner");
    expect(rows[header]).toEqual(["Owner", "What", "Where it stands", "Item", "Due", "Row", "Go to"]);
    const hos = rows.filter((r) => r[0] === "HOS Safeguarding");
    // Those HOS Safeguarding owns with another post count too: "(SD EHCS and HOS Safeguarding – Aug17)".
    expect(hos.map((r) => r[2])).toEqual([
      "Overdue by 91 days",
      "Overdue by 91 days",
      "Overdue by 91 days",
      "Overdue by 91 days",
      "Overdue by 61 days",
      "Overdue by 61 days",
      "Overdue by 61 days",
      "Due within 60 days",
    ]);
    expect(hos[0].slice(1, 4)).toEqual([
      "Devise a core programme of training for First Contact Team staff (HOS Safeguarding – Aug17)",
      "Overdue by 91 days",
      "Sub-action",
    ]);
    expect(hos[0].slice(5)).toEqual([6, "G6"]);
    // Nothing complete, and nothing due beyond 60 days, is on the list.
    const stands = rows.slice(header + 1).map((r) => String(r[2]));
    expect(stands.every((s) => /^(Overdue by \d+ days|Due within (30|60) days)$/.test(s))).toBe(true);
  });

  it("puts filter buttons over the chase list, header to last row, so it can be shown one owner at a time", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out) as unknown as ArrayBuffer);
    const chase = wb.getWorksheet("Chase list by owner");
    const rows = rowsOf(sheet(out, "Chase list by owner"));
    const header = rows.findIndex((r) => r[0] === "Owner") + 1;
    expect(chase?.autoFilter).toBe(`A${header}:G${rows.length}`);
    const workbookXml = parts(out)["xl/workbook.xml"];
    expect(workbookXml).toContain(`'Chase list by owner'!$A$${header}:$G$${rows.length}</definedName>`);
  });

  it("chases an open action whose progress update is more than a quarter old, though nothing is due", () => {
    const spring = validatePlan(readPlan(openSample(DERBY_TRACKED).snapshot), "2018-03-01");
    const [, chase] = buildSummaries(spring, ["owner"], OPTIONS);
    const texts = chase.rows.map((r) => r.map((c) => (c && c.kind === "text" ? c.text : null)));
    const stale = texts.filter((r) => r[2]?.startsWith("Update "));
    // The pilot (row 32) has a start and no end date, and was last updated on 2 October 2017; each of
    // its two accountable officers is asked.
    expect(stale.map((r) => [r[0], r[1], r[2], r[6]])).toEqual([
      [
        "HOS Fostering and Adoption",
        "Delivery the permanency pilot on the regionalisation of adoption",
        "Update 150 days old",
        "A32",
      ],
      ["DHOS CIC", "Delivery the permanency pilot on the regionalisation of adoption", "Update 150 days old", "A32"],
    ]);
    expect(spring.findings.filter((f) => f.code === "status/stale-update").map((f) => f.cell)).toContain("N32");
  });

  it("says so when there is nothing to chase", () => {
    const early = validatePlan(readPlan(openSample(DERBY_TRACKED).snapshot), "2016-01-01");
    const [, chase] = buildSummaries(early, ["owner"], OPTIONS);
    expect(chase.name).toBe("Chase list by owner");
    expect(chase.rows.slice(chase.headerRow + 1).map((r) => r.map((c) => c && c.kind === "text" && c.text))).toEqual([
      ["Nothing is overdue, late to start, due in the next 60 days, or waiting for a progress update."],
    ]);
  });

  it("puts the most overdue first on the board exceptions", () => {
    const rows = rowsOf(sheet(out, "Board exceptions"));
    const first = rows.findIndex((r) => r[0] === "Exception") + 1;
    expect(rows[first].slice(0, 4)).toEqual(["Overdue action", 61, "Capacity within the city", 30]);
    expect(rows[first + 1].slice(0, 4)).toEqual(["Overdue action", 30, "Learning from practice", 18]);
  });

  it("links every row to the right cell of the plan", () => {
    const xmlParts = parts(out);
    const plan = sheet(out, "Improvement plan");
    let checked = 0;
    for (const [name, raw] of Object.entries(xmlParts)) {
      const xml = Buffer.from(raw, "latin1").toString("utf8");
      if (!name.startsWith("xl/worksheets/") || !xml.includes("<hyperlinks>")) continue;
      for (const m of xml.matchAll(
        /<hyperlink ref="([A-Z]+\d+)" location="'([^']+)'!([A-Z]+\d+)" display="([^"]*)"\/>/g,
      )) {
        const [, , target, cell, display] = m;
        expect(target).toBe("Improvement plan");
        const at = parseCellAddress(cell);
        expect(at).not.toBeNull();
        const row = (at as { row: number }).row;
        expect(plan.values[row]?.[at?.column ?? 0]).not.toBe(undefined);
        if (display.startsWith("Row ")) expect(Number(display.slice(4))).toBe(row + 1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("writes plan text as text cells, never formulas", () => {
    for (const [name, raw] of Object.entries(parts(out))) {
      if (!name.startsWith("xl/worksheets/sheet") || Number(/sheet(\d+)/.exec(name)?.[1]) <= 3) continue;
      expect(raw).not.toMatch(/<f[ >]/);
      // Every cell is a shared string (t="s") or a number; none is a formula result or a boolean.
      expect(raw).not.toMatch(/t="(str|b|e|inlineStr)"/);
    }
  });

  it("gives every summary a title, the plan's name, the dates, and print set-up", () => {
    for (const name of [
      "Summary by theme",
      "Summary by recommendation",
      "Summary by owner",
      "Chase list by owner",
      "Board exceptions",
    ]) {
      const rows = rowsOf(sheet(out, name));
      expect(rows[0][0]).toBe(name);
      expect(rows[1][0]).toBe(
        "Derby City Council – Children Early Help and Social Care Services Improvement Plan 2017",
      );
      expect(rows[2][0]).toBe('As of 30 November 2017 · generated on 1 December 2017 from sheet "Improvement plan"');
    }
    const workbookXml = Buffer.from(parts(out)["xl/workbook.xml"], "latin1").toString("utf8");
    expect((workbookXml.match(/_xlnm\.Print_Titles/g) ?? []).length).toBe(6);
    const themeXml = Buffer.from(parts(out)["xl/worksheets/sheet4.xml"], "latin1").toString("utf8");
    expect(themeXml).toContain('orientation="landscape" fitToWidth="1" fitToHeight="0"');
    expect(themeXml).toContain("Page &amp;P of &amp;N");
  });
});

describe.each([
  ["tracked", DERBY_TRACKED],
  ["as published", DERBY],
])("printed and on screen, every table cell shows in full: Derby %s", (_, file) => {
  const result = validatePlan(readPlan(openSample(file).snapshot), "2017-11-30");
  const sheets = [
    ...buildSummaries(result, [...BOARD_SUMMARIES, "changes"], OPTIONS),
    validationSheet(result, OPTIONS.generatedOn),
  ];
  it.each(sheets.map((s) => [s.name, s] as const))("%s", (_, sheet) => {
    expect(cutOff(sheet)).toEqual([]);
    // A note wider than the table would shrink the whole printed page to fit it.
    expect(widerThanTable(sheet)).toEqual([]);
  });
});

describe("regenerating and the council's own sheets", () => {
  it("gives the same workbook when run again on its own output", () => {
    const once = summarise(openSample(DERBY).bytes).bytes;
    const twice = summarise(once).bytes;
    expect(changedParts(once, twice)).toEqual({ changed: [], added: [], removed: [] });
  });

  it("drops the filter name a user's filter left on a summary it replaces, keeping the chase list's own", () => {
    const once = summarise(openSample(DERBY).bytes).bytes;
    const pkg = openPackage(once, "x.xlsx");
    const themeIndex = generatedSheets(pkg).get("theme")?.index;
    // As Excel saves a filter a user put on the theme summary.
    const stale = `<definedName name="_xlnm._FilterDatabase" localSheetId="${themeIndex}" hidden="1">'Summary by theme'!$A$6:$I$40</definedName>`;
    const workbook = partText(pkg, "xl/workbook.xml") ?? "";
    setPartText(pkg, "xl/workbook.xml", workbook.replace("</definedNames>", `${stale}</definedNames>`));
    const again = addSheetsToCopy(
      pkg,
      buildSummaries(validatePlan(readPlan(readWorkbook(pkg)), "2017-11-30"), BOARD_SUMMARIES, OPTIONS),
    ).bytes;
    const names = [
      ...parts(again)["xl/workbook.xml"].matchAll(/<definedName name="_xlnm\._FilterDatabase"[^>]*>([^<]*)</g),
    ];
    expect(names.map((m) => m[1])).toEqual([expect.stringMatching(/^'Chase list by owner'!/)]);
  });

  it("leaves the plan and every other sheet untouched", () => {
    const { bytes } = openSample(DERBY);
    const diff = changedParts(bytes, summarise(bytes).bytes);
    expect(diff.changed).toEqual([
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/sharedStrings.xml",
      "xl/styles.xml",
      "xl/workbook.xml",
    ]);
    expect(councilStringsKept(bytes, summarise(bytes).bytes)).toBe(true);
    expect(diff.removed).toEqual([]);
  });

  it("lists no placeholder as an owner: an action owned by TBC is a board exception, not a name to chase", async () => {
    const input = await buildXlsx([
      {
        name: "Plan",
        rows: [
          HEADER,
          ["Identifying and meeting needs"],
          actionRow("A", "TBC", "Aug17"),
          actionRow("B", "Head of QA / tbc", "Aug17"),
        ],
      },
    ]);
    const out = summarise(input).bytes;
    const owners = rowsOf(sheet(out, "Summary by owner")).map((r) => r[0]);
    expect(owners).toContain("Head of QA");
    expect(owners.filter((o) => typeof o === "string" && /tbc/i.test(o))).toEqual([]);
    const exceptions = rowsOf(sheet(out, "Board exceptions")).map((r) => r[0]);
    expect(exceptions).toContain("No accountable officer");
  });

  it("shows the board, and chases, an action still not started after the start its deadline gives", async () => {
    const input = await buildXlsx([
      {
        name: "Plan",
        rows: [
          [...HEADER, "Status"],
          ["Identifying and meeting needs"],
          [...actionRow("Run the pilot", "Head of QA", "Pilot to commence in July 2017"), "Not started"],
          [...actionRow("Roll out", "Head of QA", "from Jul17 onwards"), "On track"],
        ],
      },
    ]);
    const out = summarise(input).bytes;
    const rows = rowsOf(sheet(out, "Board exceptions"));
    const notStarted = rows.filter((r) => r[0] === "Not started on time");
    expect(notStarted.map((r) => [r[3], r[4], r[r.length - 1]])).toEqual([[3, "Run the pilot", "Plan!K3"]]);
    const chase = rowsOf(sheet(out, "Chase list by owner")).filter((r) => r[3] === "Action");
    expect(chase.map((r) => r.slice(0, 3))).toEqual([["Head of QA", "Run the pilot", "Not started on time"]]);
  });

  it("chases a passed milestone kept in a column of its own with its action's lead", async () => {
    const input = await buildXlsx([
      {
        name: "Plan",
        rows: [
          MILESTONE_HEADER.slice(0, 6),
          ["Identifying and meeting needs"],
          ["Review thresholds", "HoS MASH", "Mar18", "Audit", "Revise guidance", "Sept17"],
          ["Refresh the template", "TBC", "Mar18", "Audit", "Consult young people", "Aug17"],
        ],
      },
    ]);
    const chase = rowsOf(sheet(summarise(input).bytes, "Chase list by owner"));
    const milestones = chase.filter((r) => r[3] === "Sub-action").map((r) => [r[0], r[1], r[2], r[6]]);
    // The one whose action names nobody has nobody to chase: its action is a board exception.
    expect(milestones).toEqual([["HoS MASH", "Revise guidance", "Overdue by 61 days", "E3"]]);
  });

  it("chases a passed milestone dated in a column that names no owners with its action's leads", async () => {
    const milestones = "- Revise guidance – Sept17\n- Audit of 20 cases – Mar18\n- Train staff – Apr18";
    const input = await buildXlsx([
      {
        name: "Plan",
        rows: [
          ["Action", "Lead", "Delivery lead", "Deadline", "Evidence of impact", "Milestones"],
          ["Identifying and meeting needs"],
          ["Review thresholds", "HoS MASH", "TM MASH", "Jun18", "Audit", milestones],
        ],
      },
    ]);
    const chase = rowsOf(sheet(summarise(input).bytes, "Chase list by owner"));
    // Its delivery lead, who does the work, is chased too.
    expect(chase.filter((r) => r[3] === "Sub-action").map((r) => [r[0], r[1], r[2]])).toEqual([
      ["HoS MASH", "Revise guidance – Sept17", "Overdue by 61 days"],
      ["TM MASH", "Revise guidance – Sept17", "Overdue by 61 days"],
    ]);
  });

  it("lists an action under its delivery lead as well as its accountable officer, and says so", async () => {
    const input = await buildXlsx([
      {
        name: "Plan",
        rows: [
          ["Action", "Accountable officer", "Responsible officer", "Deadline", "Evidence of impact"],
          ["Identifying and meeting needs"],
          ["Review thresholds", "Head of QA", "TM MASH", "Oct17", "Audit"],
          ["Strategy meetings", "Head of QA", "Head of QA", "Dec17", "Dip sample"],
        ],
      },
    ]);
    const out = summarise(input).bytes;
    const owners = rowsOf(sheet(out, "Summary by owner"));
    // On a row of its own: one long line would run past the printed page.
    expect(owners.map((r) => r[0])).toContain(
      "An owner's actions are those they are accountable for and those they lead (Responsible officer).",
    );
    // The theme summary names who delivers each action beside who is accountable for it, marked so.
    const byTheme = rowsOf(sheet(out, "Summary by theme"));
    expect(
      byTheme.filter((r) => r[1] === "Review thresholds" || r[1] === "Strategy meetings").map((r) => r[2]),
    ).toEqual(["Head of QA\nTM MASH (delivery lead)", "Head of QA"]);
    // Named twice on one action, an owner has it once.
    const counts = owners.filter((r) => r[0] === "Head of QA" || r[0] === "TM MASH").map((r) => [r[0], r[3], r[5]]);
    expect(counts).toEqual([
      ["Head of QA", 2, 1],
      ["TM MASH", 1, 1],
    ]);
    const chase = rowsOf(sheet(out, "Chase list by owner")).filter((r) => r[3] === "Action");
    expect(chase.map((r) => [r[0], r[1]])).toEqual([
      ["Head of QA", "Review thresholds"],
      ["Head of QA", "Strategy meetings"],
      ["TM MASH", "Review thresholds"],
    ]);
  });

  it("lists a person once, however the plan writes them, with the posts it names them by", async () => {
    const input = await buildXlsx([
      {
        name: "Plan",
        rows: [
          HEADER,
          ["Identifying and meeting needs"],
          actionRow("Review thresholds", "Jane Smith (HoS Safeguarding)", "Oct17", {
            closing: "- Audit (J Smith – Sep17)",
          }),
          actionRow("Strategy meetings", "Jane Smith, Head of Service Safeguarding", "Dec17", {
            closing: "- Dip sample (Jane Smith – Nov17)",
          }),
          actionRow("Recruit carers", "HoS Fostering (Amir Khan)", "Dec17"),
        ],
      },
    ]);
    const out = summarise(input).bytes;
    const owners = rowsOf(sheet(out, "Summary by owner")).filter((r) => /Smith|Khan/.test(String(r[0])));
    expect(owners.map((r) => r.slice(0, 5))).toEqual([
      [
        "Jane Smith",
        "Head of Service Safeguarding",
        // The name it calls her by is not repeated.
        "Jane Smith (HoS Safeguarding)\nJane Smith, Head of Service Safeguarding\nJ Smith",
        2,
        2,
      ],
      ["Amir Khan", "Head of Service Fostering", "HoS Fostering (Amir Khan)", 1, 0],
    ]);
    const chased = rowsOf(sheet(out, "Chase list by owner")).filter((r) => r[3] === "Action" || r[3] === "Sub-action");
    expect(new Set(chased.filter((r) => /Smith/.test(String(r[1]) + String(r[0]))).map((r) => r[0]))).toEqual(
      new Set(["Jane Smith"]),
    );
  });

  it("leaves a withdrawn action out of what is open, of progress and of the chase list", async () => {
    const actions = [
      ["Done", "Complete"],
      ["Stopped", "Withdrawn"],
      ["Late", "On track"],
    ].map(([what, status]) => [...actionRow(what, "Head of QA", "Dec17"), status]);
    const rows: CellInput[][] = [[...HEADER, "Status"], ["Identifying and meeting needs"], ...actions];
    const out = summarise(await buildXlsx([{ name: "Plan", rows }])).bytes;
    const themes = rowsOf(sheet(out, "Summary by theme"));
    const row = themes.find((r) => r[0] === "Identifying and meeting needs") as CellValue[];
    // Actions, complete and open; then progress over the two actions still in the plan.
    expect([row[1], row[3], row[4]]).toEqual([3, 1, 1]);
    expect(row[7]).toBe("█████░░░░░ 50%");
    expect(themes.flat()).toContain("Withdrawn");
    const chased = rowsOf(sheet(out, "Chase list by owner")).map((r) => r[1]);
    expect(chased).toContain("Late");
    expect(chased).not.toContain("Stopped");
  });

  it("leaves a sub-action ticked off in its text off the chase list and out of the overdue counts", async () => {
    const staff = "- Training (HOS – Sept17) – complete\n- Audit (HOS – Oct17)";
    const rows: CellInput[][] = [
      [...HEADER, "Status"],
      ["Identifying and meeting needs"],
      [...actionRow("A", "Head of QA", "Dec17", { staff }), "On track"],
    ];
    const out = summarise(await buildXlsx([{ name: "Plan", rows }])).bytes;
    const chased = rowsOf(sheet(out, "Chase list by owner")).flat();
    expect(chased.some((t) => typeof t === "string" && t.startsWith("Audit"))).toBe(true);
    expect(chased.some((t) => typeof t === "string" && t.startsWith("Training"))).toBe(false);
  });

  it("shows where a deadline has moved, from the original date to the revised one", async () => {
    const rows: CellInput[][] = [
      ["What?", "Accountable Officer(s)", "Original target date", "Revised target date", "Closing the loop"],
      ["Identifying and meeting needs"],
      ["Moved on", "Head of QA", "Aug17", "Mar18", "Audit"],
      ["Not moved", "Head of QA", "Sep18", "", "Audit"],
    ];
    const out = summarise(await buildXlsx([{ name: "Plan", rows }])).bytes;
    const cells = rowsOf(sheet(out, "Summary by theme")).flat();
    expect(cells).toContain("Mar18 (revised from Aug17)");
    expect(cells).toContain("Sep18");
  });

  it("shows a deadline typed as an Excel date as a date, and a typed one as written", async () => {
    const input = await buildXlsx([
      {
        name: "Plan",
        rows: [
          HEADER,
          ["Identifying and meeting needs"],
          actionRow("A", "Head of QA", new Date(Date.UTC(2018, 2, 31))),
          actionRow("B", "Head of QA", "end of Sept17"),
        ],
        formats: { D3: "dd/mm/yyyy" },
      },
    ]);
    const theme = rowsOf(sheet(summarise(input).bytes, "Summary by theme"));
    const deadlineColumn = theme.find((r) => r[3] === "Deadline")?.indexOf("Deadline") ?? -1;
    const written = theme.filter((r) => r[1] === "A" || r[1] === "B").map((r) => r[deadlineColumn]);
    expect(written).toEqual(["31 March 2018", "end of Sept17"]);
  });

  it("never overwrites a council's own sheet of the same name, and says what it did", async () => {
    const wb = new ExcelJS.Workbook();
    const plan = wb.addWorksheet("Plan");
    plan.addRow(HEADER);
    plan.addRow(["Identifying and meeting needs"]);
    plan.addRow(actionRow("A", "Head of QA", "Aug17"));
    wb.addWorksheet("Summary by theme").addRow(["Our own summary"]);
    const input = new Uint8Array(await wb.xlsx.writeBuffer());
    const out = summarise(input);
    expect(out.sheets.find((s) => s.renamedFrom)).toEqual({
      kind: "theme",
      name: "Summary by theme (2)",
      renamedFrom: "Summary by theme",
    });
    expect(sheet(out.bytes, "Summary by theme").values).toEqual([["Our own summary"]]);
    // And next time the generated one is replaced in place, the council's still untouched.
    const again = summarise(out.bytes);
    expect(again.sheets.map((s) => s.name)).toContain("Summary by theme (2)");
    expect(changedParts(out.bytes, again.bytes).changed).toEqual([]);
  });

  it("points its notes at the chase list under the name it was given", async () => {
    const out = summarise(
      await buildXlsx([
        { name: "Plan", rows: [HEADER, ["Identifying and meeting needs"], actionRow("A", "Head of QA", "Aug17")] },
        { name: "Chase list by owner", rows: [["Our own list"]] },
      ]),
    );
    expect(out.sheets.find((s) => s.name.startsWith("Chase"))?.name).toBe("Chase list by owner (2)");
    const notes = ["Summary by owner", "Board exceptions"].map((name) =>
      sheet(out.bytes, name)
        .values.flat()
        .find((v) => typeof v === "string" && v.includes("Chase list by owner")),
    );
    expect(notes).toEqual([
      expect.stringContaining('listed on "Chase list by owner (2)".'),
      expect.stringContaining('on "Chase list by owner (2)", built with the owner summary.'),
    ]);
  });
});

describe("summaries alone, for circulation", () => {
  it("writes a workbook with only the summaries, with cell addresses instead of links", () => {
    const pkg = openSample(DERBY_TRACKED).pkg;
    const result = validatePlan(readPlan(readWorkbook(pkg)), "2017-11-30");
    const { bytes } = summariesWorkbook(
      buildSummaries(result, ["theme", "exceptions"], { ...OPTIONS, linkToPlan: false }),
    );
    const sheets = readWorkbook(openPackage(bytes, "x.xlsx")).sheets;
    expect(sheets.map((s) => s.name)).toEqual(["Summary by theme", "Board exceptions"]);
    const xml = Object.entries(parts(bytes))
      .map(([, v]) => v)
      .join("");
    expect(xml).not.toContain("<hyperlink ");
    expect(sheets[0].values.flat()).toContain("Row 8");
  });
});
