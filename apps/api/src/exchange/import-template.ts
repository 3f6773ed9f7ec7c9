import { importFields, mobilisLayout } from '@mobilis/schema';
import { csvStream, type Sheet, xlsxStream } from './spreadsheet-writer.js';

// The Mobilis import template: the columns of the Mobilis layout, and (in the XLSX) a second sheet that explains
// each column and the values it takes. Written from the layout itself, so it cannot drift from what the import reads.

const headers = mobilisLayout.columns.map((column) => column.header);

function explanationSheet(): Sheet {
  return {
    name: 'Columns',
    headers: ['Column', 'Describes', 'What it means', 'Allowed values', 'Sensitive'],
    widths: [28, 12, 70, 60, 10],
    rows: mobilisLayout.columns.map(({ header, field }) => {
      const definition = importFields[field];
      return [
        header,
        definition.record,
        definition.description,
        definition.allowedValues,
        'sensitive' in definition ? 'Yes' : '',
      ];
    }),
  };
}

export function templateXlsx() {
  return xlsxStream([{ name: 'Import', headers, rows: [] }, explanationSheet()]);
}

export function templateCsv() {
  return csvStream(headers, []);
}
