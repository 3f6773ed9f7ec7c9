import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchBrowser } from './support/browser.js';
import {
  acceptInvitation,
  admin,
  adminEnv,
  choose,
  createOrganisation,
  inviteMember,
  seriousA11yViolations,
  signIn,
  signOut,
} from './support/console.js';
import { type RunningServer, type ServerDatabase, startServer, testDatabase } from './support/server.js';

const chromiumPath = findChromium();

const school = {
  name: 'Gymnasium Berlin-Mitte',
  oid: 'E10234567',
  type: 'School',
  country: 'Germany',
  city: 'Berlin',
};
const otherSchool = {
  name: 'Escola Secundária de Coimbra',
  oid: 'E10876543',
  type: 'School',
  country: 'Portugal',
  city: 'Coimbra',
};
const coordinator = {
  name: 'Katrin Weber',
  email: 'katrin.weber@gymnasium-mitte.test',
  password: 'drei-kleine-eulen-im-wald',
};
const viewer = {
  name: 'Jonas Krüger',
  email: 'jonas.krueger@gymnasium-mitte.test',
  password: 'vier-grosse-baeren-am-see',
};
const otherCoordinator = {
  name: 'Inês Costa',
  email: 'ines.costa@escola-coimbra.test',
  password: 'cinco-gaivotas-no-mondego',
};
const grantAgreement = '2026-1-DE03-KA122-SCH-000012345';
const pupil = { given: 'Lena', family: 'Vogel' };

