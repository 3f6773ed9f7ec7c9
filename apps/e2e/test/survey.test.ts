import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchBrowser } from './support/browser.js';
import { admin, adminEnv, seriousA11yViolations, signIn } from './support/console.js';
import { linkPath, type Mailbox, mailEnv, startMailbox } from './support/mailbox.js';
import { type RunningServer, type ServerDatabase, startServer, testDatabase } from './support/server.js';
import { seriousA11yViolationsIn } from './support/survey-a11y.js';
import {
  ApiSession,
  createPlannedMobility,
  createSurveyWorld,
  daysFromToday,
  type SurveyWorld,
} from './support/survey-api.js';

const chromiumPath = findChromium();

const coordinator = {
  name: 'Anna Schmitz',
  email: 'anna.schmitz@gesamtschule-rhein.test',
  password: 'fuenf-wolken-ueber-koeln',
};
const pupil = { given: 'Lena', family: 'Vogel', email: 'lena.vogel@schueler.test' };

// The participant's texts in German, as @mobilis/schema ships them.
const de = {
  hello: 'Hallo Lena',
  start: 'Starten',
  resume: 'Dort weitermachen, wo du aufgehört hast',
  agree: 'Ich habe das gelesen und bin einverstanden, an der Befragung teilzunehmen.',
  consentRequired: 'Bitte stimme der Teilnahme zu, bevor du weitermachst.',
  saved: 'Deine Antworten sind gespeichert.',
  next: 'Weiter',
  agreeRating: 'Stimme zu',
  before: 'Vor dem Auslandsaufenthalt',
  now: 'Jetzt',
  example: 'Ein Beispiel in deinen eigenen Worten (freiwillig)',
  language: 'Deine Sprachkenntnisse in Französisch',
  review: 'Überprüfen und absenden',
  send: 'Meine Antworten absenden',
  thanks: 'Vielen Dank!',
  alreadyAnswered: 'Diese Befragung wurde bereits beantwortet',
  endWave: 'Am Ende deines Auslandsaufenthalts',
};

/**
 * Set SURVEY_SCREENSHOTS_DIR (e.g. /tmp) to keep pictures of the pages for a person to look at: a whole phone
 * page, or one part of a console page (whose fixed header does not belong in a whole-page picture).
 */
async function screenshot(page: Page, name: string, part?: Locator): Promise<void> {
  const dir = process.env.SURVEY_SCREENSHOTS_DIR;
  if (!dir) return;
  const file = path.join(dir, `survey-${name}.png`);
  if (part) await part.screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: true });
}

/** A phone in German, as a participant opens the link from the e-mail; 360 px is the narrowest we design for. */
function phone(browser: Browser, width = 390): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: 'de-DE',
  });
}

/** The innermost radio groups of the step: one per statement, or per scale where a statement has two. */
function scales(page: Page): Locator {
  return page.locator('main fieldset:not(:has(fieldset))');
}

/** Answers every scale of the step that has no answer yet with its `choice`-th option (0 = the first). */
async function answerOpenScales(page: Page, choice: number): Promise<void> {
  const groups = scales(page);
  const count = await groups.count();
  for (let index = 0; index < count; index++) {
    const group = groups.nth(index);
    if ((await group.locator('input:checked').count()) === 0)
      await group.getByRole('radio').nth(choice).check();
  }
}

/** Answers each step to the end and stops on the review. */
async function answerToTheEnd(page: Page, choice: number): Promise<void> {
  for (let guard = 0; guard < 20; guard++) {
    if (await page.getByRole('heading', { name: de.review }).isVisible()) return;
    const progress = (await page.getByText(/^Schritt \d+ von \d+$/).textContent()) ?? '';
    const [, current = '0', total = '0'] = /(\d+) von (\d+)/.exec(progress) ?? [];
    await answerOpenScales(page, choice);
    await page.getByRole('button', { name: de.next }).click();
    await page.getByText(`Schritt ${Number(current) + 1} von ${total}`).waitFor();
  }
  throw new Error('The review step never came');
}

