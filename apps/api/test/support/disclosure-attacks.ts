import { type AnalyticsCell, type Executor, rebuildOutcomeRollup, rollupCells } from '@mobilis/db';
import {
  type AnalyticsDimension,
  type ChangeSummary,
  type CountedStatistic,
  type ItemSummary,
  type Share,
  statisticCount,
} from '@mobilis/schema';
import { sql } from 'kysely';
import type { Caller } from './harness.js';

// Attacks on the analytics' disclosure control that several test files play (docs/analytics.md, "Privacy").

export type Guarded<T> = T | 'suppressed' | null;
export const isShown = <T>(value: Guarded<T> | undefined): value is T =>
  value !== null && value !== 'suppressed';

/** The figures of an item summary, each with the count it rests on. */
export const figures = {
  change: 'change',
  retrospective: 'retrospective',
  followUp: 'followUp',
  lasting: 'lasting',
  postOnly: 'postOnly',
  ratingsBaseline: 'ratingsBaseline',
  ratingsEnd: 'ratingsEnd',
  ratings: 'ratingsFollowUp',
} as const satisfies Record<string, CountedStatistic>;
export type Figure = keyof typeof figures;

export function figureOf(summary: Guarded<ItemSummary> | undefined, figure: Figure) {
  if (!isShown(summary)) return summary;
  if (figure === 'ratings') return summary.ratings.followUp;
  if (figure === 'ratingsBaseline') return summary.ratings.baseline;
  if (figure === 'ratingsEnd') return summary.ratings.end;
  return summary[figure];
}

/** A figure as the sum an attacker multiplies out: n × mean, a count, or a rating distribution. */
function totalOf(value: unknown, figure: Figure): number[] {
  if (figure.startsWith('ratings')) return value as number[];
  if (figure === 'lasting' || figure === 'postOnly') return [(value as Share).count];
  const change = value as ChangeSummary;
  return [change.n * change.mean];
}

export const minus = (a: number[], b: number[]) => a.map((value, index) => value - (b[index] ?? 0));
const plus = (a: number[], b: number[]) => b.map((value, index) => value + (a[index] ?? 0));

export const breakdowns: AnalyticsDimension[] = [
  'project',
  'call_year',
  'field',
  'action_type',
  'activity_type',
  'participant_kind',
  'gender',
  'age_band',
  'duration_band',
  'sending_country',
  'receiving_country',
  'fewer_opportunities',
];

interface Overview {
  groups: { values: string[] };
  items: Array<{ code: string; total: Guarded<ItemSummary>; cells: Guarded<ItemSummary>[] }>;
}

interface Attack {
  caller: Caller;
  db: Executor;
  organisationId: string;
  scopes: ReadonlyArray<{ projectId?: string; callYear?: number }>;
  /** Only these items; every item of the overview when absent. */
  items?: readonly string[];
  k: number;
}

/**
 * Plays "total minus the groups shown" on every figure of every item and breakdown in each scope, as an attacker who
 * knows the method would, and returns what it recovered: a single withheld group, withheld groups of fewer than k
 * together (knowing the exact counts the server hides), or a group shown as nobody that is not.
 */
export async function totalMinusSiblings(attack: Attack): Promise<string[]> {
  const recovered: string[] = [];
  for (const scope of attack.scopes)
    for (const breakdown of breakdowns) {
      const overview: Overview = await attack.caller.analytics.overview({
        organisationId: attack.organisationId,
        ...scope,
        breakdown,
      });
      const exactCells = await rollupCells(attack.db, {
        organisationId: attack.organisationId,
        ...scope,
        dimension: breakdown,
        items: attack.items,
      });
      for (const item of overview.items) {
        if (attack.items && !attack.items.includes(item.code)) continue;
        const exact = new Map(
          exactCells
            .filter((cell) => cell.item === item.code)
            .map((cell: AnalyticsCell) => [cell.value, cell]),
        );
        const countOf = (value: string, figure: Figure) => {
          const cell = exact.get(value);
          return cell ? statisticCount(cell, figures[figure]) : 0;
        };
        for (const figure of Object.keys(figures) as Figure[]) {
          const where = `${JSON.stringify(scope)} ${breakdown} ${item.code} ${figure}`;
          const total = figureOf(item.total, figure);
          if (!isShown(total)) continue;
          const shownAs = (index: number) => figureOf(item.cells[index], figure);
          const values = overview.groups.values;
          const falselyEmpty = values.filter(
            (value, index) => shownAs(index) === null && countOf(value, figure) > 0,
          );
          if (falselyEmpty.length > 0) recovered.push(`${where}: ${falselyEmpty.join('+')} shown as nobody`);
          const withheld = values.filter((_, index) => shownAs(index) === 'suppressed');
          const withheldCount = withheld.reduce((sum, value) => sum + countOf(value, figure), 0);
          if (withheld.length === 0 || withheldCount === 0) continue;
          const shownSum = values.reduce((sum, _, index) => {
            const cell = shownAs(index);
            return isShown(cell) ? plus(sum, totalOf(cell, figure)) : sum;
          }, [] as number[]);
          const left = minus(totalOf(total, figure), shownSum);
          if (withheld.length === 1 || withheldCount < attack.k)
            recovered.push(`${where}: ${withheld.join('+')} = ${left}`);
        }
      }
    }
  return recovered;
}

/**
 * A secret and participants' keys drawn from `seed` and the order participants were created in, instead of at random,
 * so that every run perturbs alike (production draws them at random); the rollup is rebuilt with them.
 */
export async function useKeys(db: Executor, seed: string): Promise<void> {
  await sql`update disclosure_secret set secret = ${`test secret ${seed}`.padEnd(72, '.')}`.execute(db);
  await sql`update participant p set disclosure_key = abs(hashtext(${seed} || ordered.position::text)) % 1073741824
    from (select id, row_number() over (order by created_at, id) as position from participant) ordered
    where ordered.id = p.id`.execute(db);
  await rebuildOutcomeRollup(db);
}
