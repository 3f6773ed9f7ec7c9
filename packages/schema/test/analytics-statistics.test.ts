import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addChangeSums,
  type ChangeSums,
  changeSumsOf,
  differenceOfMeanChange,
  emptyChangeSums,
  meanOf,
  sdOf,
  shareOf,
  summariseChange,
  tQuantile975,
} from '../src/analytics/statistics.js';

/** |a - b| within 1e-9, relative to the size of the numbers compared. */
function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const change = fc.oneof(fc.integer({ min: -4, max: 4 }), fc.double({ min: -10, max: 10, noNaN: true }));

describe('change sums', () => {
  it('collects n, sum, sum of squares and the direction of each change', () => {
    // [1, 2, 0, -1, 3]: sum 5, sumSq 1 + 4 + 0 + 1 + 9 = 15, improved 3 (1, 2, 3), declined 1 (-1).
    expect(changeSumsOf([1, 2, 0, -1, 3])).toEqual({ n: 5, sum: 5, sumSq: 15, improved: 3, declined: 1 });
    expect(changeSumsOf([])).toEqual(emptyChangeSums);
  });

  it('counts float noise around zero as unchanged', () => {
    // 0.1 + 0.2 - 0.3 = 5.55e-17 is float noise, not a change; ±1e-6 are real (if tiny) changes.
    const sums = changeSumsOf([0.1 + 0.2 - 0.3, -(0.1 + 0.2 - 0.3), 1e-6, -1e-6]);
    expect(sums).toMatchObject({ n: 4, improved: 1, declined: 1 });
  });

  it('rejects changes that are not finite numbers', () => {
    expect(() => changeSumsOf([1, Number.NaN])).toThrow(RangeError);
    expect(() => changeSumsOf([Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });

  it('adds up like the concatenated list (property)', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 60 }), fc.array(change, { maxLength: 60 }), (a, b) => {
        const added = addChangeSums(changeSumsOf(a), changeSumsOf(b));
        const whole = changeSumsOf([...a, ...b]);
        expect(added.n).toBe(whole.n);
        expect(added.improved).toBe(whole.improved);
        expect(added.declined).toBe(whole.declined);
        expect(close(added.sum, whole.sum)).toBe(true);
        expect(close(added.sumSq, whole.sumSq)).toBe(true);
        expect(addChangeSums(emptyChangeSums, whole)).toEqual(whole);
      }),
    );
  });
});

describe('tQuantile975', () => {
  it('matches the t table', () => {
    // Two-sided 95% critical values from a printed t table.
    expect(tQuantile975(1)).toBeCloseTo(12.706, 3);
    expect(tQuantile975(4)).toBeCloseTo(2.776, 3);
    expect(tQuantile975(10)).toBeCloseTo(2.228, 3);
    expect(tQuantile975(30)).toBeCloseTo(2.042, 3);
    expect(tQuantile975(1000)).toBeCloseTo(1.962, 3);
  });

  it('takes fractional degrees of freedom and tends to the normal quantile', () => {
    // t(0.975, 4.8) lies between the table values for df 5 (2.571) and df 4 (2.776).
    expect(tQuantile975(4.8)).toBeGreaterThan(2.571);
    expect(tQuantile975(4.8)).toBeLessThan(2.776);
    expect(tQuantile975(Number.POSITIVE_INFINITY)).toBeCloseTo(1.96, 2);
  });

  it('rejects degrees of freedom that are not positive', () => {
    expect(() => tQuantile975(0)).toThrow(RangeError);
    expect(() => tQuantile975(-1)).toThrow(RangeError);
    expect(() => tQuantile975(Number.NaN)).toThrow(RangeError);
  });
});

