import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CountedCell,
  defaultMinimumCellSize,
  lowestMinimumCellSize,
  suppressCells,
} from '../src/analytics/suppression.js';

function table(...counts: number[]): CountedCell[] {
  return counts.map((n, index) => ({ key: `c${index}`, n }));
}

function suppressedKeys(cells: readonly CountedCell[], k: number, options?: { totalShown?: boolean }) {
  const result = suppressCells(cells, k, options);
  return { suppressed: [...result.suppressed].sort(), totalSuppressed: result.totalSuppressed };
}

describe('suppressCells', () => {
  it('has the documented minimum cell sizes', () => {
    expect(defaultMinimumCellSize).toBe(5);
    expect(lowestMinimumCellSize).toBe(3);
  });

  it('adds the next smallest cell when a single small cell could be recovered from the total', () => {
    // 4, 10, 12 (total 26), k 5: 4 < 5 is primary; alone it is 26 - 10 - 12, so 10 (next smallest) goes too.
    // Suppressed: two cells holding 14 >= 5.
    expect(suppressedKeys(table(4, 10, 12), 5)).toEqual({ suppressed: ['c0', 'c1'], totalSuppressed: false });
  });

  it('needs nothing more when two small cells already hold k together', () => {
    // 4, 3, 20, k 5: both small cells are primary, two cells holding 7 >= 5.
    expect(suppressedKeys(table(4, 3, 20), 5)).toEqual({ suppressed: ['c0', 'c1'], totalSuppressed: false });
  });

  it('keeps adding cells until the suppressed ones hold k', () => {
    // 1, 1, 8, 9, k 5: primaries 1 + 1 = 2 < 5, so add 8 (next smallest): three cells holding 10.
    expect(suppressedKeys(table(1, 1, 8, 9), 5)).toEqual({
      suppressed: ['c0', 'c1', 'c2'],
      totalSuppressed: false,
    });
  });

  it('suppresses the total when the whole table is below k', () => {
    // A single cell of 2 (total 2 < 5): no complement is left, the total would show the 2.
    expect(suppressedKeys(table(2), 5)).toEqual({ suppressed: ['c0'], totalSuppressed: true });
    // 1, 2, 0 (total 3 < 5): every nonzero cell and the total; the empty cell stays.
    expect(suppressedKeys(table(1, 2, 0), 5)).toEqual({ suppressed: ['c0', 'c1'], totalSuppressed: true });
  });

  it('never suppresses empty cells and leaves tables without small cells alone', () => {
    // 0, 6, 7, k 5: no cell with 0 < n < 5.
    expect(suppressedKeys(table(0, 6, 7), 5)).toEqual({ suppressed: [], totalSuppressed: false });
    // 3, 0, 9: the complement of 3 is 9 (the empty cell reveals nobody and cannot be the second cell).
    expect(suppressedKeys(table(3, 0, 9), 5)).toEqual({ suppressed: ['c0', 'c2'], totalSuppressed: false });
    expect(suppressedKeys([], 5)).toEqual({ suppressed: [], totalSuppressed: false });
  });

  it('applies only primary suppression when no total is shown', () => {
    // 4, 10, 12 without a total: only 4 < 5.
    expect(suppressedKeys(table(4, 10, 12), 5, { totalShown: false })).toEqual({
      suppressed: ['c0'],
      totalSuppressed: false,
    });
    // A table below k still reports its total as not showable.
    expect(suppressedKeys(table(2), 5, { totalShown: false })).toEqual({
      suppressed: ['c0'],
      totalSuppressed: true,
    });
  });

  it('breaks ties by key, whatever the order of the cells', () => {
    // 4, 10, 10 under keys b, c, a: the complement of 4 is one of the 10s, the one with the first key (a).
    const cells = [
      { key: 'b', n: 4 },
      { key: 'c', n: 10 },
      { key: 'a', n: 10 },
    ];
    expect([...suppressCells(cells, 5).suppressed].sort()).toEqual(['a', 'b']);
    expect([...suppressCells([...cells].reverse(), 5).suppressed].sort()).toEqual(['a', 'b']);
  });

  it('uses the given k', () => {
    // 4, 10, 12 with k 3: 4 is no longer small.
    expect(suppressedKeys(table(4, 10, 12), 3)).toEqual({ suppressed: [], totalSuppressed: false });
    // 5, 6, 30 with k 10: 5 and 6 are primary, two cells holding 11 >= 10.
    expect(suppressedKeys(table(5, 6, 30), 10)).toEqual({ suppressed: ['c0', 'c1'], totalSuppressed: false });
  });

  it('rejects a k below the lowest minimum and impossible tables', () => {
    expect(() => suppressCells(table(1, 2), 2)).toThrow(RangeError);
    expect(() => suppressCells(table(1, 2), 4.5)).toThrow(RangeError);
    expect(() => suppressCells(table(-1, 2), 5)).toThrow(RangeError);
    expect(() => suppressCells(table(1.5, 2), 5)).toThrow(RangeError);
    expect(() =>
      suppressCells(
        [
          { key: 'a', n: 1 },
          { key: 'a', n: 2 },
        ],
        5,
      ),
    ).toThrow(RangeError);
  });

  it('always leaves no small cell shown and a shown total recoverable only from >= 2 cells holding k (property)', () => {
    const cells = fc.uniqueArray(fc.record({ key: fc.string({ maxLength: 3 }), n: fc.nat({ max: 30 }) }), {
      selector: (cell) => cell.key,
      maxLength: 8,
    });
    fc.assert(
      fc.property(cells, fc.integer({ min: 3, max: 11 }), (table, k) => {
        const { suppressed, totalSuppressed } = suppressCells(table, k);
        const total = table.reduce((sum, cell) => sum + cell.n, 0);
        const hidden = table.filter((cell) => suppressed.has(cell.key));
        expect(hidden.every((cell) => cell.n > 0)).toBe(true);
        expect(table.every((cell) => suppressed.has(cell.key) || cell.n === 0 || cell.n >= k)).toBe(true);
        if (hidden.length > 0 && !totalSuppressed) {
          expect(hidden.length).toBeGreaterThanOrEqual(2);
          expect(hidden.reduce((sum, cell) => sum + cell.n, 0)).toBeGreaterThanOrEqual(k);
        }
        expect(totalSuppressed).toBe(total > 0 && total < k);
      }),
    );
  });
});
