import { describe, expect, it } from 'vitest';
import { change, count, interval, none, share, suppressed, text } from './table-cells';
import { exportedRows, exportFileName, tableCsv } from './table-export';

const table = {
  title: 'Mean change by organisation',
  minimumCellSize: 5,
  columns: ['Outcome', '=Evil organisation', 'Gymnasium am Goetheplatz'],
  rows: [
    [text('L06 · Intercultural awareness'), change(-0.164), suppressed],
    [text('@SUM(A1:A9)'), interval({ low: -0.3241, high: 0.4503 }), share(0.8071)],
    [text('Answers'), count(57), none],
  ],
};

describe('exportedRows', () => {
  it('writes every cell as the table shows it, suppressed cells as "suppressed (< k)"', () => {
    expect(exportedRows(table)).toEqual([
      ['Outcome', "'=Evil organisation", 'Gymnasium am Goetheplatz'],
      ['L06 · Intercultural awareness', '-0.16', 'suppressed (< 5)'],
      ["'@SUM(A1:A9)", '[-0.32, 0.45]', '81 %'],
      ['Answers', '57', '—'],
    ]);
  });
});

describe('tableCsv', () => {
  it('starts with a byte order mark and quotes what needs quoting', async () => {
    const csv = await tableCsv(table);
    expect(csv.startsWith("\uFEFFOutcome,'=Evil organisation,Gymnasium am Goetheplatz\n")).toBe(true);
    expect(csv).toContain('"[-0.32, 0.45]"');
  });
});

describe('exportFileName', () => {
  it('names the file after the table', () => {
    expect(exportFileName('Mean change by age band', 'xlsx')).toBe('mean-change-by-age-band.xlsx');
    expect(exportFileName('Équité: groupes', 'csv')).toBe('equite-groupes.csv');
  });
});
