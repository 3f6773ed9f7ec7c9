import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server.js';
import { serverVersion } from '../src/version.js';
import { createTestApi, type TestApi } from './support/harness.js';

let api: TestApi;
let webDir: string;
let app: FastifyInstance;

beforeAll(async () => {
  api = await createTestApi();
  webDir = await mkdtemp(path.join(tmpdir(), 'mobilis-web-'));
  await writeFile(
    path.join(webDir, 'index.html'),
    '<!doctype html><title>Mobilis</title><div id="root"></div>',
  );
  app = await buildServer({ services: api.services, webDir });
});

afterAll(async () => {
  await app.close();
  await api.close();
  await rm(webDir, { recursive: true, force: true });
});

describe('system.info', () => {
  it('reports the server version and the database it runs on', async () => {
    const caller = await api.caller();
    const info = await caller.system.info();
    expect(info.version).toBe(serverVersion);
    expect(info.database.kind).toBe(process.env.TEST_DATABASE_URL ? 'postgresql' : 'embedded');
    expect(await caller.system.info()).toEqual(info);
    // The exact database build only to signed-in people.
    expect(info.database.engineVersion).toBeNull();
    const signedIn = await api.signIn((await api.createUser()).email);
    expect((await signedIn.system.info()).database.engineVersion).toMatch(/^\d+\.\d+/);
  });

  it('answers over HTTP at /trpc', async () => {
    const response = await app.inject('/trpc/system.info');
    expect(response.statusCode).toBe(200);
    expect(response.json().result.data.version).toBe(serverVersion);
    expect(response.headers['x-request-id']).toBeTruthy();
  });
});

describe('HTTP surface', () => {
  it('answers /healthz with 200 while the database answers', async () => {
    const response = await app.inject('/healthz');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok' });
  });

  it('serves the console at / and falls back to index.html for client-side routes', async () => {
    for (const url of ['/', '/about', '/projects/123/participants?page=2']) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.body).toContain('<div id="root">');
    }
  });

  it('serves the console for a reloaded address with a dot in it, as a browser asks for it', async () => {
    const response = await app.inject({
      url: '/o/1/outcomes/cefr.reading?callYear=2024',
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<div id="root">');
  });

  it('answers 404 for a missing file or procedure, not the console page', async () => {
    expect((await app.inject('/assets/missing.js')).statusCode).toBe(404);
    expect(
      (await app.inject({ url: '/assets/missing.js', headers: { accept: 'text/html' } })).statusCode,
    ).toBe(404);
    expect((await app.inject('/favicon-missing.png')).statusCode).toBe(404);
    const procedure = await app.inject('/trpc/system.nothing');
    expect(procedure.statusCode).toBe(404);
    const body = JSON.stringify(procedure.json());
    expect(body).toContain('NOT_FOUND');
    expect(body).not.toContain('stack');
    expect(body).not.toMatch(/\.ts:\d+/);
  });

  it('keeps a request id given by a proxy, and makes one otherwise', async () => {
    const given = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'proxy-123' } });
    expect(given.headers['x-request-id']).toBe('proxy-123');
    const unsafe = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'bad id\nwith newline' } });
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('/healthz when the database is down', () => {
  it('answers 503', async () => {
    const brokenApp = await buildServer({
      services: {
        ...api.services,
        database: {
          ...api.database,
          db: api.database.db.withPlugin({
            transformQuery: () => {
              throw new Error('connection refused');
            },
            transformResult: async (args) => args.result,
          }),
        },
      },
    });
    const response = await brokenApp.inject('/healthz');
    expect(response.statusCode).toBe(503);
    await brokenApp.close();
  });
});
