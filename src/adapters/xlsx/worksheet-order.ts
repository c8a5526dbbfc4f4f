// A worksheet's children must come in the schema's order (ECMA-376 §18.3.1.99) or Excel calls the file
// damaged. New elements are inserted where the order puts them.

const WORKSHEET_CHILDREN = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

const SHEET_DATA = WORKSHEET_CHILDREN.indexOf("sheetData");

/** Where the cells end: the children that follow them are looked for only after this. */
function endOfSheetData(xml: string): number {
  const close = xml.lastIndexOf("</sheetData>");
  return close >= 0 ? close : Math.max(0, xml.indexOf("<sheetData"));
}

/** Where an element called `name` goes: before the first existing child that must follow it. */
export function insertionPoint(xml: string, name: string): number {
  const order = WORKSHEET_CHILDREN.indexOf(name);
  // A cell can carry an <extLst> of its own, so a child after the cells is looked for past them; that
  // also spares a scan of every row for each name the sheet does not have.
  const from = order > SHEET_DATA ? endOfSheetData(xml) : 0;
  let at = xml.lastIndexOf("</worksheet>");
  for (const later of WORKSHEET_CHILDREN.slice(order + 1)) {
    const pattern = new RegExp(`<${later}[\\s/>]`, "g");
    pattern.lastIndex = from;
    const m = pattern.exec(xml);
    if (m && m.index < at) at = m.index;
  }
  return at;
}

export function insertInOrder(xml: string, name: string, element: string): string {
  const at = insertionPoint(xml, name);
  return xml.slice(0, at) + element + xml.slice(at);
}
