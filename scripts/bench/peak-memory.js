// Runs one command of the built command line and prints its peak memory (max RSS, KB) as JSON.
"use strict";
const path = require("node:path");

const { run } = require(path.join(__dirname, "..", "..", "dist", "node", "cli", "main.js"));
const quiet = { line: () => undefined, error: () => undefined };
run(process.argv.slice(2), quiet).then((code) => {
  process.stdout.write(JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS }));
});
