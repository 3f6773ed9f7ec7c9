import { addDays } from '@mobilis/schema';
import type { FastifyInstance } from 'fastify';
import type { Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDueMessages } from '../src/mail/outbox-sender.js';
import { buildServer } from '../src/server.js';
import { runSurveyRound } from '../src/survey/survey-scheduler.js';
import { codeOf } from './support/errors.js';
import { createMobilityWorld, participantInput } from './support/fixtures.js';
import { type Caller, createTestApi, type TestApi } from './support/harness.js';

const day = 24 * 60 * 60 * 1000;
let api: TestApi;
let organisationId: string;
let coordinator: Caller;
let app: FastifyInstance;

beforeAll(async () => {
  api = await createTestApi(); // the clock starts at 2027-03-01
  organisationId = (await api.createOrganisation({ legalName: 'Gymnasium Berlin-Mitte' })).id;
  coordinator = await api.member(organisationId, 'coordinator');
  app = await buildServer({ services: api.services });
});
afterAll(async () => {
  await app.close();
  await api.close();
});

/** A planned mobility from `startDate` for two weeks, for a new German-speaking pupil. */
async function plannedMobility(startDate: string, endDate: string, overrides: Record<string, unknown> = {}) {
  const world = await createMobilityWorld(coordinator, organisationId);
  const pupil = await coordinator.participant.create(
    participantInput(organisationId, { preferredLanguage: 'de', ...overrides }),
  );
  const { id } = await coordinator.mobility.create({
    ...world.mobilityInput,
    participation: { mode: 'individual', participantId: pupil.id },
    startDate,
    endDate,
    mainLanguage: 'fr',
  });
  await coordinator.mobility.changeStatus({ organisationId, id, status: 'planned' });
  return {
    mobilityId: id,
    participantId: pupil.id,
    projectId: world.project.id,
    email: (overrides.email as string) ?? undefined,
  };
}

const round = () =>
  runSurveyRound({
    db: api.database.db,
    clock: api.services.clock,
    publicUrl: () => 'http://localhost:3000',
  });

async function messagesTo(participantId: string) {
  const participant = await api.database.db
    .selectFrom('participant')
    .select('email')
    .where('id', '=', participantId)
    .executeTakeFirstOrThrow();
  return api.database.db
    .selectFrom('outboxMessage')
    .select(['kind', 'subject', 'bodyText'])
    .where('toAddress', '=', participant.email ?? '')
    .orderBy('createdAt')
    .execute();
}

const tokenIn = (body: string) => /\/s\/([A-Za-z0-9_-]{43})/.exec(body)?.[1] ?? '';

async function openLink(token: string) {
  const response = await app.inject({ url: `/s/${token}` });
  const cookie = String(response.headers['set-cookie'] ?? '').split(';')[0] ?? '';
  return { response, cookie };
}

async function surveyCall(cookie: string, procedure: string, input?: unknown) {
  const response = await app.inject(
    input === undefined && procedure === 'current'
      ? { url: `/trpc/surveyResponse.${procedure}`, headers: { cookie } }
      : {
          method: 'POST',
          url: `/trpc/surveyResponse.${procedure}`,
          headers: { cookie, 'content-type': 'application/json' },
          payload: input ?? {},
        },
  );
  return { status: response.statusCode, body: response.json() };
}

describe('the survey plan', () => {
  it('plans a baseline, an end and a follow-up survey when the mobility is planned, and moves them with its dates', async () => {
    const { mobilityId } = await plannedMobility('2027-04-10', '2027-04-23');
    const plan = await coordinator.survey.plan({ organisationId, mobilityId });
    expect(plan.map((survey) => [survey.wave, survey.dueDate, survey.status])).toEqual([
      ['baseline', '2027-03-27', 'scheduled'],
      ['end', '2027-04-23', 'scheduled'],
      ['follow_up', '2027-10-20', 'scheduled'],
    ]);
    await coordinator.mobility.update({
      organisationId,
      id: mobilityId,
      startDate: '2027-04-12',
      endDate: '2027-04-25',
    });
    expect((await coordinator.survey.plan({ organisationId, mobilityId }))[0]?.dueDate).toBe('2027-03-29');
  });

  it('follows the project settings: offsets and no follow-up', async () => {
    const { mobilityId, projectId } = await plannedMobility('2027-05-10', '2027-05-20');
    await coordinator.survey.updateSettings({
      organisationId,
      projectId,
      baselineOffsetDays: 7,
      followUpOffsetDays: 90,
      followUpEnabled: false,
      reminderDays: [5],
    });
    const plan = await coordinator.survey.plan({ organisationId, mobilityId });
    expect(plan.map((survey) => [survey.wave, survey.dueDate])).toEqual([
      ['baseline', '2027-05-03'],
      ['end', '2027-05-20'],
    ]);
  });

  it('drops surveys not sent yet when the mobility is cancelled', async () => {
    const { mobilityId } = await plannedMobility('2027-06-10', '2027-06-20');
    await coordinator.mobility.changeStatus({ organisationId, id: mobilityId, status: 'cancelled' });
    expect(await coordinator.survey.plan({ organisationId, mobilityId })).toEqual([]);
  });
});

