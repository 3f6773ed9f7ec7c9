import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchBrowser } from './support/browser.js';
import {
  admin,
  adminEnv,
  choose,
  inviteMember,
  seriousA11yViolations,
  signIn,
  signOut,
} from './support/console.js';
import { linkPath, type Mailbox, mailEnv, startMailbox } from './support/mailbox.js';
import { type RunningServer, type ServerDatabase, startServer, testDatabase } from './support/server.js';

const chromiumPath = findChromium();

const organisation = 'Liceo Scientifico Galileo Galilei';
const coordinator = {
  name: 'Giulia Bianchi',
  email: 'giulia.bianchi@liceo-galilei.test',
  password: 'tre-gatti-sul-tetto-blu',
};
const viewer = {
  name: 'Marco Verdi',
  email: 'marco.verdi@liceo-galilei.test',
  password: 'quattro-cani-nel-prato',
};

// One story, told in order: each step starts where the one before left the page.
describe.skipIf(!chromiumPath)('accounts and organisations in the console', () => {
  let database: ServerDatabase;
  let server: RunningServer;
  let mailbox: Mailbox;
  let browser: Browser;
  let page: Page;
  let organisationId: string;

  beforeAll(async () => {
    database = await testDatabase();
    mailbox = await startMailbox();
    server = await startServer({ ...database.env, ...adminEnv, ...mailEnv(mailbox) });
    browser = await launchBrowser(chromiumPath as string);
    // axe opens a page of its own in the same context, which a page from browser.newPage() does not allow.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await mailbox?.close();
    await database?.dispose();
  });

  it('sends a visitor to the sign-in page, which has no serious accessibility problems', async () => {
    await page.goto(`${server.url}/admin/organisations`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/admin/organisations');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('says only that the email or password is wrong, then signs the administrator in where they were going', async () => {
    await page.getByRole('textbox', { name: 'Email' }).fill(admin.email);
    await page.getByRole('textbox', { name: 'Password' }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Email or password is not correct').waitFor();

    await page.getByRole('textbox', { name: 'Password' }).fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Organisations' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/organisations');
  });

  it('checks a new organisation with the shared schema, then creates it', async () => {
    await page.getByRole('button', { name: 'New organisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'New organisation' });
    await dialog.getByRole('textbox', { name: 'Legal name' }).fill(organisation);
    await dialog.getByRole('textbox', { name: 'OID' }).fill('E1234');
    await dialog.getByRole('button', { name: 'Create organisation' }).click();
    await dialog.getByText('OID must be E followed by 8 digits').waitFor();
    await dialog.getByText('Organisation type is required').waitFor();

    await dialog.getByRole('textbox', { name: 'OID' }).fill('e10123456');
    await choose(page, dialog, 'Type', 'School');
    await choose(page, dialog, 'Country', 'Italy');
    await dialog.getByRole('textbox', { name: 'City' }).fill('Bologna');
    await dialog.getByRole('button', { name: 'Create organisation' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = page.getByRole('row', { name: organisation });
    await row.waitFor();
    expect(await row.textContent()).toContain('E10123456');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  /** The link in the latest e-mail to `to`, as the person would follow it. */
  async function linkMailedTo(to: string, kind: RegExp): Promise<string> {
    const hasLink = (message: { bodyText: string }) => {
      try {
        return Boolean(linkPath(message.bodyText, kind));
      } catch {
        return false;
      }
    };
    return linkPath((await mailbox.waitFor(to, hasLink)).bodyText, kind);
  }

  it('invites a coordinator by e-mail; the outbox shows the message without its link', async () => {
    await page.getByRole('link', { name: organisation }).click();
    await page.getByRole('heading', { name: organisation }).waitFor();
    organisationId = /\/o\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1] as string;
    expect(organisationId).toBeDefined();

    await page.getByRole('link', { name: 'Members', exact: true }).click();
    await page.getByText('No members yet').waitFor();
    expect(await inviteMember(page, coordinator, 'Coordinator')).toBeNull();

    await page.goto(`${server.url}/admin/outbox`);
    await page.getByRole('row', { name: coordinator.email }).first().getByRole('button').click();
    const dialog = page.getByRole('dialog');
    const body = (await dialog.getByTestId('message-body').textContent()) ?? '';
    expect(body).toContain('/accept-invitation#[hidden]');
    expect(body).not.toMatch(/[\w-]{43}/);
    await dialog.getByRole('button', { name: 'Close' }).first().click();
  });

  it('lets the coordinator accept the invitation link from the e-mail and lands them on the organisation', async () => {
    const link = await linkMailedTo(coordinator.email, /\/accept-invitation#[\w-]{43}$/);
    await signOut(page);

    await page.goto(`${server.url}${link}`);
    const password = page.getByRole('textbox', { name: 'Choose a password' });
    await password.waitFor();
    // The token leaves the address bar as soon as the page has read it.
    expect(new URL(page.url()).hash).toBe('');
    await password.fill('too-short');
    await page.getByRole('button', { name: 'Accept and sign in' }).click();
    await page.getByText('Password must be at least 12 characters').waitFor();
    await password.fill(coordinator.password);
    await page.getByRole('button', { name: 'Accept and sign in' }).click();

    await page.getByRole('heading', { name: organisation }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/o/${organisationId}`);
    await page.getByRole('banner').getByRole('button', { name: coordinator.name }).waitFor();
  });

  it('does not let the same invitation link be used twice', async () => {
    const context = await browser.newContext();
    const other = await context.newPage();
    const link = await linkMailedTo(coordinator.email, /\/accept-invitation#[\w-]{43}$/);
    await other.goto(`${server.url}${link}`);
    await other.getByText('This link is not valid any more').waitFor();
    await context.close();
  });

  it('lets the coordinator invite a viewer, on a members page without serious accessibility problems', async () => {
    await page.getByRole('link', { name: 'Members', exact: true }).click();
    await page.getByRole('row', { name: coordinator.email }).waitFor();
    await inviteMember(page, viewer, 'Viewer (read only)');
    expect(await page.getByRole('combobox', { name: `Role of ${viewer.name}` }).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('refuses to leave the organisation without a coordinator', async () => {
    await page.getByRole('button', { name: `Remove ${coordinator.name}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove member' });
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await dialog.getByText('An organisation needs at least one coordinator').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await signOut(page);
  });

  it('shows the viewer the organisation without any button to change it', async () => {
    const link = await linkMailedTo(viewer.email, /\/accept-invitation#[\w-]{43}$/);
    await page.goto(`${server.url}${link}`);
    await page.getByRole('textbox', { name: 'Choose a password' }).fill(viewer.password);
    await page.getByRole('button', { name: 'Accept and sign in' }).click();
    await page.getByRole('heading', { name: organisation }).waitFor();
    expect(await page.getByRole('link', { name: 'Edit profile' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Settings' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Members', exact: true }).click();
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    // The list itself, or the notice that only coordinators see it: either way, nothing to change.
    await page
      .getByRole('table', { name: 'Members' })
      .or(page.getByText('Only coordinators see the member list'))
      .waitFor();
    expect(await page.getByRole('button', { name: 'Invite member' }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: /^Role of/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Remove / }).count()).toBe(0);
  });

  it('signs out to the sign-in page, after which organisation pages send back there', async () => {
    await signOut(page);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.goto(`${server.url}/o/${organisationId}/members`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('redirect')).toBe(`/o/${organisationId}/members`);
  });

  it('answers a password reset request the same whether or not the account exists', async () => {
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('textbox', { name: 'Email' }).fill('nobody@example.org');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText('If an account exists for nobody@example.org').waitFor();
  });

  it('resets a password through the link in the e-mail', async () => {
    await page.goto(`${server.url}/forgot-password`);
    await page.getByRole('textbox', { name: 'Email' }).fill(viewer.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText(`If an account exists for ${viewer.email}`).waitFor();

    const link = await linkMailedTo(viewer.email, /\/reset-password#[\w-]{43}$/);
    await page.goto(`${server.url}${link}`);
    await page.getByRole('textbox', { name: 'New password' }).fill('cinque-pesci-nel-mare');
    await page.getByRole('button', { name: 'Save the password' }).click();
    await page.getByText('Your password is changed').waitFor();
    await signIn(page, server.url, viewer.email, 'cinque-pesci-nel-mare');
    await page.getByRole('heading', { name: organisation }).waitFor();
  });

  it("lets an administrator join an organisation only with a coordinator's approval and their own acceptance", async () => {
    await signOut(page);
    await signIn(page, server.url, admin.email, admin.password);
    await page.goto(`${server.url}/o/${organisationId}/members`);
    await page.getByRole('button', { name: 'Invite member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a member' });
    await dialog.getByRole('textbox', { name: /^Name/ }).fill('Agency Administrator');
    await dialog.getByRole('textbox', { name: 'Email' }).fill(admin.email);
    await choose(page, dialog, 'Role', 'Viewer (read only)');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('A coordinator of the organisation must approve it').waitFor();
    const proposal = page.getByRole('row', { name: admin.email });
    await proposal.getByText('Awaiting approval').waitFor();
    // Proposing is not joining: the data stays closed, and nothing waits for the administrator to accept.
    await page.goto(`${server.url}/o/${organisationId}/participants`);
    await page.getByText('Only members of this organisation see its mobility data').waitFor();
    expect(await page.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    await signOut(page);

    await signIn(page, server.url, coordinator.email, coordinator.password);
    await page.goto(`${server.url}/o/${organisationId}/members`);
    await page.getByRole('row', { name: admin.email }).getByText('a platform administrator').waitFor();
    await page.getByRole('button', { name: /^Approve the invitation of/ }).click();
    await page.getByRole('row', { name: admin.email }).getByText('Invitation pending').waitFor();
    const history = page.getByRole('table', { name: 'Access history' });
    await history.getByText('Platform administrator').first().waitFor();
    await history.getByText('approved the invitation of Agency Administrator').waitFor();
    await signOut(page);

    await signIn(page, server.url, admin.email, admin.password);
    const invitation = page.getByRole('alert').filter({ hasText: `Invitation to ${organisation}` });
    await invitation.getByRole('button', { name: 'Accept' }).click();
    await page.getByText('Invitation accepted').waitFor();
    await page.goto(`${server.url}/o/${organisationId}/participants`);
    await page.getByRole('heading', { name: 'Participants' }).waitFor();
  });
});
