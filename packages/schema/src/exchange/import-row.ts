import type { z } from 'zod';
import { mobilityFacts } from '../eligibility/facts.js';
import { quotable } from '../fields.js';
import { type Coordinates, distanceBand, greatCircleKm } from '../geo.js';
import { canTransition } from '../lifecycle.js';
import { activityTypes } from '../mobility/activity-types.js';
import { type MobilityCreate, MobilityCreateSchema } from '../mobility/mobility.js';
import { type MobilityStatus, MobilityStatusSchema } from '../mobility/status.js';
import { isGreenTravel } from '../mobility/transport.js';
import { OidSchema } from '../organisation.js';
import type { ParticipantKind } from '../participant/kinds.js';
import { type ParticipantCreate, ParticipantCreateSchema } from '../participant/participant.js';
import type { ActionType, ProgrammeField } from '../project/actions.js';
import { GrantAgreementNumberSchema } from '../project/grant-agreement-number.js';
import {
  readActivityType,
  readCode,
  readCountry,
  readDate,
  readDistanceBand,
  readGender,
  readList,
  readText,
  readWholeNumber,
  readYesNo,
  writeDistanceBand,
} from './cell-values.js';
import { type ImportField, importFields, mobilityFieldKeys } from './fields.js';
import type { ImportLayoutId } from './layouts.js';

// One row of an import file, read into a participant and (unless the row has no mobility columns filled) the
// participant's individual mobility, validated by the same schemas and lifecycle rules as the console's forms.
// Every problem names the field's column and says why; warnings never reject the row.

export type RowCells = Partial<Record<ImportField, string>>;

export interface RowIssue {
  line: number;
  /** The column as the file names it (or the template's header when the file lacks the column). */
  column: string;
  message: string;
}

/** A sending or receiving organisation as the row names it; the API matches it to a partner organisation. */
export interface OrganisationReference {
  oid: string | null;
  name: string | null;
  country: string | null;
  city: string | null;
}

export type ImportedMobilityFields = Omit<
  MobilityCreate,
  | 'projectId'
  | 'participation'
  | 'sendingOrganisationId'
  | 'receivingOrganisationId'
  | 'consortiumMemberId'
  | 'targetOutcomes'
>;

export interface ImportedMobility {
  activityId: string | null;
  status: MobilityStatus;
  fields: ImportedMobilityFields;
  sending: OrganisationReference | null;
  receiving: OrganisationReference | null;
}

export interface ImportRecord {
  line: number;
  participant: ParticipantCreate;
  mobility: ImportedMobility | null;
  warnings: RowIssue[];
}

export type RowResult = { ok: true; record: ImportRecord } | { ok: false; issues: RowIssue[] };

export interface RowContext {
  layout: ImportLayoutId;
  project: { grantAgreementNumber: string; actionType: ActionType; field: ProgrammeField };
  /** YYYY-MM-DD: a Beneficiary Module row without a status is completed once its end date is past. */
  today: string;
  /** The file's header for a field, when the file has the column. */
  headerOf: (field: ImportField) => string | undefined;
  /** Coordinates of a city (GeoNames), for the distance band; null when not found. */
  findCoordinates: (city: string, country: string) => Coordinates | null;
}

const placeholderId = '00000000-0000-4000-8000-000000000000';

/** Where a schema or lifecycle path points in the row. */
const fieldOfPath: Record<string, ImportField> = {
  'origin.city': 'originCity',
  'origin.country': 'originCountry',
  'destination.city': 'destinationCity',
  'destination.country': 'destinationCountry',
  participation: 'kind',
  sendingOrganisationId: 'sendingOid',
  receivingOrganisationId: 'receivingOid',
};

function fieldOf(path: string): ImportField {
  const direct = fieldOfPath[path] ?? fieldOfPath[path.split('.').slice(0, 2).join('.')];
  if (direct) return direct;
  const head = path.split('.')[0] ?? '';
  return (head in importFields ? head : 'status') as ImportField;
}

/** The kind a row without one gets: the usual participants of its activity in the project's field. */
const defaultKinds: Record<'learner' | 'staff', Record<ProgrammeField, ParticipantKind>> = {
  learner: {
    school_education: 'pupil',
    vet: 'trainee',
    adult_education: 'adult_learner',
    higher_education: 'student',
    youth: 'young_person',
  },
  staff: {
    school_education: 'teacher',
    vet: 'trainer',
    adult_education: 'trainer',
    higher_education: 'teacher',
    youth: 'youth_worker',
  },
};

