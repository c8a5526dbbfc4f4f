// The README documents every finding code, so the codes users rely on stay written down.

import fs from "node:fs";
import path from "node:path";
import { FINDING_CODES } from "../../src/core/findings/codes";

describe("README", () => {
  const readme = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
  it.each(Object.keys(FINDING_CODES))("documents %s", (code) => {
    expect(readme).toContain(`\`${code}\``);
  });
});
