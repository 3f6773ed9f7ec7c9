import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, errorOf, fieldErrorsOf } from './support/errors.js';
import { createMobilityWorld, participantInput, projectInput } from './support/fixtures.js';
import { type Caller, createTestApi, type TestApi } from './support/harness.js';

let api: TestApi;
let beneficiary: { id: string; coordinator: Caller };
let member: { id: string; oid: string; coordinator: Caller };
let outsider: { id: string; coordinator: Caller };

beforeAll(async () => {
  api = await createTestApi();
  const make = async (oid: string) => {
    const organisation = await api.createOrganisation({ oid });
    return { id: organisation.id, oid, coordinator: await api.member(organisation.id, 'coordinator') };
  };
  beneficiary = await make('E10000001');
  member = await make('E10000002');
  outsider = await make('E10000003');
});
afterAll(() => api.close());

function consortiumProject(consortiumMemberIds: string[]) {
  return {
    ...projectInput(beneficiary.id, 4242),
    grantAgreementNumber: '2027-1-DE03-KA121-SCH-000004242',
    actionType: 'KA121' as const,
    consortiumMemberIds,
  };
}

describe('consortium projects', () => {
  it('finds a consortium member by OID and lets it follow the mobilities sent on its behalf, read only', async () => {
    const found = await beneficiary.coordinator.organisation.lookupByOid({ oid: ' e10000002 ' });
    expect(found.id).toBe(member.id);
    const project = await beneficiary.coordinator.project.create(consortiumProject([found.id]));
    const world = await createMobilityWorld(beneficiary.coordinator, beneficiary.id);
    const pupil = await beneficiary.coordinator.participant.create(participantInput(beneficiary.id));
    const { id } = await beneficiary.coordinator.mobility.create({
      ...world.mobilityInput,
      projectId: project.id,
      participation: { mode: 'individual', participantId: pupil.id },
      consortiumMemberId: member.id,
    });

    const sent = await member.coordinator.mobility.sentForUs({ organisationId: member.id, limit: 50 });
    expect(sent.rows.map((row) => row.id)).toEqual([id]);
    expect(sent.rows[0]?.participantNames).toBe('Lena Schmidt');
    expect((await member.coordinator.mobility.list({ organisationId: member.id, limit: 50 })).total).toBe(0);
    expect(await codeOf(member.coordinator.mobility.byId({ organisationId: member.id, id }))).toBe(
      'NOT_FOUND',
    );
    expect(
      await codeOf(member.coordinator.mobility.update({ organisationId: member.id, id, travelDays: 1 })),
    ).toBe('NOT_FOUND');
    expect(
      (await outsider.coordinator.mobility.sentForUs({ organisationId: outsider.id, limit: 50 })).total,
    ).toBe(0);
  });

  it('refuses a consortium member that is not in the project, naming the field', async () => {
    const world = await createMobilityWorld(beneficiary.coordinator, beneficiary.id);
    const error = await errorOf(
      beneficiary.coordinator.mobility.create({ ...world.mobilityInput, consortiumMemberId: outsider.id }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldErrorsOf(error).consortiumMemberId).toBeDefined();
  });

  it('refuses a consortium member that is not an organisation in Mobilis', async () => {
    const error = await errorOf(
      beneficiary.coordinator.project.create({
        ...consortiumProject(['00000000-0000-4000-8000-000000000000']),
        grantAgreementNumber: '2027-1-DE03-KA121-SCH-000004243',
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldErrorsOf(error).consortiumMemberIds).toBeDefined();
  });

  it('answers NOT_FOUND for an unknown OID', async () => {
    expect(await codeOf(beneficiary.coordinator.organisation.lookupByOid({ oid: 'E99999999' }))).toBe(
      'NOT_FOUND',
    );
  });
});