const groupActivityTypes = new Map<string, string>(
  activityTypes.filter((type) => type.participation === 'group').map((type) => [type.code, type.name]),
);

export function readImportRow(cells: RowCells, line: number, context: RowContext): RowResult {
  const issues: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const issue = (field: ImportField, message: string): RowIssue => {
    const raw = readText(cells[field]);
    const column = context.headerOf(field) ?? importFields[field].label;
    // Every member reads the report: a barrier cell (special categories of data) is never quoted.
    if (field === 'barriers') return { line, column, message: raw ? message.replaceAll(raw, '…') : message };
    return {
      line,
      column,
      message: raw === undefined || message.includes(raw) ? message : `${message} (found "${quotable(raw)}")`,
    };
  };
  // One reason per column: a date that is not a date need not also be said to be in the future.
  const addZodIssues = (error: z.ZodError) => {
    for (const zodIssue of error.issues) {
      const found = issue(fieldOf(zodIssue.path.join('.')), zodIssue.message);
      if (!issues.some((known) => known.column === found.column)) issues.push(found);
    }
  };

  const grantAgreementNumber = readText(cells.grantAgreementNumber);
  if (grantAgreementNumber !== undefined && grantAgreementNumber !== context.project.grantAgreementNumber) {
    const parsed = GrantAgreementNumberSchema.safeParse(grantAgreementNumber);
    if (!parsed.success) addZodIssues(parsed.error);
    else if (parsed.data !== context.project.grantAgreementNumber)
      issues.push(
        issue(
          'grantAgreementNumber',
          `Grant agreement number must be the chosen project’s, ${context.project.grantAgreementNumber}`,
        ),
      );
  }

  const activityType = readActivityType(cells.activityType);
  const participant = ParticipantCreateSchema.safeParse({
    givenName: readText(cells.givenName),
    familyName: readText(cells.familyName),
    email: readText(cells.email),
    birthDate: readDate(cells.birthDate),
    gender: readGender(cells.gender),
    nationality: readCountry(cells.nationality),
    kind: readCode(cells.kind) ?? defaultKind(activityType, context.project.field),
    preferredLanguage: readText(cells.preferredLanguage),
    fewerOpportunities: readYesNo(cells.fewerOpportunities),
    barriers: readList(cells.barriers),
    esi: readText(cells.esi),
  });
  if (!participant.success) addZodIssues(participant.error);

  const hasMobility = mobilityFieldKeys.some((field) => readText(cells[field]) !== undefined);
  let mobility: ImportedMobility | null = null;
  if (hasMobility) {
    const means = readCode(cells.meansOfTransport);
    const green = readYesNo(cells.greenTravel);
    if (typeof green === 'string') issues.push(issue('greenTravel', 'Green travel must be Yes or No'));
    if (typeof green === 'boolean' && means !== undefined && isGreenTravel(means as never) !== green)
      issues.push(issue('greenTravel', `Green travel must agree with the means of transport (${means})`));
    const origin = place(cells.originCity, cells.originCountry, context);
    const destination = place(cells.destinationCity, cells.destinationCountry, context);
    const parsed = MobilityCreateSchema.safeParse({
      projectId: placeholderId,
      participation: { mode: 'individual', participantId: placeholderId },
      activityType,
      origin,
      destination,
      startDate: readDate(cells.startDate),
      endDate: readDate(cells.endDate),
      travelDays: readWholeNumber(cells.travelDays),
      blended: readYesNo(cells.blended),
      meansOfTransport: means ?? (green === true ? 'other_sustainable' : undefined),
      longTerm: readYesNo(cells.longTerm),
      mainLanguage: readText(cells.mainLanguage),
    });
    const groupActivity = activityType && groupActivityTypes.get(activityType);
    if (groupActivity)
      issues.push(
        issue(
          'activityType',
          `${groupActivity} is a group activity: a file imports individual mobilities only, so create it in the console`,
        ),
      );
    const status = readStatus(cells, context, parsed.success ? parsed.data.endDate : undefined);
    if (!status.success) addZodIssues(status.error);
    const sending = organisationReference(cells.sendingOid, cells.sendingName, origin);
    const receiving = organisationReference(cells.receivingOid, cells.receivingName, destination);
    for (const [field, reference] of [
      ['sendingOid', sending],
      ['receivingOid', receiving],
    ] as const) {
      const oid = reference?.oid && OidSchema.safeParse(reference.oid);
      if (oid && !oid.success) issues.push(issue(field, oid.error.issues[0]?.message ?? 'OID is not valid'));
    }
    if (!parsed.success) addZodIssues(parsed.error);
    if (parsed.success && status.success && participant.success) {
      const { projectId: _p, participation, ...fields } = parsed.data;
      const facts = mobilityFacts(
        // The keys `fields` lacks go first: V8 builds `{ ...a, b }` several times slower.
        {
          participation,
          sendingOrganisationId: sending && placeholderId,
          receivingOrganisationId: receiving && placeholderId,
          ...fields,
        },
        () => ({ kind: participant.data.kind, birthDate: participant.data.birthDate }),
        context.project,
      );
      // A group activity's row is refused above, in words a file can act on.
      for (const reason of statusEntryReasons(status.data, facts))
        if (reason.rule !== 'participation.mode') issues.push(issue(fieldOf(reason.field), reason.message));
      warnings.push(...placeWarnings(cells, fields, issue));
      mobility = {
        activityId: readText(cells.activityId) ?? null,
        status: status.data,
        fields,
        sending,
        receiving,
      };
    }
  }

  if (issues.length > 0 || !participant.success) return { ok: false, issues };
  return { ok: true, record: { line, participant: participant.data, mobility, warnings } };
}

