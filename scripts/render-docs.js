// Renders what the command line writes through LibreOffice (headless PDF, then PNG) into docs/, so
// the next person can see the annotated plan and each summary sheet. Needs soffice, pdftotext and
// pdftoppm (Debian: libreoffice-calc-nogui, poppler-utils). Run after `npm run demo`.
"use strict";
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.join(__dirname, "..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-docs-"));

function pdfOf(xlsx) {
  execFileSync(
    "soffice",
    ["--headless", `-env:UserInstallation=file://${work}/profile`, "--convert-to", "pdf", "--outdir", work, xlsx],
    { stdio: "pipe" },
  );
  return path.join(work, `${path.basename(xlsx, ".xlsx")}.pdf`);
}

function firstPageStarting(pdf, title) {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())[1]);
  for (let page = 1; page <= pages; page++) {
    const text = execFileSync("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"]).toString();
    if (text.trimStart().startsWith(title)) return page;
  }
  throw new Error(`no page starts with "${title}" in ${pdf}`);
}

function render(pdf, title, name) {
  const page = String(firstPageStarting(pdf, title));
  const out = path.join(root, "docs", name);
  execFileSync("pdftoppm", ["-png", "-r", "80", "-f", page, "-l", page, "-singlefile", pdf, out.replace(/\.png$/, "")]);
  process.stdout.write(`docs/${name}\n`);
}

const annotated = pdfOf(path.join(root, "out", "derby-annotated.xlsx"));
render(annotated, "Derby City Council", "annotated-plan.png");
render(annotated, "Plan Check — validation findings", "validation-sheet.png");
const summaries = pdfOf(path.join(root, "out", "derby-with-summaries.xlsx"));
render(summaries, "Summary by theme", "summary-by-theme.png");
render(summaries, "Summary by recommendation", "summary-by-recommendation.png");
render(summaries, "Summary by owner", "summary-by-owner.png");
render(summaries, "Chase list by owner", "chase-list-by-owner.png");
render(summaries, "Board exceptions", "board-exceptions.png");
fs.rmSync(work, { recursive: true, force: true });
