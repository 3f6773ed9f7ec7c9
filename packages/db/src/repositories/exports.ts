import type { Executor } from '../executor.js';
import { participantBaseColumns } from './participants.js';

// The full rows behind an export, for ids a list query found (in that order): exports filter exactly as the
// console's lists do because they page through the same list functions.

const participantExportColumns = [
  ...participantBaseColumns,
  'participant.barriers',
  'participant.erasedAt',
] as const;

function inOrder<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): T[] {
  const position = new Map(ids.map((id, index) => [id, index]));
  return [...rows].sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}

export async function participantExportRows(db: Executor, organisationId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('participant')
    .select(participantExportColumns)
    .where('participant.organisationId', '=', organisationId)
    .where('participant.id', 'in', ids)
    .execute();
  return inOrder(ids, rows);
}

/** One row per mobility and participant (a group mobility gives a row for each of its people). */
export async function mobilityExportRows(db: Executor, organisationId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('mobility')
    .innerJoin('project', 'project.id', 'mobility.projectId')
    .innerJoin('mobilityParticipant', 'mobilityParticipant.mobilityId', 'mobility.id')
    .innerJoin('participant', 'participant.id', 'mobilityParticipant.participantId')
    .leftJoin('partnerOrganisation as sending', 'sending.id', 'mobility.sendingOrganisationId')
    .leftJoin('partnerOrganisation as receiving', 'receiving.id', 'mobility.receivingOrganisationId')
    .select(participantExportColumns.filter((column) => column !== 'participant.id'))
    .select([
      'mobility.id',
      'project.grantAgreementNumber',
      'mobility.activityId',
      'mobility.activityType',
      'mobility.status',
      'mobility.startDate',
      'mobility.endDate',
      'mobility.travelDays',
      'mobility.originCity',
      'mobility.originCountry',
      'mobility.destinationCity',
      'mobility.destinationCountry',
      'sending.oid as sendingOid',
      'sending.legalName as sendingName',
      'receiving.oid as receivingOid',
      'receiving.legalName as receivingName',
      'mobility.meansOfTransport',
      'mobility.greenTravel',
      'mobility.distanceBand',
      'mobility.blended',
      'mobility.longTerm',
      'mobility.mainLanguage',
    ])
    .where('mobility.organisationId', '=', organisationId)
    .where('mobility.id', 'in', ids)
    .orderBy('participant.familyName')
    .orderBy('participant.givenName')
    .execute();
  return inOrder(ids, rows);
}
