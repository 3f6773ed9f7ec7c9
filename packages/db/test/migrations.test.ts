import { readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../src/migrate.js';
import { migrations } from '../src/migrations/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing.js';
import { generateDatabaseTypes } from '../src/typegen.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('migrations', () => {
  it('records every migration, in name order, once', async () => {
    const applied = await sql<{ name: string }>`select name from kysely_migration order by timestamp`.execute(
      database.db,
    );
    const names = Object.keys(migrations);
    expect(applied.rows.map((row) => row.name)).toEqual(names);
    expect([...names].sort()).toEqual(names);
  });

  it('does nothing when run again', async () => {
    expect(await migrateToLatest(database.db)).toEqual([]);
  });

  it('has generated types that match the migrated database (run `pnpm db:codegen` after a migration)', async () => {
    const committed = await readFile(new URL('../src/generated/database.ts', import.meta.url), 'utf8');
    expect(await generateDatabaseTypes(database.db, database.schema)).toBe(committed);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('migrations from processes starting together', () => {
  it('migrate an empty database once: one process applies every step, the other waits and finds none left', async () => {
    const { connect } = await import('../src/connect.js');
    const { createPostgresTestSchema } = await import('../src/testing.js');
    const schema = await createPostgresTestSchema(process.env.TEST_DATABASE_URL as string);
    const first = connect({ databaseUrl: schema.url, maxConnections: 2 });
    const second = connect({ databaseUrl: schema.url, maxConnections: 2 });
    try {
      const applied = await Promise.all([migrateToLatest(first.db), migrateToLatest(second.db)]);
      expect(applied.map((names) => names.length).sort((a, b) => a - b)).toEqual([
        0,
        Object.keys(migrations).length,
      ]);
      const recorded = await sql<{
        count: number;
      }>`select count(*)::int as count from kysely_migration`.execute(first.db);
      expect(recorded.rows[0]?.count).toBe(Object.keys(migrations).length);
    } finally {
      await first.close();
      await second.close();
      await schema.drop();
    }
  });
});
