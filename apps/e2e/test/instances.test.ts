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

// Two production server processes on one PostgreSQL, both through a PgBouncer in transaction pooling mode, as a
// national agency would run them behind a load balancer: whichever answers, people see the same data, and a job one
// process started is finished by the other when the first one dies.

const coordinator = {
  name: 'Jonas Weber',
  email: 'jonas.weber@gesamtschule.test',
  password: 'zwei-server-ein-bild',
};

interface ImportJob {
  status: string;
  rowsWritten: number;
  report: { counts: { rows: number; rejected: number } } | null;
}

describe.skipIf(!hasPostgresPrograms)('two API processes through PgBouncer in transaction mode', () => {
  let cluster: PostgresCluster;
  let servers: [RunningServer, RunningServer];
  let world: SurveyWorld;
  /** The coordinator's browser session on each process. */
  let on: [ApiSession, ApiSession];

  const importJob = (session: ApiSession, id: string) =>
    session.query<ImportJob>('import.get', { organisationId: world.organisationId, id });

  const upload = async (session: ApiSession, file: string) => {
    const answer = await session.upload(
      `/api/organisations/${world.organisationId}/imports?projectId=${world.projectId}&fileName=pupils.csv`,
      file,
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(202);
    return (answer.body as { id: string }).id;
  };

  const settled = async (session: ApiSession, id: string, status: string, timeout = 60_000) =>
    vi.waitFor(
      async () => {
        const job = await importJob(session, id);
        expect(job.status).toBe(status);
        return job;
      },
      { timeout, interval: 250 },
    );

  const storedPupils = async (family: string) =>
    Number(
      (
        await cluster.primary.query<{ count: string }>(
          'select count(*) as count from participant where family_name = $1',
          [family],
        )
      )[0]?.count,
    );

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    const pooled = await cluster.startPgBouncer();
    const env = { DATABASE_URL: pooled, ...adminEnv };
    // Started together on an empty database: one migrates it and creates the administrator, the other waits.
    servers = (await Promise.all([startServer(env), startServer(env)])) as [RunningServer, RunningServer];
    const [first] = servers;
    const administrator = await ApiSession.signIn(first.url, admin.email, admin.password);
    world = await createSurveyWorld(administrator, first.url, {
      coordinator,
      participant: { given: 'Lena', family: 'Vogel', email: 'lena.vogel@schueler.test' },
    });
    on = [world.coordinator, world.coordinator.at(servers[1].url)];
  }, 120_000);

  afterAll(async () => {
    for (const server of servers ?? []) await server.stop();
    await cluster?.dispose();
  });

  it('checks an import uploaded through one process and writes it once confirmed through the other', async () => {
    const pupils = Array.from({ length: 20 }, (_, n) => ({ given: `Uczen${n}`, family: 'Przez-Dwa' }));
    const id = await upload(on[0], pupilsImportFile(surveyWorldProjectNumber, pupils));
    const checked = await settled(on[1], id, 'ready');
    expect(checked.report?.counts).toMatchObject({ rows: 20, rejected: 0 });
    await on[1].mutate('import.confirm', { organisationId: world.organisationId, id });
    await settled(on[0], id, 'committed');
    expect(await storedPupils('Przez-Dwa')).toBe(20);
  });

  it('stores every survey submitted, whichever process takes it', async () => {
    const links = await baselineSurveyLinks(world, 16);
    const answers = await Promise.all(
      links.map((link, n) => answerSurvey((servers[n % 2] as RunningServer).url, link.path)),
    );
    expect(answers.filter((answer) => answer.submitted)).toHaveLength(16);
    const [row] = await cluster.primary.query<{ count: string }>(
      "select count(*) as count from survey where status = 'submitted' and submitted_at is not null",
    );
    expect(Number(row?.count)).toBe(16);
  }, 120_000);

  it('finishes an import commit whose process was killed mid-write, writing every row once', async () => {
    const pupils = Array.from({ length: 6_000 }, (_, n) => ({ given: `Uczen${n}`, family: 'Przerwany' }));
    const id = await upload(on[0], pupilsImportFile(surveyWorldProjectNumber, pupils));
    await settled(on[0], id, 'ready', 120_000);
    await on[0].mutate('import.confirm', { organisationId: world.organisationId, id });

    // Whichever process took the commit (it holds the organisation's lease) is killed while it writes.
    const holder = await vi.waitFor(
      async () => {
        const [lease] = await cluster.primary.query<{ holder: string }>(
          "select holder from work_lease where name like 'import:%' and expires_at > clock_timestamp()",
        );
        expect(lease).toBeDefined();
        const [job] = await cluster.primary.query<{ status: string }>(
          'select status from import_job where id = $1',
          [id],
        );
        expect(job?.status).toBe('committing');
        return lease?.holder ?? '';
      },
      { timeout: 30_000, interval: 50 },
    );
    const victim = servers.findIndex((server) => holder.includes(`:${server.process.pid}:`));
    expect(victim).toBeGreaterThanOrEqual(0);
    servers[victim]?.process.kill('SIGKILL');
    const survivor = victim === 0 ? 1 : 0;

    // Its lease runs out (30 s) and the other process commits the job again, from the start.
    const job = await settled(on[survivor], id, 'committed', 90_000);
    expect(job.rowsWritten).toBeGreaterThanOrEqual(6_000);
    expect(await storedPupils('Przerwany')).toBe(6_000);
  }, 240_000);
});
