// An in-memory fake of the part of the Excel JavaScript API Plan Check uses, strict where Excel is:
// a property read before load() and sync() throws PropertyNotLoaded; queued writes apply only at
// sync(); text starting with =, + or - written to a cell not formatted as text becomes a formula; an
// operation on a missing sheet fails at sync with ItemNotFound. It counts syncs and the bytes of each.

import { HEADER_FOOTER_SECTIONS } from "../../../src/adapters/office/read-snapshot";
import { isoDate, toExcelSerial } from "../../../src/core/deadline/calendar";
import { cellAddress, columnIndex, parseCellAddress } from "../../../src/core/workbook/address";
import { emptySheet, key, type FakeCell, type FakeSheet, type Value } from "./state";

export class OfficeError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

type Step = { kind: "op"; run: () => void; bytes: number } | { kind: "load"; run: () => unknown };

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseRect(address: string): Rect {
  const bare = address.replace(/^.*!/, "").replace(/\$/g, "");
  const whole = /^([A-Z]+):([A-Z]+)$/.exec(bare);
  if (whole) return { top: 0, left: columnIndex(whole[1]), bottom: 1048575, right: columnIndex(whole[2]) };
  const [from, to] = bare.split(":");
  const a = parseCellAddress(from);
  const b = parseCellAddress(to ?? from);
  if (!a || !b) throw new OfficeError("InvalidArgument", `bad address ${address}`);
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

function rectAddress(r: Rect): string {
  const a = cellAddress(r.top, r.left);
  const b = cellAddress(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

export class FakeExcel {
  sheets: FakeSheet[];
  syncs = 0;
  /** Bytes carried by each sync, in order. */
  syncBytes: number[] = [];
  selection: { sheet: string; address: string } | null = null;
  /** The workbook counts its dates from 1904: its cells hold serials 1,462 lower than the same dates from 1900. */
  date1904 = false;
  /** Fails any use of worksheet functions at sync, as a host without them would. */
  refusesFunctions = false;
  /** Fails Range.getCellProperties at sync, as a host with a broken or missing implementation would. */
  refusesCellProperties = false;
  activeSheet: string | null = null;
  private nextCfId = 1;

  constructor(sheets: FakeSheet[]) {
    this.sheets = sheets;
  }

  /** Excel.run: a fresh context per batch. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    return batch(context as unknown as Excel.RequestContext);
  };

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new OfficeError("ItemNotFound", `The requested resource doesn't exist: worksheet ${name}`);
    return found;
  }

  cfId(): number {
    return this.nextCfId++;
  }

  /** Cells a sheet holds as formulas (what Plan Check must never create). */
  formulas(sheetName: string): string[] {
    return [...this.sheet(sheetName).cells.entries()].filter(([, c]) => c.formula).map(([k]) => k);
  }

  value(sheetName: string, address: string): Value {
    const at = parseCellAddress(address);
    return at ? (this.sheet(sheetName).cells.get(key(at.row, at.column))?.value ?? "") : "";
  }
}

export class FakeContext {
  private steps: Step[] = [];
  readonly workbook: FakeWorkbook;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  op(run: () => void, bytes = 50): void {
    this.steps.push({ kind: "op", run, bytes });
  }

  loadStep(run: () => unknown): void {
    this.steps.push({ kind: "load", run });
  }

  async sync(): Promise<void> {
    const steps = this.steps;
    this.steps = [];
    this.excel.syncs++;
    let bytes = 0;
    for (const step of steps) {
      if (step.kind === "op") {
        step.run();
        bytes += step.bytes;
      } else {
        bytes += JSON.stringify(step.run() ?? null).length;
      }
    }
    this.excel.syncBytes.push(bytes);
  }
}

/** Base of every proxy: properties exist only once loaded and synced. */
class Proxy {
  protected loaded = new Map<string, unknown>();
  protected resolved = false;

  constructor(protected readonly ctx: FakeContext) {}

  protected get<T>(name: string): T {
    if (!this.loaded.has(name))
      throw new OfficeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Call load() and sync() first.`,
      );
    return this.loaded.get(name) as T;
  }

  /** Queues reading the named properties from the workbook's state at the next sync. */
  protected queueLoad(names: string[], read: (name: string) => unknown): this {
    this.ctx.loadStep(() => {
      const out: Record<string, unknown> = {};
      for (const n of names) {
        const value = read(n);
        this.loaded.set(n, value);
        out[n] = value;
      }
      return out;
    });
    return this;
  }
}

function props(spec: string | string[] | Record<string, unknown> | undefined): string[] {
  if (!spec) return [];
  if (Array.isArray(spec)) return spec;
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  return Object.keys(spec);
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly functions: FakeFunctions;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.functions = new FakeFunctions(ctx);
  }
}

/** Excel's worksheet functions; only DATE, which answers in the workbook's own date system. */
class FakeFunctions {
  constructor(private readonly ctx: FakeContext) {}

  date(year: number, month: number, day: number): FakeFunctionResult {
    const serial = toExcelSerial(isoDate(year, month, day)) - (this.ctx.excel.date1904 ? 1462 : 0);
    return new FakeFunctionResult(this.ctx, serial);
  }
}

class FakeFunctionResult extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly result: number,
  ) {
    super(ctx);
  }

  get value(): number {
    return this.get("value");
  }

  load(spec?: string | string[]): this {
    return this.queueLoad(props(spec), (name) => {
      if (this.ctx.excel.refusesFunctions)
        throw new OfficeError("ApiNotFound", "The API you are trying to use could not be found.");
      return name === "value" ? this.result : "";
    });
  }
}

class FakeWorksheetCollection extends Proxy {
  get items(): FakeWorksheet[] {
    return this.get("items");
  }

  load(spec?: string | string[]): this {
    const wanted = props(spec).map((p) => p.replace(/^items\//, ""));
    this.ctx.loadStep(() => {
      const items = this.ctx.excel.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, s.name);
        ws.fill(wanted);
        return ws;
      });
      this.loaded.set("items", items);
      return items.map((w) => w.name);
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, name, true);
    this.ctx.loadStep(() => ws.resolveNull());
    return ws;
  }

  add(name: string): FakeWorksheet {
    this.ctx.op(() => {
      if (this.ctx.excel.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
        throw new OfficeError("ItemAlreadyExists", `A sheet called ${name} exists`);
      this.ctx.excel.sheets.push(emptySheet(name));
    });
    return new FakeWorksheet(this.ctx, name);
  }
}

export class FakeWorksheet extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    private readonly orNull = false,
  ) {
    super(ctx);
  }

  state(): FakeSheet {
    return this.ctx.excel.sheet(this.sheetName);
  }

  fill(names: string[]): void {
    for (const n of names)
      this.loaded.set(n, n === "name" ? this.sheetName : n === "visibility" ? this.state().visibility : undefined);
  }

  resolveNull(): boolean {
    const missing = !this.ctx.excel.sheets.some((s) => s.name === this.sheetName);
    this.loaded.set("isNullObject", missing);
    return missing;
  }

  get isNullObject(): boolean {
    if (!this.orNull) return false;
    return this.get("isNullObject");
  }

  get name(): string {
    return this.get("name");
  }

  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(value: string) {
    this.ctx.op(() => (this.state().visibility = value as FakeSheet["visibility"]));
  }

  load(spec?: string): this {
    return this.queueLoad(props(spec), (n) =>
      n === "name" ? this.sheetName : n === "visibility" ? this.state().visibility : undefined,
    );
  }

  // Navigation properties return the same object each time, as in Office.js.
  private protectionBag?: LoadableBag;
  private namesCollection?: FakeNamedItemCollection;
  private autoFilterObject?: FakeAutoFilter;

  get protection(): { protected: boolean; load: (s: string) => void } {
    this.protectionBag ??= new LoadableBag(this.ctx, () => ({ protected: this.state().protected }));
    return this.protectionBag as unknown as { protected: boolean; load: (s: string) => void };
  }

  get names(): FakeNamedItemCollection {
    this.namesCollection ??= new FakeNamedItemCollection(this.ctx, () => this.state());
    return this.namesCollection;
  }

  get autoFilter(): FakeAutoFilter {
    this.autoFilterObject ??= new FakeAutoFilter(this.ctx, this.sheetName, () => this.state());
    return this.autoFilterObject;
  }

  private tableCollection?: FakeTableCollection;

  get tables(): FakeTableCollection {
    this.tableCollection ??= new FakeTableCollection(this.ctx, this.sheetName, () => this.state());
    return this.tableCollection;
  }

  get freezePanes(): { freezeRows: (n: number) => void } {
    return { freezeRows: (n: number) => this.ctx.op(() => (this.state().frozenRows = n)) };
  }

  get pageLayout(): Record<string, unknown> {
    const layout = (): Record<string, unknown> => this.state().pageLayout;
    const ctx = this.ctx;
    // Header and footer sections, as Excel reports them: "" where a section is empty.
    const sections = (): Record<string, unknown> => {
      const set = (layout().headersFooters ?? {}) as Record<string, unknown>;
      return Object.fromEntries(HEADER_FOOTER_SECTIONS.map((s) => [s, set[s] ?? ""]));
    };
    const noSections = (): Record<string, unknown> => Object.fromEntries(HEADER_FOOTER_SECTIONS.map((s) => [s, ""]));
    return {
      set orientation(v: string) {
        ctx.op(() => (layout().orientation = v));
      },
      set zoom(v: unknown) {
        ctx.op(() => (layout().zoom = v));
      },
      setPrintTitleRows: (rows: string) => ctx.op(() => (layout().printTitleRows = rows)),
      headersFooters: {
        defaultForAllPages: new LoadableBag(ctx, sections, (k, v) => {
          layout().headersFooters = { ...(layout().headersFooters as Record<string, unknown>), [k]: v };
        }),
        // Only the headers for all pages are modelled; the other page kinds read as empty, as on a plain sheet.
        firstPage: new LoadableBag(ctx, noSections),
        oddPages: new LoadableBag(ctx, noSections),
        evenPages: new LoadableBag(ctx, noSections),
      },
    };
  }

  activate(): void {
    this.ctx.op(() => {
      this.state();
      this.ctx.excel.activeSheet = this.sheetName;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    // On a null sheet every further object is null too, as in Office.js.
    const exists = (): boolean => this.ctx.excel.sheets.some((x) => x.name === this.sheetName);
    return new FakeRange(this.ctx, this.sheetName, () => (exists() ? usedRect(this.state()) : null), true);
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () =>
      address ? parseRect(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 },
    );
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => ({
      top: row,
      left: column,
      bottom: row + rows - 1,
      right: column + columns - 1,
    }));
  }

  getRanges(addresses: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.sheetName, () => addresses.split(",").map((a) => parseRect(a.trim())));
  }
}

/**
 * A sheet's AutoFilter. Removing it leaves hidden rows hidden here, stricter than Excel (which shows
 * the rows its filter hid): the fake cannot tell filtered rows from rows a user hid.
 */
class FakeAutoFilter extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }

  load(spec?: string): this {
    return this.queueLoad(props(spec), (n) => {
      const filter = this.sheet().autoFilter;
      if (n === "enabled") return filter !== null;
      if (n === "isDataFiltered") return filter !== null && this.sheet().filterHidesRows;
      return undefined;
    });
  }

  get enabled(): boolean {
    return this.get("enabled");
  }

  get isDataFiltered(): boolean {
    return this.get("isDataFiltered");
  }

  getRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.ctx,
      this.sheetName,
      () => {
        const filter = this.sheet().autoFilter;
        return filter === null ? null : parseRect(filter);
      },
      true,
    );
  }

  remove(): void {
    this.ctx.op(() => {
      this.sheet().autoFilter = null;
      this.sheet().filterHidesRows = false;
    });
  }

  apply(range: FakeRange): void {
    this.ctx.op(() => {
      const sheet = this.sheet();
      if (sheet.autoFilter !== null)
        throw new OfficeError("InvalidOperation", "The sheet already has a filter; remove it first");
      sheet.autoFilter = rectAddress(range.rect() as Rect);
    });
  }
}

/** A sheet's tables: loaded by name, each with its range, and resized as Excel resizes them. */
class FakeTableCollection extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }

  get items(): FakeTable[] {
    return this.get("items");
  }

  load(spec?: string): this {
    // As Excel: a table's showTotals is there to read only when the load asked for it.
    const totalsLoaded = /\bitems\/showTotals\b/.test(spec ?? "");
    this.ctx.loadStep(() => {
      const items = this.sheet().tables.map(
        (t) => new FakeTable(this.ctx, this.sheetName, this.sheet, t.name, totalsLoaded),
      );
      this.loaded.set("items", items);
      return items.map((t) => t.name);
    });
    return this;
  }

  getItem(name: string): FakeTable {
    return new FakeTable(this.ctx, this.sheetName, this.sheet, name);
  }
}

class FakeTable {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetName: string,
    private readonly sheet: () => FakeSheet,
    readonly name: string,
    private readonly totalsLoaded = false,
  ) {}

  get showTotals(): boolean {
    if (!this.totalsLoaded) throw new OfficeError("PropertyNotLoaded", "showTotals not loaded");
    return this.table().showTotals;
  }

  private table(): { name: string; address: string; showTotals: boolean } {
    const found = this.sheet().tables.find((t) => t.name === this.name);
    if (!found) throw new OfficeError("ItemNotFound", `The requested resource doesn't exist: table ${this.name}`);
    return found;
  }

  getRange(): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => parseRect(this.table().address));
  }

  /**
   * As Excel: the header stays on its row and the new range overlaps the old. Stricter than Excel, which
   * names an empty header cell "Column1": set-up must write its headings before it resizes.
   */
  resize(address: string): void {
    this.ctx.op(() => {
      const table = this.table();
      const from = parseRect(table.address);
      const to = parseRect(address);
      if (to.top !== from.top || to.left > from.right || to.right < from.left)
        throw new OfficeError("InvalidArgument", `A table cannot be resized from ${table.address} to ${address}`);
      for (let c = to.left; c <= to.right; c++)
        if (String(this.sheet().cells.get(key(to.top, c))?.value ?? "") === "")
          throw new OfficeError("InvalidArgument", `The table's header cell ${cellAddress(to.top, c)} is empty`);
      table.address = rectAddress(to);
    });
  }
}

/** OfficeExtension.ClientResult: its value exists once the batch that asked for it has synced. */
class FakeClientResult<T> {
  private held: { value: T } | null = null;

  set(value: T): void {
    this.held = { value };
  }

  get value(): T {
    if (!this.held)
      throw new OfficeError("PropertyNotLoaded", "The value of the result object has not been initialized.");
    return this.held.value;
  }
}

/** Setter-only bag for page header and footer texts. */
/** An object whose properties are read after load() and sync(), and, given `set`, written in the queue. */
class LoadableBag extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly source: () => Record<string, unknown>,
    set?: (name: string, value: unknown) => void,
  ) {
    super(ctx);
    return new globalThis.Proxy(this, {
      get(target, name) {
        if (name === "load")
          return (spec: string | string[]) => target.queueLoad(props(spec), (n) => target.source()[n]);
        if (typeof name === "string" && name in target.source()) return target.get(name);
        return Reflect.get(target, name);
      },
      set(target, name, value) {
        if (!set || typeof name !== "string") return Reflect.set(target, name, value);
        ctx.op(() => set(name, value));
        return true;
      },
    });
  }
}

