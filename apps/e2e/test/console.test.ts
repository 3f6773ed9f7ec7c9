import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchBrowser } from './support/browser.js';
import { admin, adminEnv, signIn, watchPolicyViolations } from './support/console.js';
import { type RunningServer, type ServerDatabase, startServer, testDatabase } from './support/server.js';

const chromiumPath = findChromium();
const apiVersion = JSON.parse(
  readFileSync(new URL('../../api/package.json', import.meta.url), 'utf8'),
).version;

describe.skipIf(!chromiumPath)('the console in a browser', () => {
  let database: ServerDatabase;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    database = await testDatabase();
    server = await startServer({ ...database.env, ...adminEnv });
    browser = await launchBrowser(chromiumPath as string);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.dispose();
  });

  it('refuses an injected inline script under its content security policy, and the browser says so', async () => {
    const fresh = await browser.newPage();
    const violations = watchPolicyViolations(fresh);
    await fresh.goto(`${server.url}/login`);
    // As markup smuggled into the page would: a script element with inline code.
    const injected = await fresh.evaluate(`(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
      return 'injected' in window;
    })()`);
    expect(injected).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThanOrEqual(1);
    await fresh.close();
  });

  it('loads, and after sign-in shows the server version and database on the About page', async () => {
    await signIn(page, server.url, admin.email, admin.password);
    await page.getByRole('link', { name: 'About this server' }).click();
    await page.getByTestId('server-version').waitFor();
    expect(page.url()).toBe(`${server.url}/about`);
    expect(await page.getByTestId('server-version').textContent()).toBe(apiVersion);
    const kind = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'Embedded (PGlite)';
    expect(await page.getByTestId('database-kind').textContent()).toBe(kind);
  });

  it('shows its own page for an address that does not exist', async () => {
    await page.goto(`${server.url}/no/such/page`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await page.getByRole('link', { name: 'Back to the overview' }).click();
    // An administrator of a server without organisations starts on the list of organisations.
    await page.getByRole('heading', { name: 'Organisations' }).waitFor();
  });
});
