import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server.js';
import { createTestApi, type TestApi } from './support/harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const token = 'a-scraper-token-of-some-length';

describe('/metrics', () => {
  it('does not exist without METRICS_TOKEN', async () => {
    const app = await buildServer({ services: api.services });
    expect((await app.inject({ url: '/metrics' })).statusCode).toBe(404);
    await app.close();
  });

  it('answers a scraper holding the token, in Prometheus text, with no ids in the routes it names', async () => {
    const app = await buildServer({
      services: { ...api.services, config: { ...api.services.config, metricsToken: token } },
    });
    try {
      expect((await app.inject({ url: '/metrics' })).statusCode).toBe(401);
      expect(
        (await app.inject({ url: '/metrics', headers: { authorization: 'Bearer wrong' } })).statusCode,
      ).toBe(401);
      const organisationId = (await api.createOrganisation()).id;
      await app.inject({ url: '/healthz' });
      await app.inject({ url: `/api/organisations/${organisationId}/exports/participants.csv` });

      const metrics = await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${token}` } });
      expect(metrics.statusCode).toBe(200);
      expect(metrics.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(metrics.body).toContain('process_resident_memory_bytes');
      expect(metrics.body).toContain('nodejs_eventloop_lag_seconds');
      expect(metrics.body).toMatch(
        /http_request_duration_seconds_count\{route="\/healthz",method="GET",status="200"\} 1/,
      );
      expect(metrics.body).toContain(
        'route="/api/organisations/:organisationId/exports/participants.:format"',
      );
      expect(metrics.body).not.toContain(organisationId);
    } finally {
      await app.close();
    }
  });
});
