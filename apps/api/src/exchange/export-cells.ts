import type { mobilityExportRows, participantExportRows } from '@mobilis/db';
import {
  type ImportField,
  type ImportLayout,
  importFields,
  writeDistanceBand,
  writeGender,
  writeYesNo,
} from '@mobilis/schema';
import type { CellValue } from './spreadsheet-writer.js';

// Stored records as the cells of an import layout, written the way the import reads them back (Yes/No, ISO dates
// and country codes, distance bands in words), so that an exported file can be imported again unchanged.

type ParticipantRow = Awaited<ReturnType<typeof participantExportRows>>[number];
type MobilityRow = Awaited<ReturnType<typeof mobilityExportRows>>[number];
export type FieldCells = Partial<Record<ImportField, CellValue>>;

/** Left out unless the coordinator asks for sensitive fields: they can reveal health, disability or age. */
export const sensitiveExportFields: ReadonlySet<ImportField> = new Set([
  'barriers',
  'birthDate',
  'gender',
  'fewerOpportunities',
]);

export function participantCells(row: Omit<ParticipantRow, 'id'>): FieldCells {
  return {
    givenName: row.givenName,
    familyName: row.familyName,
    email: row.email,
    // An erased participant's stored birth date only keeps their age bands: it is nobody's birth date.
    birthDate: row.erasedAt ? null : row.birthDate,
    gender: writeGender(row.gender),
    nationality: row.nationality,
    kind: row.kind,
    preferredLanguage: row.preferredLanguage,
    fewerOpportunities: writeYesNo(row.fewerOpportunities),
    barriers: row.barriers.join(', '),
    esi: row.esi,
  };
}

export function mobilityCells(row: MobilityRow): FieldCells {
  return {
    ...participantCells(row),
    grantAgreementNumber: row.grantAgreementNumber,
    activityId: row.activityId,
    activityType: row.activityType,
    status: row.status,
    startDate: row.startDate,
    endDate: row.endDate,
    travelDays: row.travelDays,
    originCity: row.originCity,
    originCountry: row.originCountry,
    destinationCity: row.destinationCity,
    destinationCountry: row.destinationCountry,
    sendingOid: row.sendingOid,
    sendingName: row.sendingName,
    receivingOid: row.receivingOid,
    receivingName: row.receivingName,
    meansOfTransport: row.meansOfTransport,
    greenTravel: writeYesNo(row.greenTravel),
    distanceBand: row.distanceBand && writeDistanceBand(row.distanceBand),
    blended: writeYesNo(row.blended),
    longTerm: writeYesNo(row.longTerm),
    mainLanguage: row.mainLanguage,
  };
}

/** The columns of a layout an export writes: `only` limits them to some records, sensitive ones on request. */
/**
 * The layout's columns an export writes: sensitive ones only when asked for, and barrier categories only for a
 * member with access to special categories.
 */
export function exportColumns(
  layout: ImportLayout,
  {
    includeSensitive,
    withBarriers = false,
    records,
  }: { includeSensitive: boolean; withBarriers?: boolean; records?: readonly string[] },
) {
  return layout.columns.filter(
    ({ field }) =>
      (includeSensitive || !sensitiveExportFields.has(field)) &&
      (field !== 'barriers' || (includeSensitive && withBarriers)) &&
      (!records || records.includes(importFields[field].record)),
  );
}