function defaultKind(activityType: string | undefined, field: ProgrammeField): ParticipantKind | undefined {
  const type = activityTypes.find((candidate) => candidate.code === activityType);
  return type && defaultKinds[type.targetGroup][field];
}

function place(city: string | undefined, country: string | undefined, context: RowContext) {
  const cityName = readText(city);
  const countryCode = readCountry(country);
  if (cityName === undefined && countryCode === undefined) return undefined;
  const coordinates = cityName && countryCode ? context.findCoordinates(cityName, countryCode) : null;
  return { city: cityName, country: countryCode, coordinates };
}

function organisationReference(
  oid: string | undefined,
  name: string | undefined,
  where: ReturnType<typeof place>,
): OrganisationReference | null {
  const reference = {
    oid: readText(oid)?.toUpperCase() ?? null,
    name: readText(name) ?? null,
    country: where?.country ?? null,
    city: where?.city ?? null,
  };
  return reference.oid || reference.name ? reference : null;
}

function readStatus(cells: RowCells, context: RowContext, endDate: string | null | undefined) {
  const stated = readText(cells.status)?.toLowerCase();
  const byLayout: MobilityStatus =
    context.layout === 'beneficiary-module'
      ? endDate && endDate < context.today
        ? 'completed'
        : 'planned'
      : 'draft';
  return MobilityStatusSchema.safeParse(stated ?? byLayout);
}

/** What a new mobility needs to be stored with this status: what it needs to reach it from a draft. */
function statusEntryReasons(status: MobilityStatus, facts: ReturnType<typeof mobilityFacts>) {
  if (status === 'draft' || status === 'cancelled') return [];
  const result = canTransition(status === 'planned' ? 'draft' : 'planned', status, facts);
  return result.ok ? [] : result.reasons;
}

function placeWarnings(
  cells: RowCells,
  fields: ImportedMobilityFields,
  issue: (field: ImportField, message: string) => RowIssue,
): RowIssue[] {
  const warnings: RowIssue[] = [];
  for (const [prefix, placed] of [
    ['origin', fields.origin],
    ['destination', fields.destination],
  ] as const) {
    if (placed && !placed.coordinates)
      warnings.push(
        issue(
          `${prefix}City`,
          `${placed.city} (${placed.country}) is not in the GeoNames city list: the distance band is not computed`,
        ),
      );
  }
  const stated = readText(cells.distanceBand);
  if (stated === undefined) return warnings;
  const from = fields.origin?.coordinates;
  const to = fields.destination?.coordinates;
  const computed = from && to ? distanceBand(greatCircleKm(from, to))?.code : undefined;
  if (computed && readDistanceBand(stated) !== computed)
    warnings.push(
      issue(
        'distanceBand',
        `Distance band differs from the one computed from the cities (${writeDistanceBand(computed)}); the computed band is kept`,
      ),
    );
  return warnings;
}
