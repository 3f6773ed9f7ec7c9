import { insertSurveySession, saveSurveyAnswer, setSurveyConsent } from '@mobilis/db';
import {
  certificateTranslations,
  keyCompetenceLabels,
  type OutcomeCode,
  outcomeByCode,
  translations,
} from '@mobilis/schema';
import type { FastifyInstance } from 'fastify';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSecret } from '../src/auth/secrets.js';
import { certificateFileName, uniqueNames } from '../src/certificate/file-names.js';
import { outcomeProgress } from '../src/certificate/outcome-progress.js';
import { buildServer } from '../src/server.js';
import { createMobilityWorld, participantInput } from './support/fixtures.js';
import { type Caller, createTestApi, type MemoryCookie, type TestApi } from './support/harness.js';
import { answerSurvey, surveysOf } from './support/survey-answers.js';
import { zipEntries } from './support/zip.js';

// Participant certificates through HTTP, as the console's download links and the receipt page fetch them: who may
// download which one, and what the PDF says (read back by text extraction).

let api: TestApi;
let app: FastifyInstance;
let organisationId: string;
let coordinator: Caller & { cookie: MemoryCookie };
let viewer: Caller & { cookie: MemoryCookie };
let outsider: Caller & { cookie: MemoryCookie };

const at = (day: string) => new Date(`${day}T10:00:00Z`);
const de = { ...translations.de, ...certificateTranslations.de };
const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('de') + text.slice(1);
const titleDe = (code: OutcomeCode) => capitalised(de[`outcome.${code}.title`]);

beforeAll(async () => {
  api = await createTestApi(); // the clock starts at 2027-03-01
  organisationId = (await api.createOrganisation({ legalName: 'Gymnasium Berlin-Mitte' })).id;
  coordinator = await api.member(organisationId, 'coordinator');
  viewer = await api.member(organisationId, 'viewer');
  const otherOrganisation = await api.createOrganisation({ legalName: 'Another school' });
  outsider = await api.member(otherOrganisation.id, 'coordinator');
  app = await buildServer({ services: api.services });
});
afterAll(async () => {
  await app.close();
  await api.close();
});

/**
 * A planned mobility of a German-speaking pupil who answered the baseline (2 everywhere) and the end survey (4 now,
 * 3 looking back), except the L05 statements, where the end rating stayed at 2.
 */
async function answeredMobility(
  person: Record<string, unknown> = {},
  projectId?: string,
  { contactConsent = false } = {},
) {
  const db = api.database.db;
  const world = await createMobilityWorld(coordinator, organisationId);
  const pupil = await coordinator.participant.create(participantInput(organisationId, person));
  const { id } = await coordinator.mobility.create({
    ...world.mobilityInput,
    projectId: projectId ?? world.project.id,
    participation: { mode: 'individual', participantId: pupil.id },
  });
  await coordinator.mobility.changeStatus({ organisationId, id, status: 'planned' });
  const surveys = await surveysOf(db, id);
  await answerSurvey(db, surveys.baseline, { rating: 2 }, at('2027-02-15'));
  await answerSurvey(
    db,
    surveys.end,
    { rating: 4, retrospective: 3, example: 'Ich kann jetzt auf Französisch einkaufen.' },
    at('2027-03-14'),
  );
  for (const indicator of outcomeByCode('L05')?.indicators ?? [])
    await saveSurveyAnswer(db, {
      surveyId: surveys.end.id,
      indicatorCode: indicator.code,
      rating: 2,
      notApplicable: false,
      retrospectiveRating: 2,
      retrospectiveNotApplicable: false,
    });
  if (contactConsent) await setSurveyConsent(db, surveys.end.id, true, at('2027-03-14'));
  return { mobilityId: id, participantId: pupil.id, projectId: projectId ?? world.project.id, surveys };
}

const complete = (id: string) =>
  coordinator.mobility.changeStatus({ organisationId, id, status: 'completed' });

const cookieOf = (caller: { cookie: MemoryCookie }) => `mobilis_session=${caller.cookie.value}`;

function get(url: string, cookie?: string) {
  return app.inject({ url, headers: cookie ? { cookie } : {} });
}

const certificateUrl = (mobilityId: string, participantId: string) =>
  `/api/organisations/${organisationId}/certificates/mobilities/${mobilityId}/participants/${participantId}.pdf`;
const projectCertificatesUrl = (projectId: string) =>
  `/api/organisations/${organisationId}/certificates/projects/${projectId}.zip`;

