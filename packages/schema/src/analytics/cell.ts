import { type Adjustment, noAdjustment, widened } from './disclosure.js';
import {
  type ChangeSummary,
  type ChangeSums,
  differenceOfMeanChange,
  type MeanDifference,
  type Share,
  shareOf,
  summariseChange,
} from './statistics.js';

/**
 * The additive measures of one cell (a group of respondents and one measured item), as the database sums them:
 * ratings counted per survey, paired changes as sums, survey counts. See packages/db/src/analytics/measures.ts.
 */
export interface CellMeasures {
  respondents: number;
  ratingBase1: number;
  ratingBase2: number;
  ratingBase3: number;
  ratingBase4: number;
  ratingBase5: number;
  ratingEnd1: number;
  ratingEnd2: number;
  ratingEnd3: number;
  ratingEnd4: number;
  ratingEnd5: number;
  ratingFollow1: number;
  ratingFollow2: number;
  ratingFollow3: number;
  ratingFollow4: number;
  ratingFollow5: number;
  changeN: number;
  changeSum: number;
  changeSumSq: number;
  changeUp: number;
  changeDown: number;
  retroN: number;
  retroSum: number;
  retroSumSq: number;
  retroUp: number;
  retroDown: number;
  followN: number;
  followSum: number;
  followSumSq: number;
  followUp: number;
  followDown: number;
  lastingN: number;
  lastingKept: number;
  postN: number;
  postAgree: number;
  sentBaseline: number;
  submittedBaseline: number;
  sentEnd: number;
  submittedEnd: number;
  sentFollowUp: number;
  submittedFollowUp: number;
  /**
   * The sum of the respondents' keys of their answers to the item (see disclosure.ts): the seed of the cell's noise.
   * Secret: it never leaves the server.
   */
  cellKey: number;
}

/** A figure that is there, withheld because fewer than k respondents stand behind it, or absent (nobody). */
export type Guarded<T> = T | 'suppressed' | null;

/**
 * `withheld`: the table's decision for this figure, taken on exact counts (the counts here may be perturbed, so they
 * must not decide again: a perturbed count below k would withhold one group alone and give it away). Undefined for
 * exact measures, which are checked against k here.
 */
function guard<T>(n: number, k: number, compute: () => T | null, withheld: boolean | undefined): Guarded<T> {
  // Withheld first: a withheld figure must not read as "nobody" (a dash), or the groups beside it could be summed.
  if (withheld) return 'suppressed';
  if (n === 0) return null;
  if (withheld === undefined && n < k) return 'suppressed';
  return compute();
}

type ChangeKind = 'change' | 'retro' | 'follow';

export function changeSumsFrom(measures: CellMeasures, kind: ChangeKind): ChangeSums {
  return {
    n: measures[`${kind}N`],
    sum: measures[`${kind}Sum`],
    sumSq: measures[`${kind}SumSq`],
    improved: measures[`${kind}Up`],
    declined: measures[`${kind}Down`],
  };
}

/** How many respondents chose each rating from 1 to 5 at one survey. */
export type RatingCounts = [number, number, number, number, number];

export interface RatingDistributions {
  baseline: RatingCounts;
  end: RatingCounts;
  followUp: RatingCounts;
}

export interface ItemSummary {
  respondents: number;
  /** Baseline to end of mobility, the same person twice. */
  change: Guarded<ChangeSummary>;
  /** At the end: "before the mobility" looking back, to "now". */
  retrospective: Guarded<ChangeSummary>;
  /** Baseline to follow-up months later. */
  followUp: Guarded<ChangeSummary>;
  /** Of those who improved by the end and answered the follow-up, those who kept at least half the gain. */
  lasting: Guarded<Share>;
  /** Respondents without a baseline survey who agree (4 or 5) at the end: weaker evidence. */
  postOnly: Guarded<Share>;
  /** Rating counts per survey; a survey with fewer than k ratings is withheld. */
  ratings: { baseline: Guarded<RatingCounts>; end: Guarded<RatingCounts>; followUp: Guarded<RatingCounts> };
}

