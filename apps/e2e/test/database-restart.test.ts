import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { admin, adminEnv } from './support/console.js';
import { pupilsImportFile, surveyWorldProjectNumber } from './support/import-file.js';
import {
  hasPostgresPrograms,
  type PostgresCluster,
  startPostgresCluster,
} from './support/postgres-cluster.js';
import { type RunningServer, startServer } from './support/server.js';
import {
  ApiSession,
  answerSurvey,
  baselineSurveyLinks,
  createSurveyWorld,
  type SurveyWorld,
} from './support/survey-api.js';

// The production server on a PostgreSQL of its own, which the test crashes (`pg_ctl stop -m immediate`) while
// writes arrive (records, survey submissions, an import's commit) and then starts again: the server process lives
// on, /healthz comes back by itself, every write it acknowledged is there and every other one was refused with 503,
// and the import is written whole, once. Before issue 16 the process died at the first restart.

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!hasPostgresPrograms)('a server whose PostgreSQL crashes and comes back', () => {
  let cluster: PostgresCluster;
  let server: RunningServer;
  let world: SurveyWorld;

  /** Crashes the database now, and starts it again after a few seconds. */
  const crashAndRestart = async () => {
    cluster.primary.crash();
    await pause(2_000);
    cluster.primary.start();
  };

  const healthyAgain = () =>
    vi.waitFor(async () => expect((await fetch(`${server.url}/healthz`)).status).toBe(200), {
      timeout: 15_000,
      interval: 200,
    });

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    server = await startServer({ DATABASE_URL: cluster.primary.url, ...adminEnv });
    const administrator = await ApiSession.signIn(server.url, admin.email, admin.password);
    world = await createSurveyWorld(administrator, server.url, {
      coordinator: {
        name: 'Ana Sousa',
        email: 'coordenadora@escola.test',
        password: 'sete-andorinhas-no-minho',
      },
      participant: { given: 'Lena', family: 'Vogel', email: 'lena.vogel@schueler.test' },
    });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await cluster?.dispose();
  });

  it('keeps every acknowledged write, refuses the others with 503, and serves again by itself', async () => {
    const acknowledged: string[] = [];
    const refused: number[] = [];
    const write = async (n: number) => {
      const answer = await world.coordinator.post('participant.create', {
        organisationId: world.organisationId,
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
        await pause(100);
      }
    })();
    await pause(300);
    await crashAndRestart();
    await writing;

    expect(server.process.exitCode).toBeNull();
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused)).toEqual(new Set([503]));
    await healthyAgain();
    const stored = await cluster.primary.query<{ id: string }>(
      "select id from participant where family_name = 'Durante'",
    );
    const storedIds = new Set(stored.map((row) => row.id));
    for (const id of acknowledged) expect(storedIds.has(id), `acknowledged ${id} is stored`).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(10);
  }, 120_000);

  it('stores every survey submission it acknowledged while the database crashed, and takes the others when asked again', async () => {
    const links = await baselineSurveyLinks(world, 30);
    // Participants answer one after another, two at a time, while the database crashes and comes back.
    const outcomes: Array<{ link: (typeof links)[number]; submitted: boolean; refusedWith?: number }> = [];
    const answering = (async () => {
      for (let n = 0; n < links.length; n += 2) {
        const pair = links.slice(n, n + 2);
        const answers = await Promise.all(pair.map((link) => answerSurvey(server.url, link.path)));
        for (const [index, answer] of answers.entries())
          outcomes.push({ link: pair[index] as (typeof links)[number], ...answer });
        await pause(150);
      }
    })();
    await pause(400);
    await crashAndRestart();
    await answering;

    expect(server.process.exitCode).toBeNull();
    const refused = outcomes.filter((outcome) => !outcome.submitted);
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused.map((outcome) => outcome.refusedWith))).toEqual(new Set([503]));
    await healthyAgain();
    const sent = async () =>
      new Set(
        (
          await cluster.primary.query<{ id: string }>(
            "select id from survey where status = 'submitted' and submitted_at is not null",
          )
        ).map((row) => row.id),
      );
    const stored = await sent();
    for (const outcome of outcomes.filter((answer) => answer.submitted))
      expect(stored.has(outcome.link.surveyId), `acknowledged ${outcome.link.surveyId} is stored`).toBe(true);
    // Those told to try again do, and nothing they saved before the crash stands in their way. (A submission can
    // be stored while its answer was lost with the connection: that survey is sent already.)
    for (const outcome of refused)
      if (!stored.has(outcome.link.surveyId))
        expect((await answerSurvey(server.url, outcome.link.path)).submitted).toBe(true);
    expect((await sent()).size).toBe(30);
  }, 180_000);

  it('writes an import whose commit the crash interrupted once the database is back: whole, and once', async () => {
    const pupils = Array.from({ length: 6_000 }, (_, n) => ({ given: `Uczen${n}`, family: 'Awaria' }));
    const answer = await world.coordinator.upload(
      `/api/organisations/${world.organisationId}/imports?projectId=${world.projectId}&fileName=pupils.csv`,
      pupilsImportFile(surveyWorldProjectNumber, pupils),
    );
    expect(answer.status).toBe(202);
    const id = (answer.body as { id: string }).id;
    const job = () =>
      world.coordinator.query<{ status: string; rowsWritten: number }>('import.get', {
        organisationId: world.organisationId,
        id,
      });
    await vi.waitFor(async () => expect((await job()).status).toBe('ready'), {
      timeout: 120_000,
      interval: 250,
    });
    await world.coordinator.mutate('import.confirm', { organisationId: world.organisationId, id });
    // The crash comes while the commit writes.
    await vi.waitFor(
      async () => {
        const now = await job();
        expect(now.status).toBe('committing');
        expect(now.rowsWritten).toBeGreaterThan(0);
      },
      { timeout: 60_000, interval: 20 },
    );
    await crashAndRestart();
    await healthyAgain();

    const awaria = async () =>
      Number(
        (
          await cluster.primary.query<{ count: string }>(
            "select count(*) as count from participant where family_name = 'Awaria'",
          )
        )[0]?.count,
      );
    // Resumed by the server's own round, with nobody asking.
    await vi.waitFor(async () => expect((await job()).status).toBe('committed'), {
      timeout: 90_000,
      interval: 500,
    });
    expect(server.process.exitCode).toBeNull();
    expect(await awaria()).toBe(6_000);
  }, 240_000);
});
