// Option values shared by the commands, checked with messages a user can act on.

import { formatLongDate, localIsoDate, parseIsoDate, type IsoDate } from "../core/deadline/calendar";
import { FINDING_CODES } from "../core/findings/codes";
import { inWords } from "../core/in-words";
import { UsageError } from "../adapters/xlsx/files";

export function parseAsOf(value: string | undefined): IsoDate | undefined {
  if (value === undefined) return undefined;
  const date = parseIsoDate(value);
  if (date) return date;
  if (/^\s*\d{4}-\d{2}-\d{2}\s*$/.test(value)) throw new UsageError(`--as-of ${value.trim()} is not a real date.`);
  // Typed the British way, day first: say how to write that day.
  const dayFirst = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(value);
  const meant = dayFirst
    ? parseIsoDate(`${dayFirst[3]}-${dayFirst[2].padStart(2, "0")}-${dayFirst[1].padStart(2, "0")}`)
    : null;
  throw new UsageError(
    meant
      ? `--as-of must be written YYYY-MM-DD: for ${formatLongDate(meant)}, write ${meant}.`
      : `--as-of must be a date written YYYY-MM-DD, such as 2017-11-30 (got "${value}").`,
  );
}

/** "a, b,,c" as ["a", "b", "c"]: what a comma-separated option holds. */
export function splitList(value: string): string[] {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** A name from a list as people type it: any case, singular or plural ("Errors", "Themes", "exception"). */
export function nameAsTyped<T extends string>(typed: string, names: readonly T[]): T | undefined {
  const word = typed.toLowerCase();
  return names.find((name) => name === word || name === `${word}s` || `${name}s` === word);
}

const SEVERITIES = ["error", "warning", "info"];

/** A finding code or severity as typed: any case, and a severity singular or plural ("Errors"). */
function codeOrSeverity(typed: string): string {
  const severity = nameAsTyped(typed, SEVERITIES);
  if (severity) return severity;
  const item = typed.toLowerCase();
  if (item in FINDING_CODES) return item;
  throw new UsageError(`"${typed}" is not a finding code or severity (error, warning, info).${codeHint(item)}`);
}

/** What to type instead: the code with that name in another group, or the codes of the group typed. */
function codeHint(typed: string): string {
  const codes = Object.keys(FINDING_CODES);
  const slash = typed.indexOf("/");
  const name = typed.slice(slash + 1);
  const sameName = codes.filter((code) => code.endsWith(`/${name}`));
  if (sameName.length > 0) return ` Did you mean ${sameName.join(" or ")}?`;
  const group = codes.filter((code) => slash > 0 && code.startsWith(typed.slice(0, slash + 1)));
  if (group.length > 0) return ` The ${typed.slice(0, slash)} codes are ${inWords(group)}.`;
  return " The README lists the codes.";
}

export function parseList(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : splitList(value).map(codeOrSeverity);
}

/** Today's date where the user is, as YYYY-MM-DD. PLAN_CHECK_TODAY pins it for scheduled runs and tests. */
export function today(): IsoDate {
  const pinned = process.env.PLAN_CHECK_TODAY;
  if (pinned && parseIsoDate(pinned)) return pinned;
  return localIsoDate(new Date());
}