function counts(values: number[]): RatingCounts {
  return [values[0] ?? 0, values[1] ?? 0, values[2] ?? 0, values[3] ?? 0, values[4] ?? 0];
}

function ratingGuard(values: RatingCounts, k: number, withheld: boolean | undefined): Guarded<RatingCounts> {
  const n = values.reduce((total, count) => total + count, 0);
  return guard(n, k, () => values, withheld);
}

/**
 * The figures of one cell. For released (perturbed) measures, `withheld` names the figures that small-cell suppression
 * withholds, decided on the exact counts of the whole table (apps/api/src/analytics/table.ts). Without it the measures
 * are taken to be exact, and a figure resting on fewer than k is withheld.
 */
export function summariseItem(
  measures: CellMeasures,
  k: number,
  withheldFigures?: ReadonlySet<AnswerStatistic>,
  adjustment: Adjustment = noAdjustment,
): ItemSummary {
  const withheld = { has: (statistic: AnswerStatistic) => withheldFigures?.has(statistic) };
  const change = (kind: ChangeKind, statistic: AnswerStatistic) =>
    guard(
      measures[`${kind}N`],
      k,
      () => adjustedChange(summariseChange(changeSumsFrom(measures, kind)), adjustment.sum),
      withheld.has(statistic),
    );
  const share = (count: number, n: number) => adjustedShare(shareOf(count, n), adjustment.count);
  const m = measures;
  return {
    respondents: m.respondents,
    change: change('change', 'change'),
    retrospective: change('retro', 'retrospective'),
    followUp: change('follow', 'followUp'),
    lasting: guard(m.lastingN, k, () => share(m.lastingKept, m.lastingN), withheld.has('lasting')),
    postOnly: guard(m.postN, k, () => share(m.postAgree, m.postN), withheld.has('postOnly')),
    ratings: {
      baseline: ratingGuard(
        counts([m.ratingBase1, m.ratingBase2, m.ratingBase3, m.ratingBase4, m.ratingBase5]),
        k,
        withheld.has('ratingsBaseline'),
      ),
      end: ratingGuard(
        counts([m.ratingEnd1, m.ratingEnd2, m.ratingEnd3, m.ratingEnd4, m.ratingEnd5]),
        k,
        withheld.has('ratingsEnd'),
      ),
      followUp: ratingGuard(
        counts([m.ratingFollow1, m.ratingFollow2, m.ratingFollow3, m.ratingFollow4, m.ratingFollow5]),
        k,
        withheld.has('ratingsFollowUp'),
      ),
    },
  };
}

/** A change's interval widened by the most a sum's perturbation moves its mean (bound ÷ n). */
function adjustedChange(change: ChangeSummary | null, sumBound: number): ChangeSummary | null {
  if (!change?.ci95 || sumBound === 0) return change;
  return { ...change, ci95: widened(change.ci95, sumBound / change.n) };
}

function adjustedShare(share: Share | null, countBound: number): Share | null {
  if (!share || countBound === 0) return share;
  return { ...share, ci95: widened(share.ci95, countBound / share.n, { low: 0, high: 1 }) };
}

export interface WaveResponse {
  sent: number;
  submitted: number;
  responseRate: Share | null;
}

export interface SurveyResponseSummary {
  /** Participants who were sent at least one survey. */
  respondents: number;
  baseline: WaveResponse;
  end: WaveResponse;
  followUp: WaveResponse;
}

function wave(sent: number, submitted: number): WaveResponse {
  return { sent, submitted, responseRate: shareOf(submitted, sent) };
}

export function summariseResponses(measures: CellMeasures): SurveyResponseSummary {
  return {
    respondents: measures.respondents,
    baseline: wave(measures.sentBaseline, measures.submittedBaseline),
    end: wave(measures.sentEnd, measures.submittedEnd),
    followUp: wave(measures.sentFollowUp, measures.submittedFollowUp),
  };
}

