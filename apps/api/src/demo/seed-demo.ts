import { type Faker, fakerDE, fakerES, fakerIT, fakerNL, fakerPL } from '@faker-js/faker';
import {
  type Database,
  insertOrganisation,
  insertUser,
  setSpecialCategoryAccess,
  upsertMembership,
} from '@mobilis/db';
import {
  type ActivityTypeCode,
  addDays,
  eligibilityRules,
  type MobilityStatus,
  type ParticipantKind,
} from '@mobilis/schema';
import { hashPassword } from '../auth/passwords.js';
import type { SessionCookie } from '../auth/session-cookie.js';
import { startSession } from '../auth/sessions.js';
import { searchCities } from '../cities/city-index.js';
import { createCaller } from '../router/index.js';
import type { AppServices } from '../services.js';
import { createContextInner } from '../trpc/context.js';
import { type DemoActivity, type DemoOrganisation, demoOrganisations } from './demo-organisations.js';
import { seedDemoSurveys } from './demo-surveys.js';

const fakers: Record<DemoOrganisation['locale'], Faker> = {
  de: fakerDE,
  es: fakerES,
  pl: fakerPL,
  it: fakerIT,
  nl: fakerNL,
};

export interface DemoSummary {
  organisations: number;
  participants: number;
  mobilities: number;
  /** Surveys the participants have answered. */
  surveysSubmitted: number;
  /** Sign-in e-mails of the demo coordinators and viewers; they share `password`. */
  accounts: Array<{ email: string; organisation: string; role: 'coordinator' | 'viewer' }>;
  password: string;
}

/**
 * Fills a living demo: organisations in five countries with a project each, partners abroad, participants and
 * mobilities with plausible dates, cities and activity types, in every status, and the answers to the surveys
 * that fell due. Organisations, participants and mobilities go through the API's own procedures, so the demo
 * obeys the same rules, and leaves the same audit trail, as real work; survey answers go through the survey
 * repository, as the participants' survey pages do, but dated in the past.
 */
export async function seedDemo(
  services: AppServices,
  { password, seed = 2027 }: { password: string; seed?: number },
): Promise<DemoSummary> {
  const db = services.database.db;
  const passwordHash = await hashPassword(password);
  const summary: DemoSummary = {
    organisations: 0,
    participants: 0,
    mobilities: 0,
    surveysSubmitted: 0,
    accounts: [],
    password,
  };
  const organisationIds: string[] = [];

  for (const [index, demo] of demoOrganisations.entries()) {
    const faker = fakers[demo.locale];
    faker.seed(seed + index);
    const organisation = await insertOrganisation(db, demo.organisation);
    organisationIds.push(organisation.id);
    const slug = demo.organisation.oid.toLowerCase();
    const coordinatorEmail = `coordinator.${slug}@demo.mobilis.eu`;
    const viewerEmail = `viewer.${slug}@demo.mobilis.eu`;
    await addAccount(
      db,
      organisation.id,
      coordinatorEmail,
      faker.person.fullName(),
      'coordinator',
      passwordHash,
    );
    await addAccount(db, organisation.id, viewerEmail, faker.person.fullName(), 'viewer', passwordHash);
    summary.accounts.push(
      { email: coordinatorEmail, organisation: demo.organisation.legalName, role: 'coordinator' },
      { email: viewerEmail, organisation: demo.organisation.legalName, role: 'viewer' },
    );

    const api = await callerFor(services, coordinatorEmail);
    const counts = await seedOrganisation(api, organisation.id, demo, faker, services.clock());
    summary.organisations += 1;
    summary.participants += counts.participants;
    summary.mobilities += counts.mobilities;
  }
  summary.surveysSubmitted = await seedDemoSurveys(db, { organisationIds, seed, now: services.clock() });
  return summary;
}

async function addAccount(
  db: Database,
  organisationId: string,
  email: string,
  displayName: string,
  role: 'coordinator' | 'viewer',
  passwordHash: string,
) {
  const user = await insertUser(db, { email, displayName, passwordHash });
  await upsertMembership(db, user.id, organisationId, role);
  // The demo's coordinators record and see barrier categories, a permission of its own (special categories).
  if (role === 'coordinator')
    await setSpecialCategoryAccess(db, { userId: user.id, organisationId }, { by: user.id, at: new Date() });
}

type Api = ReturnType<typeof createCaller>;

async function callerFor(services: AppServices, email: string): Promise<Api> {
  const user = await services.database.db
    .selectFrom('appUser')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  const { token } = await startSession(
    services.database.db,
    user.id,
    services.clock(),
    services.config.sessionTtlMs,
  );
  const cookie: SessionCookie = { read: () => token, write: () => {}, clear: () => {} };
  return createCaller(await createContextInner({ services, cookie }));
}

async function place(city: string, country: string) {
  const [found] = await searchCities(city, { country, limit: 1 });
  return { city, country, coordinates: found ? { lat: found.lat, lon: found.lon } : null };
}

