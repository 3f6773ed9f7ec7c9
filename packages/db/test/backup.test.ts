import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupEmbedded, backupPostgres, restoreEmbedded, restorePostgres } from '../src/backup.js';
import { connect, type Database } from '../src/connect.js';
import { migrateToLatest } from '../src/migrate.js';
import { upsertMembership } from '../src/repositories/memberships.js';
import { insertOrganisation } from '../src/repositories/organisations.js';
import { insertUser } from '../src/repositories/users.js';

// A backup is only as good as its restore: each round trip fills a database, backs it up, restores it elsewhere
// and compares every table, row by row.

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'mobilis-backup-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** Migrated, with an organisation, a coordinator and text that must survive exactly (accents, emoji, quotes). */
async function fill(db: Database): Promise<void> {
  await migrateToLatest(db);
  const organisation = await insertOrganisation(db, {
    legalName: 'Liceo "Galilei" d\'Italia — Sezione 🇮🇹',
    oid: 'E10123456',
    country: 'IT',
    city: 'Bologna',
    type: 'school',
  });
  const user = await insertUser(db, { email: 'giulia@liceo.example', displayName: 'Giulia Bianchi' });
  await upsertMembership(db, user.id, organisation.id, 'coordinator');
}

/** Every table of the public schema, each as its rows in a stable order. */
async function everyTable(db: Database): Promise<Record<string, unknown[]>> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const contents: Record<string, unknown[]> = {};
  for (const { name } of tables.rows) {
    const rows =
      await sql`select to_jsonb(t) as row from ${sql.table(name)} t order by to_jsonb(t)::text`.execute(db);
    contents[name] = rows.rows;
  }
  return contents;
}

describe('backup and restore of the embedded database', () => {
  it('restores every table as it was, into a new folder only', async () => {
    const source = path.join(folder, 'source');
    const handle = connect({ dataDir: source });
    await fill(handle.db);
    const before = await everyTable(handle.db);
    await handle.close();

    const file = path.join(folder, 'embedded.tar.gz');
    await backupEmbedded(source, file);
    const target = path.join(folder, 'restored');
    await restoreEmbedded(file, target);
    const restored = connect({ dataDir: target });
    try {
      const after = await everyTable(restored.db);
      expect(Object.keys(after)).toContain('participant');
      expect(after).toEqual(before);
      expect(before.organisation).toHaveLength(1);
    } finally {
      await restored.close();
    }
    await expect(restoreEmbedded(file, target)).rejects.toThrow(/exists/);
  }, 120_000);
});

const baseUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!baseUrl)('backup and restore of PostgreSQL', () => {
  const names = { source: `backup_source_${process.pid}`, target: `backup_target_${process.pid}` };
  const urlOf = (database: string) => {
    const url = new URL(baseUrl as string);
    url.pathname = `/${database}`;
    return url.toString();
  };
  async function onServer(statement: string) {
    const client = new pg.Client({ connectionString: urlOf('postgres') });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  }
  beforeAll(async () => {
    for (const name of Object.values(names)) {
      await onServer(`drop database if exists ${name} with (force)`);
      await onServer(`create database ${name}`);
    }
  });
  afterAll(async () => {
    for (const name of Object.values(names)) await onServer(`drop database if exists ${name} with (force)`);
  });

  it('restores every table as it was (pg_dump and pg_restore, custom format)', async () => {
    const source = connect({ databaseUrl: urlOf(names.source) });
    await fill(source.db);
    const before = await everyTable(source.db);
    await source.close();

    const file = path.join(folder, 'postgres.dump');
    await backupPostgres(urlOf(names.source), file);
    await restorePostgres(file, urlOf(names.target));
    const target = connect({ databaseUrl: urlOf(names.target) });
    try {
      expect(await everyTable(target.db)).toEqual(before);
      // The restored database takes the next migration run as the original would: nothing left to apply.
      expect(await migrateToLatest(target.db)).toEqual([]);
    } finally {
      await target.close();
    }
  }, 120_000);
});
