import type { ItemSummary } from '@mobilis/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Guarded, isShown } from './support/disclosure-attacks.js';
import { createMobilityWorld, projectInput } from './support/fixtures.js';
import { type Caller, createTestApi, type TestApi } from './support/harness.js';
import { addRespondent } from './support/survey-answers.js';

// Found by a second review of disclosure control: a project's breakdown showed a group that is exactly its
// organisation's group (a difference of 0 people) which the organisation's breakdown withholds as the complement, so
// the organisation's total minus its groups shown left one participant (the only non-binary one). Both tests failed
// on the code before the fix (the first), or answered without a 500 already (odd input).

const _at = (day: string) => new Date(`${day}T10:00:00Z`);
const levels = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
let api: TestApi;
let organisationId = '';
let projectP = '';
let viewer: Caller;
let coordinator: Caller;
type Gender = 'female' | 'male' | 'non_binary';
interface Pupil {
  gender: Gender;
  b: number;
  e: number;
  lb: number;
  le: number;
}
const target: Pupil = { gender: 'non_binary', b: 2, e: 5, lb: 1, le: 3 };

async function addPupils(projectId: string, pupils: Pupil[]) {
  const world = await createMobilityWorld(coordinator, organisationId);
  for (const pupil of pupils)
    await addRespondent(
      api.database.db,
      coordinator,
      { ...world.mobilityInput, projectId },
      { gender: pupil.gender },
      {
        baseline: pupil.b,
        end: pupil.e,
        reading: { baseline: levels[pupil.lb] as string, end: levels[pupil.le] as string },
      },
    );
}
const spread = (gender: Gender, count: number, offset: number): Pupil[] =>
  Array.from({ length: count }, (_, i) => ({
    gender,
    b: 1 + ((i + offset) % 4),
    e: 1 + ((i * 3 + offset) % 5),
    lb: (i + offset) % 4,
    le: (i * 5 + offset) % 7,
  }));

beforeAll(async () => {
  api = await createTestApi();
  organisationId = (await api.createOrganisation({ legalName: 'Gesamtschule Nord' })).id;
  coordinator = await api.member(organisationId, 'coordinator', { specialCategories: true });
  viewer = await api.member(organisationId, 'viewer');
  const project = async (n: string) =>
    (await coordinator.project.create({ ...projectInput(organisationId), grantAgreementNumber: n })).id;
  projectP = await project('2027-1-DE03-KA122-SCH-000000501');
  const projectQ = await project('2027-1-DE03-KA122-SCH-000000502');
  // P: six women, five men. Q: five women and the target, the organisation's only non-binary participant.
  await addPupils(projectP, [...spread('female', 6, 0), ...spread('male', 5, 1)]);
  await addPupils(projectQ, [...spread('female', 5, 2), target]);
}, 600_000);
afterAll(() => api.close());

describe('a project shows nothing its organisation withholds', () => {
  it('withholds the project’s men when they are all of the organisation’s men, withheld there as the complement', async () => {
    const byGender = await viewer.analytics.overview({ organisationId, breakdown: 'gender' });
    const inProject = await viewer.analytics.overview({
      organisationId,
      projectId: projectP,
      breakdown: 'gender',
    });
    const row = (o: typeof byGender, code: string) => o.items.find((i) => i.code === code);
    const cell = (o: typeof byGender, code: string, value: string) =>
      row(o, code)?.cells[o.groups.values.indexOf(value)] as Guarded<ItemSummary>;
    for (const code of ['L01', 'cefr.reading']) {
      // The organisation withholds the non-binary participant and, as the complement, the men.
      expect(cell(byGender, code, 'non_binary')).toBe('suppressed');
      expect(cell(byGender, code, 'male')).toBe('suppressed');
      expect(isShown(row(byGender, code)?.total)).toBe(true);
      expect(isShown(cell(byGender, code, 'female'))).toBe(true);
      // Total − women − the project's men would be the one non-binary participant: the project's men are withheld.
      expect(cell(inProject, code, 'male'), code).toBe('suppressed');
    }
  });
});

describe('odd input', () => {
  it('answers without a 500', async () => {
    const admin = await api.signIn((await api.createUser({ admin: true })).email);
    const calls: Array<[string, () => Promise<unknown>]> = [
      ['cefr unknown', () => viewer.analytics.outcome({ organisationId, outcomeCode: 'cefr.nope' })],
      ['outcome unknown', () => viewer.analytics.outcome({ organisationId, outcomeCode: 'L99' })],
      ['indicator unknown', () => viewer.analytics.outcome({ organisationId, outcomeCode: 'L01.nope' })],
      [
        'where all',
        () => viewer.analytics.overview({ organisationId, where: { dimension: 'all', value: '' } }),
      ],
      [
        'where all x',
        () =>
          viewer.analytics.overview({
            organisationId,
            breakdown: 'gender',
            where: { dimension: 'all', value: 'x' },
          }),
      ],
      [
        'where project other',
        () => viewer.analytics.overview({ organisationId, where: { dimension: 'project', value: 'x' } }),
      ],
      [
        'compare * vs x',
        () =>
          viewer.analytics.compare({
            organisationId,
            groupA: { dimension: 'gender', value: '*' },
            groupB: { dimension: 'gender', value: 'female' },
          }),
      ],
      [
        'compare empty',
        () =>
          viewer.analytics.compare({
            organisationId,
            groupA: { dimension: 'activity_type', value: '' },
            groupB: { dimension: 'activity_type', value: '*' },
          }),
      ],
      [
        'project+year',
        () =>
          viewer.analytics.overview({
            organisationId,
            projectId: projectP,
            callYear: 2030,
            breakdown: 'call_year',
          }),
      ],
      [
        'admin all by org where',
        () =>
          admin.analytics.overview({
            breakdown: 'organisation',
            where: { dimension: 'organisation', value: organisationId },
          }),
      ],
      [
        'admin all compare org',
        () =>
          admin.analytics.compare({
            groupA: { dimension: 'organisation', value: organisationId },
            groupB: { dimension: 'organisation', value: '*' },
          }),
      ],
      [
        'admin outcome year',
        () =>
          admin.analytics.outcome({
            callYear: 2027,
            outcomeCode: 'cefr.reading',
            where: { dimension: 'barrier', value: 'economic' },
          }),
      ],
    ];
    const failures: string[] = [];
    for (const [name, call] of calls) {
      try {
        await call();
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'INTERNAL_SERVER_ERROR' || !code) failures.push(`${name}: ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