async function seedOrganisation(
  api: Api,
  organisationId: string,
  demo: DemoOrganisation,
  faker: Faker,
  now: Date,
) {
  const today = now.toISOString().slice(0, 10);
  const projectStart = addDays(today, -420);
  const project = await api.project.create({
    organisationId,
    beneficiaryOrganisationId: organisationId,
    grantAgreementNumber: demo.project.number,
    title: demo.project.title,
    actionType: demo.project.actionType,
    field: demo.project.field,
    startDate: projectStart,
    endDate: addDays(projectStart, 2 * 365 - 1),
  });

  const home = await place(demo.organisation.city, demo.organisation.country);
  const sending = await api.partner.create({
    organisationId,
    ...demo.organisation,
    erasmusCode: demo.organisation.erasmusCode ?? null,
  });
  const partners = [];
  for (const { language, ...partner } of demo.partners) {
    partners.push({
      ...(await api.partner.create({ organisationId, ...partner })),
      place: await place(partner.city, partner.country),
      language,
    });
  }

  let participants = 0;
  const newParticipant = async (kind: ParticipantKind, ages: [number, number], startDate: string) => {
    const sex = faker.person.sexType();
    const givenName = faker.person.firstName(sex);
    const familyName = faker.person.lastName(sex);
    const age = faker.number.int({ min: ages[0], max: ages[1] });
    const birthDate = addDays(startDate, -(age * 365 + faker.number.int({ min: 10, max: 300 })));
    const fewerOpportunities = faker.datatype.boolean({ probability: 0.22 });
    const barriers = fewerOpportunities
      ? faker.helpers.arrayElements(
          ['economic', 'geographical', 'social', 'education_and_training_systems'] as const,
          { min: 1, max: 2 },
        )
      : [];
    const emailName = faker.helpers.slugify(`${givenName}.${familyName}`).toLowerCase();
    const { id } = await api.participant.create({
      organisationId,
      givenName,
      familyName,
      email: `${emailName}.${participants}@${demo.locale}.demo.mobilis.eu`,
      birthDate,
      gender: faker.helpers.weightedArrayElement([
        { value: sex === 'female' ? 'female' : 'male', weight: 95 },
        { value: 'non_binary', weight: 2 },
        { value: 'undisclosed', weight: 3 },
      ]),
      nationality: demo.organisation.country,
      preferredLanguage: demo.language,
      kind,
      fewerOpportunities,
      barriers,
    });
    participants += 1;
    return id;
  };

  let mobilities = 0;
  for (let index = 0; index < demo.mobilities; index++) {
    const activity = faker.helpers.weightedArrayElement(
      demo.activities.map((value) => ({ value, weight: value.weight })),
    );
    const days = faker.number.int({ min: activity.days[0], max: activity.days[1] });
    const startDate = addDays(projectStart, faker.number.int({ min: 30, max: 2 * 365 - days - 30 }));
    const endDate = addDays(startDate, days - 1);
    const partner = faker.helpers.arrayElement(partners);
    const participation = await participationFor(activity, startDate, newParticipant, faker);
    const means = faker.helpers.weightedArrayElement([
      { value: 'plane' as const, weight: 5 },
      { value: 'train' as const, weight: 3 },
      { value: 'bus' as const, weight: 2 },
    ]);
    const { id } = await api.mobility.create({
      organisationId,
      projectId: project.id,
      activityType: activity.type,
      participation,
      sendingOrganisationId: sending.id,
      receivingOrganisationId: partner.id,
      origin: home,
      destination: partner.place,
      startDate,
      endDate,
      travelDays: means === 'plane' ? 2 : faker.number.int({ min: 2, max: 4 }),
      meansOfTransport: means,
      longTerm: isLongTerm(activity.type, days),
      mainLanguage: activity.workingLanguage ?? partner.language,
      targetOutcomes: activity.outcomes,
    });
    await advanceStatus(api, organisationId, id, statusFor(startDate, endDate, today, faker));
    mobilities += 1;
  }
  return { participants, mobilities };
}

async function participationFor(
  activity: DemoActivity,
  startDate: string,
  newParticipant: (kind: ParticipantKind, ages: [number, number], startDate: string) => Promise<string>,
  faker: Faker,
) {
  if (!activity.group)
    return {
      mode: 'individual' as const,
      participantId: await newParticipant(activity.kind, activity.ages, startDate),
    };
  const learnerIds = [];
  for (
    let count = faker.number.int({ min: activity.group.learners[0], max: activity.group.learners[1] });
    count > 0;
    count--
  ) {
    learnerIds.push(await newParticipant(activity.kind, activity.ages, startDate));
  }
  const accompanyingKind: ParticipantKind = activity.kind === 'young_person' ? 'youth_worker' : 'teacher';
  const accompanyingPersonIds = [];
  for (let count = activity.group.accompanying; count > 0; count--) {
    accompanyingPersonIds.push(await newParticipant(accompanyingKind, [26, 55], startDate));
  }
  return { mode: 'group' as const, learnerIds, accompanyingPersonIds };
}

function isLongTerm(type: ActivityTypeCode, days: number): boolean {
  const from = eligibilityRules[type].longTermFromDays;
  return from !== null && days >= from;
}

/** Past mobilities are completed (a few cancelled), current ones ongoing, future ones planned or still drafts. */
function statusFor(startDate: string, endDate: string, today: string, faker: Faker): MobilityStatus {
  if (faker.datatype.boolean({ probability: 0.04 })) return 'cancelled';
  if (endDate < today) return 'completed';
  if (startDate <= today) return 'ongoing';
  return faker.datatype.boolean({ probability: 0.7 }) ? 'planned' : 'draft';
}

const pathTo: Record<MobilityStatus, MobilityStatus[]> = {
  draft: [],
  planned: ['planned'],
  ongoing: ['planned', 'ongoing'],
  completed: ['planned', 'ongoing', 'completed'],
  cancelled: ['cancelled'],
};

async function advanceStatus(api: Api, organisationId: string, id: string, target: MobilityStatus) {
  for (const status of pathTo[target]) {
    await api.mobility.changeStatus({ organisationId, id, status });
  }
}