function usedRect(sheet: FakeSheet): Rect | null {
  let rect: Rect | null = null;
  for (const [k, cell] of sheet.cells) {
    if (cell.value === "" && !cell.formula) continue;
    const [r, c] = k.split(",").map(Number);
    rect = rect
      ? {
          top: Math.min(rect.top, r),
          left: Math.min(rect.left, c),
          bottom: Math.max(rect.bottom, r),
          right: Math.max(rect.right, c),
        }
      : { top: r, left: c, bottom: r, right: c };
  }
  return rect;
}

function formatOps(ctx: FakeContext, sheet: () => FakeSheet, rects: () => Rect[]): Record<string, unknown> {
  const apply = (prop: string, value: unknown): void =>
    ctx.op(() => {
      for (const r of rects())
        for (let row = r.top; row <= Math.min(r.bottom, r.top + 5000); row++)
          for (let c = r.left; c <= Math.min(r.right, r.left + 200); c++) {
            const k = cellAddress(row, c);
            sheet().formats.set(k, { ...(sheet().formats.get(k) ?? {}), [prop]: value });
          }
    });
  const bag = (prefix: string): Record<string, unknown> =>
    new globalThis.Proxy(
      {},
      {
        set(_t, k, v) {
          if (prefix === "" && k === "columnWidth") {
            ctx.op(() => {
              for (const r of rects()) for (let c = r.left; c <= r.right; c++) sheet().columnWidths.set(c, Number(v));
            });
          } else apply(`${prefix}${String(k)}`, v);
          return true;
        },
      },
    );
  const root = bag("");
  return new globalThis.Proxy(root, {
    get(_t, k) {
      if (k === "fill") return bag("fill.");
      if (k === "font") return bag("font.");
      if (k === "autofitRows") return () => ctx.op(() => undefined);
      return undefined;
    },
    set(_t, k, v) {
      return Reflect.set(root, k, v);
    },
  });
}

