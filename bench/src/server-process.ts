import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

// The production server as a process of its own, for the benchmarks that load it over HTTP.

const serverEntry = fileURLToPath(new URL('../../apps/api/dist/main.js', import.meta.url));
export const benchAdmin = { email: 'load@bench.example', password: 'a-bench-administrator-password' };

/** tRPC over HTTP, as the console calls it: JSON, the session cookie, a same-origin header on writes. */
export class Session {
  cookie = '';
  constructor(private readonly url: string) {}

  async call<T>(procedure: string, input: unknown, method: 'GET' | 'POST' = 'POST'): Promise<T> {
    const query = method === 'GET' ? `?input=${encodeURIComponent(JSON.stringify(input))}` : '';
    const response = await fetch(`${this.url}/trpc/${procedure}${query}`, {
      method,
      headers: { 'content-type': 'application/json', origin: this.url, cookie: this.cookie },
      ...(method === 'POST' ? { body: JSON.stringify(input) } : {}),
    });
    const set = response.headers.getSetCookie().find((header) => header.startsWith('mobilis_session='));
    if (set) this.cookie = set.split(';')[0] ?? '';
    const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
    if (!body.result) throw new Error(`${procedure}: ${body.error?.message}`);
    return body.result.data;
  }
}

export function startServer(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, [serverEntry], {
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'warn',
      MOBILIS_ADMIN_EMAIL: benchAdmin.email,
      MOBILIS_ADMIN_PASSWORD: benchAdmin.password,
      MOBILIS_ADMIN_SECOND_FACTOR: 'optional',
      IMPORT_CONCURRENCY: process.env.IMPORT_CONCURRENCY ?? '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /running at http:\/\/localhost:(\d+)\//.exec(output)?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}`, process: child });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
}

/** A new, empty database `name` on the bench's PostgreSQL server. */
export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`drop database if exists ${name} with (force)`);
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export const residentMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

export async function healthMs(url: string): Promise<number> {
  const started = performance.now();
  await fetch(`${url}/healthz`).catch(() => undefined);
  return performance.now() - started;
}
