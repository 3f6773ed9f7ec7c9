import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, adminEnv } from './support/console.js';
import { type RunningServer, startServer } from './support/server.js';
import { ApiSession } from './support/survey-api.js';

// The production server on a PostgreSQL of its own, which the test crashes (`pg_ctl stop -m immediate`) while
// writes arrive and then starts again: the server process lives on, /healthz comes back by itself, every write it
// acknowledged is there and every other one was refused with 503. Before issue 16 the process died at the first
// restart. Needs PostgreSQL 15's programs (CI installs them), so it runs where TEST_DATABASE_URL is set.

const script = fileURLToPath(new URL('../../../scripts/postgres.sh', import.meta.url));
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const postgres = (...args: string[]) => execFileSync('bash', [script, ...args], { encoding: 'utf8' }).trim();

describe.skipIf(!onPostgres)('a server whose PostgreSQL crashes and comes back', () => {
  let folder: string;
  let port: number;
  let databaseUrl: string;
  let server: RunningServer;
  let coordinator: ApiSession;
  let organisationId: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'mobilis-restart-'));
    // The server runs as the postgres user, who must reach its folder inside this one.
    await chmod(folder, 0o755);
    port = await freePort();
    const serverUrl = postgres('start', path.join(folder, 'pg'), String(port), 'durable');
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query('create database mobilis');
    await client.end();
    databaseUrl = serverUrl.replace(/\/postgres$/, '/mobilis');
    server = await startServer({ DATABASE_URL: databaseUrl, ...adminEnv });

    const administrator = await ApiSession.signIn(server.url, admin.email, admin.password);
    organisationId = (
      await administrator.mutate<{ id: string }>('organisation.create', {
        legalName: 'Escola Básica de Braga',
        oid: 'E10555444',
        country: 'PT',
        city: 'Braga',
        type: 'school',
      })
    ).id;
    const { invitationLink } = await administrator.mutate<{ invitationLink: string }>('member.invite', {
      organisationId,
      email: 'coordenadora@escola-braga.test',
      displayName: 'Ana Sousa',
      role: 'coordinator',
    });
    coordinator = ApiSession.anonymous(server.url);
    await coordinator.mutate('auth.acceptInvitation', {
      token: invitationLink.split('#')[1],
      password: 'sete-andorinhas-no-minho',
    });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    if (folder) {
      postgres('stop', path.join(folder, 'pg'));
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('keeps every acknowledged write, refuses the others with 503, and serves again by itself', async () => {
    const acknowledged: string[] = [];
    const refused: number[] = [];
    const write = async (n: number) => {
      const answer = await coordinator.post('participant.create', {
        organisationId,
        givenName: `Aluno${n}`,
        familyName: 'Durante',
        birthDate: '2012-05-01',
        gender: 'female',
        nationality: 'PT',
        preferredLanguage: 'pt',
        kind: 'pupil',
      });
      if (answer.status === 200)
        acknowledged.push((answer.body as { result: { data: { id: string } } }).result.data.id);
      else refused.push(answer.status);
    };

    for (let n = 0; n < 10; n += 1) await write(n);
    // Writes keep arriving while the database crashes and for a few seconds until it is back.
    const writing = (async () => {
      for (let n = 10; n < 60; n += 1) {
        await write(n);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    postgres('stop', path.join(folder, 'pg'), 'immediate');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    postgres('start', path.join(folder, 'pg'), String(port), 'durable');
    await writing;

    expect(server.process.exitCode).toBeNull();
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused)).toEqual(new Set([503]));
    // Back by itself.
    for (let tries = 0; ; tries += 1) {
      const health = await fetch(`${server.url}/healthz`);
      if (health.status === 200) break;
      if (tries > 50) throw new Error('/healthz did not come back');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const stored = await client.query<{ id: string }>(
      "select id from participant where family_name = 'Durante'",
    );
    await client.end();
    const storedIds = new Set(stored.rows.map((row) => row.id));
    for (const id of acknowledged) expect(storedIds.has(id), `acknowledged ${id} is stored`).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(10);
  }, 120_000);
});
