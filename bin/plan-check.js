#!/usr/bin/env node
// Entry point for `npx plan-check`. Runs the compiled command line from dist/node. In a fresh clone it
// is not compiled yet, and `npm ci` cannot do it (.npmrc turns install scripts off for every package,
// this one included), so the first run compiles it with the project's own TypeScript.
"use strict";
const path = require("node:path");
const fs = require("node:fs");
const { spawnSync } = require("node:child_process");

const root = path.join(__dirname, "..");
const main = path.join(root, "dist", "node", "cli", "main.js");

function fail(message) {
  process.stderr.write(`plan-check: ${message}\n`);
  process.exit(2);
}

function buildOnce() {
  let tsc;
  try {
    tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
  } catch {
    fail("not built yet, and TypeScript is not installed here. Run `npm ci`, then `npm run build:cli`.");
  }
  // On stderr, so a report on stdout (--json for a script) stays clean.
  process.stderr.write("plan-check: compiling the command line (first run only, a few seconds)…\n");
  const build = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.cli.json")], {
    cwd: root,
    encoding: "utf8",
  });
  if (build.status !== 0 || !fs.existsSync(main))
    fail("the command line could not be compiled. Run `npm run build:cli` to see why.");
}

if (!fs.existsSync(main)) buildOnce();
// A reader that stops early (`| head`) closes the pipe: stop quietly, as other command-line tools do,
// rather than print Node's stack trace for EPIPE.
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});
require(main)
  .run(process.argv.slice(2))
  // exitCode, not exit(): a report piped to another program must be written out in full first.
  .then((code) => {
    process.exitCode = code;
  });
