import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { admin, adminEnv } from './support/console.js';
import {
  hasPostgresPrograms,
  type OwnPostgres,
  type PostgresCluster,
  startPostgresCluster,
} from './support/postgres-cluster.js';
import { type RunningServer, startServer } from './support/server.js';
import { ApiSession, inviteMember } from './support/survey-api.js';

// A server with a streaming replica (DATABASE_READ_URL): lists and analytics read from the replica, and a person
// sees their own change at once, read from the primary until the replica has replayed it. The test pauses the
// standby's replay, so that what each person sees tells where their read went.

describe.skipIf(!hasPostgresPrograms)('a primary with a streaming replica', () => {
  let cluster: PostgresCluster;
  let standby: OwnPostgres;
  let server: RunningServer;
  let organisationId: string;
  let ana: ApiSession;
  let ben: ApiSession;

  const familyNames = async (session: ApiSession) =>
    (
      await session.query<{ rows: { familyName: string }[] }>('participant.list', {
        organisationId,
        limit: 100,
      })
    ).rows.map((row) => row.familyName);

  const caughtUp = async () => {
    const [primaryAt] = await cluster.primary.query<{ lsn: string }>(
      'select pg_current_wal_lsn()::text as lsn',
    );
    await vi.waitFor(
      async () => {
        const [row] = await standby.query<{ current: boolean }>(
          'select pg_last_wal_replay_lsn() >= $1::pg_lsn as current',
          [primaryAt?.lsn],
        );
        expect(row?.current).toBe(true);
      },
      { timeout: 10_000 },
    );
  };

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    standby = await cluster.startStandby();
    server = await startServer({
      DATABASE_URL: cluster.primary.url,
      DATABASE_READ_URL: standby.url,
      ...adminEnv,
    });
    const administrator = await ApiSession.signIn(server.url, admin.email, admin.password);
    organisationId = (
      await administrator.mutate<{ id: string }>('organisation.create', {
        legalName: 'Liceo Scientifico Galilei',
        oid: 'E10777111',
        country: 'IT',
        city: 'Firenze',
        type: 'school',
      })
    ).id;
    ana = await inviteMember(administrator, server.url, organisationId, {
      name: 'Ana Rossi',
      email: 'ana.rossi@liceo.test',
      password: 'tre-gatti-sul-tetto',
    });
    // An administrator's invitation would wait for a coordinator's approval: Ana invites her colleague.
    ben = await inviteMember(ana, server.url, organisationId, {
      name: 'Ben Conti',
      email: 'ben.conti@liceo.test',
      password: 'quattro-cani-in-piazza',
    });
    await caughtUp();
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await cluster?.dispose();
  });

  it('shows a person their own change at once, and others once the replica has it', async () => {
    await standby.query('select pg_wal_replay_pause()');
    await ana.mutate('participant.create', {
      organisationId,
      givenName: 'Giulia',
      familyName: 'Bianchi',
      birthDate: '2009-09-09',
      gender: 'female',
      nationality: 'IT',
      preferredLanguage: 'it',
      kind: 'pupil',
    });
    // Ana wrote it: her list reads the primary while the replica is behind.
    expect(await familyNames(ana)).toEqual(['Bianchi']);
    // Ben's list reads the replica, which has not replayed it yet; analytics read it too, read-only.
    expect(await familyNames(ben)).toEqual([]);
    const overview = await ben.query<{ respondents: unknown }>('analytics.overview', {
      organisationId,
      breakdown: 'all',
    });
    expect(overview).toBeTruthy();

    await standby.query('select pg_wal_replay_resume()');
    await vi.waitFor(async () => expect(await familyNames(ben)).toEqual(['Bianchi']), { timeout: 10_000 });
  });

  it('reads from the primary while the replica is away', async () => {
    standby.crash();
    try {
      expect(await familyNames(ben)).toEqual(['Bianchi']);
      expect(await ben.query('analytics.overview', { organisationId, breakdown: 'all' })).toBeTruthy();
    } finally {
      standby.start();
    }
  });
});
