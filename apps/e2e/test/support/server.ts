import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPostgresTestSchema } from '@mobilis/db/testing';

const serverEntry = fileURLToPath(new URL('../../../api/dist/main.js', import.meta.url));

export interface ServerDatabase {
  env: Record<string, string>;
  dispose(): Promise<void>;
}

/** An embedded database in a fresh folder. */
export async function embeddedDatabase(): Promise<ServerDatabase & { dataDir: string }> {
  const root = await mkdtemp(path.join(tmpdir(), 'mobilis-e2e-'));
  const dataDir = path.join(root, 'data');
  return {
    dataDir,
    env: { MOBILIS_DATA_DIR: dataDir },
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}

/** A fresh schema on the PostgreSQL of TEST_DATABASE_URL when it is set (as in CI), else an embedded database. */
export async function testDatabase(): Promise<ServerDatabase> {
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl) return embeddedDatabase();
  const schema = await createPostgresTestSchema(baseUrl);
  return { env: { DATABASE_URL: schema.url }, dispose: schema.drop };
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** Everything the server wrote so far, stdout and stderr. */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

function spawnServer(env: Record<string, string>) {
  const child = spawn(process.execPath, [serverEntry], {
    cwd: tmpdir(),
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners: Array<() => void> = [];
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => output,
    onOutput: (listener: () => void) => listeners.push(listener),
  };
}

/**
 * Starts the production server (`node apps/api/dist/main.js`, as `pnpm start` does) on a free port. A server that
 * seeds the demo first (MOBILIS_DEMO=true) needs longer than the default minute before it listens.
 */
export async function startServer(
  env: Record<string, string>,
  { readyTimeoutMs = 60_000 }: { readyTimeoutMs?: number } = {},
): Promise<RunningServer> {
  const server = spawnServer(env);
  const url = await new Promise<string>((resolve, reject) => {
    server.onOutput(() => {
      const match = /running at http:\/\/localhost:(\d+)\//.exec(server.output());
      if (match) resolve(`http://127.0.0.1:${match[1]}`);
    });
    void server.exited.then((code) =>
      reject(new Error(`server exited with ${code} before it was ready:\n${server.output()}`)),
    );
    setTimeout(
      () => reject(new Error(`server not ready after ${readyTimeoutMs / 1000} s:\n${server.output()}`)),
      readyTimeoutMs,
    ).unref();
  });
  return {
    url,
    process: server.child,
    output: server.output,
    stop: async () => {
      if (server.child.exitCode === null) server.child.kill('SIGTERM');
      return server.exited;
    },
  };
}

/** Runs the server to its end, for start-up failures; resolves with the exit code and output. */
export async function runServerToExit(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const server = spawnServer(env);
  return { code: await server.exited, output: server.output() };
}
