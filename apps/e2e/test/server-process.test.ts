import { afterAll, describe, expect, it } from 'vitest';
import { embeddedDatabase, runServerToExit, type ServerDatabase, startServer } from './support/server.js';

const disposables: ServerDatabase[] = [];
afterAll(async () => {
  await Promise.all(disposables.map((database) => database.dispose()));
});

async function systemInfo(url: string) {
  const response = await fetch(`${url}/trpc/system.info`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { result: { data: unknown } }).result.data as {
    version: string;
    database: { kind: string };
    instance: { id: string };
  };
}

describe('the production server', () => {
  it('keeps its embedded data across a graceful restart', async () => {
    const database = await embeddedDatabase();
    disposables.push(database);

    const first = await startServer(database.env);
    const before = await systemInfo(first.url);
    expect(before.database.kind).toBe('embedded');
    expect(await first.stop()).toBe(0);
    expect(first.output()).toContain('database closed');
    // Background work waits for the schema: no round met a table the migrations had not made yet.
    expect(first.output()).not.toMatch(/does not exist|round failed/);

    const second = await startServer(database.env);
    expect((await systemInfo(second.url)).instance.id).toBe(before.instance.id);
    expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
    expect(await second.stop()).toBe(0);
  });

  it('serves the built console for client-side routes', async () => {
    const database = await embeddedDatabase();
    disposables.push(database);
    const server = await startServer(database.env);
    const page = await fetch(`${server.url}/about`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"></div>');
    await server.stop();
  });

  it('refuses to start on a bad setting and names the variable', async () => {
    const { code, output } = await runServerToExit({ PORT: 'eighty', DATABASE_URL: 'mysql://nowhere/db' });
    expect(code).toBe(1);
    expect(output).toMatch(/PORT: /);
    expect(output).toMatch(/DATABASE_URL: must be a postgres/);
  });

  it('never writes request inputs or query strings to its log', async () => {
    const database = await embeddedDatabase();
    disposables.push(database);
    const server = await startServer(database.env);
    await fetch(
      `${server.url}/trpc/system.info?input=${encodeURIComponent('{"secret":"maria.rossi@example.org"}')}`,
    );
    await server.stop();
    expect(server.output()).toContain('/trpc/system.info');
    expect(server.output()).not.toContain('maria.rossi');
  });

  it.runIf(process.env.TEST_DATABASE_URL)('runs on PostgreSQL when DATABASE_URL is set', async () => {
    const { testDatabase } = await import('./support/server.js');
    const database = await testDatabase();
    disposables.push(database);
    const server = await startServer(database.env);
    expect((await systemInfo(server.url)).database.kind).toBe('postgresql');
    expect(await server.stop()).toBe(0);
  });
});
