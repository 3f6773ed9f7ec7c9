import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const admin = { email: 'admin@mobilis.test', password: 'correct-horse-battery-staple' };

/**
 * The environment that makes the server create the administrator above on its first start. Administrators sign in
 * with the password alone here; second-factor.test.ts runs the server as shipped, where they need a second step.
 */
export const adminEnv = {
  MOBILIS_ADMIN_EMAIL: admin.email,
  MOBILIS_ADMIN_PASSWORD: admin.password,
  MOBILIS_ADMIN_SECOND_FACTOR: 'optional',
};

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

export interface OrganisationProfile {
  name: string;
  oid: string;
  type: string;
  country: string;
  city: string;
}

/** As an administrator on the Organisations page: creates an organisation and returns its id. */
export async function createOrganisation(
  page: Page,
  url: string,
  profile: OrganisationProfile,
): Promise<string> {
  await page.goto(`${url}/admin/organisations`);
  await page.getByRole('button', { name: 'New organisation' }).click();
  const dialog = page.getByRole('dialog', { name: 'New organisation' });
  await dialog.getByRole('textbox', { name: 'Legal name' }).fill(profile.name);
  await dialog.getByRole('textbox', { name: 'OID' }).fill(profile.oid);
  await choose(page, dialog, 'Type', profile.type);
  await choose(page, dialog, 'Country', profile.country);
  await dialog.getByRole('textbox', { name: 'City' }).fill(profile.city);
  await dialog.getByRole('button', { name: 'Create organisation' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('link', { name: profile.name }).click();
  await page.getByRole('heading', { name: profile.name }).waitFor();
  const id = /\/o\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1];
  expect(id, `the address of ${profile.name}`).toBeDefined();
  return id as string;
}

/**
 * On an organisation's Members page: invites a person. Where the server sends no e-mail the inviter is given the
 * link to pass on, whose path and fragment this returns; otherwise null (the link went by e-mail).
 */
export async function inviteMember(
  page: Page,
  person: { name: string; email: string },
  role: string,
): Promise<string | null> {
  await page.getByRole('button', { name: 'Invite member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite a member' });
  await dialog.getByRole('textbox', { name: /^Name/ }).fill(person.name);
  await dialog.getByRole('textbox', { name: 'Email' }).fill(person.email);
  await choose(page, dialog, 'Role', role);
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const row = page.getByRole('row', { name: person.email });
  await row.getByText('Invitation pending').waitFor();
  const passOn = page.getByRole('dialog', { name: 'Pass the invitation on' });
  const notice = page.getByText(`We e-mailed ${person.email} the invitation.`);
  await passOn.or(notice).first().waitFor();
  if (!(await passOn.isVisible())) return null;
  const link = (await passOn.getByTestId('invitation-link').textContent()) ?? '';
  await passOn.getByRole('button', { name: 'Close', exact: true }).last().click();
  await passOn.waitFor({ state: 'hidden' });
  // The link names MOBILIS_PUBLIC_URL's host (localhost): stay on the address the tests use.
  const { pathname, hash } = new URL(link);
  return `${pathname}${hash}`;
}

/** Follows an invitation link on a page that nobody is signed in to, which signs the person in. */
export async function acceptInvitation(
  page: Page,
  url: string,
  link: string,
  password: string,
): Promise<void> {
  expect(link).toMatch(/\/accept-invitation#[\w-]{43}$/);
  await page.goto(`${url}${link}`);
  await page.getByRole('textbox', { name: 'Choose a password' }).fill(password);
  await page.getByRole('button', { name: 'Accept and sign in' }).click();
  await page.waitForURL((address) => address.pathname.startsWith('/o/'));
}

/** Collects what the browser says about the content security policy (a refused script, style, frame or eval). */
export function watchPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/content security policy|refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
