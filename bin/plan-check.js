#!/usr/bin/env node
// Entry point for `npx plan-check`. Runs the compiled command line from dist/node (npm run build:cli).
"use strict";
const path = require("node:path");
const fs = require("node:fs");

const main = path.join(__dirname, "..", "dist", "node", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write(
    "plan-check: not built yet. Run `npm run build:cli` (or `npm run demo`) once in the project folder.\n",
  );
  process.exit(2);
}
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