describe('summariseChange', () => {
  it('summarises a small list as computed by hand', () => {
    // [1, 2, 0, -1, 3]: n 5, mean 5/5 = 1.
    // variance (15 - 5²/5) / 4 = 10/4 = 2.5, sd √2.5 = 1.5811.
    // t(0.975, 4) = 2.7764; half width 2.7764 · 1.5811 / √5 = 1.9632 -> CI [-0.9632, 2.9632].
    // d_z = 1 / 1.5811 = 0.6325; improved 3/5, unchanged 1/5, declined 1/5.
    const summary = summariseChange(changeSumsOf([1, 2, 0, -1, 3]));
    expect(summary?.n).toBe(5);
    expect(summary?.mean).toBe(1);
    expect(summary?.sd).toBeCloseTo(1.5811, 4);
    expect(summary?.ci95?.low).toBeCloseTo(-0.9632, 4);
    expect(summary?.ci95?.high).toBeCloseTo(2.9632, 4);
    expect(summary?.effectSize).toBeCloseTo(0.6325, 4);
    expect(summary?.improvedShare).toBe(0.6);
    expect(summary?.unchangedShare).toBe(0.2);
    expect(summary?.declinedShare).toBe(0.2);
  });

  it('is null without changes and has no spread for a single change', () => {
    expect(summariseChange(emptyChangeSums)).toBeNull();
    // [2]: mean 2, nothing to estimate a spread from.
    expect(summariseChange(changeSumsOf([2]))).toEqual({
      n: 1,
      mean: 2,
      sd: null,
      ci95: null,
      effectSize: null,
      improvedShare: 1,
      unchangedShare: 0,
      declinedShare: 0,
    });
  });

  it('has no effect size when every change is the same, even with float error in the sums', () => {
    // [0.1, 0.1, 0.1]: sumSq 0.03 and sum²/n = 0.09/3 differ only by float error; the sd is exactly 0.
    const summary = summariseChange(changeSumsOf([0.1, 0.1, 0.1]));
    expect(summary?.sd).toBe(0);
    expect(summary?.effectSize).toBeNull();
    expect(summary?.ci95?.low).toBeCloseTo(0.1, 12);
    expect(summary?.ci95?.high).toBeCloseTo(0.1, 12);
  });

  it('does not depend on the order of the changes (property)', () => {
    const listAndShuffle = fc
      .array(change, { minLength: 1, maxLength: 60 })
      .chain((list) =>
        fc.tuple(
          fc.constant(list),
          fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
        ),
      );
    fc.assert(
      fc.property(listAndShuffle, ([list, shuffled]) => {
        const original = summariseChange(changeSumsOf(list));
        const reordered = summariseChange(changeSumsOf(shuffled));
        if (original === null || reordered === null) throw new Error('a non-empty list has a summary');
        for (const field of ['n', 'mean', 'improvedShare', 'unchangedShare', 'declinedShare'] as const) {
          expect(close(original[field], reordered[field]), field).toBe(true);
        }
        for (const field of ['sd', 'effectSize'] as const) {
          const [x, y] = [original[field], reordered[field]];
          expect(x === null ? y === null : y !== null && close(x, y), field).toBe(true);
        }
        expect(close(original.ci95?.low ?? 0, reordered.ci95?.low ?? 0)).toBe(true);
        expect(close(original.ci95?.high ?? 0, reordered.ci95?.high ?? 0)).toBe(true);
      }),
    );
  });
});

describe('meanOf and sdOf', () => {
  it('compute plain means and spreads of ratings from sums', () => {
    // Ratings [3, 4, 5]: n 3, sum 12, sumSq 9 + 16 + 25 = 50; mean 4, variance (50 - 144/3) / 2 = 1.
    expect(meanOf(3, 12)).toBe(4);
    expect(sdOf(3, 12, 50)).toBe(1);
    expect(meanOf(0, 0)).toBeNull();
    expect(sdOf(1, 4, 16)).toBeNull();
  });
});

