import { type Kysely, sql } from 'kysely';
import { type MigrationResultSet, Migrator } from 'kysely/migration';
import { ensureOutcomeRollupCurrent } from './analytics/rollup.js';
import { migrations } from './migrations/index.js';

export class MigrationError extends Error {
  constructor(
    readonly migrationName: string | undefined,
    cause: unknown,
  ) {
    super(`Database migration ${migrationName ?? ''} failed`.replace('  ', ' '), { cause });
    this.name = 'MigrationError';
  }
}

/**
 * Brings the database to the latest schema; throws MigrationError and leaves it as it was otherwise.
 *
 * The whole run is one transaction of ours, under a transaction-scoped lock, and Kysely takes its own migration
 * lock inside it: every lock and its release travel on one server connection even through a pooler in transaction
 * mode (outside a transaction, Kysely's session lock could be taken on one pooled connection and released on
 * another, and stay held). A second process starting at the same time waits, then finds nothing to do.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrationTableSchema = await currentSchema(db);
  let outcome: MigrationResultSet | undefined;
  try {
    await db.transaction().execute(async (trx) => {
      // Taken first, so that processes starting together on an empty database do not race to create Kysely's own
      // tables either.
      await sql`select pg_advisory_xact_lock(hashtextextended('mobilis_migrations', 0))`.execute(trx);
      const migrator = new Migrator({
        db: trx,
        provider: { getMigrations: async () => migrations },
        // Kysely looks for its own tables in every schema unless told which: name the one we migrate.
        migrationTableSchema,
      });
      outcome = await migrator.migrateToLatest();
      // Undo every step of a failed run, not only the failed one.
      if (outcome.error) throw outcome.error;
    });
  } catch (error) {
    const failed = outcome?.results?.find((result) => result.status === 'Error');
    throw new MigrationError(failed?.migrationName, error);
  }
  await ensureOutcomeRollupCurrent(db);
  return (outcome?.results ?? [])
    .filter((result) => result.status === 'Success')
    .map((result) => result.migrationName);
}

async function currentSchema(db: Kysely<any>): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('The database has no current schema: check search_path.');
  return schema;
}
