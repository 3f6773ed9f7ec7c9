import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchBrowser } from './support/browser.js';
import {
  admin,
  adminEnv,
  choose,
  seriousA11yViolations,
  signIn,
  watchPolicyViolations,
} from './support/console.js';
import { type RunningServer, type ServerDatabase, startServer, testDatabase } from './support/server.js';

const chromiumPath = findChromium();

// The demo's German school (see apps/api/src/demo): pupils and teachers, with answered surveys.
const coordinator = { email: 'coordinator.e10345678@demo.mobilis.eu', password: 'erasmus-demo-2027' };

/** Seeding the demo (five organisations, their mobilities and survey answers) takes minutes on a busy machine. */
const demoSeedingMs = 600_000;

/** A figure as the analytics tables show it: a change such as "0.77" or "-0.16". */
const changeFigure = /^-?\d+\.\d\d$/;

/** The table beside a chart of one analytics section, and that its chart is drawn (an SVG). */
async function chartAndTable(page: Page, section: string): Promise<Locator> {
  const figure = page.getByTestId(section);
  await figure.locator('[role="img"] svg').first().waitFor();
  return figure.getByRole('table');
}

async function cellTexts(cells: Locator): Promise<string[]> {
  return (await cells.allTextContents()).map((text) => text.trim());
}

