import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { DatabaseKind } from '@mobilis/schema';
import { CamelCasePlugin, Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './generated/database.js';

export type Database = Kysely<DB>;

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** Where the data lives, safe to show: the data folder, or the PostgreSQL host and database without credentials. */
  location: string;
  /** A streaming replica for reads of lists and analytics (DATABASE_READ_URL), when there is one. */
  replica?: Database;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** A PostgreSQL connection string; when absent, the embedded database is used. */
  databaseUrl?: string | undefined;
  /** A streaming replica of that PostgreSQL, for reads that may lag a moment behind (see reads.ts). */
  readDatabaseUrl?: string | undefined;
  /** Folder of the embedded database; `memory://` keeps it in memory. */
  dataDir?: string | undefined;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
  /**
   * Told of a pooled PostgreSQL connection that broke while idle (the server restarted, the network dropped it).
   * The pool drops that connection and opens a new one when asked; without a listener the error would end the
   * process.
   */
  onConnectionError?: (error: Error) => void;
}

const OID = { int8: 20, date: 1082, numeric: 1700 } as const;

/**
 * Both engines hand values back in the same shapes: `date` as an ISO day string (no time-zone drift),
 * `bigint` counts as numbers, timestamps as Date.
 */
const sharedParsers: Record<number, (value: string) => unknown> = {
  [OID.int8]: (value) => Number(value),
  [OID.date]: (value) => value,
  [OID.numeric]: (value) => Number(value),
};

export function connect(options: ConnectOptions = {}): DatabaseHandle {
  if (!options.databaseUrl) return connectEmbedded(options.dataDir ?? '.mobilis/data');
  const max = options.maxConnections ?? 10;
  const db = postgresDatabase(options.databaseUrl, max, options.onConnectionError);
  const replica =
    options.readDatabaseUrl !== undefined
      ? postgresDatabase(options.readDatabaseUrl, max, options.onConnectionError)
      : undefined;
  return {
    db,
    kind: 'postgresql',
    location: describePostgresUrl(options.databaseUrl),
    ...(replica ? { replica } : {}),
    close: async () => {
      await replica?.destroy();
      await db.destroy();
    },
  };
}

/**
 * A pool of PostgreSQL connections. Nothing is set per connection (no startup options, no session state), so
 * that the connection string may name a pooler in transaction mode (PgBouncer) as well as the server itself.
 */
function postgresDatabase(
  databaseUrl: string,
  max: number,
  onConnectionError: (error: Error) => void = () => {},
): Database {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max,
    // While the database is down a request waits at most this long for a connection, then fails (503), instead of
    // hanging; TCP keep-alive finds a connection whose peer vanished without a word.
    connectionTimeoutMillis: 5_000,
    keepAlive: true,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        sharedParsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  pool.on('error', onConnectionError);
  // A connection can break while a query of it is being sent: the query fails (and says so), and the connection's
  // own error event must not go unheard either, or it ends the process.
  pool.on('connect', (client) => client.on('error', onConnectionError));
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
}

function connectEmbedded(dataDir: string): DatabaseHandle {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const db = kyselyOnPglite(openPglite(inMemory ? dataDir : path.resolve(dataDir)));
  return {
    db,
    kind: 'embedded',
    location: inMemory ? 'in memory' : path.resolve(dataDir),
    close: () => db.destroy(),
  };
}

/** An embedded PostgreSQL with the extensions and value parsers Mobilis expects. */
export function openPglite(dataDir: string): PGlite {
  return new PGlite({ dataDir, extensions: { pg_trgm }, parsers: sharedParsers });
}

export function kyselyOnPglite(pglite: PGlite): Database {
  return new Kysely<DB>({ dialect: new PGliteDialect({ pglite }), plugins: [new CamelCasePlugin()] });
}

/** Host, port and database name of a connection string, never its user or password. */
export function describePostgresUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    const database = url.pathname.replace(/^\//, '') || 'postgres';
    return `${url.hostname}${url.port ? `:${url.port}` : ''}/${database}`;
  } catch {
    return 'PostgreSQL';
  }
}
