import { noiseStreams } from '@mobilis/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noiseWith } from '../src/analytics/noise.js';
import { codeOf } from './support/errors.js';
import { createMobilityWorld, projectInput } from './support/fixtures.js';
import { type Caller, createTestApi, type TestApi } from './support/harness.js';
import { addRespondent } from './support/survey-answers.js';

// Routes around disclosure control found by a review that played them against the first version of the method:
// the noise undone from the figures (a mixing function instead of a keyed hash), a project asked directly by a
// platform administrator when its organisation is withheld among all organisations, a filter by flow, and the
// comparison naming another organisation's project. Each test failed on that version.

const _at = (day: string) => new Date(`${day}T10:00:00Z`);
let api: TestApi;
const big = { organisationId: '', projectId: '' };
const small = { organisationId: '', projectId: '' };
let admin: Caller;
let viewer: Caller;

const madrid = { city: 'Madrid', country: 'ES', coordinates: { lat: 40.4168, lon: -3.7038 } };

async function addPupils(
  coordinator: Caller,
  organisation: { organisationId: string; projectId: string },
  pupils: ReadonlyArray<{ baseline: number; end: number; toMadrid?: boolean }>,
) {
  const { organisationId, projectId } = organisation;
  const world = await createMobilityWorld(coordinator, organisationId);
  for (const { toMadrid, ...answers } of pupils)
    await addRespondent(
      api.database.db,
      coordinator,
      { ...world.mobilityInput, projectId, ...(toMadrid ? { destination: madrid } : {}) },
      {},
      answers,
    );
}

beforeAll(async () => {
  api = await createTestApi();
  for (const [organisation, name, grantAgreementNumber] of [
    [big, 'Gymnasium Ost', '2027-1-DE03-KA122-SCH-000000911'],
    [small, 'Grundschule West', '2027-1-DE03-KA122-SCH-000000912'],
  ] as const) {
    organisation.organisationId = (await api.createOrganisation({ legalName: name })).id;
    const coordinator = await api.member(organisation.organisationId, 'coordinator');
    organisation.projectId = (
      await coordinator.project.create({
        ...projectInput(organisation.organisationId),
        grantAgreementNumber,
        title: `${name} project`,
      })
    ).id;
    // Twelve to Paris and one to Madrid in the one project of the large organisation; one in the small one.
    const pupils =
      organisation === big
        ? [
            ...Array.from({ length: 12 }, (_, i) => ({ baseline: 1 + (i % 3), end: 2 + (i % 4) })),
            { baseline: 1, end: 4, toMadrid: true },
          ]
        : [{ baseline: 4, end: 2 }];
    await addPupils(coordinator, organisation, pupils);
  }
  admin = await api.signIn((await api.createUser({ admin: true })).email);
  viewer = await api.member(big.organisationId, 'viewer');
}, 300_000);
afterAll(() => api.close());

const totalOf = (overview: { items: Array<{ code: string; total: unknown }> }) =>
  overview.items.find((item) => item.code === 'L01')?.total;

describe('routes around disclosure control', () => {
  it('keys the noise with the installation’s secret, which no answer carries', async () => {
    const { secret } = await api.database.db
      .selectFrom('disclosureSecret')
      .select('secret')
      .executeTakeFirstOrThrow();
    expect(secret.length).toBeGreaterThanOrEqual(64);
    // Whoever knows the method and a cell key, but not the secret, draws other noise.
    const draws = (key: string) => noiseStreams.map((stream) => noiseWith(key)(123_456_789)(stream));
    expect(draws(secret)).toEqual(draws(secret));
    expect(draws(secret)).not.toEqual(draws(`${secret}x`));
    // Each figure of a cell draws its own number (a fixed secret, so that the check does not hang on chance).
    expect(new Set(draws('a fixed secret for this test')).size).toBe(noiseStreams.length);
    const answers = await Promise.all([
      viewer.analytics.overview({ organisationId: big.organisationId, breakdown: 'gender' }),
      viewer.analytics.outcome({ organisationId: big.organisationId, outcomeCode: 'L01' }),
      admin.analytics.overview({ breakdown: 'organisation' }),
    ]);
    expect(JSON.stringify(answers)).not.toContain(secret.slice(0, 36));
  });

  it('withholds a project that is all of an organisation withheld among every organisation', async () => {
    const byOrganisation = await admin.analytics.overview({ breakdown: 'organisation' });
    const row = byOrganisation.items.find((item) => item.code === 'L01');
    expect(row?.cells[byOrganisation.groups.values.indexOf(big.organisationId)]).toBe('suppressed');
    expect(totalOf(await admin.analytics.overview({ organisationId: big.organisationId }))).toBe(
      'suppressed',
    );
    // Every organisation's total minus this project would be the one participant of the small organisation.
    expect(totalOf(await admin.analytics.overview({ projectId: big.projectId }))).toBe('suppressed');
  });

  it('refuses flows as a filter or a breakdown: they are counted for the map only, without answers', async () => {
    const scope = { organisationId: big.organisationId };
    expect(
      await codeOf(
        viewer.analytics.overview({
          ...scope,
          breakdown: 'gender',
          where: { dimension: 'flow', value: 'DE>FR' },
        }),
      ),
    ).toBe('BAD_REQUEST');
    expect(await codeOf(viewer.analytics.overview({ ...scope, breakdown: 'flow' }))).toBe('BAD_REQUEST');
    expect(
      await codeOf(
        viewer.analytics.outcome({
          ...scope,
          outcomeCode: 'L01',
          where: { dimension: 'flow', value: 'DE>FR' },
        }),
      ),
    ).toBe('BAD_REQUEST');
  });

  it('names no group of another organisation in a comparison, and takes any text as a group', async () => {
    for (const groupA of [
      { dimension: 'project' as const, value: small.projectId },
      { dimension: 'organisation' as const, value: small.organisationId },
      { dimension: 'project' as const, value: '-'.repeat(36) },
    ]) {
      const comparison = await viewer.analytics.compare({
        organisationId: big.organisationId,
        groupA,
        groupB: { dimension: groupA.dimension, value: '*' },
      });
      expect(comparison.groups[0]?.label).toBeNull();
      expect(JSON.stringify(comparison)).not.toContain('Grundschule West');
    }
  });
});