async function textOf(element: Locator): Promise<string> {
  return ((await element.textContent()) ?? '').trim();
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

describe.skipIf(!chromiumPath)('outcome analytics in the console', () => {
  let database: ServerDatabase;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let policyViolations: string[] = [];

  beforeAll(async () => {
    database = await testDatabase();
    server = await startServer(
      { ...database.env, ...adminEnv, MOBILIS_DEMO: 'true' },
      { readyTimeoutMs: demoSeedingMs },
    );
    browser = await launchBrowser(chromiumPath as string);
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    policyViolations = watchPolicyViolations(page);
  }, demoSeedingMs + 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.dispose();
  });

  it('shows a coordinator the outcomes: headline changes, a heat map with its table, response rates, flows', async () => {
    await signIn(page, server.url, coordinator.email, coordinator.password);
    await page.getByRole('link', { name: 'Outcomes', exact: true }).click();
    await page.getByRole('heading', { name: 'Outcomes', level: 2, exact: true }).waitFor();
    // Away from the navigation: a hovered current link is below 4.5:1 (the console's own navigation styles).
    await page.mouse.move(700, 10);

    const heatMap = await chartAndTable(page, 'heat-map');
    await expect
      .poll(() => cellTexts(heatMap.getByRole('columnheader')))
      .toEqual(['Outcome', 'All participants']);
    const changes = await cellTexts(heatMap.getByRole('cell'));
    expect(changes.filter((text) => changeFigure.test(text)).length).toBeGreaterThan(3);

    const cards = page.getByTestId('headline-cards');
    await expect.poll(() => cards.getByText('mean change, baseline → end').count()).toBeGreaterThan(0);

    const responses = await chartAndTable(page, 'response-funnel');
    expect(await cellTexts(responses.getByRole('rowheader'))).toEqual([
      'Baseline',
      'End of mobility',
      'Follow-up',
    ]);
    const baselineRate = responses
      .getByRole('row', { name: /^Baseline/ })
      .getByRole('cell')
      .nth(2);
    expect(await textOf(baselineRate)).toMatch(/^\d+ %$/);

    const flows = await chartAndTable(page, 'flows');
    expect(await flows.getByRole('row', { name: /Germany/ }).count()).toBeGreaterThan(0);
    await chartAndTable(page, 'equity-gap');
    await page.getByTestId('suppression-legend').waitFor();
    // Figures drawn from answers are adjusted, and the page says by how much at most.
    expect(await page.getByTestId('perturbation-legend').textContent()).toMatch(
      /at most 2; a mean change over n participants by at most 2 ÷ n rating points/,
    );

    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('breaks the outcomes down by the dimension chosen, and keeps it in the address', async () => {
    await choose(page, page, 'Break down by', 'Participant kind');
    await page.waitForURL((address) => address.searchParams.get('breakdown') === 'participant_kind');
    const heatMap = await chartAndTable(page, 'heat-map');
    await expect
      .poll(() => cellTexts(heatMap.getByRole('columnheader')))
      .toEqual(['Outcome', 'Pupil', 'Teacher']);
  });

  it('exports the heat map table as XLSX exactly as shown, and as CSV with a byte order mark', async () => {
    const heatMap = await chartAndTable(page, 'heat-map');
    const firstRow = heatMap.getByRole('row').nth(1);
    const outcome = await textOf(firstRow.getByRole('rowheader'));
    const shown = await textOf(firstRow.getByRole('cell').first());

    const xlsx = await downloaded(page, () =>
      page
        .getByTestId('heat-map')
        .getByRole('button', { name: /as XLSX$/ })
        .click(),
    );
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await xlsx.path());
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Outcome', 'Pupil', 'Teacher']);
    expect(sheet?.getRow(2).getCell(1).value).toBe(outcome);
    const value = sheet?.getRow(2).getCell(2).value;
    if (changeFigure.test(shown)) {
      expect(value).toBe(Number(shown));
      expect(sheet?.getRow(2).getCell(2).numFmt).toBe('0.00');
    } else {
      expect(value).toBe(shown === '—' ? '—' : 'suppressed (< 5)');
    }

    const csv = await downloaded(page, () =>
      page
        .getByTestId('heat-map')
        .getByRole('button', { name: /as CSV$/ })
        .click(),
    );
    const text = await readFile(await csv.path(), 'utf8');
    expect(text.startsWith('\uFEFFOutcome,Pupil,Teacher\n')).toBe(true);
  });

  it('opens an outcome page with the ratings, the change three ways, indicators, trend, equity and examples', async () => {
    const heatMap = await chartAndTable(page, 'heat-map');
    const link = heatMap.getByRole('link', { name: /^L06 · / });
    const name = await textOf(link);
    await link.click();
    await page.getByRole('heading', { name, level: 2 }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/outcomes\/L06$/);

    const ratings = await chartAndTable(page, 'rating-distribution');
    expect(await cellTexts(ratings.getByRole('rowheader'))).toEqual([
      'Baseline',
      'End of mobility',
      'Follow-up',
    ]);
    const change = await chartAndTable(page, 'change-kinds');
    const endOfMobility = change.first().getByRole('row', { name: /^Baseline → end of mobility/ });
    expect(await textOf(endOfMobility.getByRole('cell').first())).toMatch(changeFigure);
    const indicators = page.getByTestId('indicators').getByRole('table');
    expect(await indicators.getByRole('row').count()).toBe(4);
    await chartAndTable(page, 'trend');
    await chartAndTable(page, 'outcome-equity');
    // Participants' own words: for coordinators of the organisation only.
    await page.getByTestId('examples').waitFor();

    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('compares two groups side by side, with the difference and its interval', async () => {
    const organisationPath = new URL(page.url()).pathname.replace(/\/outcomes\/.*$/, '');
    await page.goto(
      `${server.url}${organisationPath}/outcomes/compare?aDimension=participant_kind&aValue=pupil&bDimension=participant_kind&bValue=teacher`,
    );
    const comparison = await chartAndTable(page, 'comparison');
    await expect
      .poll(() => cellTexts(comparison.getByRole('columnheader')))
      .toEqual(expect.arrayContaining(['Pupil: mean change', 'Teacher: mean change', 'Difference']));
    const languageRow = comparison.getByRole('row', { name: /^Language: reading/ });
    expect(await textOf(languageRow.getByRole('cell').first())).toMatch(changeFigure);
    // Group B is of group A's breakdown (groups that share nobody), or everyone else.
    await choose(page, page, 'Group B: group', 'Everyone else');
    await page.waitForURL((address) => address.searchParams.get('bValue') === '*');
    await expect
      .poll(() => cellTexts(comparison.getByRole('columnheader')))
      .toEqual(expect.arrayContaining(['Pupil: mean change', 'Everyone else: mean change']));

    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('prints a project report: the project, response rates, outcomes and charts, without navigation or buttons', async () => {
    await page.getByRole('link', { name: 'Projects', exact: true }).click();
    await page.getByRole('link', { name: '2025-1-DE03-KA122-SCH-000213456' }).click();
    await page.getByRole('link', { name: 'Outcome report' }).click();
    const report = page.getByTestId('project-report');
    await report.getByRole('heading', { name: 'Europa im Klassenzimmer', level: 2 }).waitFor();
    await chartAndTable(page, 'response-funnel');
    const outcomes = await chartAndTable(page, 'outcome-change');
    expect(await outcomes.getByRole('row').count()).toBeGreaterThan(5);
    const print = page.getByRole('button', { name: 'Print' });
    await print.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    try {
      expect(await print.isVisible()).toBe(false);
      expect(await page.getByRole('navigation', { name: 'Main navigation' }).isVisible()).toBe(false);
      expect(await page.getByRole('banner').isVisible()).toBe(false);
      expect(
        await page
          .getByRole('button', { name: /as XLSX$/ })
          .first()
          .isVisible(),
      ).toBe(false);
      expect(await outcomes.isVisible()).toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('shows platform administrators every organisation, one column each', async () => {
    const adminContext = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    try {
      const adminPage = await adminContext.newPage();
      await signIn(adminPage, server.url, admin.email, admin.password);
      // The administration's navigation leads there.
      await adminPage.getByRole('navigation').locator('a[href="/admin/outcomes"]').waitFor();
      await adminPage.goto(`${server.url}/admin/outcomes`);
      const heatMap = await chartAndTable(adminPage, 'heat-map');
      await expect
        .poll(() => cellTexts(heatMap.getByRole('columnheader')))
        .toEqual(expect.arrayContaining(['Outcome', 'Gymnasium am Goetheplatz']));
      expect((await cellTexts(heatMap.getByRole('columnheader'))).length).toBe(6);
      // Administrators see the figures of every organisation, but never the participants' own words.
      await adminPage
        .getByRole('link', { name: /^L06 · / })
        .first()
        .click();
      await chartAndTable(adminPage, 'change-kinds');
      expect(await adminPage.getByTestId('examples').count()).toBe(0);
    } finally {
      await adminContext.close();
    }
  });

  it('works under the content security policy: no page above reported a violation', async () => {
    const policy = await page.evaluate(async () => (await fetch('/')).headers.get('content-security-policy'));
    expect(policy).toContain("script-src 'self'");
    expect(policyViolations).toEqual([]);
  });
});
