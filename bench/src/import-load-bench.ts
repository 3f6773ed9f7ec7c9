import path from 'node:path';
import { templateCsv } from './import-file.js';
import { benchDataDir, withDatabase } from './postgres-server.js';
import { benchAdmin, freshDatabase, healthMs, residentMb, Session, startServer } from './server-process.js';

// What one busy afternoon of uploads does to a running server: several organisations each upload as many files of
// the largest size the server takes (150,000 rows) as it lets them, at once. The bench starts the production
// server (apps/api/dist, built first) on its own PostgreSQL database, signs each coordinator in over HTTP, fires
// the uploads together and, until every dry run has finished, samples the server's memory and how long /healthz
// takes. Prints what was accepted and refused, the peak resident memory and the health check's times.

const organisations = Number(process.env.BENCH_LOAD_ORGANISATIONS || 4);
const uploadsEach = Number(process.env.BENCH_LOAD_UPLOADS || 3);
const rows = Number(process.env.BENCH_LOAD_ROWS || 150_000);

/** An organisation with a coordinator signed in and a project to import into. */
async function organisation(url: string, administrator: Session, n: number) {
  const { id } = await administrator.call<{ id: string }>('organisation.create', {
    legalName: `Load bench school ${n}`,
    oid: `E1077700${n}`,
    country: 'DE',
    city: 'Berlin',
    type: 'school',
  });
  const { invitationLink } = await administrator.call<{ invitationLink: string }>('member.invite', {
    organisationId: id,
    email: `coordinator${n}@bench.example`,
    displayName: `Coordinator ${n}`,
    role: 'coordinator',
  });
  const coordinator = new Session(url);
  const token = invitationLink.split('#')[1];
  await coordinator.call('auth.acceptInvitation', { token, password: 'a-bench-coordinator-password' });
  const grantAgreement = `2027-1-DE03-KA122-SCH-00065432${n}`;
  const project = await coordinator.call<{ id: string }>('project.create', {
    organisationId: id,
    beneficiaryOrganisationId: id,
    grantAgreementNumber: grantAgreement,
    title: `Load bench ${n}`,
    actionType: 'KA122',
    field: 'school_education',
    startDate: '2027-01-01',
    endDate: '2028-06-30',
    consortiumMemberIds: [],
  });
  return {
    id,
    projectId: project.id,
    coordinator,
    file: Buffer.from(templateCsv(rows, grantAgreement), 'utf8'),
  };
}

async function benchmark(serverUrl: string) {
  const server = await startServer(await freshDatabase(serverUrl, 'mobilis_import_load'));
  const pid = server.process.pid as number;
  try {
    const administrator = new Session(server.url);
    await administrator.call('auth.login', benchAdmin);
    const schools = [];
    for (let n = 1; n <= organisations; n++) schools.push(await organisation(server.url, administrator, n));
    const megabytes = (schools[0]?.file.length ?? 0) / 1024 / 1024;
    console.log(
      `${organisations} organisations x ${uploadsEach} uploads of ${rows.toLocaleString('en')} rows (${megabytes.toFixed(1)} MB each), at once; IMPORT_CONCURRENCY=${process.env.IMPORT_CONCURRENCY ?? '1'}`,
    );
    console.log(`server at rest: ${residentMb(pid).toFixed(0)} MB resident`);

    const samples: { rss: number; health: number }[] = [];
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        samples.push({ rss: residentMb(pid), health: await healthMs(server.url) });
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();

    const started = performance.now();
    const answers = await Promise.all(
      schools.flatMap((school) =>
        Array.from({ length: uploadsEach }, async () => {
          const response = await fetch(
            `${server.url}/api/organisations/${school.id}/imports?projectId=${school.projectId}&fileName=load.csv`,
            {
              method: 'POST',
              headers: { 'content-type': 'text/csv', cookie: school.coordinator.cookie, origin: server.url },
              body: school.file,
            },
          );
          const body = (await response.json()) as { id?: string };
          return { school, status: response.status, id: body.id };
        }),
      ),
    );
    const accepted = answers.filter((answer) => answer.status === 202);
    const refused = answers.filter((answer) => answer.status === 429);
    console.log(
      `accepted ${accepted.length}, refused with 429 ${refused.length}, other ${answers.length - accepted.length - refused.length}`,
    );

    for (;;) {
      const jobs = await Promise.all(
        accepted.map((answer) =>
          answer.school.coordinator.call<{ status: string }>(
            'import.get',
            { organisationId: answer.school.id, id: answer.id },
            'GET',
          ),
        ),
      );
      if (jobs.every((job) => !['queued', 'analysing'].includes(job.status))) {
        console.log(`dry runs ended: ${jobs.map((job) => job.status).join(', ')}`);
        break;
      }
      if (server.process.exitCode !== null) throw new Error('the server died');
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const elapsed = (performance.now() - started) / 1000;
    sampling = false;
    await sampler;
    const health = samples.map((sample) => sample.health).sort((a, b) => a - b);
    const at = (q: number) => health[Math.min(health.length - 1, Math.floor(q * health.length))] ?? 0;
    console.log(
      `all dry runs done after ${elapsed.toFixed(1)} s; the server is ${server.process.exitCode === null ? 'up' : 'DOWN'}`,
    );
    console.log(`peak resident memory ${Math.max(...samples.map((sample) => sample.rss)).toFixed(0)} MB`);
    console.log(
      `/healthz over ${health.length} samples: median ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${at(1).toFixed(0)} ms`,
    );
  } finally {
    server.process.kill('SIGTERM');
  }
}

await withDatabase(
  process.env.BENCH_DATABASE_URL || undefined,
  path.join(benchDataDir, 'postgres-import'),
  { sharedBuffers: '256MB' },
  benchmark,
);
