import { readFile } from 'node:fs/promises';
import type { Browser, Download, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchBrowser } from './support/browser.js';
import { admin, adminEnv, signIn } from './support/console.js';
import { linkPath, type Mailbox, mailEnv, startMailbox } from './support/mailbox.js';
import { type RunningServer, type ServerDatabase, startServer, testDatabase } from './support/server.js';
import { ApiSession, createSurveyWorld, daysFromToday, type SurveyWorld } from './support/survey-api.js';

const chromiumPath = findChromium();

const coordinator = {
  name: 'Jan Becker',
  email: 'jan.becker@gesamtschule-rhein.test',
  password: 'drei-schiffe-auf-dem-rhein',
};
const pupil = { given: 'Zoë', family: 'Wójcik', email: 'zoe.wojcik@schueler.test' };
const ownWords = 'Ich habe in Lyon allein den Weg zur Schule gefunden.';

// What the German certificate says, as @mobilis/schema ships it.
const de = {
  title: 'Nachweis über einen Lernaufenthalt im Ausland',
  activity: 'Kurzzeit-Lernmobilität von Schülerinnen und Schülern',
  outcomes: [
    'Ausgeprägtere Eigenverantwortung und größeres Selbstwertgefühl',
    'Ausgeprägteres interkulturelles Bewusstsein',
  ],
  statement: 'Ich bin neugierig auf andere Kulturen und Lebensweisen.',
  download: 'Dein Zertifikat herunterladen (PDF)',
};

/** The text of a downloaded PDF on one line, as a reader would search it. */
async function downloadedText(download: Download): Promise<string> {
  const bytes = await readFile(await download.path());
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

async function downloadFrom(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

/**
 * Answers the end-of-mobility survey over HTTP as the survey pages do, and returns the survey session cookie: the
 * participant rates every statement 2 looking back and 4 now, and writes one example.
 */
async function answerEndSurvey(url: string, link: string, outcomes: readonly string[], indicators: string[]) {
  const opened = await fetch(`${url}${link}`, { redirect: 'manual' });
  const cookie = (opened.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const call = async (procedure: string, input: unknown) => {
    const response = await fetch(`${url}/trpc/surveyResponse.${procedure}`, {
      method: 'POST',
      headers: { cookie, origin: url, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    expect(response.status, procedure).toBe(200);
  };
  await call('consent', { agree: true, contactConsent: true });
  for (const indicatorCode of indicators)
    await call('saveAnswer', { indicatorCode, rating: 4, retrospective: 2 });
  await call('saveExample', { outcomeCode: outcomes[0], text: ownWords });
  await call('submit', {});
  const [name = '', value = ''] = cookie.split(/=(.*)/s);
  return { name, value };
}

describe.skipIf(!chromiumPath)('certificates of a completed mobility', () => {
  let database: ServerDatabase;
  let server: RunningServer;
  let mailbox: Mailbox;
  let browser: Browser;
  let world: SurveyWorld;
  let mobilityId: string;
  let surveyCookie: { name: string; value: string };

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
    const adminApi = await ApiSession.signIn(server.url, admin.email, admin.password);
    world = await createSurveyWorld(adminApi, server.url, { coordinator, participant: pupil }, mailbox);

    // A two-week stay in Lyon that ends today, so its end-of-mobility survey goes out now.
    const partner = (legalName: string, oid: string, city: string, country: string) =>
      world.coordinator.mutate<{ id: string }>('partner.create', {
        organisationId: world.organisationId,
        legalName,
        oid,
        country,
        city,
        type: 'school',
      });
    const sending = await partner('Gesamtschule am Rhein', 'E10998877', 'Köln', 'DE');
    const hosting = await partner('Lycée Ampère', 'E10776655', 'Lyon', 'FR');
    const outcomes = ['L04', 'L06'];
    ({ id: mobilityId } = await world.coordinator.mutate<{ id: string }>('mobility.create', {
      organisationId: world.organisationId,
      projectId: world.projectId,
      activityType: 'LM-SHORT-PUPIL',
      participation: { mode: 'individual', participantId: world.participantId },
      sendingOrganisationId: sending.id,
      receivingOrganisationId: hosting.id,
      origin: { city: 'Köln', country: 'DE', coordinates: { lat: 50.94, lon: 6.96 } },
      destination: { city: 'Lyon', country: 'FR', coordinates: { lat: 45.76, lon: 4.84 } },
      startDate: daysFromToday(-13),
      endDate: daysFromToday(0),
      travelDays: 2,
      meansOfTransport: 'train',
      mainLanguage: 'fr',
      targetOutcomes: outcomes,
    }));
    await world.coordinator.mutate('mobility.changeStatus', {
      organisationId: world.organisationId,
      id: mobilityId,
      status: 'planned',
    });
    const invitation = await mailbox.waitFor(pupil.email, (message) =>
      message.subject.includes('Am Ende deines Auslandsaufenthalts'),
    );
    const indicators = ['self-confidence', 'coping', 'own-opinion'].map((slug) => `L04.${slug}`);
    indicators.push(...['own-culture', 'adapting', 'curiosity'].map((slug) => `L06.${slug}`));
    surveyCookie = await answerEndSurvey(
      server.url,
      linkPath(invitation.bodyText, /\/s\/[\w-]{43}$/),
      outcomes,
      indicators,
    );
    await world.coordinator.mutate('mobility.changeStatus', {
      organisationId: world.organisationId,
      id: mobilityId,
      status: 'completed',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await mailbox?.close();
    await database?.dispose();
  });

  it('lets the coordinator download a participant’s certificate from the mobility page', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await signIn(page, server.url, coordinator.email, coordinator.password);
    await page.goto(`${server.url}/o/${world.organisationId}/mobilities/${mobilityId}`);
    const certificates = page.getByTestId('certificates');
    const button = certificates.getByRole('link', {
      name: `Certificate (PDF) of ${pupil.given} ${pupil.family}`,
    });
    await button.waitFor();

    const download = await downloadFrom(page, () => button.click());
    expect(download.suggestedFilename()).toMatch(/^certificate-\d{4}-\d{2}-\d{2}-wojcik-zoe\.pdf$/);
    const text = await downloadedText(download);
    expect(text).toContain(`${pupil.given} ${pupil.family}`);
    expect(text).toContain(de.title);
    expect(text).toContain(de.activity);
    expect(text).toContain('Lycée Ampère, Lyon, Frankreich');
    for (const outcome of de.outcomes) expect(text).toContain(outcome);
    expect(text).toContain(`${de.statement} 2 4`);
    expect(text).toContain(ownWords);
    await context.close();
  });

  it('lets the participant download their certificate from the survey receipt', async () => {
    const context = await browser.newContext({ locale: 'de-DE', acceptDownloads: true });
    await context.addCookies([{ ...surveyCookie, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/survey`);
    const button = page.getByRole('link', { name: de.download });
    await button.waitFor();

    const text = await downloadedText(await downloadFrom(page, () => button.click()));
    expect(text).toContain(`${pupil.given} ${pupil.family}`);
    expect(text).toContain(de.outcomes[1]);
    await context.close();
  });
});
