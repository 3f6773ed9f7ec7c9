import { describe, expect, it } from 'vitest';
import {
  detectLayout,
  type ImportField,
  importFields,
  type RowCells,
  type RowContext,
  readDate,
  readDistanceBand,
  readImportRow,
  writeDistanceBand,
} from '../src/index.js';

const coordinates: Record<string, { lat: number; lon: number }> = {
  'Berlin/DE': { lat: 52.52, lon: 13.405 },
  'Paris/FR': { lat: 48.8566, lon: 2.3522 },
};

function context(overrides: Partial<RowContext> = {}): RowContext {
  return {
    layout: 'mobilis',
    project: {
      grantAgreementNumber: '2027-1-DE03-KA122-SCH-000123456',
      actionType: 'KA122',
      field: 'school_education',
    },
    today: '2027-06-01',
    headerOf: (field: ImportField) => importFields[field].label,
    findCoordinates: (city, country) => coordinates[`${city}/${country}`] ?? null,
    ...overrides,
  };
}

const pupil: RowCells = {
  givenName: 'Lena',
  familyName: 'Schmidt',
  email: 'lena@schule.example',
  birthDate: '02/04/2011',
  gender: 'Female',
  nationality: 'Germany',
  kind: 'pupil',
};

const mobility: RowCells = {
  activityType: 'Short-term learning mobility of pupils',
  status: 'completed',
  startDate: '2027-03-01',
  endDate: '14.03.2027',
  travelDays: '2',
  originCity: 'Berlin',
  originCountry: 'DE',
  destinationCity: 'Paris',
  destinationCountry: 'France',
  sendingOid: 'E10111111',
  sendingName: 'Gymnasium Berlin-Mitte',
  receivingOid: 'e10234567',
  receivingName: 'Lycée Victor Hugo',
  meansOfTransport: 'Train',
};

describe('cell values', () => {
  it('reads the date formats spreadsheets write', () => {
    expect(readDate('2027-03-01')).toBe('2027-03-01');
    expect(readDate('01/03/2027')).toBe('2027-03-01');
    expect(readDate('1.3.2027')).toBe('2027-03-01');
    expect(readDate('45658')).toBe('2025-01-01');
    expect(readDate('31/02/2027')).toBe('31/02/2027');
    expect(readDate(' ')).toBeUndefined();
  });

  it('reads and writes distance bands the Beneficiary Module way', () => {
    expect(writeDistanceBand('500-1999')).toBe('Between 500 and 1999 KM');
    expect(writeDistanceBand('8000+')).toBe('8000 KM or more');
    expect(readDistanceBand('Between 500 and 1999 KM')).toBe('500-1999');
    expect(readDistanceBand('8000 KM or more')).toBe('8000+');
    expect(readDistanceBand('100-499')).toBe('100-499');
  });
});

describe('layout detection', () => {
  it('picks the layout whose headers match best, ignoring case and spacing', () => {
    const detected = detectLayout([
      'participant FIRST name',
      'Participant last name',
      'Mobility activity ID',
      'Shoe size',
    ]);
    expect(detected.layout).toBe('beneficiary-module');
    expect(detected.fields).toEqual(['givenName', 'familyName', 'activityId', null]);
    expect(detected.unknownHeaders).toEqual(['Shoe size']);
  });

  it('applies the user’s mapping to unknown columns', () => {
    const detected = detectLayout(['Given name', 'Family name', 'Mail'], { Mail: 'email' });
    expect(detected.layout).toBe('mobilis');
    expect(detected.fields).toEqual(['givenName', 'familyName', 'email']);
    expect(detected.unknownHeaders).toEqual([]);
  });
});

describe('reading a row', () => {
  it('reads a participant with a completed mobility, computing what the console computes', () => {
    const result = readImportRow({ ...pupil, ...mobility }, 2, context());
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.record.participant).toMatchObject({
      birthDate: '2011-04-02',
      gender: 'female',
      nationality: 'DE',
      preferredLanguage: 'en',
    });
    expect(result.record.mobility).toMatchObject({
      status: 'completed',
      fields: {
        activityType: 'LM-SHORT-PUPIL',
        endDate: '2027-03-14',
        destination: { city: 'Paris', country: 'FR', coordinates: coordinates['Paris/FR'] },
        meansOfTransport: 'train',
      },
      receiving: { oid: 'E10234567', name: 'Lycée Victor Hugo', country: 'FR', city: 'Paris' },
    });
    expect(result.record.warnings).toEqual([]);
  });

  it('reads a participants-only row without a mobility', () => {
    const result = readImportRow(pupil, 2, context());
    expect(result.ok && result.record.mobility).toBeNull();
  });

  it('names the column and the reason of every problem', () => {
    const result = readImportRow(
      {
        ...pupil,
        ...mobility,
        birthDate: '31/02/2011',
        sendingOid: 'X1',
        grantAgreementNumber: '2027-1-DE03-KA122-SCH-000999999',
      },
      7,
      context({ headerOf: (field) => (field === 'birthDate' ? 'Date of birth' : importFields[field].label) }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          line: 7,
          column: 'Date of birth',
          message: expect.stringContaining('YYYY-MM-DD'),
        }),
        expect.objectContaining({
          column: 'Sending organisation OID',
          message: expect.stringContaining('E followed by 8 digits'),
        }),
        expect.objectContaining({
          column: 'Grant agreement number',
          message: expect.stringContaining('chosen project'),
        }),
      ]),
    );
    expect(result.issues.find((found) => found.column === 'Date of birth')?.message).toContain(
      '(found "31/02/2011")',
    );
  });

  it('checks what the status needs, as the console does', () => {
    const { sendingOid: _s, sendingName: _n, ...withoutSending } = mobility;
    const result = readImportRow({ ...pupil, ...withoutSending }, 3, context());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        column: 'Sending organisation OID',
        message: expect.stringContaining('Sending organisation is required'),
      }),
    ]);
  });

  it('warns, without rejecting, when a stated distance band disagrees with the computed one', () => {
    const result = readImportRow(
      { ...pupil, ...mobility, distanceBand: 'Between 10 and 99 KM' },
      4,
      context(),
    );
    expect(result.ok && result.record.warnings).toEqual([
      expect.objectContaining({
        column: 'Distance band',
        message: expect.stringContaining('Between 500 and 1999 KM'),
      }),
    ]);
  });

  it('gives a Beneficiary Module row without a status one from its end date, and a kind from its activity', () => {
    const { kind: _k, ...noKind } = pupil;
    const { status: _s, ...noStatus } = mobility;
    const result = readImportRow({ ...noKind, ...noStatus }, 2, context({ layout: 'beneficiary-module' }));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.record.participant.kind).toBe('pupil');
    expect(result.record.mobility?.status).toBe('completed');
  });
});
