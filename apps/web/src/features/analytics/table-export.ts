import { neutraliseCell } from '@mobilis/schema';
import { type AnalyticsTableModel, cellText, type NumberFormat, type TableCell } from './table-cells';

// Every analytics table leaves the browser through here, as CSV or XLSX, with the cells exactly as shown:
// a suppressed cell reads "suppressed (< k)", and text from people cannot start a formula.

function exportedText(cell: TableCell, minimumCellSize: number): string {
  const shown = cellText(cell, minimumCellSize);
  return cell.kind === 'text' ? neutraliseCell(shown) : shown;
}

/** The header and rows as text, as the page shows them. */
export function exportedRows(table: AnalyticsTableModel): string[][] {
  return [
    table.columns.map(neutraliseCell),
    ...table.rows.map((row) => row.map((cell) => exportedText(cell, table.minimumCellSize))),
  ];
}

/** CSV with a byte order mark, so that spreadsheets read it as UTF-8. The CSV writer loads on demand. */
export async function tableCsv(table: AnalyticsTableModel): Promise<string> {
  const { stringify } = await import('csv-stringify/browser/esm/sync');
  return stringify(exportedRows(table), { bom: true });
}

const excelNumberFormats: Record<NumberFormat, string> = { change: '0.00', share: '0%', count: '0' };

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Table';
}

/** An XLSX workbook of one sheet; numbers stay numbers, shown with the page's rounding. ExcelJS loads on demand. */
export async function tableXlsx(table: AnalyticsTableModel): Promise<Blob> {
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetName(table.title));
  const shown = exportedRows(table);
  const [header = [], ...body] = shown;
  sheet.addRow(header).font = { bold: true };
  table.rows.forEach((row, rowIndex) => {
    const added = sheet.addRow(
      row.map((cell, column) => (cell.kind === 'number' ? cell.value : (body[rowIndex]?.[column] ?? ''))),
    );
    row.forEach((cell, column) => {
      if (cell.kind === 'number') added.getCell(column + 1).numFmt = excelNumberFormats[cell.format];
    });
  });
  sheet.columns.forEach((column, index) => {
    const widest = Math.max(...shown.map((row) => row[index]?.length ?? 0));
    column.width = Math.min(60, Math.max(10, widest + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

export function exportFileName(title: string, extension: 'csv' | 'xlsx'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-');
  return `${slug || 'table'}.${extension}`;
}

/** Saves a file from the browser, as a download. */
export function downloadFile(content: Blob, fileName: string): void {
  const href = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
