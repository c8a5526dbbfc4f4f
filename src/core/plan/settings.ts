// Plan Check's own settings, kept in the workbook on a sheet of their own so the add-in and the
// command line read the same thing: plan sheet, column mapping, board date, abbreviation glossary.

import { parseIsoDate, fromExcelSerial, type IsoDate } from "../deadline/calendar";
import { parseDeadline } from "../deadline/parse-deadline";
import { columnIndex } from "../workbook/address";
import { cellValue, type SheetGrid, type WorkbookSnapshot } from "../workbook/grid";
import { roleForHeading } from "./columns";
import type { ColumnRole, PlanStructure } from "./model";

export const SETTINGS_SHEET = "Plan Check settings";

export interface PlanSettings {
  planSheet: string | null;
  boardDate: IsoDate | null;
  columnMapping: Partial<Record<ColumnRole, number>>;
  /** Abbreviation → meaning, e.g. HOS → Head of Service. */
  glossary: Record<string, string>;
}

/** Abbreviations children's services plans share. */
const COMMON_GLOSSARY: Record<string, string> = {
  DCS: "Director of Children's Services",
  AD: "Assistant Director",
  HOS: "Head of Service",
  DHOS: "Deputy Head of Service",
  SD: "Service Director",
  TM: "Team Manager",
  TMs: "Team Managers",
  QA: "Quality Assurance",
  VH: "Virtual Head",
  PSW: "Principal Social Worker",
  LADO: "Local Authority Designated Officer",
  IRO: "Independent Reviewing Officer",
  IROs: "Independent Reviewing Officers",
  CIC: "Children in Care",
  CICC: "Children in Care Council",
  LAC: "Looked After Children",
  CWD: "Children with Disabilities",
  MASH: "Multi-Agency Safeguarding Hub",
  EH: "Early Help",
  SC: "Social Care",
  MAT: "Multi-Agency Team",
  WFD: "Workforce Development",
  CYP: "Children and Young People",
  LCS: "Liquid Logic Children's System",
  "Perf and Intel": "Performance and Intelligence",
};

/** Derby's own services and board: another council writing "DSCB" means its own board, not Derby's. */
const DERBY_GLOSSARY: Record<string, string> = {
  EHCS: "Early Help and Children's Safeguarding",
  "SD EHCS": "Service Director for Early Help and Children's Safeguarding",
  "SD IS": "Service Director for Integrated Services",
  IS: "Integrated Services",
  DSCB: "Derby Safeguarding Children Board",
  IDCS: "Integrated Disabled Children's Service",
};

/** The glossary a plan starts from, before the entries on its own settings sheet. */
export function defaultGlossary(structure: PlanStructure): Record<string, string> {
  return structure.derby ? { ...COMMON_GLOSSARY, ...DERBY_GLOSSARY } : COMMON_GLOSSARY;
}

export const EMPTY_SETTINGS: PlanSettings = { planSheet: null, boardDate: null, columnMapping: {}, glossary: {} };

function asText(value: unknown): string {
  return typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
}

/** A board date as people type it: an Excel date, 2017-11-30 or 30/11/2017. */
function asDate(value: unknown): IsoDate | null {
  if (typeof value === "number") return fromExcelSerial(value);
  const text = asText(value);
  const iso = parseIsoDate(text);
  if (iso) return iso;
  const typed = parseDeadline(text);
  return typed.kind === "date" && /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(text) ? typed.due : null;
}

export function findSettingsSheet(workbook: WorkbookSnapshot): SheetGrid | null {
  return workbook.sheets.find((s) => s.name.toLowerCase() === SETTINGS_SHEET.toLowerCase()) ?? null;
}

export function readSettings(workbook: WorkbookSnapshot): PlanSettings {
  const sheet = findSettingsSheet(workbook);
  if (!sheet) return EMPTY_SETTINGS;
  const settings: PlanSettings = { planSheet: null, boardDate: null, columnMapping: {}, glossary: {} };
  for (let r = 0; r < sheet.values.length; r++) {
    const key = asText(cellValue(sheet, r, 0));
    const value = cellValue(sheet, r, 1);
    const lower = key.toLowerCase();
    if (lower === "plan sheet" && asText(value)) settings.planSheet = asText(value);
    else if (lower === "board date") settings.boardDate = asDate(value);
    else if (lower.startsWith("column:")) {
      const role = roleForHeading(key.slice("column:".length));
      const letter = asText(value).toUpperCase();
      if (role && /^[A-Z]{1,3}$/.test(letter)) settings.columnMapping[role] = columnIndex(letter);
    } else if (lower.startsWith("abbreviation:")) {
      const abbreviation = key.slice("abbreviation:".length).trim();
      if (abbreviation && asText(value)) settings.glossary[abbreviation] = asText(value);
    }
  }
  return settings;
}
