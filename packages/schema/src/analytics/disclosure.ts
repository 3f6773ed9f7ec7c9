import type { CellMeasures } from './cell.js';
import type { AnalyticsItemKind } from './dimensions.js';
import type { Interval } from './statistics.js';

/**
 * Consistent perturbation of the figures drawn from participants' answers (the cell-key method of the Australian
 * Bureau of Statistics' TableBuilder). Every respondent has a secret random key; for each measured item, the key of a
 * respondent's answers at this moment is a hash of that key with the answers (packages/db/src/analytics/measures.ts),
 * and a cell's key is the sum of its respondents' keys. The noise added to a cell's answer counts and sums is drawn
 * from that cell key alone, through a keyed hash with the installation's secret (a `NoiseSource`), so:
 * - the same respondents with the same answers get the same figures through every route (project or organisation
 *   scope, breakdown or filter, overview, outcome page, comparison, export, report): asking again, or another way,
 *   averages nothing away;
 * - a group that differs by one person, or whose answers changed since yesterday, has another key and noise drawn
 *   afresh: the difference of two figures is that person's answer plus the difference of two noises, bounded below.
 *
 * The keys never leave the server. See docs/analytics.md for the threat model and what this does not protect.
 */

/** Every perturbed count (ratings given, improved, declined, kept, agreeing) moves by at most this much. */
export const countNoiseBound = 2;

/**
 * A sum of changes moves by at most half the largest change one respondent can make (ratings 1–5: 4; CEFR levels
 * none–C2: 6), a sum of squared changes by at most its square; a mean over n therefore by at most this ÷ n.
 */
export function sumNoiseBound(kind: AnalyticsItemKind): number {
  return kind === 'language' ? 3 : 2;
}

/** What the console says about adjusted figures, with the bounds in force. */
export interface DisclosureRules {
  minimumCellSize: number;
  countNoise: number;
  /** Most a mean change moves, times n: a mean over n respondents moves by at most this ÷ n. */
  meanNoise: { rating: number; language: number };
}

export function disclosureRules(minimumCellSize: number): DisclosureRules {
  return {
    minimumCellSize,
    countNoise: countNoiseBound,
    meanNoise: { rating: sumNoiseBound('indicator'), language: sumNoiseBound('language') },
  };
}

// The measures' names, built once: an overview perturbs about 1,200 cells.
type ChangeKind = 'change' | 'retro' | 'follow';
const ratingNames = (['Base', 'End', 'Follow'] as const).map((wave) =>
  ([1, 2, 3, 4, 5] as const).map((rating) => `rating${wave}${rating}` as const),
);
const changeNames = (['change', 'retro', 'follow'] as const satisfies ChangeKind[]).map((change) => ({
  n: `${change}N` as const,
  sum: `${change}Sum` as const,
  sumSq: `${change}SumSq` as const,
  up: `${change}Up` as const,
  down: `${change}Down` as const,
}));

/** The figures of a cell that get noise of their own, in a fixed order (a noise source numbers them). */
export const noiseStreams = [
  ...ratingNames.flat(),
  ...changeNames.flatMap((change) => [change.sum, change.sumSq, change.up, change.down]),
  'lastingN',
  'lastingKept',
  'postAgree',
] as const;
export type NoiseStream = (typeof noiseStreams)[number];

/**
 * A cell's noise: for each stream, a number in [0, 1), the same every time for the same cell key. The server draws it
 * with a keyed cryptographic hash of the cell key (apps/api/src/analytics/noise.ts), so that seeing a figure's noise
 * tells nothing about the cell key or the other figures' noise.
 */
export type NoiseSource = (stream: NoiseStream) => number;