export class FakeRange extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    readonly rect: () => Rect | null,
    private readonly orNull = false,
  ) {
    super(ctx);
  }

  private sheet(): FakeSheet {
    return this.ctx.excel.sheet(this.sheetName);
  }

  get isNullObject(): boolean {
    if (!this.orNull) return false;
    return this.get("isNullObject");
  }

  load(spec?: string): this {
    const names = props(spec);
    this.ctx.loadStep(() => {
      const r = this.rect();
      this.loaded.set("isNullObject", r === null);
      if (r === null) return null;
      const out: Record<string, unknown> = {};
      for (const n of names) {
        const value = this.read(n, r);
        this.loaded.set(n, value);
        out[n] = value;
      }
      return out;
    });
    return this;
  }

  private read(name: string, r: Rect): unknown {
    const sheet = this.sheet();
    const grid = <T>(pick: (cell: FakeCell | undefined) => T): T[][] =>
      Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
        Array.from({ length: r.right - r.left + 1 }, (_, j) => pick(sheet.cells.get(key(r.top + i, r.left + j)))),
      );
    switch (name) {
      case "values":
        return grid((c) => c?.value ?? "");
      case "numberFormat":
        return grid((c) => c?.numberFormat ?? "General");
      case "address":
        return `${sheet.name}!${rectAddress(r)}`;
      case "rowIndex":
        return r.top;
      case "columnIndex":
        return r.left;
      case "rowCount":
        return r.bottom - r.top + 1;
      case "columnCount":
        return r.right - r.left + 1;
      default:
        throw new OfficeError("InvalidArgument", `The fake does not know Range.${name}`);
    }
  }

  /**
   * Range.getCellProperties (ExcelApi 1.9), for the fill only: each cell's colour and pattern, "#FFFFFF"
   * and "None" where the council set none, as Excel reports an unfilled cell. Asking for anything else fails.
   */
  getCellProperties(options: {
    format?: { fill?: { color?: boolean; pattern?: boolean } };
  }): FakeClientResult<unknown[][]> {
    const wanted = options.format?.fill ?? {};
    if (Object.keys(options).some((k) => k !== "format") || Object.keys(options.format ?? {}).some((k) => k !== "fill"))
      throw new OfficeError("InvalidArgument", "The fake reads only format.fill through getCellProperties");
    const result = new FakeClientResult<unknown[][]>();
    this.ctx.loadStep(() => {
      if (this.ctx.excel.refusesCellProperties)
        throw new OfficeError("ApiNotFound", "The API you are trying to use could not be found.");
      const r = this.rect() as Rect;
      const sheet = this.sheet();
      result.set(
        Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
          Array.from({ length: r.right - r.left + 1 }, (_, j) => {
            const fill = sheet.cells.get(key(r.top + i, r.left + j))?.fill;
            return {
              format: {
                fill: {
                  ...(wanted.color ? { color: fill ?? "#FFFFFF" } : {}),
                  ...(wanted.pattern ? { pattern: fill ? "Solid" : "None" } : {}),
                },
              },
            };
          }),
        ),
      );
      return result.value;
    });
    return result;
  }

  get values(): Value[][] {
    return this.get("values");
  }
  set values(values: Value[][]) {
    this.ctx.op(() => {
      const r = this.rect() as Rect;
      const sheet = this.sheet();
      values.forEach((row, i) =>
        row.forEach((value, j) => {
          const k = key(r.top + i, r.left + j);
          const existing = sheet.cells.get(k);
          const numberFormat = existing?.numberFormat ?? "General";
          // Excel reads text starting with =, + or - as a formula unless the cell is formatted as text.
          const formula = typeof value === "string" && /^[=+-]/.test(value) && numberFormat !== "@" ? value : undefined;
          sheet.cells.set(k, { value, numberFormat, formula });
        }),
      );
    }, JSON.stringify(values).length);
  }

  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.ctx.op(() => {
      const r = this.rect() as Rect;
      const sheet = this.sheet();
      formats.forEach((row, i) =>
        row.forEach((numberFormat, j) => {
          const k = key(r.top + i, r.left + j);
          sheet.cells.set(k, { ...(sheet.cells.get(k) ?? { value: "" }), numberFormat });
        }),
      );
    }, JSON.stringify(formats).length);
  }

  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }

  set rowHidden(hidden: boolean) {
    this.ctx.op(() => {
      const r = this.rect() as Rect;
      const rows = this.sheet().hiddenRows;
      if (!hidden) {
        for (const row of rows) if (row >= r.top && row <= r.bottom) rows.delete(row);
      } else for (let row = r.top; row <= r.bottom; row++) rows.add(row);
    });
  }

  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.ctx.op(() => this.sheet().hyperlinks.set(rectAddress(this.rect() as Rect), link.documentReference ?? ""));
  }

  get format(): Record<string, unknown> {
    return formatOps(
      this.ctx,
      () => this.sheet(),
      () => [this.rect() as Rect],
    );
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(
      this.ctx,
      () => this.sheet(),
      () => [rectAddress(this.rect() as Rect)],
    );
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.ctx,
      this.sheetName,
      () => {
        const r = this.rect();
        if (!r) return [];
        return this.sheet().merges.filter(
          (m) => m.top <= r.bottom && m.bottom >= r.top && m.left <= r.right && m.right >= r.left,
        );
      },
      true,
    );
  }

  getSpecialCellsOrNullObject(type: string): FakeRangeAreas {
    if (type !== "Visible")
      throw new OfficeError("InvalidArgument", `The fake only knows Visible special cells, not ${type}`);
    return new FakeRangeAreas(
      this.ctx,
      this.sheetName,
      () => {
        const r = this.rect();
        if (!r) return [];
        // Runs of visible rows by runs of visible columns, as Excel reports the visible areas.
        const runs = (from: number, to: number, hidden: Set<number>): [number, number][] => {
          const out: [number, number][] = [];
          for (let i = from; i <= to; i++) {
            if (hidden.has(i)) continue;
            const last = out[out.length - 1];
            if (last && last[1] === i - 1) last[1] = i;
            else out.push([i, i]);
          }
          return out;
        };
        const columns = runs(r.left, r.right, this.sheet().hiddenColumns);
        return runs(r.top, r.bottom, this.sheet().hiddenRows).flatMap(([top, bottom]) =>
          columns.map(([left, right]) => ({ top, left, bottom, right })),
        );
      },
      true,
    );
  }

  copyFrom(source: FakeRange, type: string): void {
    this.ctx.op(() => {
      if (type !== "Formats") throw new OfficeError("InvalidArgument", `The fake copies only formats, not ${type}`);
      const from = source.rect() as Rect;
      const to = this.rect() as Rect;
      const sheet = this.sheet();
      for (let i = 0; i <= to.bottom - to.top; i++) {
        const look = sheet.formats.get(cellAddress(from.top + i, from.left));
        if (look) sheet.formats.set(cellAddress(to.top + i, to.left), { ...look });
      }
    });
  }

  merge(across = false): void {
    this.ctx.op(() => {
      const r = this.rect() as Rect;
      if (across) throw new OfficeError("InvalidArgument", "The fake merges whole ranges only");
      this.sheet().merges.push({ ...r });
    });
  }

  get dataValidation(): Record<string, unknown> {
    const ctx = this.ctx;
    const entry = (): FakeSheet["dataValidations"][number] => {
      const address = rectAddress(this.rect() as Rect);
      const list = this.sheet().dataValidations;
      let found = list.find((d) => d.address === address);
      if (!found) {
        found = { address };
        list.push(found);
      }
      return found;
    };
    return new globalThis.Proxy(
      {},
      {
        set(_t, k, v) {
          ctx.op(() => {
            (entry() as Record<string, unknown>)[String(k)] = v;
          });
          return true;
        },
      },
    );
  }

  select(): void {
    this.ctx.op(() => {
      this.sheet();
      this.ctx.excel.selection = { sheet: this.sheetName, address: rectAddress(this.rect() as Rect) };
    });
  }

  clear(): void {
    this.ctx.op(() => {
      const sheet = this.sheet();
      sheet.cells.clear();
      sheet.formats.clear();
      sheet.hyperlinks.clear();
    });
  }
}

