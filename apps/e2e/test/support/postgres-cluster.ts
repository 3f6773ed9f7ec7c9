import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

// PostgreSQL servers a test owns, to crash, replicate or pool: started by scripts/postgres.sh and
// scripts/pgbouncer.sh (as the `postgres` OS user when the tests run as root, as in CI). Needs PostgreSQL 15's
// programs, so the tests that use them run where TEST_DATABASE_URL is set.

export const hasPostgresPrograms = Boolean(process.env.TEST_DATABASE_URL);

const script = (name: string) => fileURLToPath(new URL(`../../../../scripts/${name}`, import.meta.url));
const run = (name: string, ...args: string[]) =>
  execFileSync('bash', [script(name), ...args], { encoding: 'utf8' }).trim();

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface OwnPostgres {
  /** The `mobilis` database's connection string. */
  url: string;
  port: number;
  /** Stops it as a crash would (`pg_ctl stop -m immediate`: no checkpoint, connections cut). */
  crash(): void;
  start(): void;
  /** Connects to the `mobilis` database and runs one query. */
  query<T extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>;
}

export interface PostgresCluster {
  /** A durable PostgreSQL with a `mobilis` database: a commit is on disk when acknowledged. */
  primary: OwnPostgres;
  /** A streaming standby of the primary, copied by pg_basebackup. */
  startStandby(): Promise<OwnPostgres>;
  /** A PgBouncer in transaction pooling mode in front of the primary; its `mobilis` connection string. */
  startPgBouncer(): Promise<string>;
  dispose(): Promise<void>;
}

function ownPostgres(dir: string, port: number): OwnPostgres {
  const url = `postgres://postgres@127.0.0.1:${port}/mobilis`;
  return {
    url,
    port,
    crash: () => void run('postgres.sh', 'stop', dir, 'immediate'),
    start: () => void run('postgres.sh', 'start', dir, String(port), 'durable'),
    async query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query<T>(text, values)).rows;
      } finally {
        await client.end();
      }
    },
  };
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const folder = await mkdtemp(path.join(tmpdir(), 'mobilis-cluster-'));
  // The servers run as the postgres user, who must reach their folders inside this one.
  await chmod(folder, 0o755);
  const started: Array<() => void> = [];
  const primaryDir = path.join(folder, 'primary');
  const primary = ownPostgres(primaryDir, await freePort());
  primary.start();
  started.push(() => run('postgres.sh', 'stop', primaryDir));
  const admin = new pg.Client({ connectionString: primary.url.replace(/\/mobilis$/, '/postgres') });
  await admin.connect();
  await admin.query('create database mobilis');
  await admin.end();

  return {
    primary,
    async startStandby() {
      const dir = path.join(folder, 'standby');
      const standby = ownPostgres(dir, await freePort());
      run('postgres.sh', 'standby', dir, String(standby.port), String(primary.port));
      started.push(() => run('postgres.sh', 'stop', dir));
      return standby;
    },
    async startPgBouncer() {
      const dir = path.join(folder, 'pgbouncer');
      const base = run('pgbouncer.sh', 'start', dir, String(await freePort()), String(primary.port));
      started.push(() => run('pgbouncer.sh', 'stop', dir));
      return `${base}/mobilis`;
    },
    async dispose() {
      for (const stop of started.reverse()) stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
