import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchBrowser } from './support/browser.js';
import { admin, seriousA11yViolations, signOut, watchPolicyViolations } from './support/console.js';
import { type RunningServer, type ServerDatabase, startServer, testDatabase } from './support/server.js';

const chromiumPath = findChromium();

/** What the administrator's authenticator app shows, `stepsAhead` 30-second steps from now. */
function codeOf(key: string, stepsAhead = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(key.replace(/\s+/g, '')), digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + stepsAhead * 30_000 });
}

// The server as shipped: administrators sign in in two steps. The browser uses the address the server names in its
// links (localhost), as passkeys belong to that host.
describe.skipIf(!chromiumPath)('two-step sign-in for administrators, in the browser', () => {
  let database: ServerDatabase;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let violations: string[];
  let key: string;
  let recoveryCode: string;
  let url: string;

  beforeAll(async () => {
    database = await testDatabase();
    server = await startServer({
      ...database.env,
      MOBILIS_ADMIN_EMAIL: admin.email,
      MOBILIS_ADMIN_PASSWORD: admin.password,
    });
    url = server.url.replace('127.0.0.1', 'localhost');
    browser = await launchBrowser(chromiumPath as string);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    violations = watchPolicyViolations(page);
    // A passkey on the "device": Chromium's virtual authenticator, which verifies the user at once.
    const devtools = await context.newCDPSession(page);
    await devtools.send('WebAuthn.enable');
    await devtools.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.dispose();
  });

  it('sends an administrator signed in with the password alone to set up an authenticator app first', async () => {
    await page.goto(`${url}/login`);
    await page.getByRole('textbox', { name: 'Email' }).fill(admin.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((address) => address.pathname === '/account');
    await page.getByText('Administrators sign in in two steps').waitFor();
    await page.goto(`${url}/admin/organisations`);
    await page.waitForURL((address) => address.pathname === '/account');
  });

  it('enrols the app from its QR code or key, and shows ten recovery codes once', async () => {
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await page.getByRole('img', { name: 'QR code to scan with your authenticator app' }).waitFor();
    key = (await page.getByTestId('authenticator-key').textContent()) ?? '';
    expect(key.replace(/\s+/g, '')).toMatch(/^[A-Z2-7]{32}$/);

    await page.getByRole('textbox', { name: /6-digit code/ }).fill('000000');
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await page.getByText('This code is not right').waitFor();
    await page.getByRole('textbox', { name: /6-digit code/ }).fill(codeOf(key));
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();

    const codes = page.getByTestId('recovery-codes').getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    recoveryCode = (await codes.first().textContent()) ?? '';
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'I have kept them' }).click();
    await page.getByText('10 of 10 recovery codes left').waitFor();

    // The administration opens now, in this session.
    await page.goto(`${url}/admin/organisations`);
    await page.getByRole('heading', { name: 'Organisations' }).waitFor();
  });

  it('signs in again with the password and a code from the app', async () => {
    await signOut(page);
    await page.getByRole('textbox', { name: 'Email' }).fill(admin.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Two-step sign-in' }).waitFor();
    // The code used to turn the app on was this step's: the next one is what the app shows a moment later.
    await page.getByRole('textbox', { name: 'Code' }).fill(codeOf(key, 1));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Organisations' }).waitFor();
  });

  it('takes a recovery code when the phone is not at hand, once', async () => {
    await signOut(page);
    await page.getByRole('textbox', { name: 'Email' }).fill(admin.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('textbox', { name: 'Code' }).fill(recoveryCode);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Organisations' }).waitFor();
    await page.goto(`${url}/account`);
    await page.getByText('9 of 10 recovery codes left').waitFor();
    expect(violations).toEqual([]);
  });

  it('adds a passkey, and signs in with it in place of a code', async () => {
    await page.getByRole('textbox', { name: 'Name of the new passkey' }).fill('This laptop');
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await page.getByText('Passkey added').waitFor();
    await page
      .getByRole('table', { name: 'Passkeys' })
      .getByRole('cell', { name: 'This laptop', exact: true })
      .waitFor();

    await signOut(page);
    await page.getByRole('textbox', { name: 'Email' }).fill(admin.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Two-step sign-in' }).waitFor();
    await page.getByRole('button', { name: 'Use a passkey' }).click();
    await page.getByRole('heading', { name: 'Organisations' }).waitFor();
    await page.goto(`${url}/account`);
    const used = page.getByRole('table', { name: 'Passkeys' }).getByRole('row', { name: /This laptop/ });
    expect(await used.textContent()).not.toContain('never');
    expect(violations).toEqual([]);
  });
});