/** −2 … +2 with probabilities 0.1, 0.2, 0.4, 0.2, 0.1 (variance 1.2). */
export function countNoise(unit: number): number {
  if (unit < 0.1) return -2;
  if (unit < 0.3) return -1;
  if (unit < 0.7) return 0;
  if (unit < 0.9) return 1;
  return countNoiseBound;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * The measures as released: answer counts and sums perturbed, each from its own stream of the cell key; the counts of
 * people and surveys (respondents, surveys sent and answered, how many have a change, who answered without a
 * baseline) stay exact, since coordinators see who was asked and who answered per person anyway. Perturbed counts
 * stay between 0 and the count they are part of, so shares stay shares; a sum of squares stays at or above what the
 * perturbed sum needs, so a variance is never negative.
 */
export function perturbMeasures(
  measures: CellMeasures,
  kind: AnalyticsItemKind,
  unit: NoiseSource,
): CellMeasures {
  if (kind === 'survey') return measures;
  const count = (stream: NoiseStream, value: number, low: number, high: number) =>
    clamp(value + countNoise(unit(stream)), low, high);
  const sumBound = sumNoiseBound(kind);
  const sumNoise = (stream: NoiseStream, bound: number) => (2 * unit(stream) - 1) * bound;
  const m = { ...measures };
  for (const names of ratingNames) {
    // A survey nobody rated the item at stays empty: noise would invent answers.
    const first = names.find((name) => m[name] > 0);
    if (first === undefined) continue;
    for (const name of names) m[name] = count(name, m[name], 0, Number.POSITIVE_INFINITY);
    // Nor may it empty a survey somebody rated at: that would read as "nobody answered".
    if (names.every((name) => m[name] === 0)) m[first] = 1;
  }
  for (const change of changeNames) {
    const n = m[change.n];
    if (n === 0) continue;
    const sum = m[change.sum] + sumNoise(change.sum, sumBound);
    const sumSq = m[change.sumSq] + sumNoise(change.sumSq, sumBound * sumBound);
    m[change.sum] = sum;
    m[change.sumSq] = Math.max(sumSq, (sum * sum) / n);
    m[change.up] = count(change.up, m[change.up], 0, n);
    m[change.down] = count(change.down, m[change.down], 0, n - m[change.up]);
  }
  // Whether someone improved by the end is an answer: so is their being counted among those who could keep a gain,
  // and so is nobody being counted there (perturbed from zero too, wherever somebody answered the follow-up).
  if (m.followN > 0) {
    m.lastingN = count('lastingN', m.lastingN, 0, Number.POSITIVE_INFINITY);
    m.lastingKept = count('lastingKept', m.lastingKept, 0, m.lastingN);
  }
  if (m.postN > 0) m.postAgree = count('postAgree', m.postAgree, 0, m.postN);
  return m;
}

/** How far a released cell's figures may have moved: its sums (per cell) and its counts. */
export interface Adjustment {
  sum: number;
  count: number;
}

/** Exact figures: nothing moved. */
export const noAdjustment: Adjustment = Object.freeze({ sum: 0, count: 0 });

export function adjustmentOf(kind: AnalyticsItemKind): Adjustment {
  return kind === 'survey' ? noAdjustment : { sum: sumNoiseBound(kind), count: countNoiseBound };
}

/**
 * An interval widened by the most the perturbation can have moved its centre, so that it still covers what it claims
 * (and never collapses to a point when the perturbed sums leave no spread), clamped to `limits`.
 */
export function widened(
  interval: Interval,
  by: number,
  limits: Interval = { low: Number.NEGATIVE_INFINITY, high: Number.POSITIVE_INFINITY },
): Interval {
  return { low: Math.max(limits.low, interval.low - by), high: Math.min(limits.high, interval.high + by) };
}

/** Decimals a released figure keeps (the console shows two). */
export const releasedDecimals = 4;
const releasedScale = 10 ** releasedDecimals;

/**
 * A released summary with every fractional number rounded to `releasedDecimals`. The noise is drawn in steps far
 * finer than that (2^-32 of its range), so the rounding hides where within its step a figure fell: at full precision
 * a sum's distance to the grid of the noise's steps gave away the true sum modulo a small number (a review recovered
 * CEFR changes of ±1 and ±2 exactly that way from 16-bit steps). Whole numbers (counts) are left as they are.
 */
export function roundReleased<T>(value: T): T {
  if (typeof value === 'number')
    return (Number.isInteger(value) ? value : Math.round(value * releasedScale) / releasedScale) as T;
  if (Array.isArray(value)) return value.map(roundReleased) as T;
  if (value === null || typeof value !== 'object') return value;
  // A loop rather than Object.entries: an overview rounds about 1,200 summaries.
  const rounded: Record<string, unknown> = {};
  for (const key in value) rounded[key] = roundReleased(value[key]);
  return rounded as T;
}