describe('invitations and reminders', () => {
  it('invites in the participant’s language when a survey is due, with a link whose token is never stored', async () => {
    const { mobilityId, participantId } = await plannedMobility('2027-03-10', '2027-03-23');
    await round();
    const [invitation] = await messagesTo(participantId);
    expect(invitation?.kind).toBe('survey_invitation');
    expect(invitation?.subject).toContain('Gymnasium Berlin-Mitte');
    expect(invitation?.bodyText).toMatch(/^Hallo Lena,/);
    // Every message says where to read how the organisation handles their data, in their language.
    expect(invitation?.bodyText).toMatch(
      /Wie .+ mit deinen Daten umgeht: http\S+\/privacy\/[0-9a-f-]{36}\?lang=de$/,
    );
    const token = tokenIn(invitation?.bodyText ?? '');
    expect(token).toHaveLength(43);
    const stored = await api.database.db.selectFrom('surveyLink').select('id').execute();
    expect(JSON.stringify(stored)).not.toContain(token);
    const [baseline] = await coordinator.survey.plan({ organisationId, mobilityId });
    expect(baseline?.status).toBe('invited');
  });

  it('reminds automatically after 7 and 14 days, then stops; never twice, also with two workers at once', async () => {
    const { participantId } = await plannedMobility('2027-03-12', '2027-03-25');
    await Promise.all([round(), round()]);
    expect((await messagesTo(participantId)).map((m) => m.kind)).toEqual(['survey_invitation']);
    api.advance(7 * day);
    await Promise.all([round(), round()]);
    api.advance(7 * day);
    await Promise.all([round(), round()]);
    expect((await messagesTo(participantId)).map((m) => m.kind)).toEqual([
      'survey_invitation',
      'survey_reminder',
      'survey_reminder',
    ]);
    // The end-of-mobility survey falls due meanwhile and gets its own invitation and two reminders; then silence.
    for (const wait of [30, 7, 7, 60]) {
      api.advance(wait * day);
      await Promise.all([round(), round()]);
    }
    const kinds = (await messagesTo(participantId)).map((m) => m.kind);
    expect(kinds.filter((kind) => kind === 'survey_invitation')).toHaveLength(2);
    expect(kinds.filter((kind) => kind === 'survey_reminder')).toHaveLength(4);
  });

  it('allows one manual reminder per survey in 24 hours', async () => {
    const { mobilityId } = await plannedMobility('2027-03-15', '2027-03-28');
    await round();
    const surveys = await coordinator.survey.plan({ organisationId, mobilityId });
    const invited = surveys.find((survey) => survey.status === 'invited');
    const surveyId = invited?.id ?? '';
    await coordinator.survey.sendReminder({ organisationId, surveyId });
    expect(await codeOf(coordinator.survey.sendReminder({ organisationId, surveyId }))).toBe('CONFLICT');
    api.advance(day + 1);
    await coordinator.survey.sendReminder({ organisationId, surveyId });
  });

  it('sends nothing more once a participant is excluded, and their link stops working', async () => {
    const { mobilityId, participantId } = await plannedMobility('2027-07-18', '2027-07-31');
    api.advance(30 * day);
    await round();
    const sent = await messagesTo(participantId);
    expect(sent.map((m) => m.kind)).toEqual(['survey_invitation']);
    const token = tokenIn(sent[0]?.bodyText ?? '');
    await coordinator.survey.exclude({
      organisationId,
      mobilityId,
      participantId,
      reason: 'Left the school',
    });
    api.advance(60 * day);
    await round();
    expect(await messagesTo(participantId)).toEqual(sent);
    const { response } = await openLink(token);
    expect(response.headers.location).toBe('/survey/unavailable?reason=invalid');
  });
});

