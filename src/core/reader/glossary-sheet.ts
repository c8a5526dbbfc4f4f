// The council's own glossary: a "Glossary", "Abbreviations" or "Jargon buster" sheet many plans carry,
// one term a row ("HoS | Head of Service", or "HoS – Head of Service" in one cell). Its meanings expand the plan's
// abbreviations in messages and summaries, so the council keeps one glossary, where it already is.

import { rowTexts, type WorkbookSnapshot } from "../workbook/grid";
import { isGeneratedSheetName } from "../workbook/generated";

const GLOSSARY_SHEET =
  /^(?:glossary(?: of terms)?|(?:list of )?abbreviations?(?: and acronyms| used)?|acronyms(?: and abbreviations)?|key terms|key to (?:abbreviations|acronyms|initials)|jargon buster|definitions)$/i;

/** A heading row: "Abbreviation | Meaning", "Term | Definition". */
const HEADING = /^(?:abbreviations?|acronyms?|terms?|short(?: form)?|key)$/i;

/** "HoS – Head of Service", "HoS = Head of Service", "HoS: Head of Service" in one cell. */
const ONE_CELL = /^(\S.{0,14}?)\s*(?:[=:]|\s[-–—]\s)\s*(\S.*)$/;

/** An abbreviation: short, a capital in it, at most three words ("HoS", "SD EHCS", "Perf and Intel"). */
function isAbbreviation(text: string): boolean {
  return text.length <= 15 && /[A-Z]/.test(text) && text.split(/\s+/).length <= 3 && !HEADING.test(text);
}

function entryOf(texts: string[]): [string, string] | null {
  if (texts.length >= 2) return [texts[0], texts[1]];
  const split = texts.length === 1 ? ONE_CELL.exec(texts[0]) : null;
  return split ? [split[1], split[2]] : null;
}

export function readGlossarySheet(workbook: WorkbookSnapshot): Record<string, string> {
  const glossary: Record<string, string> = {};
  const sheet = workbook.sheets.find((s) => GLOSSARY_SHEET.test(s.name.trim()) && !isGeneratedSheetName(s.name));
  if (!sheet) return glossary;
  for (let row = 0; row < sheet.values.length; row++) {
    // Text cells only: a number beside them ("1 | HoS | Head of Service") is no term.
    const entry = entryOf(rowTexts(sheet, row));
    if (!entry) continue;
    const [term, meaning] = entry;
    // The meaning spells the term out: longer than it, in words.
    if (isAbbreviation(term) && meaning.length > term.length + 2 && /[a-z]{3}/.test(meaning)) glossary[term] = meaning;
  }
  return glossary;
}
