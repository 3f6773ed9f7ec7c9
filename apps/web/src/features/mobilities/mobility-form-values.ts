import type { RouterOutputs } from '@mobilis/api';
import type {
  ActivityTypeCode,
  MeansOfTransport,
  MobilityLike,
  OutcomeCode,
  Participation,
  Place,
  RuleResult,
} from '@mobilis/schema';

export type MobilityDetails = RouterOutputs['mobility']['byId'];

/** The mobility form: the schema's shape, with every field in a form a Mantine input can hold. */
export interface MobilityFormValues {
  projectId: string | null;
  activityType: ActivityTypeCode | null;
  participation: {
    mode: 'individual' | 'group';
    participantId: string | null;
    learnerIds: string[];
    accompanyingPersonIds: string[];
  };
  sendingOrganisationId: string | null;
  receivingOrganisationId: string | null;
  origin: Place | null;
  destination: Place | null;
  startDate: string;
  endDate: string;
  travelDays: number | string;
  blended: boolean;
  meansOfTransport: MeansOfTransport | null;
  longTerm: boolean;
  targetOutcomes: OutcomeCode[];
}

export function blankMobility(projectId: string | null): MobilityFormValues {
  return {
    projectId,
    activityType: null,
    participation: { mode: 'individual', participantId: null, learnerIds: [], accompanyingPersonIds: [] },
    sendingOrganisationId: null,
    receivingOrganisationId: null,
    origin: null,
    destination: null,
    startDate: '',
    endDate: '',
    travelDays: 0,
    blended: false,
    meansOfTransport: null,
    longTerm: false,
    targetOutcomes: [],
  };
}

export function mobilityValues(mobility: MobilityDetails): MobilityFormValues {
  const participation = mobility.participation;
  return {
    projectId: mobility.projectId,
    activityType: mobility.activityType ?? null,
    participation: {
      mode: participation?.mode ?? 'individual',
      participantId: participation?.mode === 'individual' ? participation.participantId : null,
      learnerIds: participation?.mode === 'group' ? [...participation.learnerIds] : [],
      accompanyingPersonIds: participation?.mode === 'group' ? [...participation.accompanyingPersonIds] : [],
    },
    sendingOrganisationId: mobility.sendingOrganisationId ?? null,
    receivingOrganisationId: mobility.receivingOrganisationId ?? null,
    origin: mobility.origin ?? null,
    destination: mobility.destination ?? null,
    startDate: mobility.startDate ?? '',
    endDate: mobility.endDate ?? '',
    travelDays: mobility.travelDays,
    blended: mobility.blended,
    meansOfTransport: mobility.meansOfTransport ?? null,
    longTerm: mobility.longTerm,
    targetOutcomes: [...(mobility.targetOutcomes ?? [])],
  };
}

function participationOf(values: MobilityFormValues['participation']): Participation | null {
  if (values.mode === 'individual') {
    return values.participantId ? { mode: 'individual', participantId: values.participantId } : null;
  }
  if (values.learnerIds.length === 0 && values.accompanyingPersonIds.length === 0) return null;
  return {
    mode: 'group',
    learnerIds: values.learnerIds,
    accompanyingPersonIds: values.accompanyingPersonIds,
  };
}

function travelDaysOf(value: number | string): number | string | undefined {
  if (typeof value === 'number') return value;
  if (value.trim() === '') return undefined;
  return Number.isFinite(Number(value)) ? Number(value) : value;
}

/** The form's values as `MobilityCreateSchema` takes them: empty fields are null, as a draft allows. */
export function toMobilityInput(values: MobilityFormValues) {
  return {
    projectId: values.projectId ?? undefined,
    activityType: values.activityType,
    participation: participationOf(values.participation),
    sendingOrganisationId: values.sendingOrganisationId,
    receivingOrganisationId: values.receivingOrganisationId,
    origin: values.origin,
    destination: values.destination,
    startDate: values.startDate || null,
    endDate: values.endDate || null,
    travelDays: travelDaysOf(values.travelDays),
    blended: values.blended,
    meansOfTransport: values.meansOfTransport,
    longTerm: values.longTerm,
    targetOutcomes: values.targetOutcomes.length > 0 ? values.targetOutcomes : null,
  };
}

// A date input may hold a half-typed year (e.g. 20266-01-01); the date arithmetic only takes complete ones.
const completeDate = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);

/** What the live summary and the eligibility check read while the user types: only values they can compute on. */
export function mobilityFactsOf(values: MobilityFormValues): MobilityLike {
  const travelDays = travelDaysOf(values.travelDays);
  return {
    activityType: values.activityType,
    participation: participationOf(values.participation),
    sendingOrganisationId: values.sendingOrganisationId,
    receivingOrganisationId: values.receivingOrganisationId,
    origin: values.origin,
    destination: values.destination,
    startDate: completeDate(values.startDate),
    endDate: completeDate(values.endDate),
    travelDays: typeof travelDays === 'number' ? travelDays : 0,
    blended: values.blended,
    meansOfTransport: values.meansOfTransport,
    longTerm: values.longTerm,
    targetOutcomes: values.targetOutcomes,
  };
}

/** The findings about a form field: those whose path is the field's or lies within it. */
export function findingsAt(results: readonly RuleResult[], ...paths: string[]): RuleResult[] {
  return results.filter((result) =>
    paths.some((path) => result.field === path || result.field.startsWith(`${path}.`)),
  );
}
