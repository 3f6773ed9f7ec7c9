import { importLeaseName } from '@mobilis/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importJobSettled, runImportJob, setImportConcurrency } from '../src/exchange/import-jobs.js';
import { csvText, type ExchangeWorld, exchangeWorld, templateFileRows } from './support/exchange.js';
import { createTestApi, type TestApi } from './support/harness.js';

// Several server processes share one database: an organisation's import steps run under its lease, so that one
// process at a time works on them, and a process that stopped leaves the job to whoever takes the lease next.
// Another process is played here by a lease row this process does not hold.

let api: TestApi;
let world: ExchangeWorld;
beforeAll(async () => {
  api = await createTestApi();
  world = await exchangeWorld(api, 730_001);
});
afterAll(async () => {
  await world.client.app.close();
  await api.close();
});

const jobOf = (id: string) => world.coordinator.import.get({ organisationId: world.organisationId, id });

async function leaseHeldElsewhere(expiresInSeconds: number, progress: unknown = null) {
  await api.database.db
    .insertInto('workLease')
    .values({
      name: importLeaseName(world.organisationId),
      holder: 'another-host:4242:0badf00d',
      expiresAt: sql<Date>`clock_timestamp() + ${`${expiresInSeconds} seconds`}::interval`,
      progress: progress === null ? null : JSON.stringify(progress),
    })
    .onConflict((oc) =>
      oc.column('name').doUpdateSet((eb) => ({
        holder: eb.ref('excluded.holder'),
        expiresAt: eb.ref('excluded.expiresAt'),
        progress: eb.ref('excluded.progress'),
      })),
    )
    .execute();
}

const deps = () => ({ db: api.database.db, clock: api.services.clock });

describe('import jobs across server processes', () => {
  it('leaves an organisation alone while another process holds its lease, and takes the job over once the lease runs out', async () => {
    await leaseHeldElsewhere(600);
    const id = await world.client.upload(csvText(templateFileRows(world.grantAgreementNumber, 3, 1)));
    expect((await jobOf(id)).status).toBe('queued');
    await runImportJob(deps(), id);
    expect((await jobOf(id)).status).toBe('queued');

    // That process stopped: its lease runs out, and this one resumes the job.
    await leaseHeldElsewhere(-1);
    await runImportJob(deps(), id);
    expect((await jobOf(id)).report?.counts).toMatchObject({ rows: 3, rejected: 0 });
    expect((await jobOf(id)).status).toBe('ready');
    // Done, it lets go of the lease.
    const lease = await api.database.db
      .selectFrom('workLease')
      .select('holder')
      .where('name', '=', importLeaseName(world.organisationId))
      .executeTakeFirst();
    expect(lease).toBeUndefined();
  });

  it('shows the progress of a commit another process is writing, and writes it once when that process stops', async () => {
    const id = await world.client.upload(csvText(templateFileRows(world.grantAgreementNumber, 4, 100)));
    setImportConcurrency(0);
    try {
      await world.coordinator.import.confirm({ organisationId: world.organisationId, id });
      await leaseHeldElsewhere(600, { jobId: id, rowsWritten: 3 });
      expect(await jobOf(id)).toMatchObject({ status: 'committing', rowsWritten: 3 });
    } finally {
      setImportConcurrency(1);
    }
    await importJobSettled(id);
    expect((await jobOf(id)).status).toBe('committing');

    await leaseHeldElsewhere(-1, { jobId: id, rowsWritten: 3 });
    await runImportJob(deps(), id);
    // Four participants, their four mobilities, and the two partner schools they name.
    expect(await jobOf(id)).toMatchObject({ status: 'committed', rowsWritten: 10 });
    await runImportJob(deps(), id);
    const written = await api.database.db
      .selectFrom('participant')
      .select('email')
      .where('organisationId', '=', world.organisationId)
      .where('email', 'like', 'pupil10_@schule.example')
      .execute();
    expect(written).toHaveLength(4);
  });
});
