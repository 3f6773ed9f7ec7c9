import type { Caller } from './harness.js';

// Valid inputs a coordinator would type, for tests to start from and vary.

export const berlin = { city: 'Berlin', country: 'DE', coordinates: { lat: 52.52, lon: 13.405 } };
export const paris = { city: 'Paris', country: 'FR', coordinates: { lat: 48.8566, lon: 2.3522 } };

export function projectInput(organisationId: string, serial = 123456) {
  return {
    organisationId,
    beneficiaryOrganisationId: organisationId,
    grantAgreementNumber: `2027-1-DE03-KA122-SCH-${String(serial).padStart(9, '0')}`,
    title: 'Languages across borders',
    actionType: 'KA122' as const,
    field: 'school_education' as const,
    startDate: '2027-01-01',
    endDate: '2028-06-30',
    consortiumMemberIds: [],
  };
}

export function participantInput(organisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organisationId,
    givenName: 'Lena',
    familyName: 'Schmidt',
    email: `lena.${Math.random().toString(36).slice(2, 8)}@schule.example`,
    birthDate: '2011-04-02',
    gender: 'female' as const,
    nationality: 'DE',
    preferredLanguage: 'de',
    kind: 'pupil' as const,
    fewerOpportunities: false,
    barriers: [],
    ...overrides,
  };
}

export function partnerInput(organisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organisationId,
    legalName: 'Lycée Victor Hugo',
    oid: 'E10234567',
    country: 'FR',
    city: 'Paris',
    type: 'school' as const,
    ...overrides,
  };
}

/** A project, a pupil, a sending and a receiving organisation, and a complete short-term pupil mobility. */
export async function createMobilityWorld(coordinator: Caller, organisationId: string) {
  const project = await coordinator.project.create(
    projectInput(organisationId, Math.floor(Math.random() * 1e8)),
  );
  const pupil = await coordinator.participant.create(participantInput(organisationId));
  const sending = await coordinator.partner.create(
    partnerInput(organisationId, {
      legalName: 'Gymnasium Berlin-Mitte',
      oid: 'E10111111',
      country: 'DE',
      city: 'Berlin',
    }),
  );
  const receiving = await coordinator.partner.create(partnerInput(organisationId));
  const mobilityInput = {
    organisationId,
    projectId: project.id,
    activityType: 'LM-SHORT-PUPIL' as const,
    participation: { mode: 'individual' as const, participantId: pupil.id },
    sendingOrganisationId: sending.id,
    receivingOrganisationId: receiving.id,
    origin: berlin,
    destination: paris,
    startDate: '2027-03-01',
    endDate: '2027-03-14',
    travelDays: 2,
    meansOfTransport: 'train' as const,
  };
  const mobility = await coordinator.mobility.create(mobilityInput);
  return { project, pupil, sending, receiving, mobility, mobilityInput };
}
