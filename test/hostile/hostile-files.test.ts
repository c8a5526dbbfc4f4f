// Hostile and mistaken files given to every command: each gets a correct result or one clear line and
// exit code 2, in bounded time, and nothing is written.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { unzipSync, zipSync } from "fflate";
import { runCli } from "../support/cli";
import { runCliInChild } from "../support/cli-child";
import { DERBY } from "../support/derby";
import { inlineRow, packageWith, worksheetXml } from "../support/packages";
import { actionRow, buildXlsx, HEADER } from "../support/workbooks";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-hostile-"));

function file(name: string, bytes: Uint8Array | string): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, bytes);
  return target;
}

function oleFile(withEncryption: boolean): Uint8Array {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(4096);
  if (withEncryption) Buffer.from("EncryptionInfo", "utf16le").copy(body, 512);
  return Buffer.concat([header, body]);
}

type Case = [name: string, make: () => Promise<string> | string, message: RegExp];

const CASES: Case[] = [
  [
    "not a zip",
    () => file("notes.xlsx", "These are my notes, not a workbook."),
    /notes\.xlsx is not an Excel workbook \(\.xlsx\)/,
  ],
  [
    "a truncated zip",
    () => file("cut.xlsx", fs.readFileSync(DERBY).subarray(0, 3000)),
    /cut\.xlsx is damaged or incomplete/,
  ],
  ["an encrypted workbook", () => file("secret.xlsx", oleFile(true)), /secret\.xlsx is password-protected/],
  ["an old .xls workbook", () => file("old.xls", oleFile(false)), /old\.xls is an old-style \.xls workbook/],
  ["a CSV file", () => file("plan.csv", "What?,Deadline\nDo it,Aug17\n"), /plan\.csv is not an Excel workbook/],
  [
    "an OpenDocument spreadsheet",
    () => file("plan.ods", zipSync({ mimetype: Buffer.from("application/vnd.oasis.opendocument.spreadsheet") })),
    /plan\.ods is an OpenDocument spreadsheet/,
  ],
  ["an empty file", () => file("empty.xlsx", ""), /empty\.xlsx is empty/],
  [
    "a zip with no workbook in it",
    () => file("photos.xlsx", zipSync({ "a.txt": Buffer.from("x") })),
    /is a zip file but not an Excel workbook/,
  ],
  ["an empty workbook", () => file("blank.xlsx", packageWith([])), /No plan sheet found/],
  [
    "a workbook with only a chart sheet",
    () => file("chart.xlsx", packageWith([{ name: "Chart1", type: "chartsheet", xml: "<chartsheet/>" }])),
    /No plan sheet found/,
  ],
  [
    "a zip bomb",
    () => file("bomb.xlsx", zipSync({ "xl/workbook.xml": new Uint8Array(40 * 1024 * 1024) }, { level: 9 })),
    /expands to far more data than a workbook holds/,
  ],
  [
    "a part with a DTD",
    () =>
      file(
        "dtd.xlsx",
        packageWith([
          {
            name: "Plan",
            type: "worksheet",
            xml: '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><worksheet/>',
          },
        ]),
      ),
    /contains a DTD, which Excel never writes/,
  ],
];

describe.each(["inspect", "validate", "summarise"])("plan-check %s on hostile files", (command) => {
  it.each(CASES)("%s: one plain line, exit 2, nothing written", async (_name, make, message) => {
    const input = await make();
    const out = path.join(dir, `out-${command}-${path.basename(input)}.xlsx`);
    const args = command === "inspect" ? [command, input] : [command, input, "--out", out];
    const started = Date.now();
    const { code, stdout, stderr } = await runCli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat \w+ \(|Error:/);
    expect(fs.existsSync(out)).toBe(false);
    expect(Date.now() - started).toBeLessThan(60000); // bounded: a hang would fail here, not a slow machine
  });
});

describe("a macro-enabled workbook (.xlsm) given by mistake", () => {
  async function xlsm(): Promise<string> {
    const bytes = await buildXlsx([
      { name: "Plan", rows: [HEADER, ["Identifying and meeting needs"], actionRow("A", "Head of QA", "Aug17")] },
    ]);
    const pkg = unzipSync(bytes);
    const types = Buffer.from(pkg["[Content_Types].xml"])
      .toString("utf8")
      .replace("spreadsheetml.sheet.main+xml", "sheet.macroEnabled.main+xml");
    pkg["[Content_Types].xml"] = new Uint8Array(Buffer.from(types));
    return file("macros.xlsm", zipSync(pkg));
  }

  it("is read and validated as it is", async () => {
    const { code, stdout } = await runCli("validate", await xlsm(), "--as-of", "2017-11-30", "--json");
    expect(code).toBe(1);
    expect(JSON.parse(stdout).counts.actions).toBe(1);
  });

  it("refuses a copy named .xlsx, which Excel would not open, and writes an .xlsm copy", async () => {
    const input = await xlsm();
    const wrong = path.join(dir, "macros-copy.xlsx");
    const refused = await runCli("validate", input, "--out", wrong);
    expect(refused).toMatchObject({ code: 2, stdout: "" });
    expect(refused.stderr).toBe(
      `plan-check: macros.xlsm is a macro-enabled workbook: name the copy .xlsm (got ${wrong}) so Excel will open it.`,
    );
    expect(fs.existsSync(wrong)).toBe(false);
    const right = path.join(dir, "macros-copy.xlsm");
    expect((await runCli("validate", input, "--as-of", "2017-11-30", "--out", right)).code).toBe(1);
    expect(fs.existsSync(right)).toBe(true);
  });
});