describe('answering through the link', () => {
  it('opens a session on an address without the token, saves answers as given, and submits once', async () => {
    const { participantId } = await plannedMobility('2027-03-20', '2027-04-02');
    api.advance(90 * day);
    await round();
    const token = tokenIn((await messagesTo(participantId))[0]?.bodyText ?? '');
    const { response, cookie } = await openLink(token);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/survey');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(String(response.headers['set-cookie'])).toMatch(/^mobilis_survey=.*HttpOnly/);

    const current = await surveyCall(cookie, 'current');
    expect(current.body.result.data).toMatchObject({
      wave: 'baseline',
      locale: 'de',
      givenName: 'Lena',
      consent: { given: false },
    });
    const indicator = current.body.result.data.outcomes[0].indicators[0];

    expect((await surveyCall(cookie, 'saveAnswer', { indicatorCode: indicator, rating: 4 })).status).toBe(
      400,
    );
    expect((await surveyCall(cookie, 'consent', { agree: true, contactConsent: true })).status).toBe(200);
    expect((await surveyCall(cookie, 'saveAnswer', { indicatorCode: indicator, rating: 6 })).status).toBe(
      400,
    );
    expect((await surveyCall(cookie, 'saveAnswer', { indicatorCode: 'S01.methods', rating: 3 })).status).toBe(
      400,
    );
    expect(
      (await surveyCall(cookie, 'saveAnswer', { indicatorCode: indicator, rating: 4, retrospective: 2 }))
        .status,
    ).toBe(400);
    expect((await surveyCall(cookie, 'saveAnswer', { indicatorCode: indicator, rating: 4 })).status).toBe(
      200,
    );
    expect(
      (await surveyCall(cookie, 'saveAnswer', { indicatorCode: indicator, rating: 'not_applicable' })).status,
    ).toBe(200);
    expect((await surveyCall(cookie, 'saveLanguageRating', { skill: 'reading', level: 'A2' })).status).toBe(
      200,
    );

    const again = await surveyCall(cookie, 'current');
    expect(again.body.result.data.answers).toEqual([
      { indicatorCode: indicator, rating: 'not_applicable', retrospective: null },
    ]);

    const [first, second] = await Promise.all([
      surveyCall(cookie, 'submit', {}),
      surveyCall(cookie, 'submit', {}),
    ]);
    const receipt = first.body.result.data.submitted.receipt;
    expect(receipt).toMatch(/^MOB-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(second.body.result.data.submitted.receipt).toBe(receipt);
    expect((await surveyCall(cookie, 'submit', {})).body.result.data.submitted.receipt).toBe(receipt);
    expect((await surveyCall(cookie, 'saveAnswer', { indicatorCode: indicator, rating: 5 })).status).toBe(
      409,
    );
    // A survey sent is closed: not even its language changes (the receipt page switches language in the browser).
    expect((await surveyCall(cookie, 'setLocale', { locale: 'fr' })).status).toBe(409);
    expect((await openLink(token)).response.headers.location).toBe('/survey/unavailable?reason=submitted');
  });

  it('shows the same page for a wrong token as for a withdrawn one, and refuses calls without a session', async () => {
    expect((await openLink('x'.repeat(43))).response.headers.location).toBe(
      '/survey/unavailable?reason=invalid',
    );
    expect((await openLink('short')).response.headers.location).toBe('/survey/unavailable?reason=invalid');
    expect((await surveyCall('mobilis_survey=nonsense', 'current')).status).toBe(401);
  });
});

describe('consent', () => {
  it('records the wording agreed to, and its withdrawal stops every later survey, contact and quotation', async () => {
    const { participantId } = await plannedMobility('2029-09-20', '2029-10-03');
    // The baseline is due (two weeks before the start), the end survey not yet.
    api.advance(new Date('2029-09-10T09:00:00Z').getTime() - api.services.clock().getTime());
    await round();
    const token = tokenIn((await messagesTo(participantId))[0]?.bodyText ?? '');
    const { cookie } = await openLink(token);
    expect((await surveyCall(cookie, 'consent', { agree: true, contactConsent: true })).status).toBe(200);
    const db = api.database.db;
    const surveys = () =>
      db
        .selectFrom('survey')
        .select(['wave', 'status', 'consentWording', 'contactConsent', 'consentWithdrawnAt'])
        .where('participantId', '=', participantId)
        .orderBy('dueDate')
        .execute();
    expect((await surveys())[0]).toMatchObject({ consentWording: '2026-12/de', contactConsent: true });
    const indicator = (await surveyCall(cookie, 'current')).body.result.data.outcomes[0].indicators[0];
    await surveyCall(cookie, 'saveAnswer', { indicatorCode: indicator, rating: 4 });
    await surveyCall(cookie, 'saveExample', {
      outcomeCode: indicator.split('.')[0],
      text: 'Mein eigenes Beispiel',
    });
    expect((await surveyCall(cookie, 'submit', {})).status).toBe(200);

    const withdrawn = await surveyCall(cookie, 'withdrawConsent', {});
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.result.data).toEqual({ surveysStopped: 2 });
    const after = await surveys();
    expect(after.map((survey) => [survey.wave, survey.status])).toEqual([
      ['baseline', 'submitted'],
      ['end', 'excluded'],
      ['follow_up', 'excluded'],
    ]);
    expect(after.every((survey) => survey.consentWithdrawnAt && !survey.contactConsent)).toBe(true);
    const examples = await db
      .selectFrom('surveyExample')
      .innerJoin('survey', 'survey.id', 'surveyExample.surveyId')
      .select('text')
      .where('survey.participantId', '=', participantId)
      .execute();
    expect(examples).toEqual([]);
    // Nothing more is sent, not even for a mobility planned later.
    const later = await coordinator.mobility.create({
      ...(await createMobilityWorld(coordinator, organisationId)).mobilityInput,
      participation: { mode: 'individual', participantId },
      startDate: '2030-03-01',
      endDate: '2030-03-14',
    });
    await coordinator.mobility.changeStatus({ organisationId, id: later.id, status: 'planned' });
    const before = await messagesTo(participantId);
    api.advance(400 * day);
    await round();
    expect(await messagesTo(participantId)).toEqual(before);
  });
});

