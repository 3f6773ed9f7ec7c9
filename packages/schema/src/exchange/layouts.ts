import { looseKey } from './cell-values.js';
import { type ImportField, importFieldKeys, importFields } from './fields.js';

// The file layouts Mobilis reads and writes: its own template, and the Beneficiary Module's (BM) mobility layout.
//
// The BM headers are modelled on the published KA1 data dictionary of the Beneficiary Module's mobility
// import/export ("Mobility activity ID", "Participant first name", ...). They are an assumption to check against
// the data dictionary in force: when the Module renames a column, change it here (detection, mapping and the BM
// export all read this list). Values follow the Module's conventions: dates YYYY-MM-DD, ISO country codes,
// Yes/No flags and distance bands such as "Between 500 and 1999 KM". One BM row is one participant's mobility.

export const importLayoutIds = ['mobilis', 'beneficiary-module'] as const;
export type ImportLayoutId = (typeof importLayoutIds)[number];

export interface ImportLayout {
  id: ImportLayoutId;
  name: string;
  /** Columns in file order. */
  columns: readonly { header: string; field: ImportField }[];
}

export const mobilisLayout: ImportLayout = {
  id: 'mobilis',
  name: 'Mobilis template',
  columns: importFieldKeys.map((field) => ({ header: importFields[field].label, field })),
};

export const beneficiaryModuleLayout: ImportLayout = {
  id: 'beneficiary-module',
  name: 'Beneficiary Module mobility layout',
  columns: [
    { header: 'Grant Agreement No.', field: 'grantAgreementNumber' },
    { header: 'Mobility activity ID', field: 'activityId' },
    { header: 'Activity type', field: 'activityType' },
    { header: 'Participant first name', field: 'givenName' },
    { header: 'Participant last name', field: 'familyName' },
    { header: 'Participant email', field: 'email' },
    { header: 'Participant date of birth', field: 'birthDate' },
    { header: 'Participant gender', field: 'gender' },
    { header: 'Participant nationality', field: 'nationality' },
    { header: 'Participant with fewer opportunities', field: 'fewerOpportunities' },
    { header: 'Start date', field: 'startDate' },
    { header: 'End date', field: 'endDate' },
    { header: 'Travel days', field: 'travelDays' },
    { header: 'Sending organisation OID', field: 'sendingOid' },
    { header: 'Sending organisation name', field: 'sendingName' },
    { header: 'Sending country', field: 'originCountry' },
    { header: 'Sending city', field: 'originCity' },
    { header: 'Receiving organisation OID', field: 'receivingOid' },
    { header: 'Receiving organisation name', field: 'receivingName' },
    { header: 'Receiving country', field: 'destinationCountry' },
    { header: 'Receiving city', field: 'destinationCity' },
    { header: 'Distance band', field: 'distanceBand' },
    { header: 'Green travel', field: 'greenTravel' },
    { header: 'Long-term activity', field: 'longTerm' },
    { header: 'Blended mobility', field: 'blended' },
  ],
};

export const importLayouts: readonly ImportLayout[] = [mobilisLayout, beneficiaryModuleLayout];

export function importLayoutById(id: ImportLayoutId): ImportLayout {
  return id === 'mobilis' ? mobilisLayout : beneficiaryModuleLayout;
}

/** What the user chose for a column the layout does not know: a field, or to leave it out. */
export type ColumnChoice = ImportField | 'ignore';

export interface DetectedLayout {
  layout: ImportLayoutId;
  /** For each column of the file, in order, the field it fills (null: unknown or ignored). */
  fields: (ImportField | null)[];
  /** Headers neither layout knows and the user has not mapped yet. */
  unknownHeaders: string[];
}

function fieldsByHeader(layout: ImportLayout): Map<string, ImportField> {
  return new Map(layout.columns.map((column) => [looseKey(column.header), column.field]));
}

/**
 * The layout whose headers match the file's best (ignoring case, spaces and punctuation), and the field each
 * column fills. A header the layout does not know takes the user's choice in `mapping` (keyed by the header as
 * written), else it is reported as unknown. A field claimed by two columns is taken from the first.
 */
/**
 * The columns of a file that hold barrier categories (special categories of data): those recognised as such by
 * their header, and those a mapping says are. Without access to special categories, none of them is read, whatever
 * else it is mapped to.
 */
export function barrierColumns(
  headers: readonly string[],
  mapping: Readonly<Record<string, ColumnChoice>> = {},
): number[] {
  const automatic = detectLayout(headers).fields;
  const mapped = detectLayout(headers, mapping).fields;
  return headers.flatMap((_, index) =>
    automatic[index] === 'barriers' || mapped[index] === 'barriers' ? [index] : [],
  );
}

export function detectLayout(
  headers: readonly string[],
  mapping: Readonly<Record<string, ColumnChoice>> = {},
): DetectedLayout {
  const keys = headers.map(looseKey);
  const scored = importLayouts.map((layout) => {
    const known = fieldsByHeader(layout);
    return { layout, known, score: keys.filter((key) => known.has(key)).length };
  });
  const best = scored.reduce((winner, candidate) => (candidate.score > winner.score ? candidate : winner));
  const taken = new Set<ImportField>();
  const unknownHeaders: string[] = [];
  const fields = headers.map((header, index) => {
    const choice = mapping[header];
    const field = choice !== undefined ? choice : best.known.get(keys[index] ?? '');
    if (field === undefined) {
      if (header.trim()) unknownHeaders.push(header);
      return null;
    }
    if (field === 'ignore' || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
  return { layout: best.layout.id, fields, unknownHeaders };
}
