// An .xlsx file as its zip parts. Opening refuses what is not a workbook with one plain sentence,
// and bounds what it will inflate so a zip bomb cannot exhaust memory.

import { crc32, deflateRawSync } from "node:zlib";
import { Zip, unzipSync, type Unzipped, type ZipInputFile } from "fflate";
import { PlanReadError } from "../../core/reader/errors";
import { attributes } from "./scan-xml";

/** Inflated size one part may have (a 10,000-action plan's largest part is far below this). */
const MAX_PART_BYTES = 512 * 1024 * 1024;
const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;
/** Parts above this compression ratio are bombs, not spreadsheets. */
const MAX_RATIO = 1000;

export interface XlsxPackage {
  parts: Unzipped;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(data: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => data[i] === b);
}

function containsUtf16(data: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, "utf16le");
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(needle);
}

/** Explains why bytes that are not an .xlsx zip can't be read. */
function notAZip(data: Uint8Array, name: string): PlanReadError {
  if (startsWith(data, OLE_SIGNATURE)) {
    return containsUtf16(data, "EncryptionInfo")
      ? new PlanReadError(
          `${name} is password-protected. Open it in Excel, remove the password (File > Info > Protect Workbook), save, and try again.`,
        )
      : new PlanReadError(
          `${name} is an old-style .xls workbook. Open it in Excel and save it as an Excel Workbook (.xlsx), then try again.`,
        );
  }
  if (data.length === 0) return new PlanReadError(`${name} is empty (0 bytes).`);
  return new PlanReadError(
    `${name} is not an Excel workbook (.xlsx). If it is a CSV or another format, open it in Excel and save it as .xlsx.`,
  );
}

export function openPackage(data: Uint8Array, name: string): XlsxPackage {
  if (!startsWith(data, [0x50, 0x4b])) throw notAZip(data, name);
  let total = 0;
  let parts: Unzipped;
  try {
    parts = unzipSync(data, {
      filter(file) {
        total += file.originalSize;
        const ratio = file.size > 0 ? file.originalSize / file.size : 0;
        if (file.originalSize > MAX_PART_BYTES || total > MAX_TOTAL_BYTES || ratio > MAX_RATIO) {
          throw new PlanReadError(
            `${name} expands to far more data than a workbook holds (part "${file.name}"); it was not opened.`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof PlanReadError) throw error;
    throw new PlanReadError(
      `${name} is damaged or incomplete (the zip could not be read). Try saving it again from Excel.`,
    );
  }
  const mimetype = parts["mimetype"] ? Buffer.from(parts["mimetype"]).toString("latin1") : "";
  if (mimetype.includes("opendocument")) {
    throw new PlanReadError(
      `${name} is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx) and try again.`,
    );
  }
  if (!parts["xl/workbook.xml"]) {
    if (parts["xl/workbook.bin"])
      throw new PlanReadError(
        `${name} is a binary workbook (.xlsb). Save it as an Excel Workbook (.xlsx) and try again.`,
      );
    throw new PlanReadError(`${name} is a zip file but not an Excel workbook (it has no xl/workbook.xml).`);
  }
  return { parts };
}

export function partText(pkg: XlsxPackage, path: string): string | null {
  const bytes = pkg.parts[path];
  return bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8") : null;
}

export function setPartText(pkg: XlsxPackage, path: string, text: string): void {
  pkg.parts[path] = asBytes(Buffer.from(text, "utf8"));
}

/** A Buffer seen as a plain Uint8Array, without copying it (generated sheets run to megabytes). */
export function asBytes(buffer: Buffer): Uint8Array<ArrayBuffer> {
  // Node allocates Buffers on plain ArrayBuffers, never shared ones.
  return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
}

export function savePackage(pkg: XlsxPackage): Uint8Array {
  // [Content_Types].xml first, as Office writes it; the rest in their original order.
  const paths = Object.keys(pkg.parts).filter((path) => path !== "[Content_Types].xml");
  if (pkg.parts["[Content_Types].xml"]) paths.unshift("[Content_Types].xml");
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const path of paths) addDeflated(zip, path, pkg.parts[path]);
  zip.end();
  const out = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * Adds one entry compressed by Node's native zlib, several times faster than deflate in JavaScript
 * on the large sheets this tool writes; fflate still lays out the zip. Fflate's Zip works
 * synchronously, so the entry is complete when this returns. Level 4 is over twice as fast as zlib's
 * default 6 on worksheet XML for about 5% more bytes.
 */
function addDeflated(zip: Zip, filename: string, bytes: Uint8Array): void {
  const directory = filename.endsWith("/") && bytes.length === 0;
  const entry: ZipInputFile = { filename, size: bytes.length, crc: crc32(bytes), compression: directory ? 0 : 8 };
  zip.add(entry);
  entry.ondata?.(null, directory ? new Uint8Array(0) : asBytes(deflateRawSync(bytes, { level: 4 })), true);
}

const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

/** A relationship's target as a zip path: relative to the folder of the part it is from, unless absolute. */
function partPathFrom(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const out = sourcePart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") out.pop();
    else if (piece !== ".") out.push(piece);
  }
  return out.join("/");
}

/** The relationships part of a part: "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

export interface Relationship {
  id: string;
  type: string;
  /** The target as a zip path. */
  path: string;
}

/** A part's relationships: how the workbook finds its sheets and shared strings, and a sheet its tables. */
export function partRelationships(pkg: XlsxPackage, partPath: string): Relationship[] {
  const rels = partText(pkg, relsPathOf(partPath)) ?? "";
  return [...rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].flatMap((m) => {
    const a = attributes(m[0]);
    return a.Target ? [{ id: a.Id ?? "", type: a.Type ?? "", path: partPathFrom(partPath, a.Target) }] : [];
  });
}

/** Registers a new part from xl/ (e.g. "xl/worksheets/sheet4.xml"): its content type and the workbook's relationship to it. */
export function addWorkbookPart(pkg: XlsxPackage, path: string, contentType: string, relationshipType: string): string {
  const types = partText(pkg, "[Content_Types].xml") ?? "";
  setPartText(
    pkg,
    "[Content_Types].xml",
    types.replace("</Types>", `<Override PartName="/${path}" ContentType="${contentType}"/></Types>`),
  );
  const rels =
    partText(pkg, WORKBOOK_RELS) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const ids = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const rId = `rId${Math.max(0, ...ids) + 1}`;
  const target = path.replace(/^xl\//, "");
  setPartText(
    pkg,
    WORKBOOK_RELS,
    rels.replace(
      "</Relationships>",
      `<Relationship Id="${rId}" Type="${relationshipType}" Target="${target}"/></Relationships>`,
    ),
  );
  return rId;
}

/** True for a macro-enabled workbook (.xlsm), whatever its file name says. */
export function isMacroEnabled(pkg: XlsxPackage): boolean {
  return (partText(pkg, "[Content_Types].xml") ?? "").includes("macroEnabled");
}
