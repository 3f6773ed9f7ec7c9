import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareFirstStart } from '../src/bootstrap.js';
import { type DemoSummary, seedDemo } from '../src/demo/seed-demo.js';
import { createTestApi, type TestApi } from './support/harness.js';

let api: TestApi;
let summary: DemoSummary;

beforeAll(async () => {
  api = await createTestApi();
  summary = await seedDemo(api.services, { password: 'demo password for tests' });
}, 120_000);
afterAll(() => api.close());

describe('the demo', () => {
  it('fills organisations in several countries with participants and mobilities in every status', async () => {
    expect(summary.organisations).toBe(5);
    expect(summary.participants).toBeGreaterThan(300);
    expect(summary.mobilities).toBeGreaterThan(200);
    const statuses = await api.database.db.selectFrom('mobility').select('status').distinct().execute();
    expect(statuses.map((row) => row.status).sort()).toEqual([
      'cancelled',
      'completed',
      'draft',
      'ongoing',
      'planned',
    ]);
    const countries = await api.database.db.selectFrom('organisation').select('country').distinct().execute();
    expect(countries.length).toBe(5);
  });

  it('puts every mobility in a distance band from real city coordinates', async () => {
    const unbanded = await api.database.db
      .selectFrom('mobility')
      .select('id')
      .where('distanceBand', 'is', null)
      .execute();
    expect(unbanded).toEqual([]);
  });

  it('lets its coordinators sign in and see their organisation only', async () => {
    const account = summary.accounts.find((candidate) => candidate.role === 'coordinator');
    const coordinator = await api.signIn(account?.email ?? '', summary.password);
    const me = await coordinator.auth.me();
    expect(me?.memberships).toHaveLength(1);
    const organisationId = me?.memberships[0]?.organisationId ?? '';
    const page = await coordinator.mobility.list({ organisationId, limit: 50 });
    expect(page.total).toBeGreaterThan(10);
    expect((await coordinator.organisation.list()).map((o) => o.id)).toEqual([organisationId]);
  });

  it('still asks for the first administrator, since demo accounts are not administrators', async () => {
    const start = await prepareFirstStart(api.database.db, {
      publicUrl: 'http://localhost:3000',
      now: api.services.clock(),
    });
    expect(start.kind).toBe('setup_link');
  });
});
