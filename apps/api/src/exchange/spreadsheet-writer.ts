import { PassThrough, type Readable } from 'node:stream';
import { neutraliseCell } from '@mobilis/schema';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';

// Files Mobilis hands out (exports, the import template, rejected rows): CSV with a UTF-8 BOM, so that Excel
// reads accents right, and XLSX. Every text cell is neutralised against formula injection (`neutraliseCell`).

export type CellValue = string | number | boolean | null | undefined;

export function neutralise(value: CellValue): string | number | boolean | null {
  return neutraliseCell(value ?? null);
}

export const csvContentType = 'text/csv; charset=utf-8';
export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A CSV stream: the header row, then each row, neutralised, with a UTF-8 BOM. */
export function csvStream(
  headers: readonly string[],
  rows: AsyncIterable<CellValue[]> | Iterable<CellValue[]>,
) {
  const output = stringify({ bom: true, cast: { boolean: (value) => (value ? 'Yes' : 'No') } });
  void (async () => {
    try {
      output.write(headers.map(neutralise));
      for await (const row of rows) if (!output.write(row.map(neutralise))) await once(output, 'drain');
      output.end();
    } catch (error) {
      output.destroy(error as Error);
    }
  })();
  return output as Readable;
}

function once(stream: NodeJS.EventEmitter, event: string): Promise<void> {
  return new Promise((resolve) => stream.once(event, () => resolve()));
}

export interface Sheet {
  name: string;
  headers: readonly string[];
  rows: AsyncIterable<CellValue[]> | Iterable<CellValue[]>;
  /** Column widths in characters; a default otherwise. */
  widths?: readonly number[];
}

/** An XLSX stream, written row by row (ExcelJS's streaming writer), with a bold header row per sheet. */
export function xlsxStream(sheets: readonly Sheet[]): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  void (async () => {
    try {
      for (const sheet of sheets) {
        const worksheet = workbook.addWorksheet(sheet.name);
        worksheet.columns = sheet.headers.map((header, index) => ({
          header,
          width: sheet.widths?.[index] ?? Math.min(40, Math.max(12, header.length + 2)),
        }));
        worksheet.getRow(1).font = { bold: true };
        worksheet.getRow(1).commit();
        for await (const row of sheet.rows) worksheet.addRow(row.map(neutralise)).commit();
        worksheet.commit();
      }
      await workbook.commit();
    } catch (error) {
      output.destroy(error as Error);
    }
  })();
  return output;
}
