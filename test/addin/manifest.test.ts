// The manifest, checked offline (office-addin-manifest validate needs Microsoft's service): element
// order, ids, resource ids, https URLs, icons that exist, and every FunctionName registered.

import fs from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { COMMANDS } from "../../src/commands/commands";

const ROOT = path.join(__dirname, "..", "..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: false }).parse(xml) as Record<string, unknown>[];
const app = ordered.find((n) => "OfficeApp" in n)?.OfficeApp as Record<string, unknown>[];

function all(pattern: RegExp): string[] {
  return [...xml.matchAll(pattern)].map((m) => m[1]);
}

describe("manifest.xml", () => {
  it("has the OfficeApp children in schema order", () => {
    const order = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    const names = app.map((n) => Object.keys(n).find((k) => k !== ":@") as string);
    const positions = names.map((n) => order.indexOf(n));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("has a GUID id, a four-part version and unique control ids", () => {
    expect(all(/<Id>([^<]+)<\/Id>/g)[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(all(/<Version>([^<]+)<\/Version>/g)[0]).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const ids = all(/<Control [^>]*id="([^"]+)"/g);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("defines every resid it uses, each at most 32 characters, and keeps strings within their limits", () => {
    const used = all(/resid="([^"]+)"/g);
    const defined = all(/<bt:(?:Image|Url|String) id="([^"]+)"/g);
    for (const id of used) expect(defined).toContain(id);
    for (const id of defined) expect(id.length).toBeLessThanOrEqual(32);
    const short = /<bt:ShortStrings>([\s\S]*?)<\/bt:ShortStrings>/.exec(xml)?.[1] ?? "";
    const long = /<bt:LongStrings>([\s\S]*?)<\/bt:LongStrings>/.exec(xml)?.[1] ?? "";
    for (const [, value] of short.matchAll(/DefaultValue="([^"]*)"/g)) expect(value.length).toBeLessThanOrEqual(125);
    for (const [, value] of long.matchAll(/DefaultValue="([^"]*)"/g)) expect(value.length).toBeLessThanOrEqual(250);
  });

  it("uses https for every URL", () => {
    const urls = all(/(?:DefaultValue|<AppDomain>)="?([a-z]+:\/\/[^"<]+)/g);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("points every page it names at one the build makes", () => {
    const pages = [...new Set(all(/DefaultValue="https:\/\/[^/]+\/([\w-]+\.html)"/g))];
    expect(pages.sort()).toEqual(["commands.html", "help.html", "taskpane.html"]);
    const webpack = fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
    for (const page of pages) expect(webpack).toContain(`filename: "${page}"`);
  });

  it("points every icon at a file in assets/", () => {
    const icons = all(/DefaultValue="https:\/\/[^/]+\/(assets\/[^"]+)"/g);
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const icon of icons) expect(fs.existsSync(path.join(ROOT, icon))).toBe(true);
  });

  it("names only functions the commands code registers", () => {
    const functions = all(/<FunctionName>([^<]+)<\/FunctionName>/g);
    expect(functions.sort()).toEqual([...COMMANDS].sort());
  });

  it("puts the Improvement plan group on the Home tab with Validate, Summaries, Clear and Open pane", () => {
    expect(xml).toContain('<OfficeTab id="TabHome">');
    expect(all(/<bt:String id="(?:Validate|Summaries|Clear|OpenPane)\.Label" DefaultValue="([^"]+)"/g)).toEqual([
      "Validate plan",
      "Build summaries",
      "Clear highlights",
      "Open pane",
    ]);
  });
});
