import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/**
 * Pure statistics for outcome analytics. Everything is computed from additive sufficient statistics
 * (n, sum, sum of squares, counts), so rollups can be summed in the database and summarised here.
 */

/** Additive sufficient statistics of paired changes (after - before), as stored in the rollup table. */
export interface ChangeSums {
  n: number;
  sum: number;
  sumSq: number;
  improved: number;
  declined: number;
}

export const emptyChangeSums: ChangeSums = Object.freeze({
  n: 0,
  sum: 0,
  sumSq: 0,
  improved: 0,
  declined: 0,
});

/** Outcome scores are averages of ratings, so their differences carry float noise: |d| <= this counts as unchanged. */
const unchangedTolerance = 1e-9;

/** The 97.5% quantile of the standard normal distribution (the limit of the t quantile). */
const normalQuantile975 = 1.959963984540054;

export function changeSumsOf(differences: readonly number[]): ChangeSums {
  let sum = 0;
  let sumSq = 0;
  let improved = 0;
  let declined = 0;
  for (const difference of differences) {
    if (!Number.isFinite(difference)) {
      throw new RangeError(`A change must be a finite number, got ${difference}`);
    }
    sum += difference;
    sumSq += difference * difference;
    if (difference > unchangedTolerance) improved += 1;
    else if (difference < -unchangedTolerance) declined += 1;
  }
  return { n: differences.length, sum, sumSq, improved, declined };
}

export function addChangeSums(a: ChangeSums, b: ChangeSums): ChangeSums {
  return {
    n: a.n + b.n,
    sum: a.sum + b.sum,
    sumSq: a.sumSq + b.sumSq,
    improved: a.improved + b.improved,
    declined: a.declined + b.declined,
  };
}

export interface Interval {
  low: number;
  high: number;
}

export interface ChangeSummary {
  n: number;
  /** Mean change. */
  mean: number;
  /** Sample standard deviation (n - 1); null when n < 2. */
  sd: number | null;
  /** mean ± t(0.975, n - 1) · sd / √n; null when n < 2. */
  ci95: Interval | null;
  /** Cohen's d_z = mean / sd; null when n < 2 or sd == 0. */
  effectSize: number | null;
  improvedShare: number;
  unchangedShare: number;
  declinedShare: number;
}

/** Mean from additive sums; null when n == 0. */
export function meanOf(n: number, sum: number): number | null {
  return n > 0 ? sum / n : null;
}

/**
 * Sample variance (n - 1) from additive sums; null when n < 2. Float cancellation in sumSq - sum²/n is of the
 * order of 1e-16 · sumSq, so anything below 1e-12 · sumSq (including tiny negatives) is taken to be 0.
 */
export function varianceOf(n: number, sum: number, sumSq: number): number | null {
  if (n < 2) return null;
  const squaredDeviations = sumSq - (sum * sum) / n;
  return squaredDeviations <= sumSq * 1e-12 ? 0 : squaredDeviations / (n - 1);
}

/** Sample standard deviation (n - 1) from additive sums; null when n < 2. */
export function sdOf(n: number, sum: number, sumSq: number): number | null {
  const variance = varianceOf(n, sum, sumSq);
  return variance === null ? null : Math.sqrt(variance);
}

/** The 97.5% quantile of Student's t distribution (two-sided 95%); degrees of freedom may be fractional (Welch). */
export function tQuantile975(degreesOfFreedom: number): number {
  if (Number.isNaN(degreesOfFreedom) || degreesOfFreedom <= 0) {
    throw new RangeError(`Degrees of freedom must be positive, got ${degreesOfFreedom}`);
  }
  if (degreesOfFreedom === Number.POSITIVE_INFINITY) return normalQuantile975;
  return tQuantile(0.975, degreesOfFreedom);
}

function around(centre: number, halfWidth: number): Interval {
  return { low: centre - halfWidth, high: centre + halfWidth };
}

/** Summary of paired changes; null when n == 0. */
export function summariseChange(sums: ChangeSums): ChangeSummary | null {
  const { n, sum, sumSq, improved, declined } = sums;
  const mean = meanOf(n, sum);
  if (mean === null) return null;
  const sd = sdOf(n, sum, sumSq);
  return {
    n,
    mean,
    sd,
    ci95: sd === null ? null : around(mean, (tQuantile975(n - 1) * sd) / Math.sqrt(n)),
    effectSize: sd === null || sd === 0 ? null : mean / sd,
    improvedShare: improved / n,
    unchangedShare: (n - improved - declined) / n,
    declinedShare: declined / n,
  };
}

/** Welch two-sample difference of mean change (a minus b), CI with Welch–Satterthwaite df. */
export interface MeanDifference {
  difference: number;
  ci95: Interval;
  degreesOfFreedom: number;
}

/** Null unless both groups have n >= 2 and the pooled standard error is > 0. */
export function differenceOfMeanChange(a: ChangeSums, b: ChangeSums): MeanDifference | null {
  const varianceA = varianceOf(a.n, a.sum, a.sumSq);
  const varianceB = varianceOf(b.n, b.sum, b.sumSq);
  if (varianceA === null || varianceB === null) return null;
  const squaredErrorA = varianceA / a.n;
  const squaredErrorB = varianceB / b.n;
  const squaredError = squaredErrorA + squaredErrorB;
  if (!(squaredError > 0)) return null;
  const degreesOfFreedom =
    (squaredError * squaredError) /
    ((squaredErrorA * squaredErrorA) / (a.n - 1) + (squaredErrorB * squaredErrorB) / (b.n - 1));
  const difference = a.sum / a.n - b.sum / b.n;
  return {
    difference,
    ci95: around(difference, tQuantile975(degreesOfFreedom) * Math.sqrt(squaredError)),
    degreesOfFreedom,
  };
}

/** A share with its Wilson score 95% interval. */
export interface Share {
  count: number;
  n: number;
  share: number;
  ci95: Interval;
}

/** Null when n == 0; throws RangeError unless 0 <= count <= n. */
export function shareOf(count: number, n: number): Share | null {
  if (!(count >= 0 && count <= n)) {
    throw new RangeError(`A share needs 0 <= count <= n, got ${count} of ${n}`);
  }
  if (n === 0) return null;
  const share = count / n;
  const z2 = normalQuantile975 * normalQuantile975;
  const denominator = 1 + z2 / n;
  const centre = (share + z2 / (2 * n)) / denominator;
  const halfWidth =
    (normalQuantile975 * Math.sqrt((share * (1 - share)) / n + z2 / (4 * n * n))) / denominator;
  return {
    count,
    n,
    share,
    // The Wilson interval of 0/n starts at exactly 0 and that of n/n ends at exactly 1; keep float error out.
    ci95: {
      low: count === 0 ? 0 : Math.max(0, centre - halfWidth),
      high: count === n ? 1 : Math.min(1, centre + halfWidth),
    },
  };
}
