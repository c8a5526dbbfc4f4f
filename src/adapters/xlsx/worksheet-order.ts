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

/** Where an element called `name` goes: before the first existing child that must follow it. */
export function insertionPoint(xml: string, name: string): number {
  let at = xml.lastIndexOf("</worksheet>");
  for (const later of WORKSHEET_CHILDREN.slice(WORKSHEET_CHILDREN.indexOf(name) + 1)) {
    const m = new RegExp(`<${later}[\\s/>]`).exec(xml);
    if (m && m.index < at) at = m.index;
  }
  return at;
}

export function insertInOrder(xml: string, name: string, element: string): string {
  const at = insertionPoint(xml, name);
  return xml.slice(0, at) + element + xml.slice(at);
}
