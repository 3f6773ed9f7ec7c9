import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

export const admin = { email: 'admin@mobilis.test', password: 'correct-horse-battery-staple' };

/** The environment that makes the server create the administrator above on its first start. */
export const adminEnv = { MOBILIS_ADMIN_EMAIL: admin.email, MOBILIS_ADMIN_PASSWORD: admin.password };

export async function signIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((address) => address.pathname !== '/login');
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('banner').locator('button[aria-haspopup="menu"]').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.waitForURL((address) => address.pathname === '/login');
}

/** Chooses an option of a Mantine Select, typing first when it is searchable. */
export async function choose(
  page: Page,
  scope: Page | ReturnType<Page['getByRole']>,
  field: string,
  option: string,
) {
  const input = scope.getByRole('combobox', { name: field });
  await input.click();
  if ((await input.getAttribute('readonly')) === null) await input.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Reads the one-time link that the outbox holds for `to`, as an administrator does when the server has no mail
 * server: in a browser context of its own, so the page under test keeps its session.
 */
export async function linkFromOutbox(
  browser: Browser,
  url: string,
  to: string,
  kind: RegExp,
): Promise<string> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signIn(page, url, admin.email, admin.password);
    return await readOutboxLink(page, url, to, kind);
  } finally {
    await context.close();
  }
}

/** On a page signed in as an administrator: the path and fragment of the link sent to `to`. */
export async function readOutboxLink(page: Page, url: string, to: string, kind: RegExp): Promise<string> {
  await page.goto(`${url}/admin/outbox`);
  await page.getByRole('row', { name: to }).first().getByRole('button').click();
  const dialog = page.getByRole('dialog');
  const body = (await dialog.getByTestId('message-body').textContent()) ?? '';
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  const link = body.match(/https?:\/\/\S+/)?.[0];
  expect(link, `a link in the message to ${to}:\n${body}`).toMatch(kind);
  // The link names MOBILIS_PUBLIC_URL's host (localhost): stay on the address the tests use.
  const { pathname, hash } = new URL(link as string);
  return `${pathname}${hash}`;
}

/** Runs axe-core on the page and returns its serious and critical violations, described for a failure message. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes
          .map((node) => node.target.join(' '))
          .join('\n  ')}`,
    );
}