async function openLink(context: BrowserContext, url: string, link: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}${link}`);
  return page;
}

describe.skipIf(!chromiumPath)('outcome surveys: a participant answers by a personal link', () => {
  let database: ServerDatabase;
  let server: RunningServer;
  let mailbox: Mailbox;
  let browser: Browser;
  let adminApi: ApiSession;
  let world: SurveyWorld;
  let firstMobilityId: string;
  let secondMobilityId: string;
  let baselineLink: string;
  let receipt: string;

  beforeAll(async () => {
    database = await testDatabase();
    mailbox = await startMailbox();
    server = await startServer({
      ...database.env,
      ...adminEnv,
      ...mailEnv(mailbox),
      SURVEY_SCHEDULER_INTERVAL_MS: '500',
    });
    browser = await launchBrowser(chromiumPath as string);
    adminApi = await ApiSession.signIn(server.url, admin.email, admin.password);
    world = await createSurveyWorld(adminApi, server.url, { coordinator, participant: pupil }, mailbox);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await mailbox?.close();
    await database?.dispose();
  });

  it('shows a wrong link as a page that only says the link does not work', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await openLink(context, server.url, '/s/xxxx');
    await page.getByRole('heading', { name: 'This link does not work' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/survey/unavailable');
    expect(new URL(page.url()).searchParams.get('reason')).toBe('invalid');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // Without a survey session, /survey says the session ended.
    await page.goto(`${server.url}/survey`);
    await page.getByRole('heading', { name: 'Your session has ended' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });

  it('invites the participant once the baseline survey is due, in German, with a personal link', async () => {
    // The baseline is due 14 days before the start: today, for a mobility starting in 10 days.
    firstMobilityId = await createPlannedMobility(world, {
      startDate: daysFromToday(10),
      endDate: daysFromToday(23),
    });
    const invitation = await mailbox.waitFor(pupil.email, (message) => message.subject.includes('Befragung'));
    expect(invitation.subject).toContain('Vor deinem Auslandsaufenthalt');
    baselineLink = linkPath(invitation.bodyText, /\/s\/[\w-]{43}$/);
  });

  it('opens the survey in German on a phone, and asks for consent before anything else', async () => {
    const context = await phone(browser);
    const page = await openLink(context, server.url, baselineLink);
    await page.getByRole('heading', { name: de.hello }).waitFor();
    // The token is gone from the address bar: the server swapped it for a session.
    expect(new URL(page.url()).pathname).toBe('/survey');
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.getByRole('combobox', { name: 'Sprache' }).inputValue()).toBe('de');
    await page.getByText('Schritt 1 von 6').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'intro');

    await page.getByRole('button', { name: de.start }).click();
    await page.getByText(de.consentRequired).waitFor();
    await page.getByRole('checkbox', { name: de.agree }).check();
    await page.getByRole('button', { name: de.start }).click();

    // The first outcome: each statement is a radio group named by it, with labelled options.
    await page.getByText('Schritt 2 von 6').waitFor();
    const first = scales(page).nth(0);
    const second = scales(page).nth(1);
    expect(await first.getByRole('radio').count()).toBe(6);
    await first.getByRole('radio', { name: de.agreeRating, exact: true }).check();
    await page.getByText(de.saved).waitFor();
    await second.getByRole('radio', { name: 'Teils, teils' }).check();
    await page.getByText(de.saved).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'outcome-de');
    await context.close();
  });

  it('lets the participant come back with the link and continue where they left off', async () => {
    const context = await phone(browser);
    const page = await openLink(context, server.url, baselineLink);
    await page.getByRole('button', { name: de.resume }).click();
    await page.getByText('Schritt 2 von 6').waitFor();
    expect(
      await scales(page).nth(0).getByRole('radio', { name: de.agreeRating, exact: true }).isChecked(),
    ).toBe(true);
    expect(await scales(page).nth(1).getByRole('radio', { name: 'Teils, teils' }).isChecked()).toBe(true);
    expect(await scales(page).nth(2).locator('input:checked').count()).toBe(0);

    if (process.env.SURVEY_SCREENSHOTS_DIR) {
      await page.setViewportSize({ width: 1024, height: 900 });
      await screenshot(page, 'outcome-wide');
      await page.setViewportSize({ width: 390, height: 844 });
    }

    // The keyboard moves within a scale with the arrow keys, as in any radio group.
    await scales(page).nth(2).getByRole('radio').nth(0).focus();
    await page.keyboard.press('ArrowDown');
    expect(await scales(page).nth(2).getByRole('radio').nth(1).isChecked()).toBe(true);

    await answerToTheEnd(page, 3);
    await page.getByRole('heading', { name: de.review }).waitFor();
    expect(await page.getByTestId('unanswered').count()).toBe(0);

    // A double click sends once; the receipt is the same however often it is asked for.
    await page.getByRole('button', { name: de.send }).dblclick();
    await page.getByRole('heading', { name: de.thanks }).waitFor();
    const shown = (await page.getByTestId('receipt').textContent()) ?? '';
    receipt = /MOB-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}/.exec(shown)?.[0] ?? '';
    expect(receipt).not.toBe('');
    expect(shown).toBe(`Bestätigungsnummer: ${receipt}`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'receipt');

    await page.reload();
    await page.getByRole('heading', { name: de.thanks }).waitFor();
    expect(await page.getByTestId('receipt').textContent()).toContain(receipt);

    // The link itself now only says that the survey was answered.
    await page.goto(`${server.url}${baselineLink}`);
    await page.getByRole('heading', { name: de.alreadyAnswered }).waitFor();
    expect(new URL(page.url()).searchParams.get('reason')).toBe('submitted');
    await context.close();
  });

  it('asks at the end of a mobility how things were before it and how they are now', async () => {
    // A second mobility that ends today: its end-of-mobility survey is due now.
    secondMobilityId = await createPlannedMobility(world, {
      startDate: daysFromToday(-12),
      endDate: daysFromToday(0),
    });
    const invitation = await mailbox.waitFor(pupil.email, (message) => message.subject.includes(de.endWave));
    const context = await phone(browser, 360);
    const page = await openLink(context, server.url, linkPath(invitation.bodyText, /\/s\/[\w-]{43}$/));
    await page.getByRole('heading', { name: de.hello }).waitFor();
    await page.getByText(de.endWave).waitFor();

    // The participant may switch the language; the survey remembers it.
    await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
    await page.getByRole('heading', { name: 'Hello Lena' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.waitForLoadState('networkidle');
    await page.reload();
    await page.getByRole('heading', { name: 'Hello Lena' }).waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await page.getByRole('heading', { name: de.hello }).waitFor();
    await page.getByRole('checkbox', { name: de.agree }).check();
    await page.getByRole('button', { name: de.start }).click();
    await page.getByText('Schritt 2 von 6').waitFor();

    // Each statement has two scales, "before" (looking back) and "now", each a group named with the statement.
    const statements = page.locator('main fieldset:has(fieldset)');
    expect(await statements.count()).toBe(3);
    const firstStatement = (await statements.nth(0).locator('legend').first().textContent()) ?? '';
    expect(await page.getByRole('group', { name: `${firstStatement} ${de.before}` }).count()).toBe(1);
    expect(await page.getByRole('group', { name: `${firstStatement} ${de.now}` }).count()).toBe(1);
    expect(await page.getByText(de.before, { exact: true }).count()).toBe(3);
    expect(await page.getByText(de.now, { exact: true }).count()).toBe(3);

    // "Before" lower than "now" for each statement, and an example in the participant's words.
    for (let index = 0; index < 3; index++) {
      const [before, now] = [scales(page).nth(index * 2), scales(page).nth(index * 2 + 1)];
      await before.getByRole('radio', { name: 'Stimme nicht zu' }).check();
      await now.getByRole('radio', { name: 'Stimme voll und ganz zu' }).check();
    }
    await page
      .getByRole('textbox', { name: de.example })
      .fill('Ich habe allein mit der Gastfamilie gekocht.');
    await page.getByRole('textbox', { name: de.example }).blur();
    await page.getByText(de.saved).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'end-two-columns');

    await answerToTheEnd(page, 2);
    await page.getByRole('button', { name: de.send }).click();
    await page.getByRole('heading', { name: de.thanks }).waitFor();
    await context.close();
  });

  it('shows the coordinator both surveys as submitted, and the answers with the look back', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await signIn(page, server.url, coordinator.email, coordinator.password);

    await page.goto(`${server.url}/o/${world.organisationId}/mobilities/${firstMobilityId}`);
    const firstPlan = page.getByRole('table', { name: 'Outcome surveys' });
    await firstPlan
      .getByRole('row', { name: /Baseline/ })
      .getByText('Submitted')
      .waitFor();
    expect(
      await firstPlan
        .getByRole('row', { name: /End of mobility/ })
        .getByText('Not yet due')
        .count(),
    ).toBe(1);

    await page.goto(`${server.url}/o/${world.organisationId}/mobilities/${secondMobilityId}`);
    const plan = page.getByRole('table', { name: 'Outcome surveys' });
    await plan
      .getByRole('row', { name: /End of mobility/ })
      .getByText('Submitted')
      .waitFor();
    expect(
      await plan
        .getByRole('row', { name: /Baseline/ })
        .getByText('Invitation sent')
        .count(),
    ).toBe(1);
    await screenshot(page, 'mobility-panel', page.getByTestId('mobility-surveys'));
    expect(await seriousA11yViolationsIn(page, '[data-testid="mobility-surveys"]')).toEqual([]);

    await page
      .getByRole('button', { name: /^View answers of Lena Vogel \(end of mobility survey\)/ })
      .click();
    const dialog = page.getByRole('dialog', { name: /Lena Vogel · End of mobility survey/ });
    await dialog.getByRole('columnheader', { name: 'Before' }).first().waitFor();
    await dialog.getByText('I feel confident in my own abilities.').waitFor();
    expect(await dialog.getByText('2 · Disagree').count()).toBe(3);
    expect(await dialog.getByText('5 · Strongly agree').count()).toBe(3);
    await dialog.getByText('Ich habe allein mit der Gastfamilie gekocht.').waitFor();
    await dialog.getByRole('table', { name: 'Language skills' }).waitFor();
    // What the participant agreed to, and in which wording and language.
    expect(await dialog.getByTestId('survey-consent').textContent()).toMatch(/consent wording 2026-12\/de/);
    expect(await seriousA11yViolationsIn(page, '[role="dialog"]')).toEqual([]);
    await screenshot(page, 'answers', page.locator('.mantine-Modal-content'));
    await page.keyboard.press('Escape');

    // The baseline of the second mobility went out and is not answered: a manual reminder, then not again today.
    const actions = page.getByRole('button', { name: 'Actions for Lena Vogel (baseline survey)' });
    await actions.click();
    await page.getByRole('menuitem', { name: 'Send reminder' }).click();
    await page.getByText('A reminder with a new link went to Lena Vogel').waitFor();
    await plan
      .getByRole('row', { name: /Baseline/ })
      .getByText('Manual reminder sent')
      .waitFor();
    await actions.click();
    await page.getByRole('menuitem', { name: 'Send reminder' }).click();
    await page.getByText('A reminder went out less than 24 hours ago').waitFor();

    // Copy link: a fresh link to pass on by hand.
    await actions.click();
    await page.getByRole('menuitem', { name: 'Copy link' }).click();
    const linkDialog = page.getByRole('dialog', { name: 'Personal survey link' });
    expect(await linkDialog.getByTestId('survey-link').inputValue()).toMatch(/\/s\/[\w-]{43}$/);
    await linkDialog.getByRole('button', { name: 'Close' }).last().click();
    await context.close();
  });

  it('shows the project response rates, settings and the people who have not answered', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await signIn(page, server.url, coordinator.email, coordinator.password);
    await page.goto(`${server.url}/o/${world.organisationId}/projects/${world.projectId}`);

    const rates = page.getByRole('table', { name: 'Response rates' });
    const baseline = rates.getByRole('row', { name: /Baseline/ });
    await baseline.waitFor();
    // Two baselines sent, one answered; one end-of-mobility survey sent and answered.
    expect((await baseline.getByRole('cell').allTextContents()).slice(1)).toEqual([
      '2',
      '2',
      '1',
      '0',
      '50 %',
    ]);
    expect(
      await rates
        .getByRole('row', { name: /End of mobility/ })
        .getByText('100 %')
        .count(),
    ).toBe(1);

    const outstanding = page.getByRole('table', { name: 'Surveys not answered' });
    await outstanding.getByRole('row', { name: /Lena Vogel/ }).waitFor();
    await screenshot(page, 'project-panel', page.locator('section[aria-labelledby="project-surveys"]'));
    expect(await outstanding.getByRole('row').count()).toBe(2);
    await page.getByRole('checkbox', { name: 'Select Lena Vogel (baseline survey)' }).check();
    await page.getByRole('button', { name: 'Send reminder (1)' }).click();
    // Reminded by hand minutes ago: skipped, and said so.
    await page.getByText('0 reminders sent').waitFor();
    await page.getByText('1 skipped: 1 reminded in the last 24 hours.').waitFor();

    await page.getByRole('textbox', { name: 'Automatic reminders' }).fill('14, 7');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Reminder days must increase').waitFor();
    await page.getByRole('textbox', { name: 'Automatic reminders' }).fill('5, 10');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Survey settings saved').waitFor();
    expect(await seriousA11yViolationsIn(page, 'section[aria-labelledby="project-surveys"]')).toEqual([]);
    await context.close();
  });
});
