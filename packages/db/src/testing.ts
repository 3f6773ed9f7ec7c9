import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { connect, type DatabaseHandle, kyselyOnPglite, openPglite } from './connect.js';
import { migrateToLatest } from './migrate.js';

export interface TestDatabase extends DatabaseHandle {
  /** The schema that holds this test's tables. */
  schema: string;
  /** A connection string to this test's schema, for a server process under test (PostgreSQL only). */
  url?: string;
}

/**
 * A clean, migrated database for one test file: a fresh schema on the PostgreSQL of TEST_DATABASE_URL
 * when it is set, otherwise a fresh schema in an embedded database shared by the files of one worker
 * (starting PGlite costs seconds, a schema costs milliseconds).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const url = process.env.TEST_DATABASE_URL;
  const handle = url ? await postgresSchema(url, schema) : await embeddedSchema(schema);
  await migrateToLatest(handle.db);
  return handle;
}

/** A connection string whose sessions use `schema` first. */
export function withSearchPath(databaseUrl: string, schema: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema},public`);
  return url.toString();
}

/** A fresh, empty schema on a PostgreSQL server, and a connection string whose sessions use it. */
export async function createPostgresTestSchema(
  baseUrl: string,
  schema = `test_${randomBytes(6).toString('hex')}`,
): Promise<{ schema: string; url: string; drop(): Promise<void> }> {
  const runOnServer = async (statement: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  // Concurrent test files would race to create the extension the migrations need: one at a time.
  await runOnServer(
    `select pg_advisory_lock(7151); create extension if not exists pg_trgm with schema public; select pg_advisory_unlock(7151); create schema ${schema}`,
  );
  return {
    schema,
    url: withSearchPath(baseUrl, schema),
    drop: () => runOnServer(`drop schema if exists ${schema} cascade`),
  };
}

async function postgresSchema(baseUrl: string, schema: string): Promise<TestDatabase> {
  const created = await createPostgresTestSchema(baseUrl, schema);
  const handle = connect({ databaseUrl: created.url, maxConnections: 5 });
  return {
    ...handle,
    schema,
    url: created.url,
    close: async () => {
      await handle.close();
      await created.drop();
    },
  };
}

let sharedPglite: PGlite | undefined;
let openEmbeddedSchema: string | undefined;

/** PGlite has one session, so its search_path serves one test database at a time. */
async function embeddedSchema(schema: string): Promise<TestDatabase> {
  if (openEmbeddedSchema) {
    throw new Error(
      `Close test database ${openEmbeddedSchema} before creating another: the embedded one is shared.`,
    );
  }
  openEmbeddedSchema = schema;
  sharedPglite ??= openPglite('memory://');
  const pglite = sharedPglite;
  await pglite.exec(`create schema ${schema}; set search_path to ${schema}, public;`);
  // The Kysely instance is never destroyed: that would close the PGlite that later files share.
  const db = kyselyOnPglite(pglite);
  return {
    db,
    kind: 'embedded',
    location: 'in memory',
    schema,
    close: async () => {
      await pglite.exec(`drop schema ${schema} cascade; set search_path to public;`);
      openEmbeddedSchema = undefined;
    },
  };
}
