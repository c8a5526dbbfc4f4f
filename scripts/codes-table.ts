// Prints the finding codes as a Markdown table for the README (npm run codes-table).

import { FINDING_CODES } from "../src/core/findings/codes";

const lines = ["| code | severity | what it means | what to do |", "|---|---|---|---|"];
for (const [code, info] of Object.entries(FINDING_CODES))
  lines.push(`| \`${code}\` | ${info.severity} | ${info.title} | ${info.fix} |`);
console.log(lines.join("\n"));
