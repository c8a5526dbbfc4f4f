// Hand-made .xlsx packages for cases no spreadsheet program writes: no sheets, only a chart sheet,
// a million blank rows, a zip bomb.

import { strToU8, zipSync, type Zippable } from "fflate";

const CT_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>';
const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function packageWith(
  sheets: { name: string; type: "worksheet" | "chartsheet"; xml: string }[],
  extra: Zippable = {},
): Uint8Array {
  const files: Zippable = {
    "[Content_Types].xml": strToU8(
      `${CT_HEAD}<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
        .map(
          (s, i) =>
            `<Override PartName="/xl/${s.type}s/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${s.type === "worksheet" ? "worksheet" : "chartsheet"}+xml"/>`,
        )
        .join("")}</Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0"?><workbook ${NS}><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${s.type}" Target="${s.type}s/sheet${i + 1}.xml"/>`)
        .join("")}</Relationships>`,
    ),
    ...extra,
  };
  sheets.forEach((s, i) => (files[`xl/${s.type}s/sheet${i + 1}.xml`] = strToU8(s.xml)));
  return zipSync(files);
}

export function worksheetXml(rows: string): string {
  return `<?xml version="1.0"?><worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;
}

export function inlineRow(r: number, values: string[]): string {
  const cells = values
    .map((v, c) => `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${v}</t></is></c>`)
    .join("");
  return `<row r="${r}">${cells}</row>`;
}