describe("large and strange but valid workbooks", () => {
  it("reads a sheet whose used range is a million formatted blank rows", async () => {
    const blank = Array.from({ length: 1000000 }, (_, i) => `<row r="${i + 3}" s="0" customFormat="1"/>`).join("");
    const xml = worksheetXml(
      `${inlineRow(1, HEADER.slice(0, 5))}${inlineRow(2, ["Do it", "x", "Head of QA", "Aug18", "- Audit (QA – Nov17)"])}${blank}`,
    );
    const input = file("tall.xlsx", packageWith([{ name: "Plan", type: "worksheet", xml }]));
    const { code, stdout } = await runCli("inspect", input, "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).actions).toHaveLength(1);
  });

  it("handles a cell of 32,767 characters and one of 253 line breaks", async () => {
    const long = "x".repeat(32767);
    const breaks = Array.from({ length: 254 }, (_, i) => `- line ${i} (Head of QA – Nov17)`).join("\n");
    const bytes = await buildXlsx([
      {
        name: "Plan",
        rows: [HEADER, ["Identifying and meeting needs"], actionRow(long, "Head of QA", "Aug17", { staff: breaks })],
      },
    ]);
    const input = file("long.xlsx", bytes);
    const out = path.join(dir, "long-summaries.xlsx");
    expect(
      (await runCli("validate", input, "--as-of", "2017-11-30", "--out", path.join(dir, "long-annotated.xlsx"))).code,
    ).toBe(1);
    expect((await runCli("summarise", input, "--as-of", "2017-11-30", "--out", out)).code).toBe(1);
    expect(fs.existsSync(out)).toBe(true);
  });

  it("reads cells padded with tens of thousands of spaces as if each run were one", async () => {
    const padding = " ".repeat(30000);
    const rows = Array.from({ length: 6 }, (_, i) =>
      actionRow(`Review${padding}thresholds ${i}`, `Head of QA${padding}/ TM MASH`, `Dec${padding}2017`, {
        closing: `- Audit of contacts${padding}(Head of QA – Nov17)`,
      }),
    );
    const input = file(
      "padded.xlsx",
      await buildXlsx([{ name: "Plan", rows: [HEADER, ["Identifying and meeting needs"], ...rows] }]),
    );
    const { code, stdout } = await runCli("inspect", input, "--json");
    expect(code).toBe(0);
    const [first] = JSON.parse(stdout).actions;
    expect([first.what, first.owners, first.deadline.due]).toEqual([
      "Review thresholds 0",
      ["Head of QA", "TM MASH"],
      "2017-12-31",
    ]);
    expect(first.subActions[0]).toMatchObject({ owner: "Head of QA", due: "2017-11-30" });
  });

  it("validates an Accountable cell of 40,000 characters of posts, as a paste gone wrong leaves", async () => {
    // One owner of thousands of words: each word was indexed with all the others to find mistyped posts.
    const owners = "All staff in Early Help and Social Care ".repeat(1000).slice(0, 40000);
    const input = file(
      "long-owner.xlsx",
      await buildXlsx([
        {
          name: "Plan",
          rows: [
            HEADER,
            ["Identifying and meeting needs"],
            actionRow("A", owners, "Aug17"),
            actionRow("B", "HoS Safeguading", "Aug17"),
          ],
        },
      ]),
    );
    // In a child stopped after two minutes (a normal run takes about a second), so a regression fails
    // rather than hangs the test run.
    const { code, stdout, stderr } = runCliInChild(120, "validate", input, "--as-of", "2017-11-30", "--json");
    expect({ code, stderr }).toEqual({ code: 1, stderr: "" });
    expect(JSON.parse(stdout).counts.actions).toBe(2);
  }, 150000);

  it("works with sheet names that have quotes and emoji", async () => {
    const name = "Plan 'A' 🚀";
    const bytes = await buildXlsx([
      { name, rows: [HEADER, ["Identifying and meeting needs"], actionRow("A", "TBC", "Aug17")] },
    ]);
    const input = file("emoji.xlsx", bytes);
    const out = path.join(dir, "emoji-out.xlsx");
    const { code, stdout } = await runCli("validate", input, "--as-of", "2017-11-30", "--json", "--out", out);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).sheet).toBe(name);
    const summaries = await runCli(
      "summarise",
      out,
      "--as-of",
      "2017-11-30",
      "--out",
      path.join(dir, "emoji-summaries.xlsx"),
    );
    expect(summaries.code).toBe(1);
    const xml = fs.readFileSync(path.join(dir, "emoji-summaries.xlsx"));
    expect(xml.length).toBeGreaterThan(1000);
  });
});
