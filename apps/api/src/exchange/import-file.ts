import { Readable } from 'node:stream';
import { importLimits } from '@mobilis/schema';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

// Reading an uploaded file into rows of text cells, whatever wrote it: a CSV from Excel (a BOM, `;` or `,` or tab
// separators, UTF-8 or Windows-1252) or an XLSX workbook (its first sheet, streamed; a formula cell gives the value
// Excel last computed, never a new evaluation).

export type ImportFileKind = 'csv' | 'xlsx';

/** A file that cannot be imported as it is; the message says why, for the person who uploaded it. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

export interface FileRow {
  /** The row number a spreadsheet shows (the header is row 1 of its sheet). */
  line: number;
  cells: string[];
}

/** XLSX files are ZIP archives; anything else is read as CSV text. */
export function fileKindOf(bytes: Uint8Array): ImportFileKind {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? 'xlsx' : 'csv';
}

/**
 * UTF-8 when the bytes start with its byte-order mark or are valid UTF-8, else Windows-1252 (what Excel on Windows
 * writes as "CSV").
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), 'windows-1252');
  }
}

/** The separator of the header line: whichever of `;`, `,` and tab it has most of, outside quotes. */
export function detectDelimiter(text: string): string {
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((delimiter) => ({
    delimiter,
    count: firstLine.split(delimiter).length - 1,
  }));
  return counts.reduce((best, candidate) => (candidate.count > best.count ? candidate : best)).delimiter;
}

async function* csvRows(bytes: Uint8Array): AsyncGenerator<FileRow> {
  const text = decodeText(bytes);
  const parser = Readable.from([text]).pipe(
    parse({
      bom: true,
      delimiter: detectDelimiter(text.replace(/^\uFEFF/, '')),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: false,
    }),
  );
  let line = 0;
  for await (const record of parser as AsyncIterable<string[]>) yield { line: ++line, cells: record };
}

/** A cell as the text a person sees; formulas give their cached result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value)
      return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

async function* xlsxRows(bytes: Uint8Array): AsyncGenerator<FileRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as ExcelJS.CellValue[];
      // ExcelJS numbers cells from 1: index 0 is always empty.
      yield { line: row.number, cells: values.slice(1).map((value) => cellText(value)) };
    }
    return; // the first sheet only: the template's second sheet explains the columns
  }
}

/**
 * The rows of a file, blank rows skipped, header first. Stops with a clear message past the row limit.
 */
export async function* readFileRows(bytes: Uint8Array, kind: ImportFileKind): AsyncGenerator<FileRow> {
  let count = 0;
  for await (const row of kind === 'xlsx' ? xlsxRows(bytes) : csvRows(bytes)) {
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    if (++count > importLimits.maxRows + 1)
      throw new ImportFileError(
        `The file has more than ${importLimits.maxRows.toLocaleString('en')} rows: split it into smaller files`,
      );
    yield row;
  }
}