/** The PDF's text on one line, as a reader would search it. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('a coordinator’s certificate download', () => {
  it('is a PDF in the participant’s language naming them, the mobility and the outcomes they progressed on', async () => {
    const { mobilityId, participantId } = await answeredMobility({
      givenName: 'Łucja',
      familyName: 'Größer',
    });
    await complete(mobilityId);

    const response = await get(certificateUrl(mobilityId, participantId), cookieOf(coordinator));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="certificate-2027-03-01-grosser-lucja.pdf"',
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const text = await pdfText(response.rawPayload);

    expect(text).toContain('Łucja Größer');
    expect(text).toContain(de['certificate.title']);
    expect(text).toContain(de['activity.LM-SHORT-PUPIL']);
    expect(text).toContain('vom 1. März 2027 bis zum 14. März 2027');
    expect(text).toContain('14 Tage');
    expect(text).toContain('Lycée Victor Hugo, Paris, Frankreich');
    expect(text).toContain('Gymnasium Berlin-Mitte, Berlin, Deutschland');
    // Outcomes with progress, their statements with the baseline rating before and the end rating after.
    expect(text).toContain(titleDe('L06'));
    expect(text).toContain(titleDe('L09'));
    expect(text).toContain(`${de['certificate.before']} ${de['certificate.after']}`);
    expect(text).toContain(`${de['indicator.L06.curiosity.statement']} 2 4`);
    expect(text).toContain(keyCompetenceLabels.cultural_awareness.de);
    // No progress on L05; no own words without consent to share them.
    expect(text).not.toContain(titleDe('L05'));
    expect(text).not.toContain('Französisch einkaufen');
    expect(text).toMatch(/Referenz: MOB-[0-9a-f]{8}/);
  });

  it('quotes the participant’s own words when they agreed to share them', async () => {
    const { mobilityId, participantId } = await answeredMobility({}, undefined, { contactConsent: true });
    await complete(mobilityId);
    const response = await get(certificateUrl(mobilityId, participantId), cookieOf(viewer));
    expect(response.statusCode).toBe(200);
    const text = await pdfText(response.rawPayload);
    expect(text).toContain(de['certificate.ownWords.heading']);
    expect(text).toContain('Ich kann jetzt auf Französisch einkaufen.');
  });

  it('uses the retrospective rating as “before” when the baseline survey was not answered', async () => {
    const db = api.database.db;
    const world = await createMobilityWorld(coordinator, organisationId);
    const pupil = await coordinator.participant.create(
      participantInput(organisationId, { givenName: 'Ana', familyName: 'Costa', preferredLanguage: 'pt' }),
    );
    const { id } = await coordinator.mobility.create({
      ...world.mobilityInput,
      participation: { mode: 'individual', participantId: pupil.id },
    });
    await coordinator.mobility.changeStatus({ organisationId, id, status: 'planned' });
    await answerSurvey(db, (await surveysOf(db, id)).end, { rating: 5, retrospective: 3 }, at('2027-03-14'));
    await complete(id);

    const text = await pdfText((await get(certificateUrl(id, pupil.id), cookieOf(coordinator))).rawPayload);
    const pt = { ...translations.pt, ...certificateTranslations.pt };
    expect(text).toContain('Ana Costa');
    expect(text).toContain(pt['certificate.title']);
    expect(text).toContain(`${pt['indicator.L06.curiosity.statement']} 3 5`);
  });

  it('records the download in the mobility’s history, without personal data', async () => {
    const { mobilityId, participantId } = await answeredMobility();
    await complete(mobilityId);
    await get(certificateUrl(mobilityId, participantId), cookieOf(coordinator));
    const trail = await coordinator.audit.trail({
      organisationId,
      entityType: 'mobility',
      entityId: mobilityId,
    });
    expect(trail[0]).toMatchObject({
      action: 'certificate',
      changes: { participantId: { to: participantId } },
    });
  });

  it('is refused while the mobility is not completed', async () => {
    const { mobilityId, participantId } = await answeredMobility();
    const response = await get(certificateUrl(mobilityId, participantId), cookieOf(coordinator));
    expect(response.statusCode).toBe(409);
    expect(response.body).toBe('Certificates are issued once a mobility is completed: this one is planned.');
  });

  it('does not exist for another organisation, someone signed out, or a person outside the mobility', async () => {
    const { mobilityId, participantId } = await answeredMobility();
    await complete(mobilityId);
    expect((await get(certificateUrl(mobilityId, participantId), cookieOf(outsider))).statusCode).toBe(404);
    expect((await get(certificateUrl(mobilityId, participantId))).statusCode).toBe(401);
    const stranger = await coordinator.participant.create(participantInput(organisationId));
    expect((await get(certificateUrl(mobilityId, stranger.id), cookieOf(coordinator))).statusCode).toBe(404);
    expect((await get(certificateUrl('not-an-id', participantId), cookieOf(coordinator))).statusCode).toBe(
      404,
    );
  });
});

describe('a project’s certificates', () => {
  it('are one PDF per participant of its completed mobilities, in one zip', async () => {
    const first = await answeredMobility({ givenName: 'Lena', familyName: 'Schmidt' });
    const second = await answeredMobility({ givenName: 'Jonas', familyName: 'Weber' }, first.projectId);
    await answeredMobility({ givenName: 'Mia', familyName: 'Planned' }, first.projectId);
    await complete(first.mobilityId);
    await complete(second.mobilityId);

    const url = projectCertificatesUrl(first.projectId);
    const response = await get(url, cookieOf(coordinator));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    const entries = await zipEntries(response.rawPayload);
    expect(entries.map((entry) => entry.name).sort()).toEqual([
      'certificate-2027-03-01-schmidt-lena.pdf',
      'certificate-2027-03-01-weber-jonas.pdf',
    ]);
    const texts = await Promise.all(entries.map((entry) => pdfText(entry.data)));
    expect(texts.some((text) => text.includes('Jonas Weber'))).toBe(true);
    expect(texts.some((text) => text.includes('Lena Schmidt'))).toBe(true);

    expect((await get(url, cookieOf(outsider))).statusCode).toBe(404);
    const trail = await coordinator.audit.trail({
      organisationId,
      entityType: 'project',
      entityId: first.projectId,
    });
    expect(trail[0]).toMatchObject({ action: 'certificates', changes: { certificates: { to: 2 } } });
  });

  it('are refused while no mobility of the project is completed', async () => {
    const { projectId } = await answeredMobility();
    const response = await get(projectCertificatesUrl(projectId), cookieOf(coordinator));
    expect(response.statusCode).toBe(409);
  });
});

describe('the participant’s own download', () => {
  async function surveySession(surveyId: string) {
    const session = newSecret();
    await insertSurveySession(api.database.db, {
      id: session.id,
      surveyId,
      expiresAt: new Date(api.services.clock().getTime() + 60 * 60 * 1000),
    });
    return `mobilis_survey=${session.token}`;
  }

  it('waits for the mobility to be completed, in the participant’s language, then gives their certificate', async () => {
    const { mobilityId, surveys } = await answeredMobility({ givenName: 'Paul', familyName: 'Meyer' });
    const cookie = await surveySession(surveys.end.id);

    const early = await get('/api/survey/certificate.pdf', cookie);
    expect(early.statusCode).toBe(409);
    expect(early.body).toContain('Dein Zertifikat ist noch nicht verfügbar');
    expect(early.body).toContain('Gymnasium Berlin-Mitte');

    await complete(mobilityId);
    const response = await get('/api/survey/certificate.pdf', cookie);
    expect(response.statusCode).toBe(200);
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    const text = await pdfText(response.rawPayload);
    expect(text).toContain('Paul Meyer');
    expect(text).toContain(titleDe('L06'));
  });

  it('needs a live survey session', async () => {
    expect((await get('/api/survey/certificate.pdf')).statusCode).toBe(401);
    expect((await get('/api/survey/certificate.pdf', 'mobilis_survey=unknown')).statusCode).toBe(401);
  });
});

describe('certificate building blocks', () => {
  it('name files in plain ASCII, unique within an archive', () => {
    const name = certificateFileName({ givenName: 'Łucja', familyName: 'Nowak-Żak' }, '2027-03-01');
    expect(name).toBe('certificate-2027-03-01-nowak-zak-lucja.pdf');
    expect(uniqueNames([name, 'other.pdf', name])).toEqual([
      name,
      'other.pdf',
      'certificate-2027-03-01-nowak-zak-lucja-2.pdf',
    ]);
  });

  it('count progress only where both ratings exist and the later one is higher', () => {
    const answer = (indicatorCode: string, rating: number | null, retrospectiveRating: number | null) => ({
      indicatorCode,
      rating,
      retrospectiveRating,
    });
    const progress = outcomeProgress(
      ['L05', 'L06'],
      [answer('L06.curiosity', 4, null)],
      [
        answer('L05.language', null, 2), // not applicable now
        answer('L05.digital', 3, 3), // no change
        answer('L06.curiosity', 5, 1), // the baseline, not the look back, is "before"
        answer('L06.adapting', 4, 2),
      ],
    );
    expect(progress).toEqual([
      {
        code: 'L06',
        indicators: [
          { code: 'L06.adapting', before: 2, after: 4 },
          { code: 'L06.curiosity', before: 4, after: 5 },
        ],
        competences: ['personal_social_learning', 'cultural_awareness'],
      },
    ]);
  });
});
