// Excel counts dates from one of two starts: 1900, the default everywhere, or 1904, which workbooks
// first made in old Excel for Mac still use (File > Options > Advanced, "Use 1904 date system"). The
// same date is then 1,462 days lower. The core counts from 1900 throughout; each adapter re-counts a
// 1904 workbook's dates as it reads them and counts back as it writes, so no deadline moves four years.

import { toExcelSerial, type IsoDate } from "../deadline/calendar";
import { isDateFormat, type SheetGrid } from "./grid";

/** Days between the two starts: 1 January 1904 is 1,462 in the 1900 count and 0 in its own. */
export const DAYS_1904_AFTER_1900 = 1462;

/** A sheet of a 1904 workbook with every date re-counted from 1900: a number in a date format is a date. */
export function countedFrom1900(grid: SheetGrid): SheetGrid {
  const values = grid.values.map((row, r) =>
    row.map((value, c) =>
      typeof value === "number" && isDateFormat(grid.numberFormats[r]?.[c] ?? "")
        ? value + DAYS_1904_AFTER_1900
        : value,
    ),
  );
  return { ...grid, values };
}

/** The number Excel stores for a date in a workbook that counts from 1904, or from 1900. */
export function serialFor(date: IsoDate, date1904: boolean): number {
  return toExcelSerial(date) - (date1904 ? DAYS_1904_AFTER_1900 : 0);
}
