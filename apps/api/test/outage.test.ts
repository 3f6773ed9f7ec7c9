import { connect, type DatabaseHandle } from '@mobilis/db';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importJobSettled, runImportJob } from '../src/exchange/import-jobs.js';
import { buildServer } from '../src/server.js';
import { csvText, exchangeWorld, templateFileRows } from './support/exchange.js';
import { type FaultProxy, startFaultProxy } from './support/fault-proxy.js';
import { participantInput } from './support/fixtures.js';
import { createTestApi, type TestApi } from './support/harness.js';

// The database goes away under a running server (a restart, a failover, a dropped network) and comes back. The
// server must stay up, tell callers to try again (503), and recover by itself. PostgreSQL only: the embedded
// database runs inside the process and cannot go away.

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe.skipIf(!onPostgres)('when PostgreSQL goes away and comes back', () => {
  let api: TestApi;
  let proxy: FaultProxy;
  let app: FastifyInstance;
  let database: DatabaseHandle;
  let organisationId: string;
  let cookie: string;
  const lostConnections: Error[] = [];

  beforeAll(async () => {
    api = await createTestApi();
    proxy = await startFaultProxy(api.database.url as string);
    database = connect({
      databaseUrl: proxy.url,
      onConnectionError: (error) => lostConnections.push(error),
    });
    app = await buildServer({ services: { ...api.services, database } });
    organisationId = (await api.createOrganisation()).id;
    const coordinator = await api.member(organisationId, 'coordinator');
    cookie = `mobilis_session=${coordinator.cookie.value}`;
  });
  afterAll(async () => {
    await app?.close();
    await proxy?.close();
    await api?.close();
  });

  const listParticipants = () =>
    app.inject({
      url: `/trpc/participant.list?input=${encodeURIComponent(JSON.stringify({ organisationId }))}`,
      headers: { cookie },
    });
  const createParticipant = () =>
    app.inject({
      method: 'POST',
      url: '/trpc/participant.create',
      headers: { cookie, 'content-type': 'application/json' },
      payload: participantInput(organisationId, { givenName: 'Written', familyName: 'During-the-outage' }),
    });

  it('answers 503 with "try again" while the connections are dropped and refused, and writes nothing', async () => {
    expect((await listParticipants()).statusCode).toBe(200);
    proxy.cut();

    const read = await listParticipants();
    expect(read.statusCode, read.body).toBe(503);
    expect(read.json().error.message).toMatch(/cannot be reached just now\. Try again/);
    expect((await createParticipant()).statusCode).toBe(503);
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(503);
    const download = await app.inject({
      url: `/api/organisations/${organisationId}/exports/participants.csv`,
      headers: { cookie },
    });
    expect(download.statusCode).toBe(503);
    // The pooled connections that broke were reported, not thrown: the process lives on.
    expect(lostConnections.length).toBeGreaterThan(0);
  });

  it('recovers by itself once the database is back, and what was refused was not written', async () => {
    proxy.restore();
    // Within moments: a request may still meet a pooled connection that broke and has not been dropped yet.
    await vi.waitFor(async () => expect((await listParticipants()).statusCode).toBe(200), { timeout: 5_000 });
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    const written = await api.database.db
      .selectFrom('participant')
      .select('id')
      .where('familyName', '=', 'During-the-outage')
      .execute();
    expect(written).toEqual([]);
  });

  it('gives up waiting for a connection that never answers, with a 503 rather than a hang', async () => {
    proxy.blackHole();
    // A server with no connection yet: it must open one, into the black hole.
    const fresh = await buildServer({
      services: { ...api.services, database: connect({ databaseUrl: proxy.url }) },
    });
    try {
      const read = await fresh.inject({ url: '/healthz' });
      expect(read.statusCode).toBe(503);
      proxy.restore();
      await vi.waitFor(async () => expect((await fresh.inject({ url: '/healthz' })).statusCode).toBe(200), {
        timeout: 10_000,
      });
    } finally {
      await fresh.close();
    }
  }, 40_000);

  it('keeps an import whose commit lost the database mid-statement, and writes it once, whole, when it is back', async () => {
    proxy.restore();
    const world = await exchangeWorld(api, 740_001);
    const id = await world.client.upload(csvText(templateFileRows(world.grantAgreementNumber, 5, 1)));
    const ownRows = () =>
      api.database.db
        .selectFrom('participant')
        .select('id')
        .where('organisationId', '=', world.organisationId)
        .execute();
    // The commit stalls in its first insert of participants, long enough for the connection to be cut under it.
    await sql`create or replace function import_test_stall() returns trigger language plpgsql as $$
      begin perform pg_sleep(2); return null; end $$`.execute(api.database.db);
    await sql`create trigger import_test_stall after insert on participant for each statement
      execute function import_test_stall()`.execute(api.database.db);
    try {
      // Confirmed through this server, on the proxied database, which then runs the commit.
      const confirm = await app.inject({
        method: 'POST',
        url: '/trpc/import.confirm',
        headers: {
          cookie: `mobilis_session=${world.coordinator.cookie.value}`,
          'content-type': 'application/json',
        },
        payload: { organisationId: world.organisationId, id },
      });
      expect(confirm.statusCode, confirm.body).toBe(200);
      await vi.waitFor(
        async () => {
          const stalled = await sql<{ count: number }>`select count(*)::int as count from pg_stat_activity
            where wait_event = 'PgSleep'`.execute(api.database.db);
          expect(stalled.rows[0]?.count).toBeGreaterThan(0);
        },
        { timeout: 10_000 },
      );
      // The connection breaks under the statement, and the database answers again at once (a quick restart).
      proxy.cut();
      proxy.restore();
      await importJobSettled(id);
    } finally {
      await sql`drop trigger if exists import_test_stall on participant`.execute(api.database.db);
    }
    // Nothing written, and the job is not called failed: it waits to be run again.
    const job = () => world.coordinator.import.get({ organisationId: world.organisationId, id });
    expect((await job()).status).toBe('committing');
    expect(await ownRows()).toEqual([]);

    await runImportJob({ db: database.db, clock: api.services.clock }, id);
    expect((await job()).status).toBe('committed');
    expect(await ownRows()).toHaveLength(5);
    await world.client.app.close();
  }, 60_000);
});
