import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, errorOf, fieldErrorsOf } from './support/errors.js';
import { createMobilityWorld, participantInput } from './support/fixtures.js';
import { type Caller, createTestApi, type TestApi } from './support/harness.js';

// Input that passes a plain string or date check but that PostgreSQL cannot store or compare: a NUL character, half
// of a surrogate pair, year 0. Each answered 500 before the schemas refused it (issue "Hardening"); now each is a
// BAD_REQUEST that names the field, and nothing is written.

let api: TestApi;
let organisationId: string;
let coordinator: Caller;

beforeAll(async () => {
  api = await createTestApi();
  organisationId = (await api.createOrganisation({ legalName: 'Berufskolleg Nord' })).id;
  coordinator = await api.member(organisationId, 'coordinator');
}, 120_000);
afterAll(() => api.close());

const participants = async () =>
  (await api.database.db.selectFrom('participant').select('id').execute()).length;

describe('hostile text and dates', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['a NUL character', { givenName: 'Ana\u0000' }, 'givenName'],
    ['half of a surrogate pair', { familyName: 'Schmidt\uD800' }, 'familyName'],
    ['a lone low surrogate', { givenName: '\uDC00Ana' }, 'givenName'],
    ['year 0000', { birthDate: '0000-01-01' }, 'birthDate'],
  ];
  for (const [what, fields, field] of cases)
    it(`refuses ${what} with the field's name and writes nothing`, async () => {
      const before = await participants();
      const error = await errorOf(coordinator.participant.create(participantInput(organisationId, fields)));
      expect(error.code).toBe('BAD_REQUEST');
      expect(fieldErrorsOf(error)[field]?.join(' ')).toMatch(/must/);
      expect(await participants()).toBe(before);
    });

  it('keeps a whole emoji (a surrogate pair) and accented names', async () => {
    const created = await coordinator.participant.create(
      participantInput(organisationId, { givenName: 'Zoë 🌍', familyName: 'Öztürk' }),
    );
    const stored = await api.database.db
      .selectFrom('participant')
      .select('givenName')
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(stored.givenName).toBe('Zoë 🌍');
  });

  it('refuses a NUL in a search, a list cursor, a mobility date and an analytics group', async () => {
    expect(await codeOf(coordinator.participant.list({ organisationId, search: 'a\u0000' }))).toBe(
      'BAD_REQUEST',
    );
    expect(await codeOf(coordinator.participant.list({ organisationId, cursor: 'x\u0000y' }))).toBe(
      'BAD_REQUEST',
    );
    expect(await codeOf(coordinator.mobility.list({ organisationId, cursor: '\uD800' }))).toBe('BAD_REQUEST');
    const world = await createMobilityWorld(coordinator, organisationId);
    expect(
      await codeOf(coordinator.mobility.create({ ...world.mobilityInput, startDate: '0000-03-01' })),
    ).toBe('BAD_REQUEST');
    expect(
      await codeOf(
        coordinator.analytics.overview({ organisationId, where: { dimension: 'gender', value: '\u0000' } }),
      ),
    ).toBe('BAD_REQUEST');
  });
});
