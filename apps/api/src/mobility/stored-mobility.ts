import type { MobilityParticipantLink, MobilityValues } from '@mobilis/db';
import type {
  ActivityTypeCode,
  MeansOfTransport,
  MobilityCreate,
  MobilityStatus,
  OutcomeCode,
  Participation,
  Place,
} from '@mobilis/schema';
import { mobilityMetrics } from '@mobilis/schema';

/** The mobility as the schema describes it (the shape of forms and API inputs), without its project. */
export type MobilityFields = Omit<MobilityCreate, 'projectId'>;

/** Columns to store for a validated mobility, with the figures derived from it. */
export function toStoredMobility(projectId: string, mobility: MobilityFields): MobilityValues {
  const metrics = mobilityMetrics(mobility);
  return {
    projectId,
    activityType: mobility.activityType ?? null,
    mode: mobility.participation?.mode ?? null,
    sendingOrganisationId: mobility.sendingOrganisationId ?? null,
    receivingOrganisationId: mobility.receivingOrganisationId ?? null,
    consortiumMemberId: mobility.consortiumMemberId ?? null,
    ...placeColumns('origin', mobility.origin),
    ...placeColumns('destination', mobility.destination),
    startDate: mobility.startDate ?? null,
    endDate: mobility.endDate ?? null,
    travelDays: mobility.travelDays,
    blended: mobility.blended,
    meansOfTransport: mobility.meansOfTransport ?? null,
    longTerm: mobility.longTerm,
    targetOutcomes: mobility.targetOutcomes?.length ? [...mobility.targetOutcomes] : null,
    mainLanguage: mobility.mainLanguage ?? null,
    durationDays: metrics.durationDays,
    distanceKm: metrics.distanceKm,
    distanceBand: metrics.distanceBand,
    greenTravel: metrics.greenTravel,
  };
}

function placeColumns<P extends 'origin' | 'destination'>(prefix: P, place: Place | null | undefined) {
  return {
    [`${prefix}City`]: place?.city ?? null,
    [`${prefix}Country`]: place?.country ?? null,
    [`${prefix}Lat`]: place?.coordinates?.lat ?? null,
    [`${prefix}Lon`]: place?.coordinates?.lon ?? null,
  } as Record<`${P}${'City' | 'Country'}`, string | null> & Record<`${P}${'Lat' | 'Lon'}`, number | null>;
}

export function participantLinks(participation: Participation | null | undefined): MobilityParticipantLink[] {
  if (!participation) return [];
  if (participation.mode === 'individual')
    return [{ participantId: participation.participantId, role: 'participant' }];
  return [
    ...participation.learnerIds.map((participantId) => ({ participantId, role: 'learner' as const })),
    ...participation.accompanyingPersonIds.map((participantId) => ({
      participantId,
      role: 'accompanying' as const,
    })),
  ];
}

/** All participant ids a mobility refers to. */
export function participantIdsOf(participation: Participation | null | undefined): string[] {
  return participantLinks(participation).map((link) => link.participantId);
}

export interface StoredMobilityRow {
  status: string;
  activityType: string | null;
  mode: string | null;
  sendingOrganisationId: string | null;
  receivingOrganisationId: string | null;
  consortiumMemberId: string | null;
  originCity: string | null;
  originCountry: string | null;
  originLat: number | null;
  originLon: number | null;
  destinationCity: string | null;
  destinationCountry: string | null;
  destinationLat: number | null;
  destinationLon: number | null;
  startDate: string | null;
  endDate: string | null;
  travelDays: number;
  blended: boolean;
  meansOfTransport: string | null;
  longTerm: boolean;
  targetOutcomes: string[] | null;
  mainLanguage: string | null;
  participants: ReadonlyArray<{ id: string; role: string }>;
}

/** The stored row back in the schema's shape. */
export function fromStoredMobility(row: StoredMobilityRow): MobilityFields & { status: MobilityStatus } {
  return {
    status: row.status as MobilityStatus,
    activityType: row.activityType as ActivityTypeCode | null,
    participation: participationOf(row),
    sendingOrganisationId: row.sendingOrganisationId,
    receivingOrganisationId: row.receivingOrganisationId,
    consortiumMemberId: row.consortiumMemberId,
    origin: placeOf(row.originCity, row.originCountry, row.originLat, row.originLon),
    destination: placeOf(row.destinationCity, row.destinationCountry, row.destinationLat, row.destinationLon),
    startDate: row.startDate,
    endDate: row.endDate,
    travelDays: row.travelDays,
    blended: row.blended,
    meansOfTransport: row.meansOfTransport as MeansOfTransport | null,
    longTerm: row.longTerm,
    targetOutcomes: row.targetOutcomes as OutcomeCode[] | null,
    mainLanguage: row.mainLanguage as MobilityFields['mainLanguage'],
  };
}

function participationOf(row: StoredMobilityRow): Participation | null {
  const withRole = (role: string) => row.participants.filter((p) => p.role === role).map((p) => p.id);
  if (row.mode === 'individual') {
    const [participantId] = withRole('participant');
    return participantId ? { mode: 'individual', participantId } : null;
  }
  if (row.mode === 'group') {
    return {
      mode: 'group',
      learnerIds: withRole('learner'),
      accompanyingPersonIds: withRole('accompanying'),
    };
  }
  return null;
}

function placeOf(
  city: string | null,
  country: string | null,
  lat: number | null,
  lon: number | null,
): Place | null {
  if (!city || !country) return null;
  return { city, country, coordinates: lat !== null && lon !== null ? { lat, lon } : null };
}
