// The built task pane in headless Chromium with the fake Excel in place of Office: validate the Derby
// plan, read the counts and findings, go to a finding's cell by mouse and keyboard, and prove that no
// request leaves the pane and that plan text is never interpreted as HTML.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { chromium, type Browser, type Page } from "playwright-core";
import { sheetsFromXlsx } from "../support/fake-excel/load-xlsx";
import { sheetsToJson } from "../support/fake-excel/state";
import { buildPane } from "../support/build-pane";
import { DERBY } from "../support/derby";
import { actionRow, buildXlsx, HEADER, MILESTONE_HEADER } from "../support/workbooks";

function chromiumPath(): string | null {
  try {
    return execFileSync("which", ["chromium"], { stdio: "pipe" }).toString().trim() || null;
  } catch {
    return null;
  }
}

const executable = chromiumPath();
// CI installs Debian's chromium (.ci/run), so there this always runs; a developer without it is told.
const describeBrowser = executable || process.env.CI ? describe : describe.skip;
const DOCS = path.join(__dirname, "..", "..", "docs");

describeBrowser("the task pane in Chromium", () => {
  let browser: Browser;
  let server: http.Server;
  let origin: string;
  let harness: string;
  let derbyState: string;
  let dist: string;

  beforeAll(async () => {
    const built = buildPane();
    harness = built.harness;
    dist = built.dist;
    derbyState = sheetsToJson(await sheetsFromXlsx(new Uint8Array(fs.readFileSync(DERBY))));
    server = http.createServer((req, res) => {
      const file = path.join(built.dist, decodeURIComponent((req.url ?? "/").split("?")[0]));
      if (!file.startsWith(built.dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        res.writeHead(404).end();
        return;
      }
      const type = file.endsWith(".html")
        ? "text/html"
        : file.endsWith(".css")
          ? "text/css"
          : file.endsWith(".js")
            ? "text/javascript"
            : "application/octet-stream";
      res.writeHead(200, { "content-type": type }).end(fs.readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: executable as string,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--lang=en-GB",
      ],
      // The date input takes its order from the browser's own locale (Debian's chromium-l10n has en-GB).
      env: { ...process.env, LANG: "en_GB.UTF-8", LANGUAGE: "en_GB" },
    });
  }, 240000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function openPane(
    state: string,
    theme: "light" | "dark" = "light",
  ): Promise<{ page: Page; requests: string[] }> {
    // Coordinators are in the UK: dates in the pane read 30/11/2017 where Chromium has its en-GB locale.
    const context = await browser.newContext({ viewport: { width: 420, height: 1100 }, locale: "en-GB" });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.route("**/office/office.js", (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: `window.__fakeState = ${JSON.stringify(state)};\n${harness}`,
      }),
    );
    await page.goto(`${origin}/taskpane.html?theme=${theme}`);
    await page.getByRole("button", { name: "Validate" }).waitFor();
    return { page, requests };
  }

  async function validate(page: Page, asOf = "2017-11-30"): Promise<void> {
    await page.getByLabel("As of").fill(asOf);
    await page.getByRole("button", { name: "Validate" }).click();
    await page.getByTestId("count-actions").waitFor();
  }

  it("validates the Derby sample, shows counts and findings, and goes to a finding's cell", async () => {
    const { page, requests } = await openPane(derbyState);
    await validate(page);
    await expect(page.getByTestId("count-actions").locator("dd").textContent()).resolves.toBe("25");
    await expect(page.getByTestId("count-overdue").locator("dd").textContent()).resolves.toBe("5");
    // The same counts as the command line's first line, sub-actions past their date among them.
    await expect(page.getByTestId("count-overdueSubActions").locator("dd").textContent()).resolves.toBe("61");
    await page
      .getByTestId("notice")
      .filter({ hasText: 'Checked 25 actions on "Improvement plan" as of 30 November 2017' })
      .waitFor();
    fs.writeFileSync(
      path.join(process.env.PLAN_CHECK_UPDATE_DOCS ? DOCS : os.tmpdir(), "taskpane-light.png"),
      await page.screenshot(),
    );

    const typo = page.getByRole("button", {
      name: /Improvement plan!I23 The date of the sub-action .*"Set17", looks like a typo/,
    });
    // Each finding says what to do about it, as the command line and the Validation sheet do.
    await expect(typo.locator(".pc-fix").textContent()).resolves.toMatch(/^What to do: \S/);
    await typo.click();
    await expect(page.evaluate(() => window.__planCheckFake.selection)).resolves.toEqual({
      sheet: "Improvement plan",
      address: "I23",
    });

    // Keyboard only: focus the first error and press Enter.
    const firstError = page.getByTestId("finding").first();
    await firstError.focus();
    await page.keyboard.press("Enter");
    const selection = await page.evaluate(() => window.__planCheckFake.selection);
    expect(selection?.address).not.toBe("I23");

    // Highlights went into the workbook as conditional formats.
    const rules = await page.evaluate(() => window.__planCheckFake.sheet("Improvement plan").conditionalFormats.length);
    expect(rules).toBeGreaterThan(0);

    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    await page.context().close();
  }, 120000);

  it("checks the plan in a Web Worker and shows each step while it works", async () => {
    const { page } = await openPane(derbyState);
    const warnings: string[] = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    // Hold the job on its way to the worker, so the check is visibly under way until the test lets it go.
    await page.evaluate(() => {
      window.__workerGate = new Promise<void>(
        (resolve) => ((window as unknown as { release: () => void }).release = resolve),
      );
    });

    await page.getByLabel("As of").fill("2017-11-30");
    await page.getByRole("button", { name: "Validate" }).click();
    await page.getByText("Step 2 of 3").waitFor();
    const progress = page.getByRole("progressbar");
    await expect(progress.getAttribute("aria-valuetext")).resolves.toBe("Checking the plan…");
    await expect(page.getByRole("main").getAttribute("aria-busy")).resolves.toBe("true");
    await expect(page.getByRole("button", { name: "Validate" }).isDisabled()).resolves.toBe(true);
    fs.writeFileSync(
      path.join(process.env.PLAN_CHECK_UPDATE_DOCS ? DOCS : os.tmpdir(), "taskpane-progress.png"),
      await page.screenshot({ clip: { x: 0, y: 0, width: 420, height: 360 } }),
    );

    await page.evaluate(() => (window as unknown as { release: () => void }).release());
    await page.getByTestId("count-actions").waitFor();
    await expect(page.getByTestId("count-actions").locator("dd").textContent()).resolves.toBe("25");
    await expect(progress.count()).resolves.toBe(0);
    expect(page.workers().map((w) => w.url())).toEqual([`${origin}/core-worker.js`]);
    expect(warnings.filter((w) => w.includes("background checker"))).toEqual([]);
    await page.context().close();
  }, 120000);

  it("follows a dark Office theme", async () => {
    const { page } = await openPane(derbyState, "dark");
    await validate(page);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe("rgb(31, 31, 31)");
    const shot = await page.screenshot({ fullPage: false });
    fs.writeFileSync(path.join(process.env.PLAN_CHECK_UPDATE_DOCS ? DOCS : os.tmpdir(), "taskpane-dark.png"), shot);
    await page.context().close();
  }, 120000);

  it("shows plan text as text: script and image payloads in cells do nothing", async () => {
    const bytes = await buildXlsx([
      {
        name: "Plan",
        rows: [
          HEADER,
          ["Identifying and meeting needs"],
          actionRow('<img src="x" onerror="window.__pwned=1">', "<script>window.__pwned=2</script>", "<b>soon</b>"),
        ],
      },
    ]);
    const { page, requests } = await openPane(sheetsToJson(await sheetsFromXlsx(bytes)));
    await validate(page);
    await expect(
      page.getByText('"<b>soon</b>", could not be read as a date', { exact: false }).first().isVisible(),
    ).resolves.toBe(true);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(page.evaluate(() => document.querySelectorAll("img, script:not([src]), b").length)).resolves.toBe(0);
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    await page.context().close();
  }, 120000);

  it("keeps the pane's initial JavaScript under 300 KB gzipped", () => {
    const gzipped = zlib.gzipSync(fs.readFileSync(path.join(dist, "taskpane.js")), { level: 9 }).length;
    expect(gzipped).toBeLessThan(300 * 1024);
  });

  it("sets up tracking after the user confirms the list of changes", async () => {
    const { page } = await openPane(derbyState);
    await page.getByRole("button", { name: "Set up tracking…" }).click();
    await page.getByRole("group", { name: "Confirm set-up" }).waitFor();
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    await expect(page.getByText('Add a "Status" column in column K of "Improvement plan".').isVisible()).resolves.toBe(
      true,
    );
    await expect(page.evaluate(() => window.__planCheckFake.value("Improvement plan", "K3"))).resolves.toBe("");
    await page.getByRole("button", { name: "Add these" }).click();
    // The set-up is worked out in the background: wait for the pane to say it is done.
    await page.getByTestId("notice").filter({ hasText: "Tracking is set up" }).waitFor();
    await expect(page.evaluate(() => window.__planCheckFake.value("Improvement plan", "K3"))).resolves.toBe("Status");
    await page.context().close();
  }, 120000);

  it("lets the user say which sheet and columns hold a plan it could not find", async () => {
    const bytes = await buildXlsx([
      { name: "Cover", rows: [["Children's services improvement plan"]] },
      {
        name: "Actions",
        rows: [
          ["Item", "Lead", "By when", "Evidence"],
          ["Identifying and meeting needs"],
          ["Audit section 47 enquiries", "HOS Safeguarding", "Aug17", "- Audit report (Head of QA – Sep17)"],
        ],
      },
    ]);
    const { page } = await openPane(sheetsToJson(await sheetsFromXlsx(bytes)));
    await page.getByLabel("As of").fill("2017-11-30");
    await page.getByRole("button", { name: "Validate" }).click();
    await page.getByText("Tell Plan Check where the plan is").waitFor();
    const save = page.getByRole("button", { name: "Save column mapping" });
    await expect(save.isDisabled()).resolves.toBe(true);

    // Keyboard and labels only, as a screen reader user would.
    await page.getByRole("combobox", { name: "Plan sheet" }).click();
    await page.getByRole("option", { name: "Actions" }).click();
    await page.getByLabel("Column letter for What?").fill("a");
    await page.getByLabel("Column letter for Accountable Officer(s)").fill("B");
    await page.getByLabel("Column letter for Deadline").fill("C");
    await page.getByLabel("Column letter for Closing the loop").fill("D");
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    fs.writeFileSync(
      path.join(process.env.PLAN_CHECK_UPDATE_DOCS ? DOCS : os.tmpdir(), "taskpane-choose-plan.png"),
      await page.screenshot(),
    );
    await save.click();
    await page.getByTestId("notice").filter({ hasText: "Column mapping saved." }).waitFor();
    await expect(page.getByTestId("count-actions").locator("dd").textContent()).resolves.toBe("1");
    await expect(page.evaluate(() => window.__planCheckFake.value("Plan Check settings", "B2"))).resolves.toBe(
      "Actions",
    );
    await page.context().close();
  }, 120000);

  it("offers another sheet that looks like a plan, and checks it once chosen", async () => {
    const plan = (what: string) => [HEADER, ["Identifying and meeting needs"], actionRow(what, "Head of QA", "Aug17")];
    const bytes = await buildXlsx([
      { name: "Plan 2017", rows: plan("This year's action") },
      { name: "Plan 2016", rows: plan("Last year's action") },
    ]);
    const { page } = await openPane(sheetsToJson(await sheetsFromXlsx(bytes)));
    await validate(page);
    await page
      .getByText(/^Plan sheet “Plan 2017”: \d+ columns recognised; “Plan 2016” also looks like a plan$/)
      .click();
    await page.getByRole("combobox", { name: "Plan sheet" }).click();
    await page.getByRole("option", { name: "Plan 2016" }).click();
    await page.getByRole("button", { name: "Save column mapping" }).click();
    await page
      .getByTestId("notice")
      .filter({ hasText: /^Column mapping saved\. Checked 1 action on "Plan 2016"/ })
      .waitFor();
    await expect(page.evaluate(() => window.__planCheckFake.value("Plan Check settings", "B2"))).resolves.toBe(
      "Plan 2016",
    );
    await page.context().close();
  }, 120000);

  it("checks a plan kept one theme a sheet as one plan, and says which sheets it read", async () => {
    const theme = (name: string, what: string) => ({
      name,
      rows: [
        ["Ref", "Action", "Lead", "Due date", "RAG", "Evidence of impact"],
        ["1", what, "Head of QA", "Mar17", "Green", "Audit"],
      ],
    });
    const bytes = await buildXlsx([theme("Front door", "Review thresholds"), theme("Children in care", "Review PEPs")]);
    const { page } = await openPane(sheetsToJson(await sheetsFromXlsx(bytes)));
    await validate(page);
    await page
      .getByTestId("notice")
      .filter({ hasText: /^Checked 2 actions on "Front door" and "Children in care" as of 30 November 2017/ })
      .waitFor();
    await page.getByText(/^Plan sheets “Front door” and “Children in care”: 5 columns recognised$/).waitFor();
    fs.writeFileSync(
      path.join(process.env.PLAN_CHECK_UPDATE_DOCS ? DOCS : os.tmpdir(), "taskpane-several-sheets.png"),
      await page.screenshot(),
    );
    for (const sheet of ["Front door", "Children in care"])
      await expect(
        page.evaluate((name) => window.__planCheckFake.sheet(name).conditionalFormats.length, sheet),
      ).resolves.toBeGreaterThan(0);
    await page.context().close();
  }, 120000);

  it("names the numbered milestone columns it read in the Milestones row, each with its date column", async () => {
    const bytes = await buildXlsx([
      {
        name: "Plan",
        rows: [
          MILESTONE_HEADER,
          ["Identifying and meeting needs"],
          ["Review thresholds", "HoS MASH", "Mar18", "Audit", "Revise guidance", "Sept17", "Audit", "Dec17"],
        ],
      },
    ]);
    const { page } = await openPane(sheetsToJson(await sheetsFromXlsx(bytes)));
    await validate(page);
    await expect(page.getByTestId("count-overdueSubActions").locator("dd").textContent()).resolves.toBe("1");
    await page
      .getByText("Plan sheet “Plan”: 4 columns recognised, with 2 numbered milestones", { exact: true })
      .click();
    await expect(page.getByTestId("milestone-columns").textContent()).resolves.toBe(
      "Milestone 1 (E, dated in F) and Milestone 2 (G, dated in H)",
    );
    await page.getByTestId("milestone-columns").scrollIntoViewIfNeeded();
    fs.writeFileSync(
      path.join(process.env.PLAN_CHECK_UPDATE_DOCS ? DOCS : os.tmpdir(), "taskpane-milestones.png"),
      await page.screenshot(),
    );
    await page.context().close();
  }, 120000);

  it("builds the board summaries from the keyboard and says what it built", async () => {
    const bytes = await buildXlsx([
      { name: "Plan", rows: [HEADER, ["Identifying and meeting needs"], actionRow("A", "Head of QA", "Aug17")] },
      { name: "Summary by theme", rows: [["The council's own summary"]] },
    ]);
    const { page } = await openPane(sheetsToJson(await sheetsFromXlsx(bytes)));
    await page.getByRole("checkbox", { name: "By Ofsted recommendation" }).press("Space");
    await page.getByRole("button", { name: "Build summaries" }).press("Enter");
    const notice = page.getByTestId("notice").filter({ hasText: /^Built/ });
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toBe(
      "Built “Summary by theme (2)”, “Summary by owner”, “Chase list by owner” and “Board exceptions”. " +
        "The workbook already had its own “Summary by theme”, so this one is “Summary by theme (2)”.",
    );
    await expect(page.evaluate(() => window.__planCheckFake.sheets.map((s) => s.name))).resolves.toEqual([
      "Plan",
      "Summary by theme",
      "Summary by theme (2)",
      "Summary by owner",
      "Chase list by owner",
      "Board exceptions",
    ]);
    await expect(page.evaluate(() => window.__planCheckFake.value("Summary by theme", "A1"))).resolves.toBe(
      "The council's own summary",
    );
    await page.context().close();
  }, 120000);

  /** What axe-core finds against WCAG 2.1 A and AA on the page as it stands: rule id and the elements. */
  async function accessibilityViolations(page: Page): Promise<string[]> {
    // Evaluated through the debugging protocol: the pane's Content-Security-Policy refuses inline scripts.
    await page.evaluate(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
      const result = await axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      });
      return result.violations.map(
        (v) => `${v.id} on ${v.nodes.length} element(s), first ${v.nodes[0].target.join(" ")}`,
      );
    });
    return violations;
  }

  it.each(["light", "dark"] as const)(
    "passes an automated WCAG 2.1 AA audit (axe-core) in the %s theme, before and after validating",
    async (theme) => {
      const { page } = await openPane(derbyState, theme);
      await expect(accessibilityViolations(page)).resolves.toEqual([]);
      await validate(page);
      await page.getByText(/Plan sheet .* columns recognised/).click();
      await expect(accessibilityViolations(page)).resolves.toEqual([]);
      await page.context().close();
    },
    120000,
  );

  it("serves the help page the manifest and the pane link to, with no script, and it passes the same audit", async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 1200 }, locale: "en-GB" });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`${origin}/help.html`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Plan Check — help");
    await expect(page.locator("script").count()).resolves.toBe(0);
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    expect(requests).toEqual([`${origin}/help.html`]);
    await context.close();

    const { page: pane } = await openPane(derbyState);
    const link = pane.getByRole("link", { name: /^Help: what each button does/ });
    await expect(link.getAttribute("href")).resolves.toBe("help.html");
    await expect(link.getAttribute("target")).resolves.toBe("_blank");
    await pane.context().close();
  }, 120000);

  it("says what is wrong when there is no plan sheet", async () => {
    const bytes = await buildXlsx([{ name: "Budget", rows: [["Line", "Amount"]] }]);
    const { page } = await openPane(sheetsToJson(await sheetsFromXlsx(bytes)));
    await page.getByRole("button", { name: "Validate" }).click();
    // Fluent's MessageBar renders its text a moment after itself (so screen readers announce it), so
    // every notice is waited for by its text rather than read at once.
    const notice = page.getByTestId("notice").filter({ hasText: /No plan sheet found/ });
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toMatch(/^No plan sheet found/);
    await page.context().close();
  }, 120000);
});
