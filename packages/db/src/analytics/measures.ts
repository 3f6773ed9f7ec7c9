import { sql } from 'kysely';
import type { OutcomeRollup } from '../generated/database.js';

/**
 * The additive measures of outcome analytics, each a SQL expression over one respondent's item: its ratings at
 * baseline (`b`), end (`e`), end looking back (`r`) and follow-up (`f`), whether the respondent answered a baseline
 * survey, and the respondent's surveys sent and answered. Summed over respondents they give every statistic the
 * console shows (means, confidence intervals, shares); the column of the same name in `outcome_rollup` holds the sum.
 */
const epsilon = '1e-9';
const isRating = `(item not like 'cefr.%' and item <> '_survey')`;
const rounded = (value: string) => `floor(${value} + 0.5)`;
const flag = (condition: string) => `coalesce(${condition}, false)::int`;

function ratingCounts(wave: string, value: string): Array<[string, string]> {
  return [1, 2, 3, 4, 5].map((rating) => [
    `rating_${wave}_${rating}`,
    flag(`${isRating} and ${rounded(value)} = ${rating}`),
  ]);
}

function changeMeasures(name: string, after: string, before: string, when = 'true'): Array<[string, string]> {
  const difference = `(${after} - ${before})`;
  return [
    [`${name}_n`, flag(`${when} and ${difference} is not null`)],
    [`${name}_sum`, `case when ${when} then coalesce(${difference}, 0) else 0 end`],
    [`${name}_sum_sq`, `case when ${when} then coalesce(${difference} * ${difference}, 0) else 0 end`],
    [`${name}_up`, flag(`${when} and ${difference} > ${epsilon}`)],
    [`${name}_down`, flag(`${when} and ${difference} < -${epsilon}`)],
  ];
}

function surveyCount(column: string): [string, string] {
  return [column, `case when item = '_survey' then ${column} else 0 end`];
}

/**
 * The key of a respondent's answers to an item at this moment: a hash of their secret key, the item and the answers
 * (each in its place, a missing one too), below 2^30. A cell's key is the sum; any change of who is in a cell or of what they answered gives another.
 */
const present = (value: string) => `coalesce(${value}::text, '-')`;
const answerKey = `(hashtextextended(concat_ws('|', disclosure_key, item, ${['b', 'e', 'r', 'f', 'has_baseline'].map(present).join(', ')}), 0) & 1073741823)`;

const gain = '(e - b)';
export const measureExpressions: ReadonlyArray<readonly [column: string, expression: string]> = [
  ['respondents', '1'],
  ...ratingCounts('base', 'b'),
  ...ratingCounts('end', 'e'),
  ...ratingCounts('follow', 'f'),
  ...changeMeasures('change', 'e', 'b'),
  ...changeMeasures('retro', 'e', 'r', isRating),
  ...changeMeasures('follow', 'f', 'b', isRating),
  ['lasting_n', flag(`${isRating} and ${gain} > ${epsilon} and f is not null`)],
  ['lasting_kept', flag(`${isRating} and ${gain} > ${epsilon} and (f - b) >= ${gain} / 2 - ${epsilon}`)],
  ['post_n', flag(`${isRating} and not has_baseline and e is not null`)],
  ['post_agree', flag(`${isRating} and not has_baseline and ${rounded('e')} >= 4`)],
  surveyCount('sent_baseline'),
  surveyCount('submitted_baseline'),
  surveyCount('sent_end'),
  surveyCount('submitted_end'),
  surveyCount('sent_follow_up'),
  surveyCount('submitted_follow_up'),
  ['cell_key', `case when item = '_survey' then 0 else ${answerKey} end`],
];

export const measureColumns = measureExpressions.map(([column]) => column);

/** `expression as column` for every measure, over one row per respondent and item. */
export const measureSelections = sql.raw(
  measureExpressions.map(([column, expression]) => `${expression} as ${column}`).join(',\n    '),
);

/** `sum(column) as column`, optionally prefixed by a table alias and multiplied by a sign. */
export function summedMeasures(alias?: string, sign = 1) {
  const source = alias ? `${alias}.` : '';
  const factor = sign === 1 ? '' : `${sign} * `;
  return sql.raw(
    measureColumns.map((column) => `${factor}sum(${source}${column}) as ${column}`).join(',\n    '),
  );
}

/** The summed measures of a cell, named as the rollup table's columns (camel-cased by the connection). */
export type Measures = { [Name in Exclude<keyof OutcomeRollup, RollupKey>]: number };
type RollupKey = 'scopeId' | 'callYear' | 'dimension' | 'value' | 'item';
