import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchBrowser } from './support/browser.js';
import { admin, adminEnv, choose, signIn } from './support/console.js';
import { pupilsImportFile, surveyWorldProjectNumber } from './support/import-file.js';
import { type RunningServer, type ServerDatabase, startServer, testDatabase } from './support/server.js';
import { ApiSession, createSurveyWorld, type SurveyWorld } from './support/survey-api.js';

const chromiumPath = findChromium();

const coordinator = {
  name: 'Marta Nowak',
  email: 'marta.nowak@szkola-krakow.test',
  password: 'trzy-smoki-nad-wisla',
};

/** Two rows in the Mobilis template's headers, and one with a birth date that is not a date. */
function importFile(projectNumber: string, withBadRow: boolean): string {
  const pupils = [
    { given: 'Zofia', family: 'Kowalska', birth: '2011-02-03' },
    { given: 'Hanna', family: 'Wiśniewska', birth: '2011-06-07' },
  ];
  if (withBadRow) pupils.push({ given: 'Piotr', family: 'Zieliński', birth: '31.02.2011' });
  return pupilsImportFile(projectNumber, pupils);
}

describe.skipIf(!chromiumPath)('importing a spreadsheet in the console', () => {
  let database: ServerDatabase;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let world: SurveyWorld;
  const projectNumber = surveyWorldProjectNumber;

  beforeAll(async () => {
    database = await testDatabase();
    server = await startServer({ ...database.env, ...adminEnv });
    const adminSession = await ApiSession.signIn(server.url, admin.email, admin.password);
    world = await createSurveyWorld(adminSession, server.url, {
      coordinator,
      participant: { given: 'Lena', family: 'Vogel', email: 'lena.vogel@schueler.test' },
    });
    browser = await launchBrowser(chromiumPath as string);
    page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
    await signIn(page, server.url, coordinator.email, coordinator.password);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.dispose();
  });

  async function upload(content: string, fileName: string) {
    await page.goto(`${server.url}/o/${world.organisationId}/import`);
    await choose(page, page, 'Project', `${projectNumber} · Europa erleben`);
    await page.locator('input[type="file"]').setInputFiles({
      name: fileName,
      mimeType: 'text/csv',
      buffer: Buffer.from(content, 'utf8'),
    });
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.getByText('Detected layout:').waitFor();
  }

  it('shows a dry run with every rejected row, and refuses to import it', async () => {
    await upload(importFile(projectNumber, true), 'pupils-with-mistake.csv');
    await expect.poll(() => page.getByLabel('Rejected: 1').count()).toBe(1);
    await expect.poll(() => page.getByLabel('Would be created: 2').count()).toBe(1);
    const rejected = page.getByRole('table', { name: 'Rejected rows' });
    expect(await rejected.getByRole('row').nth(1).textContent()).toMatch(
      /^4\s*Birth date\s*Birth date must be a calendar date/,
    );
    expect(await page.getByRole('button', { name: 'Confirm import' }).isDisabled()).toBe(true);
    expect(await page.getByText('correct the file and upload it again').count()).toBe(1);
  });

  it('imports a clean file after the dry run, and the rows show in the mobilities list', async () => {
    await upload(importFile(projectNumber, false), 'pupils.csv');
    await expect.poll(() => page.getByLabel('Would be created: 2').count()).toBe(1);
    expect(await page.getByLabel('Rejected: 0').count()).toBe(1);
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByText('Imported', { exact: true }).waitFor({ timeout: 30_000 });
    // The page can be left and the report found again among past imports.
    expect(await page.getByRole('table', { name: 'Past imports' }).getByText('pupils.csv').count()).toBe(1);

    await page.goto(`${server.url}/o/${world.organisationId}/mobilities`);
    await page.getByText('Zofia Kowalska').waitFor();
    expect(await page.getByText('Hanna Wiśniewska').count()).toBe(1);
  });
});
