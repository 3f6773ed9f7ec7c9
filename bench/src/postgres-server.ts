import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../../scripts/postgres.sh', import.meta.url));

/** The bench's own data folder (gitignored), so that generated data survives between runs. */
export const benchDataDir = fileURLToPath(new URL('../.data/', import.meta.url));

export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

export interface ServerSettings {
  /** PostgreSQL's shared buffer cache, e.g. "1GB". */
  sharedBuffers: string;
}

/**
 * Starts the repo's throwaway PostgreSQL 15 on a free port, with its data in `dir`. The settings are kept in the
 * data folder (ALTER SYSTEM); when they change, the server restarts once to apply them.
 */
export async function startPostgres(dir: string, settings: ServerSettings): Promise<BenchServer> {
  mkdirSync(dir, { recursive: true });
  let url = await start(dir);
  if (await applySettings(url, settings)) {
    await run('bash', [script, 'stop', dir]);
    url = await start(dir);
  }
  let stopped = false;
  return {
    url,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await run('bash', [script, 'stop', dir]);
    },
  };
}

async function start(dir: string): Promise<string> {
  const port = await freePort();
  const { stdout } = await run('bash', [script, 'start', dir, String(port)]);
  const url = stdout.trim().split('\n').at(-1) ?? '';
  if (!url.startsWith('postgres://')) throw new Error(`postgres.sh printed no URL: ${stdout}`);
  return url;
}

/** True when a setting changed and needs a restart. */
async function applySettings(url: string, settings: ServerSettings): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ same: boolean }>(
      `select pg_size_bytes(current_setting('shared_buffers')) = pg_size_bytes($1) as same`,
      [settings.sharedBuffers],
    );
    if (rows[0]?.same) return false;
    await client.query(
      `alter system set shared_buffers = '${settings.sharedBuffers.replace(/[^0-9A-Za-z]/g, '')}'`,
    );
    return true;
  } finally {
    await client.end();
  }
}

/**
 * Runs `body` against BENCH_DATABASE_URL when given, else against a server it starts in `dir` and stops
 * afterwards: on success, on error and on Ctrl-C.
 */
export async function withDatabase<T>(
  databaseUrl: string | undefined,
  dir: string,
  settings: ServerSettings,
  body: (url: string) => Promise<T>,
): Promise<T> {
  if (databaseUrl) return body(databaseUrl);
  console.log(`Starting PostgreSQL 15 (shared_buffers ${settings.sharedBuffers}) with its data in ${dir}`);
  const server = await startPostgres(dir, settings);
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping PostgreSQL`);
    server.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await body(server.url);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await server.stop();
    console.log('PostgreSQL stopped');
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no free port'));
      });
    });
  });
}