describe('limits on survey links', () => {
  it('lets a whole class behind one address open their links, and limits each link on its own', async () => {
    // A class of 40 behind one school address, each opening a link (unknown links here: the limits count every
    // attempt). Before, the 31st attempt from the address within ten minutes answered 429.
    const classLinks = Array.from(
      { length: 40 },
      (_, pupil) => `${'c'.repeat(40)}${String(pupil).padStart(3, '0')}`,
    );
    for (const link of classLinks) expect((await openLink(link)).response.statusCode).toBe(303);
    // One link opened again and again is stopped after 20 times in ten minutes, whatever the address.
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 21; attempt++)
      statuses.push((await openLink('r'.repeat(43))).response.statusCode);
    expect(statuses.slice(0, 20).every((status) => status === 303)).toBe(true);
    expect(statuses[20]).toBe(429);
    api.advance(11 * 60 * 1000);
    expect((await openLink('r'.repeat(43))).response.statusCode).toBe(303);
  });
});

describe('a message that cannot be sent', () => {
  it('marks its survey undelivered once the sender gives up', async () => {
    const today = api.services.clock().toISOString().slice(0, 10);
    const { mobilityId } = await plannedMobility(addDays(today, 5), addDays(today, 18));
    await round();
    const failingTransport = {
      sendMail: async () => {
        throw new Error('550 mailbox unavailable');
      },
    } as unknown as Transporter;
    await sendDueMessages({
      db: api.database.db,
      transport: failingTransport,
      from: 'test@mobilis.test',
      clock: api.services.clock,
      maxAttempts: 1,
      batchSize: 500,
    });
    const [baseline] = await coordinator.survey.plan({ organisationId, mobilityId });
    expect(baseline).toMatchObject({
      wave: 'baseline',
      status: 'undelivered',
      undeliveredReason: 'The e-mail could not be sent',
    });
  });
});