/** The difference in mean change (baseline to end) between two groups, when both have at least k. */
export function changeDifference(
  a: CellMeasures,
  b: CellMeasures,
  k: number,
  adjustment: { a: Adjustment; b: Adjustment } = { a: noAdjustment, b: noAdjustment },
): Guarded<MeanDifference> {
  return guard(
    Math.min(a.changeN, b.changeN),
    k,
    () => {
      const difference = differenceOfMeanChange(changeSumsFrom(a, 'change'), changeSumsFrom(b, 'change'));
      const by = adjustment.a.sum / a.changeN + adjustment.b.sum / b.changeN;
      return difference && by > 0 ? { ...difference, ci95: widened(difference.ci95, by) } : difference;
    },
    undefined,
  );
}

export const emptyCellMeasures: CellMeasures = {
  respondents: 0,
  ratingBase1: 0,
  ratingBase2: 0,
  ratingBase3: 0,
  ratingBase4: 0,
  ratingBase5: 0,
  ratingEnd1: 0,
  ratingEnd2: 0,
  ratingEnd3: 0,
  ratingEnd4: 0,
  ratingEnd5: 0,
  ratingFollow1: 0,
  ratingFollow2: 0,
  ratingFollow3: 0,
  ratingFollow4: 0,
  ratingFollow5: 0,
  changeN: 0,
  changeSum: 0,
  changeSumSq: 0,
  changeUp: 0,
  changeDown: 0,
  retroN: 0,
  retroSum: 0,
  retroSumSq: 0,
  retroUp: 0,
  retroDown: 0,
  followN: 0,
  followSum: 0,
  followSumSq: 0,
  followUp: 0,
  followDown: 0,
  lastingN: 0,
  lastingKept: 0,
  postN: 0,
  postAgree: 0,
  sentBaseline: 0,
  submittedBaseline: 0,
  sentEnd: 0,
  submittedEnd: 0,
  sentFollowUp: 0,
  submittedFollowUp: 0,
  cellKey: 0,
};

/** The figures of an item summary that rest on their own subset of the respondents, each with its own count. */
export const answerStatistics = [
  'change',
  'retrospective',
  'followUp',
  'lasting',
  'postOnly',
  'ratingsBaseline',
  'ratingsEnd',
  'ratingsFollowUp',
] as const;
export type AnswerStatistic = (typeof answerStatistics)[number];
/** What small-cell suppression is decided on: the respondents of a cell, and each figure's own count. */
export type CountedStatistic = 'respondents' | AnswerStatistic;
export const countedStatistics: readonly CountedStatistic[] = ['respondents', ...answerStatistics];

const ratingSum = (m: CellMeasures, wave: 'Base' | 'End' | 'Follow') =>
  m[`rating${wave}1`] + m[`rating${wave}2`] + m[`rating${wave}3`] + m[`rating${wave}4`] + m[`rating${wave}5`];

/** How many respondents a figure rests on (exact measures: the decision is taken before any perturbation). */
export function statisticCount(m: CellMeasures, statistic: CountedStatistic): number {
  switch (statistic) {
    case 'respondents':
      return m.respondents;
    case 'change':
      return m.changeN;
    case 'retrospective':
      return m.retroN;
    case 'followUp':
      return m.followN;
    // Those who improved are a subset chosen by their answers: whether the figure is shown is decided on everyone it
    // could rest on (who answered the follow-up), or the difference between shown and withheld would tell.
    case 'lasting':
      return m.followN;
    case 'postOnly':
      return m.postN;
    case 'ratingsBaseline':
      return ratingSum(m, 'Base');
    case 'ratingsEnd':
      return ratingSum(m, 'End');
    case 'ratingsFollowUp':
      return ratingSum(m, 'Follow');
  }
}
