import type { ChangeSummary, Guarded, MeanDifference, Share } from '@mobilis/schema';
import { change, count, interval, none, share, suppressed, type TableCell } from './table-cells';

/** The cells of a figure that may be withheld: all "suppressed" or all empty when it is, else `present`. */
export function guardedCells<T>(
  value: Guarded<T>,
  width: number,
  present: (value: T) => TableCell[],
): TableCell[] {
  if (value === null) return Array.from({ length: width }, () => none);
  if (value === 'suppressed') return Array.from({ length: width }, () => suppressed);
  return present(value);
}

/** The mean change of a group alone, for heat maps and trends. */
export function meanChangeCell(value: Guarded<ChangeSummary>): TableCell {
  return guardedCells(value, 1, (summary) => [change(summary.mean)])[0] ?? none;
}

export const changeColumns = ['Mean change', '95% interval', 'Improved', 'n'];

export function changeCells(value: Guarded<ChangeSummary>): TableCell[] {
  return guardedCells(value, changeColumns.length, (summary) => [
    change(summary.mean),
    interval(summary.ci95),
    share(summary.improvedShare),
    count(summary.n),
  ]);
}

export const differenceColumns = ['Difference', '95% interval'];

export function differenceCells(value: Guarded<MeanDifference>): TableCell[] {
  return guardedCells(value, differenceColumns.length, (difference) => [
    change(difference.difference),
    interval(difference.ci95),
  ]);
}

export const shareColumns = ['Share', '95% interval', 'n'];

export function shareCells(value: Guarded<Share>): TableCell[] {
  return guardedCells(value, shareColumns.length, (figure) => [
    share(figure.share),
    interval(figure.ci95, 'share'),
    count(figure.n),
  ]);
}
