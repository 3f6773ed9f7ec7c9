import path from 'node:path';
import { grantAgreementNumber, templateCsv } from './import-file.js';
import { benchDataDir, withDatabase } from './postgres-server.js';
import { benchAdmin, freshDatabase, residentMb, Session, startServer } from './server-process.js';

// Whether the server's memory levels off under steady use: the production server on its own PostgreSQL database,
// an organisation filled through the import (BENCH_SOAK_ROWS pupils with a planned mobility and its surveys), then
// BENCH_SOAK_CONCURRENCY callers (50) asking for participant and mobility lists, survey statistics and outcome
// analytics, without pause, for BENCH_SOAK_MINUTES (10). Prints the resident memory every minute and the calls made.

const rows = Number(process.env.BENCH_SOAK_ROWS || 20_000);
const concurrency = Number(process.env.BENCH_SOAK_CONCURRENCY || 50);
const minutes = Number(process.env.BENCH_SOAK_MINUTES || 10);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForJob(coordinator: Session, organisationId: string, id: string, until: string[]) {
  for (;;) {
    const job = await coordinator.call<{ status: string; error: string | null }>(
      'import.get',
      { organisationId, id },
      'GET',
    );
    if (until.includes(job.status)) return job;
    if (job.status === 'failed') throw new Error(`import failed: ${job.error}`);
    await sleep(1000);
  }
}

async function benchmark(serverUrl: string) {
  const server = await startServer(await freshDatabase(serverUrl, 'mobilis_soak'));
  const pid = server.process.pid as number;
  try {
    const administrator = new Session(server.url);
    await administrator.call('auth.login', benchAdmin);
    const { id: organisationId } = await administrator.call<{ id: string }>('organisation.create', {
      legalName: 'Soak bench school',
      oid: 'E10777999',
      country: 'DE',
      city: 'Berlin',
      type: 'school',
    });
    const { invitationLink } = await administrator.call<{ invitationLink: string }>('member.invite', {
      organisationId,
      email: 'coordinator@soak.example',
      displayName: 'Soak coordinator',
      role: 'coordinator',
    });
    const coordinator = new Session(server.url);
    await coordinator.call('auth.acceptInvitation', {
      token: invitationLink.split('#')[1],
      password: 'a-bench-coordinator-password',
    });
    const { id: projectId } = await coordinator.call<{ id: string }>('project.create', {
      organisationId,
      beneficiaryOrganisationId: organisationId,
      grantAgreementNumber,
      title: 'Soak bench',
      actionType: 'KA122',
      field: 'school_education',
      startDate: '2027-01-01',
      endDate: '2028-06-30',
      consortiumMemberIds: [],
    });
    const upload = await fetch(
      `${server.url}/api/organisations/${organisationId}/imports?projectId=${projectId}&fileName=soak.csv`,
      {
        method: 'POST',
        headers: { 'content-type': 'text/csv', cookie: coordinator.cookie, origin: server.url },
        body: templateCsv(rows),
      },
    );
    const { id: jobId } = (await upload.json()) as { id: string };
    await waitForJob(coordinator, organisationId, jobId, ['ready']);
    await coordinator.call('import.confirm', { organisationId, id: jobId });
    await waitForJob(coordinator, organisationId, jobId, ['committed']);
    console.log(
      `${rows.toLocaleString('en')} pupils and mobilities imported; at rest ${residentMb(pid).toFixed(0)} MB`,
    );

    const asks: Array<[string, unknown]> = [
      ['participant.list', { organisationId, limit: 50 }],
      ['participant.list', { organisationId, limit: 50, search: 'Pupil1' }],
      ['mobility.list', { organisationId, limit: 50 }],
      ['mobility.list', { organisationId, limit: 50, projectId }],
      ['survey.projectStats', { organisationId, projectId }],
      ['survey.outstanding', { organisationId, projectId }],
      ['analytics.overview', { organisationId, breakdown: 'gender' }],
    ];
    const started = Date.now();
    const end = started + minutes * 60_000;
    let calls = 0;
    let failures = 0;
    const reasons = new Map<string, string>();
    const workers = Array.from({ length: concurrency }, async (_, worker) => {
      for (let n = worker; Date.now() < end; n += 1) {
        const [procedure, input] = asks[n % asks.length] as [string, unknown];
        try {
          await coordinator.call(procedure, input, 'GET');
          calls += 1;
        } catch (error) {
          failures += 1;
          if (!reasons.has(procedure)) {
            reasons.set(procedure, String(error));
            console.log(`first failure of ${procedure}: ${String(error).slice(0, 300)}`);
          }
        }
      }
    });
    const samples: string[] = [];
    const sampler = (async () => {
      for (let minute = 1; minute <= minutes; minute += 1) {
        await sleep(Math.max(0, started + minute * 60_000 - Date.now()));
        samples.push(`| ${minute} | ${residentMb(pid).toFixed(0)} MB | ${calls.toLocaleString('en')} |`);
        console.log(samples.at(-1));
      }
    })();
    await Promise.all([...workers, sampler]);
    console.log(`| minute | resident memory | calls so far |\n|---|---|---|\n${samples.join('\n')}`);
    console.log(
      `${calls.toLocaleString('en')} calls, ${failures} failed, ${(calls / minutes / 60).toFixed(0)} per second`,
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