export class FakeRangeAreas extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    private readonly rects: () => Rect[],
    private readonly orNull = false,
  ) {
    super(ctx);
  }

  get isNullObject(): boolean {
    if (!this.orNull) return false;
    return this.get("isNullObject");
  }

  load(spec?: string): this {
    const names = props(spec);
    this.ctx.loadStep(() => {
      const rects = this.rects();
      this.loaded.set("isNullObject", rects.length === 0);
      const sheet = this.ctx.excel.sheet(this.sheetName);
      const address = rects.map((r) => `${sheet.name}!${rectAddress(r)}`).join(",");
      if (names.includes("address")) this.loaded.set("address", address);
      return address;
    });
    return this;
  }

  get address(): string {
    return this.get("address");
  }

  get format(): Record<string, unknown> {
    return formatOps(this.ctx, () => this.ctx.excel.sheet(this.sheetName), this.rects);
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(
      this.ctx,
      () => this.ctx.excel.sheet(this.sheetName),
      () => this.rects().map(rectAddress),
    );
  }
}

class FakeConditionalFormatCollection extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly addresses: () => string[],
  ) {
    super(ctx);
  }

  get items(): FakeConditionalFormat[] {
    return this.get("items");
  }

  load(spec?: string): this {
    const names = props(spec).map((p) => p.replace(/^items\//, ""));
    this.ctx.loadStep(() => {
      const items = this.sheet().conditionalFormats.map(
        (cf) => new FakeConditionalFormat(this.ctx, this.sheet, cf.id, names),
      );
      this.loaded.set("items", items);
      return items.length;
    });
    return this;
  }

  add(type: string): FakeConditionalFormat {
    const id = this.ctx.excel.cfId();
    this.ctx.op(
      () => this.sheet().conditionalFormats.push({ id, type, addresses: this.addresses(), formula: "", format: {} }),
      200,
    );
    return new FakeConditionalFormat(this.ctx, this.sheet, id, []);
  }
}

const CONDITIONAL_BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot"];

class FakeConditionalFormat extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly id: number,
    names: string[],
  ) {
    super(ctx);
    const state = this.state();
    if (state && names.includes("type")) this.loaded.set("type", state.type);
  }

  private state(): import("./state").FakeConditionalFormat | undefined {
    return this.sheet().conditionalFormats.find((c) => c.id === this.id);
  }

  get type(): string {
    return this.get("type");
  }

  delete(): void {
    this.ctx.op(() => {
      const sheet = this.sheet();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c.id !== this.id);
    });
  }

  get custom(): { rule: { formula: string; load: (s: string) => void }; format: Record<string, unknown> } {
    const ctx = this.ctx;
    const state = (): import("./state").FakeConditionalFormat => {
      const s = this.state();
      if (!s) throw new OfficeError("ItemNotFound", "conditional format gone");
      if (s.type !== "Custom") throw new OfficeError("InvalidOperation", "not a custom conditional format");
      return s;
    };
    const loaded = this.loaded;
    const rule = {
      get formula(): string {
        if (!loaded.has("custom.rule.formula"))
          throw new OfficeError("PropertyNotLoaded", "The property 'formula' is not available.");
        return loaded.get("custom.rule.formula") as string;
      },
      set formula(value: string) {
        ctx.op(() => (state().formula = value));
      },
      load: (): void => ctx.loadStep(() => loaded.set("custom.rule.formula", state().formula)),
    };
    const setter = (prefix: string): Record<string, unknown> =>
      new globalThis.Proxy(
        {},
        {
          set(_t, k, v) {
            ctx.op(() => (state().format[`${prefix}${String(k)}`] = v));
            return true;
          },
        },
      );
    // ConditionalRangeBorderCollection (ExcelApi 1.6): top, bottom, left, right, each with style and color.
    const border = (edge: string): Record<string, unknown> =>
      new globalThis.Proxy(
        {},
        {
          set(_t, k, v) {
            if (k === "style" && !CONDITIONAL_BORDER_STYLES.includes(v as string))
              throw new OfficeError("InvalidArgument", `"${String(v)}" is not a ConditionalRangeBorderLineStyle`);
            ctx.op(() => (state().format[`borders.${edge}.${String(k)}`] = v));
            return true;
          },
        },
      );
    const borders = { top: border("top"), bottom: border("bottom"), left: border("left"), right: border("right") };
    const format = new globalThis.Proxy(setter(""), {
      get(_t, k) {
        if (k === "fill") return setter("fill.");
        if (k === "font") return setter("font.");
        if (k === "borders") return borders;
        return undefined;
      },
    });
    return { rule, format };
  }
}

class FakeNamedItemCollection extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }

  get items(): { name: string; formula: string }[] {
    return this.get("items");
  }

  load(): this {
    this.ctx.loadStep(() => {
      const items = this.sheet().names.map((n) => ({ name: n.name, formula: n.formula }));
      this.loaded.set("items", items);
      return items;
    });
    return this;
  }

  add(name: string, formula: string): { visible: boolean } {
    this.ctx.op(() => this.sheet().names.push({ name, formula, visible: true }));
    const ctx = this.ctx;
    const sheet = this.sheet;
    return {
      set visible(v: boolean) {
        ctx.op(() => {
          const item = sheet().names.find((n) => n.name === name);
          if (item) item.visible = v;
        });
      },
      get visible(): boolean {
        throw new OfficeError("PropertyNotLoaded", "visible not loaded");
      },
    };
  }
}
