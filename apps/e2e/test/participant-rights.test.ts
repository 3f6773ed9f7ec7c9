import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchBrowser } from './support/browser.js';
import { admin, adminEnv, signIn } from './support/console.js';
import { type RunningServer, type ServerDatabase, startServer, testDatabase } from './support/server.js';
import { ApiSession, inviteMember } from './support/survey-api.js';

// Participants' rights in the console (issue 17). Barrier categories can reveal health or disability (GDPR
// Art. 9): a coordinator sees them only once another coordinator grants access to special categories, on the
// Members page, which the access history records. A participant who asks is erased (Art. 17): their name goes from
// every page, and the record stays without identity.

const chromiumPath = findChromium();

const ana = {
  name: 'Ana Ferreira',
  email: 'ana.ferreira@escola-porto.test',
  password: 'sete-gaivotas-no-douro',
};
const rui = { name: 'Rui Costa', email: 'rui.costa@escola-porto.test', password: 'tres-barcos-no-rio-azul' };

describe.skipIf(!chromiumPath)('participants’ rights in the console', () => {
  let database: ServerDatabase;
  let server: RunningServer;
  let browser: Browser;
  let organisationId: string;
  let participantId: string;

  beforeAll(async () => {
    database = await testDatabase();
    server = await startServer({ ...database.env, ...adminEnv });
    const administrator = await ApiSession.signIn(server.url, admin.email, admin.password);
    organisationId = (
      await administrator.mutate<{ id: string }>('organisation.create', {
        legalName: 'Escola Secundária do Porto',
        oid: 'E10456123',
        country: 'PT',
        city: 'Porto',
        type: 'school',
      })
    ).id;
    const anaApi = await inviteMember(administrator, server.url, organisationId, ana);
    const { userId: anaId } = await anaApi.query<{ userId: string }>('auth.me');
    await inviteMember(anaApi, server.url, organisationId, rui);
    // Ana may record barriers: she gives herself the access (recorded like any grant).
    await anaApi.mutate('member.setSpecialCategoryAccess', { organisationId, userId: anaId, granted: true });
    participantId = (
      await anaApi.mutate<{ id: string }>('participant.create', {
        organisationId,
        givenName: 'Beatriz',
        familyName: 'Santos',
        birthDate: '2010-06-01',
        gender: 'female',
        nationality: 'PT',
        preferredLanguage: 'pt',
        kind: 'pupil',
        fewerOpportunities: true,
        barriers: ['health_problems'],
      })
    ).id;
    browser = await launchBrowser(chromiumPath as string);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.dispose();
  });

  async function signedIn(person: { email: string; password: string }): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
    await signIn(page, server.url, person.email, person.password);
    return page;
  }

  it('shows a coordinator without the access no barrier anywhere', async () => {
    const page = await signedIn(rui);
    await page.goto(`${server.url}/o/${organisationId}/participants/${participantId}`);
    await page.getByText('Only coordinators with access to special categories see which barriers').waitFor();
    expect(await page.getByText('Health problems').count()).toBe(0);

    await page.getByRole('button', { name: /^Edit/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Barrier categories are recorded by a coordinator with access').waitFor();
    expect(await dialog.getByRole('checkbox', { name: 'Health problems' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.goto(`${server.url}/o/${organisationId}/outcomes`);
    await page.getByRole('combobox', { name: 'Break down by' }).click();
    await page.getByRole('option').first().waitFor();
    expect(await page.getByRole('option', { name: 'Barrier category' }).count()).toBe(0);
    await page.keyboard.press('Escape');

    await page.goto(`${server.url}/o/${organisationId}/participants`);
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByText('Include sensitive fields').waitFor();
    expect(await page.getByText(/Include sensitive fields.*barriers/).count()).toBe(0);
    await page.context().close();
  });

  it('shows them once another coordinator grants the access, and the access history records it', async () => {
    const anaPage = await signedIn(ana);
    await anaPage.goto(`${server.url}/o/${organisationId}/members`);
    const toggle = anaPage.getByRole('switch', { name: `${rui.name} sees barrier categories` });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.click({ force: true });
    await anaPage.getByText('Access to barrier categories given').waitFor();
    const history = anaPage.getByRole('table', { name: 'Access history' });
    await history.getByText(`gave access to special categories (barriers) to ${rui.name}`).waitFor();
    await anaPage.context().close();

    const page = await signedIn(rui);
    await page.goto(`${server.url}/o/${organisationId}/participants/${participantId}`);
    await page.getByText('Health problems').waitFor();
    await page.goto(`${server.url}/o/${organisationId}/outcomes`);
    await page.getByRole('combobox', { name: 'Break down by' }).click();
    await page.getByRole('option', { name: 'Barrier category' }).waitFor();
    await page.context().close();
  });

  it('erases a participant who asks, after the coordinator types their name', async () => {
    const page = await signedIn(ana);
    await page.goto(`${server.url}/o/${organisationId}/participants/${participantId}`);
    await page.getByRole('button', { name: 'Erase personal data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase personal data' });
    const erase = dialog.getByRole('button', { name: 'Erase for good' });
    expect(await erase.isDisabled()).toBe(true);
    await dialog.getByRole('textbox', { name: /to confirm/ }).fill('Beatriz Santos');
    await erase.click();
    await page.getByText('Personal data erased', { exact: true }).first().waitFor();
    await page.getByRole('heading', { name: 'Erased participant', level: 2 }).waitFor();
    expect(await page.getByText('Beatriz').count()).toBe(0);
    await page.goto(`${server.url}/o/${organisationId}/participants`);
    await page.getByText('No participants yet').waitFor();
    await page.context().close();
  });

  it('shows how long personal data are kept and what the schedule would erase before saving, and the privacy page participants read', async () => {
    const page = await signedIn(ana);
    await page.goto(`${server.url}/o/${organisationId}/settings`);
    const field = page.getByRole('textbox', { name: /Years after a participant/ });
    await page.getByText('With 5 years, the schedule erases 0 participants now').waitFor();
    await field.fill('2');
    await page.getByText('With 2 years, the schedule erases 0 participants now').waitFor();
    await page
      .getByRole('textbox', { name: /questions about their data/ })
      .fill('Encarregado de proteção de dados, privacidade@escola-porto.test');
    await page.getByRole('button', { name: 'Save' }).last().click();
    await page.getByText('Settings saved').waitFor();

    // What participants read, in their language, linked from every survey page and e-mail.
    await page.goto(`${server.url}/privacy/${organisationId}?lang=pt`);
    await page
      .getByRole('heading', { name: 'Como Escola Secundária do Porto trata os seus dados' })
      .waitFor();
    await page.getByText('durante 2 anos após o fim do seu último projeto Erasmus+').waitFor();
    await page.getByText('privacidade@escola-porto.test').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('pt');
    await page.context().close();
  });
});
