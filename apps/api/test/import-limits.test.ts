import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { importJobSettled, setImportConcurrency } from '../src/exchange/import-jobs.js';
import { uploadLimits, uploadsInFlight } from '../src/exchange/upload-slots.js';
import { WorkGate } from '../src/exchange/work-gate.js';
import { type ExchangeWorld, exchangeWorld } from './support/exchange.js';
import { createTestApi, type TestApi } from './support/harness.js';

// One coordinator must not be able to take the server down within the documented limits: uploads held at once,
// unfinished jobs per organisation and import steps at work are all bounded, and what waits says so.

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterEach(() => setImportConcurrency(1));
afterAll(() => api.close());

const smallFile = Buffer.from('Given name,Family name\nAna,Silva\n', 'utf8');
let serial = 700_000;

async function world(): Promise<ExchangeWorld> {
  serial += 1;
  return exchangeWorld(api, serial);
}

async function upload(target: ExchangeWorld) {
  const response = await target.client.app.inject({
    method: 'POST',
    url: `/api/organisations/${target.organisationId}/imports?projectId=${target.projectId}&fileName=f.csv`,
    headers: { 'content-type': 'text/csv', cookie: `mobilis_session=${target.coordinator.cookie.value}` },
    payload: smallFile,
  });
  return { status: response.statusCode, body: response.json() as { id?: string; error?: string } };
}

const jobOf = (target: ExchangeWorld, id: string) =>
  target.coordinator.import.get({ organisationId: target.organisationId, id });

describe('import work: one step at a time per process, never two of one organisation', () => {
  it('keeps dry runs queued while the server is busy, says how many are ahead, then runs each in turn', async () => {
    const [a, b] = [await world(), await world()];
    setImportConcurrency(0);
    const a1 = (await upload(a)).body.id as string;
    const b1 = (await upload(b)).body.id as string;
    const a2 = (await upload(a)).body.id as string;
    const waiting = [await jobOf(a, a1), await jobOf(b, b1), await jobOf(a, a2)];
    expect(waiting.map((job) => [job.status, job.jobsAhead])).toEqual([
      ['queued', 0],
      ['queued', 1],
      ['queued', 2],
    ]);

    setImportConcurrency(1);
    await Promise.all([a1, b1, a2].map(importJobSettled));
    for (const [target, id] of [
      [a, a1],
      [b, b1],
      [a, a2],
    ] as const) {
      expect((await jobOf(target, id)).status).toBe('ready');
    }
  });

  it('starts at most `capacity` tasks, one per key, in the order they came', async () => {
    const gate = new WorkGate(() => 2);
    const started: string[] = [];
    let atOnce = 0;
    let most = 0;
    const task = (name: string) => async () => {
      started.push(name);
      atOnce += 1;
      most = Math.max(most, atOnce);
      await new Promise((resolve) => setTimeout(resolve, 5));
      atOnce -= 1;
    };
    await Promise.all([
      gate.run('school-a', task('a1')),
      gate.run('school-a', task('a2')),
      gate.run('school-b', task('b1')),
      gate.run('school-c', task('c1')),
    ]);
    expect(most).toBe(2);
    // a2 waits for a1 (same organisation) and lets b1 pass; then the line moves in order.
    expect(started.slice(0, 2)).toEqual(['a1', 'b1']);
    expect(started.toSorted()).toEqual(['a1', 'a2', 'b1', 'c1']);
  });
});

describe('uploads: bounded before the file is read', () => {
  it(`refuses an organisation's upload beyond ${uploadLimits.unfinishedJobsPerOrganisation} unfinished imports with 429, storing nothing`, async () => {
    const target = await world();
    setImportConcurrency(0);
    const accepted = [];
    for (let n = 0; n < uploadLimits.unfinishedJobsPerOrganisation; n += 1)
      accepted.push(await upload(target));
    expect(accepted.map((response) => response.status)).toEqual([202, 202, 202]);
    const refused = await upload(target);
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatch(/imports of this organisation are still running or waiting/);
    const stored = await api.database.db
      .selectFrom('importJob')
      .select('id')
      .where('organisationId', '=', target.organisationId)
      .execute();
    expect(stored).toHaveLength(uploadLimits.unfinishedJobsPerOrganisation);
    setImportConcurrency(1);
    await Promise.all(accepted.map((response) => importJobSettled(response.body.id as string)));
  });

  it(`refuses an organisation's upload while ${uploadLimits.perOrganisation} are still arriving, and takes one once they end`, async () => {
    const target = await world();
    await target.client.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = target.client.app.server.address() as AddressInfo;
    const path = `/api/organisations/${target.organisationId}/imports?projectId=${target.projectId}&fileName=f.csv`;
    // Uploads that announce 20 MB and send 1 kB: the slow sender's way of holding the server's memory.
    const slow = Array.from({ length: uploadLimits.perOrganisation }, () => {
      const request = httpRequest({
        port,
        host: '127.0.0.1',
        method: 'POST',
        path,
        headers: {
          'content-type': 'text/csv',
          'content-length': String(20 * 1024 * 1024),
          cookie: `mobilis_session=${target.coordinator.cookie.value}`,
        },
      });
      request.on('error', () => {});
      request.write(Buffer.alloc(1024, 0x41));
      return request;
    });
    await vi.waitFor(() => expect(uploadsInFlight(target.organisationId)).toBe(uploadLimits.perOrganisation));

    const oneMore = await upload(target);
    expect(oneMore.status).toBe(429);
    expect(oneMore.body.error).toMatch(/Too many files are being uploaded/);

    for (const request of slow) request.destroy();
    await vi.waitFor(() => expect(uploadsInFlight(target.organisationId)).toBe(0));
    const fourth = await upload(target);
    expect(fourth.status).toBe(202);
    await importJobSettled(fourth.body.id as string);
    await target.client.app.close();
  });
});