// One story, told in order: each step starts where the one before left the page.
describe.skipIf(!chromiumPath)('projects, participants, partners and mobilities in the console', () => {
  let database: ServerDatabase;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let schoolId: string;
  let otherSchoolId: string;
  let mobilityPath: string;

  beforeAll(async () => {
    database = await testDatabase();
    server = await startServer({ ...database.env, ...adminEnv });
    browser = await launchBrowser(chromiumPath as string);
    // axe opens a page of its own in the same context, which a page from browser.newPage() does not allow.
    context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.dispose();
  });

  /** The invitation links the administrator was given to pass on (this server sends no e-mail). */
  const invitationLinks = new Map<string, string>();
  async function invite(person: { name: string; email: string }, role: string) {
    invitationLinks.set(person.email, (await inviteMember(page, person, role)) ?? '');
  }

  /** A page of its own for someone else, signed in through an invitation. */
  async function pageFor(person: { email: string; password: string }): Promise<Page> {
    const other = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const otherPage = await other.newPage();
    await acceptInvitation(otherPage, server.url, invitationLinks.get(person.email) ?? '', person.password);
    return otherPage;
  }

  it('lets the administrator create two organisations and invite their coordinators and a viewer', async () => {
    await signIn(page, server.url, admin.email, admin.password);
    schoolId = await createOrganisation(page, server.url, school);
    // Administrators who are not members see the organisation's profile, not its mobility data.
    expect(await page.getByRole('link', { name: 'Mobilities' }).count()).toBe(0);
    await page.goto(`${server.url}/o/${schoolId}/mobilities`);
    await page.getByText('Only members of this organisation see its mobility data').waitFor();

    await page.goto(`${server.url}/o/${schoolId}/members`);
    await invite(coordinator, 'Coordinator');
    await invite(viewer, 'Viewer (read only)');

    otherSchoolId = await createOrganisation(page, server.url, otherSchool);
    await page.goto(`${server.url}/o/${otherSchoolId}/members`);
    await invite(otherCoordinator, 'Coordinator');
    await signOut(page);

    await acceptInvitation(
      page,
      server.url,
      invitationLinks.get(coordinator.email) ?? '',
      coordinator.password,
    );
    await page.getByRole('heading', { name: school.name }).waitFor();
  });

  it('creates a project, filling the action and field from the grant agreement number', async () => {
    await page.getByRole('link', { name: 'Projects' }).click();
    await page.getByText('No projects yet').waitFor();
    await page.getByRole('button', { name: 'New project' }).click();
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await dialog.getByText('Grant agreement number must look like').waitFor();

    await dialog.getByRole('textbox', { name: 'Grant agreement number' }).fill(grantAgreement);
    expect(await dialog.getByRole('combobox', { name: 'Action type' }).inputValue()).toMatch(/^KA122/);
    expect(await dialog.getByRole('combobox', { name: 'Field' }).inputValue()).toBe('School education');
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Europa im Klassenzimmer');
    await dialog.getByLabel('Start date').fill('2026-06-01');
    await dialog.getByLabel('End date').fill('2027-11-30');
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: grantAgreement }).waitFor();
    await page.getByText('Europa im Klassenzimmer').first().waitFor();
  });

  it('adds a participant, found by the list search, which keeps its filters in the address', async () => {
    // Recording barrier categories needs access to special categories: the coordinator gives it to herself on the
    // Members page, which keeps it in the access history.
    await page.getByRole('link', { name: 'Members' }).click();
    await page
      .getByRole('switch', { name: `${coordinator.name} sees barrier categories` })
      .click({ force: true });
    await page.getByText('Access to barrier categories given').waitFor();
    await page.getByRole('link', { name: 'Participants' }).click();
    await page.getByText('No participants yet').waitFor();
    await page.getByRole('button', { name: 'New participant' }).click();
    const dialog = page.getByRole('dialog', { name: 'New participant' });
    await dialog.getByRole('textbox', { name: 'Given name' }).fill(pupil.given);
    await dialog.getByRole('textbox', { name: 'Family name' }).fill(pupil.family);
    await dialog.getByLabel('Birth date').fill('2010-03-14');
    await choose(page, dialog, 'Kind', 'Pupil');
    await choose(page, dialog, 'Gender', 'Female');
    await choose(page, dialog, 'Nationality', 'Germany');
    await choose(page, dialog, 'Preferred language', 'German');
    // Barriers are offered, with a warning that they are sensitive, only with fewer opportunities.
    expect(await dialog.getByRole('checkbox', { name: 'Economic barriers' }).count()).toBe(0);
    await dialog.getByRole('checkbox', { name: 'Fewer opportunities' }).check();
    await dialog.getByText('Sensitive information').waitFor();
    await dialog.getByRole('checkbox', { name: 'Economic barriers' }).check();
    await dialog.getByRole('button', { name: 'Add participant' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const table = page.getByRole('table', { name: 'Participants' });
    await table.getByRole('link', { name: `${pupil.family}, ${pupil.given}` }).waitFor();
    await page.getByRole('textbox', { name: 'Search' }).fill('vog');
    await page.waitForURL((address) => address.searchParams.get('search') === 'vog');
    await table.getByRole('link', { name: `${pupil.family}, ${pupil.given}` }).waitFor();
    await page.getByRole('textbox', { name: 'Search' }).fill('nobody by this name');
    await page.getByText('No participant matches').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await table.getByRole('link', { name: `${pupil.family}, ${pupil.given}` }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('adds a sending and a receiving partner', async () => {
    await page.getByRole('link', { name: 'Partners' }).click();
    await page.getByText('No partners yet').waitFor();
    for (const partner of [
      { name: school.name, type: 'School', country: 'Germany', city: 'Berlin' },
      { name: 'Lycée Henri Bergson', type: 'School', country: 'France', city: 'Paris' },
    ]) {
      await page.getByRole('button', { name: 'New partner' }).click();
      const dialog = page.getByRole('dialog', { name: 'New partner' });
      await dialog.getByRole('textbox', { name: 'Legal name' }).fill(partner.name);
      await choose(page, dialog, 'Type', partner.type);
      await choose(page, dialog, 'Country', partner.country);
      await dialog.getByRole('textbox', { name: 'City' }).fill(partner.city);
      await dialog.getByRole('button', { name: 'Add partner' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('row', { name: partner.name }).waitFor();
    }
  });

  it('creates a mobility from Berlin to Paris, with distance, band and duration computed as it is typed', async () => {
    await page.getByRole('link', { name: 'Projects' }).click();
    await page.getByRole('link', { name: grantAgreement }).click();
    await page.getByText('No mobilities yet').waitFor();
    await page.getByRole('link', { name: 'New mobility' }).click();
    const form = page.getByRole('form', { name: 'New mobility' });
    expect(await form.getByRole('textbox', { name: 'Project' }).inputValue()).toContain(grantAgreement);

    await choose(page, form, 'Activity type', 'Short-term learning mobility of pupils');
    await pickOption(
      page,
      form.getByRole('combobox', { name: 'Participant', exact: true }),
      'Vog',
      /^Lena Vogel/,
    );
    await choose(page, form, 'Sending organisation', `${school.name} (Berlin, Germany)`);
    // The origin starts as the sending partner's city, found in the city list with its coordinates.
    const origin = form.getByRole('combobox', { name: 'Origin city' });
    await expect.poll(() => origin.inputValue(), { timeout: 10_000 }).toBe('Berlin, Germany');
    // Picked again through the type-ahead, as for any other city.
    await origin.click();
    await origin.fill('');
    await pickOption(page, origin, 'Berl', /^Berlin, Germany/);
    await choose(page, form, 'Receiving organisation', 'Lycée Henri Bergson (Paris, France)');
    await pickOption(
      page,
      form.getByRole('combobox', { name: 'Destination city' }),
      'Paris',
      /^Paris, France/,
    );
    await form.getByLabel('Start date').fill('2026-09-07');
    await form.getByLabel('End date').fill('2026-09-18');
    await form.getByRole('textbox', { name: 'Travel days' }).fill('2');
    await choose(page, form, 'Means of transport', 'Train');

    const summary = page.getByRole('complementary', { name: 'Summary' });
    await expect
      .poll(() => summary.getByTestId('summary-band').textContent(), { timeout: 10_000 })
      .toBe('500–1999 km');
    expect(await summary.getByTestId('summary-distance').textContent()).toBe('878 km');
    expect(await summary.getByTestId('summary-duration').textContent()).toBe('12 days');
    expect(await summary.getByTestId('summary-green').textContent()).toBe('Yes');
    expect(await summary.getByTestId('summary-funded-travel').textContent()).toBe('2');
    await summary.getByText('No problems with what is filled in so far').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await form.getByRole('button', { name: 'Create mobility' }).click();
    await page.getByRole('heading', { name: 'Lena Vogel' }).waitFor();
    mobilityPath = new URL(page.url()).pathname;
    expect(mobilityPath).toMatch(new RegExp(`^/o/${schoolId}/mobilities/[0-9a-f-]{36}$`));
    await page.getByTestId('eligibility').getByText('Meets every rule').waitFor();
  });

  it('shows an eligibility error beside the end date as soon as the mobility is too long, and saves the fix', async () => {
    await page.getByRole('link', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit mobility' });
    const endDate = form.getByLabel('End date');
    await endDate.fill('2026-10-30');
    await expect.poll(() => endDate.getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
    const describedBy = (await endDate.getAttribute('aria-describedby')) ?? '';
    const error = page.locator(
      describedBy
        .split(' ')
        .map((id) => `[id="${id}"]`)
        .join(', '),
    );
    expect(await error.allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('lasts 10 to 29 days, travel excluded; this mobility lasts 54 days'),
      ]),
    );
    const summary = page.getByRole('complementary', { name: 'Summary' });
    expect(await summary.getByTestId('summary-duration').textContent()).toBe('54 days');
    await summary.getByText('1 error').waitFor();

    await endDate.fill('2026-09-20');
    await expect.poll(() => endDate.getAttribute('aria-invalid'), { timeout: 10_000 }).not.toBe('true');
    expect(await summary.getByTestId('summary-duration').textContent()).toBe('14 days');
    await form.getByRole('button', { name: 'Save mobility' }).click();
    await page.getByRole('heading', { name: 'Lena Vogel' }).waitFor();
    await page.getByRole('table', { name: 'Mobility details' }).getByText('20 Sept 2026').waitFor();
  });

  it('moves the mobility through planned, ongoing and completed, and lists every change in its history', async () => {
    const status = page.getByRole('region', { name: 'Status' });
    for (const [action, label] of [
      ['Mark as planned', 'Planned'],
      ['Mark as ongoing', 'Ongoing'],
      ['Mark as completed', 'Completed'],
    ] as const) {
      await status.getByRole('button', { name: action }).click();
      await status.getByText(label, { exact: true }).waitFor();
    }
    await status.getByText('A completed mobility does not change status any more').waitFor();

    const history = page.getByTestId('audit-trail');
    // The edit: only the end date changed, from the 18th to the 20th.
    await history.getByRole('row', { name: /End date\s*18 Sept 2026\s*20 Sept 2026/ }).waitFor();
    const statusRows = await history.getByRole('row', { name: /^Status/ }).allTextContents();
    expect(statusRows).toEqual([
      expect.stringMatching(/Ongoing.*Completed/),
      expect.stringMatching(/Planned.*Ongoing/),
      expect.stringMatching(/Draft.*Planned/),
    ]);
    expect(await history.getByText('Created').count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('explains why an incomplete draft cannot be planned yet, and deletes it after asking', async () => {
    await navigation(page).getByRole('link', { name: 'Mobilities' }).click();
    await page.getByRole('link', { name: 'New mobility' }).click();
    const form = page.getByRole('form', { name: 'New mobility' });
    await choose(page, form, 'Project', `${grantAgreement} · Europa im Klassenzimmer`);
    // A partner added from the form is chosen at once, and saving it does not save the mobility.
    await form.getByRole('button', { name: 'New partner (receiving organisation)' }).click();
    const partner = page.getByRole('dialog', { name: 'New partner' });
    await partner.getByRole('textbox', { name: 'Legal name' }).fill('Liceo Galileo Galilei');
    await choose(page, partner, 'Type', 'School');
    await choose(page, partner, 'Country', 'Italy');
    await partner.getByRole('textbox', { name: 'City' }).fill('Rome');
    await partner.getByRole('button', { name: 'Add partner' }).click();
    await partner.waitFor({ state: 'hidden' });
    expect(await form.getByRole('combobox', { name: 'Receiving organisation' }).inputValue()).toBe(
      'Liceo Galileo Galilei (Rome, Italy)',
    );
    await form.getByRole('button', { name: 'Create mobility' }).click();
    await page.getByRole('heading', { name: 'Mobility without participants' }).waitFor();

    const status = page.getByRole('region', { name: 'Status' });
    const plan = status.getByRole('button', { name: 'Mark as planned' });
    expect(await plan.getAttribute('aria-disabled')).toBe('true');
    await status.getByText('Activity type is required before the mobility can be planned').waitFor();
    // It stays reachable with the keyboard, but pressing it changes nothing.
    await plan.focus();
    await page.keyboard.press('Enter');
    expect(await status.getByText('Draft', { exact: true }).count()).toBe(1);

    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete mobility' });
    await dialog.getByText('without participants').waitFor();
    await dialog.getByRole('button', { name: 'Delete mobility' }).click();
    await page.getByRole('heading', { name: grantAgreement }).waitFor();
    const mobilities = page.getByRole('table', { name: 'Mobilities' });
    await mobilities.getByRole('link', { name: 'Lena Vogel' }).waitFor();
    expect(await mobilities.getByRole('row').count()).toBe(2);

    // The list's filters live in the address: a completed mobility is found by its status.
    await navigation(page).getByRole('link', { name: 'Mobilities' }).click();
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Completed' }).click();
    await page.waitForURL((address) => address.searchParams.get('status')?.includes('completed') ?? false);
    await page.getByRole('table', { name: 'Mobilities' }).getByRole('link', { name: 'Lena Vogel' }).waitFor();
  });

  it('shows a viewer the mobility without any button to change it', async () => {
    const viewerPage = await pageFor(viewer);
    await viewerPage.goto(`${server.url}${mobilityPath}`);
    await viewerPage.getByRole('heading', { name: 'Lena Vogel' }).waitFor();
    const details = viewerPage.getByRole('table', { name: 'Mobility details' });
    await details.getByRole('row', { name: /^Destination\s*Paris, France/ }).waitFor();
    expect(await viewerPage.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    expect(
      await viewerPage
        .getByRole('button', { name: /^Mark as|^Return to draft|^Cancel mobility|^Delete/ })
        .count(),
    ).toBe(0);
    expect(await viewerPage.getByTestId('audit-trail').count()).toBe(0);

    await viewerPage.getByRole('link', { name: 'Participants' }).click();
    await viewerPage.getByRole('table', { name: 'Participants' }).waitFor();
    expect(await viewerPage.getByRole('button', { name: 'New participant' }).count()).toBe(0);
    await viewerPage.context().close();
  });

  it('does not show the mobility to a coordinator of another organisation', async () => {
    const otherPage = await pageFor(otherCoordinator);
    await otherPage.goto(`${server.url}${mobilityPath}`);
    await otherPage.getByRole('heading', { name: 'Page not found' }).waitFor();

    // Under their own organisation's address the server does not find it either.
    const mobilityId = mobilityPath.split('/').at(-1);
    await otherPage.goto(`${server.url}/o/${otherSchoolId}/mobilities/${mobilityId}`);
    await otherPage.getByText('Mobility not found').waitFor();

    await otherPage.goto(`${server.url}/o/${otherSchoolId}/mobilities`);
    await otherPage.getByText('No mobilities yet').waitFor();
    expect(await otherPage.getByText('Lena Vogel').count()).toBe(0);
    await otherPage.context().close();
  });
});

function navigation(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main navigation' });
}

/** Types into a type-ahead whose options come from the server, then picks the option that matches. */
async function pickOption(page: Page, input: Locator, text: string, option: RegExp): Promise<void> {
  await input.click();
  await input.fill(text);
  await page.getByRole('option', { name: option }).first().click();
}