describe('differenceOfMeanChange', () => {
  it('gives the Welch interval with integer degrees of freedom', () => {
    // a = [1, 2, 3]: mean 2, variance (14 - 36/3) / 2 = 1, SE² 1/3.
    // b = [-1, 0, 1]: mean 0, variance (2 - 0) / 2 = 1, SE² 1/3.
    // SE = √(2/3) = 0.8165; df = (2/3)² / ((1/3)²/2 + (1/3)²/2) = (4/9) / (1/9) = 4.
    // difference 2 ± 2.7764 · 0.8165 = 2 ± 2.2670 -> [-0.2670, 4.2670].
    const result = differenceOfMeanChange(changeSumsOf([1, 2, 3]), changeSumsOf([-1, 0, 1]));
    expect(result?.difference).toBe(2);
    expect(result?.degreesOfFreedom).toBeCloseTo(4, 12);
    expect(result?.ci95.low).toBeCloseTo(-0.267, 3);
    expect(result?.ci95.high).toBeCloseTo(4.267, 3);
  });

  it('gives fractional Welch–Satterthwaite degrees of freedom for unequal groups', () => {
    // a = [1, 2, 3]: mean 2, variance 1, SE² 1/3.
    // b = [0, 0, 2, 2]: mean 1, variance (8 - 16/4) / 3 = 4/3, SE² (4/3)/4 = 1/3.
    // df = (2/3)² / ((1/3)²/2 + (1/3)²/3) = (4/9) / ((1/9) · 5/6) = 4.8; difference 2 - 1 = 1.
    const result = differenceOfMeanChange(changeSumsOf([1, 2, 3]), changeSumsOf([0, 0, 2, 2]));
    expect(result?.difference).toBe(1);
    expect(result?.degreesOfFreedom).toBeCloseTo(4.8, 12);
    const halfWidth = tQuantile975(4.8) * Math.sqrt(2 / 3);
    expect(result?.ci95.low).toBeCloseTo(1 - halfWidth, 12);
    expect(result?.ci95.high).toBeCloseTo(1 + halfWidth, 12);
  });

  it('is null for groups too small or without any spread', () => {
    const two: ChangeSums = changeSumsOf([1, 3]);
    expect(differenceOfMeanChange(changeSumsOf([1]), two)).toBeNull();
    expect(differenceOfMeanChange(two, emptyChangeSums)).toBeNull();
    expect(differenceOfMeanChange(changeSumsOf([1, 1]), changeSumsOf([2, 2, 2]))).toBeNull();
  });

  it('works when only one group varies', () => {
    // a = [1, 1] has SE² 0, so df = (SE_b²)² / (SE_b⁴ / (n_b - 1)) = n_b - 1 = 1.
    const result = differenceOfMeanChange(changeSumsOf([1, 1]), changeSumsOf([1, 3]));
    expect(result?.degreesOfFreedom).toBeCloseTo(1, 12);
    expect(result?.difference).toBe(-1);
  });
});

describe('shareOf', () => {
  it('gives the Wilson score interval', () => {
    // 8/10, z = 1.96, z² = 3.8415: denominator 1 + 3.8415/10 = 1.38415.
    // centre (0.8 + 3.8415/20) / 1.38415 = 0.99207 / 1.38415 = 0.71674.
    // half width 1.96 · √(0.8 · 0.2/10 + 3.8415/400) / 1.38415 = 1.96 · 0.16001 / 1.38415 = 0.22658.
    // -> [0.4902, 0.9433].
    const share = shareOf(8, 10);
    expect(share?.count).toBe(8);
    expect(share?.n).toBe(10);
    expect(share?.share).toBe(0.8);
    expect(share?.ci95.low).toBeCloseTo(0.4902, 4);
    expect(share?.ci95.high).toBeCloseTo(0.9433, 4);
  });

  it('keeps the interval within 0..1 at the edges', () => {
    // 0/10: the Wilson interval starts exactly at 0; upper bound 3.8415/10 / 1.38415 = 0.2775.
    const none = shareOf(0, 10);
    expect(none?.ci95.low).toBe(0);
    expect(none?.ci95.high).toBeCloseTo(0.2775, 4);
    expect(shareOf(10, 10)?.ci95.high).toBe(1);
  });

  it('is null without respondents and rejects impossible counts', () => {
    expect(shareOf(0, 0)).toBeNull();
    expect(() => shareOf(3, 2)).toThrow(RangeError);
    expect(() => shareOf(-1, 2)).toThrow(RangeError);
  });
});
