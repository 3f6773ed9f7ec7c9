/**
 * Small-cell suppression for tables of counts. Primary: a cell with 0 < n < k. Complementary: when a total is shown
 * (or sibling cells could be subtracted from it), the suppressed cells of a table must be at least two and together
 * hold at least k respondents; otherwise the next smallest shown cells (n > 0) are suppressed too. If that is
 * impossible (no cells left), the total is suppressed as well. Cells with n == 0 are never suppressed (they reveal
 * nobody).
 */

export const defaultMinimumCellSize = 5;
export const lowestMinimumCellSize = 3;

export interface CountedCell {
  key: string;
  n: number;
}

export interface SuppressionResult {
  suppressed: ReadonlySet<string>;
  /**
   * True when the total must not be shown: it is itself below k (0 < total < k), or no complementary cells were
   * left. Reported even when `totalShown` is false, so a caller that shows the total elsewhere cannot leak it.
   */
  totalSuppressed: boolean;
}

/** Smallest n first, then key (code-unit order), so the same table always suppresses the same cells. */
function bySizeThenKey(a: CountedCell, b: CountedCell): number {
  if (a.n !== b.n) return a.n - b.n;
  if (a.key === b.key) return 0;
  return a.key < b.key ? -1 : 1;
}

/** Throws RangeError when k < lowestMinimumCellSize, a count is not a non-negative integer, or a key repeats. */
export function suppressCells(
  cells: readonly CountedCell[],
  k: number,
  options: {
    totalShown?: boolean;
    /** Cells withheld for another reason (e.g. another table could be subtracted from them): primary too. */
    withheld?: ReadonlySet<string>;
  } = {},
): SuppressionResult {
  if (!Number.isInteger(k) || k < lowestMinimumCellSize) {
    throw new RangeError(
      `The minimum cell size must be an integer of at least ${lowestMinimumCellSize}, got ${k}`,
    );
  }
  const keys = new Set<string>();
  for (const cell of cells) {
    if (!Number.isInteger(cell.n) || cell.n < 0) {
      throw new RangeError(`Cell ${cell.key} must hold a non-negative whole count, got ${cell.n}`);
    }
    if (keys.has(cell.key)) throw new RangeError(`Cell ${cell.key} appears twice`);
    keys.add(cell.key);
  }

  // One pass, no sort: a breakdown by organisation has thousands of cells, and a page asks for it per figure.
  const suppressed = new Set<string>();
  let suppressedCount = 0;
  let total = 0;
  let smallestShown: CountedCell | undefined;
  for (const cell of cells) {
    if (cell.n === 0) continue;
    total += cell.n;
    if (cell.n < k || options.withheld?.has(cell.key)) {
      suppressed.add(cell.key);
      suppressedCount += cell.n;
    } else if (!smallestShown || bySizeThenKey(cell, smallestShown) < 0) smallestShown = cell;
  }
  // A total below k reveals a small group whatever the cells show; every nonzero cell is then primary anyway.
  let totalSuppressed = total > 0 && total < k;

  // The next smallest shown cell holds k or more, so one always completes the complement when there is one.
  const complementNeeded = suppressed.size > 0 && (suppressed.size < 2 || suppressedCount < k);
  if ((options.totalShown ?? true) && complementNeeded) {
    if (smallestShown) {
      suppressed.add(smallestShown.key);
      suppressedCount += smallestShown.n;
    }
    if (suppressed.size < 2 || suppressedCount < k) totalSuppressed = true;
  }
  return { suppressed, totalSuppressed };
}
