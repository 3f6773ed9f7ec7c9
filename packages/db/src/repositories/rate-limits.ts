import { sql } from 'kysely';
import type { Executor } from '../executor.js';

export interface RateLimitResult {
  allowed: boolean;
  hits: number;
  resetsAt: Date;
}

/**
 * Counts one hit against `key` in a fixed window, atomically, in the database, so that every server process
 * shares the count. A hit after the limit is still counted until the window resets.
 */
export async function hitRateLimit(
  db: Executor,
  key: string,
  { limit, windowMs, now }: { limit: number; windowMs: number; now: Date },
): Promise<RateLimitResult> {
  const resetsAt = new Date(now.getTime() + windowMs);
  const row = await db
    .insertInto('rateLimitBucket')
    .values({ key, hits: 1, resetsAt })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql`case when rate_limit_bucket.resets_at <= ${now} then 1 else rate_limit_bucket.hits + 1 end`,
        resetsAt: sql`case when rate_limit_bucket.resets_at <= ${now} then ${resetsAt} else rate_limit_bucket.resets_at end`,
      }),
    )
    .returning(['hits', 'resetsAt'])
    .executeTakeFirstOrThrow();
  return { allowed: row.hits <= limit, hits: row.hits, resetsAt: row.resetsAt };
}

export async function clearRateLimit(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('rateLimitBucket').where('key', '=', key).execute();
}

/** Deletes counts whose window ended a day ago or more (they key attempts by caller address); returns how many. */
export async function purgeExpiredRateLimits(db: Executor, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('rateLimitBucket')
    .where('resetsAt', '<', new Date(now.getTime() - 24 * 60 * 60 * 1000))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
