import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, describePostgresUrl } from '../src/connect.js';
import { migrateToLatest } from '../src/migrate.js';
import { ensureInstance } from '../src/repositories/instance.js';

const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('embedded database', () => {
  it('creates its data folder, parents included, and keeps data across a close and reopen', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'mobilis-db-'));
    folders.push(root);
    const dataDir = path.join(root, 'nested', 'data');

    const first = connect({ dataDir });
    expect(first.kind).toBe('embedded');
    expect(first.location).toBe(dataDir);
    await migrateToLatest(first.db);
    const created = await ensureInstance(first.db);
    await first.close();

    const second = connect({ dataDir });
    expect(await migrateToLatest(second.db)).toEqual([]);
    expect(await ensureInstance(second.db)).toEqual(created);
    await second.close();
  });

  it('returns dates as ISO days and counts as numbers, as PostgreSQL does here', async () => {
    const handle = connect({ dataDir: 'memory://' });
    const { rows } = await sql<{
      day: unknown;
      total: unknown;
    }>`select date '2027-03-01' as day, count(*) as total from generate_series(1, 3)`.execute(handle.db);
    expect(rows[0]).toEqual({ day: '2027-03-01', total: 3 });
    await handle.close();
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('PostgreSQL', () => {
  it('returns the same value shapes as the embedded database', async () => {
    const handle = connect({ databaseUrl: process.env.TEST_DATABASE_URL });
    expect(handle.kind).toBe('postgresql');
    const { rows } = await sql<{
      day: unknown;
      total: unknown;
    }>`select date '2027-03-01' as day, count(*) as total from generate_series(1, 3)`.execute(handle.db);
    expect(rows[0]).toEqual({ day: '2027-03-01', total: 3 });
    await handle.close();
  });
});

describe('describePostgresUrl', () => {
  it('names host, port and database, never the credentials', () => {
    const described = describePostgresUrl(
      'postgres://mobilis:s3cret@db.example:5433/erasmus?sslmode=require',
    );
    expect(described).toBe('db.example:5433/erasmus');
    expect(described).not.toContain('s3cret');
  });
});
