import {
  deleteParticipant,
  liveCells,
  rebuildOutcomeRollup,
  rollupCells,
  withOutcomeRollup,
} from '@mobilis/db';
import {
  adjustmentOf,
  analyticsDimensionValues,
  type ChangeSummary,
  changeSumsOf,
  perturbMeasures,
  roundReleased,
  shareOf,
  summariseChange,
  summariseItem,
} from '@mobilis/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noiseSources } from '../src/analytics/noise.js';
import { useKeys } from './support/disclosure-attacks.js';
import { codeOf } from './support/errors.js';
import { createMobilityWorld, participantInput, projectInput } from './support/fixtures.js';
import { type Caller, createTestApi, type TestApi } from './support/harness.js';
import { answerSurvey, surveysOf } from './support/survey-answers.js';

// Outcome analytics from real answers: the statistics the API returns equal those of the pure functions over the
// raw ratings, small groups never get a number (also through totals, sibling groups and narrower questions), and
// the pre-aggregated rollup always equals a full recomputation from the answers.

let api: TestApi;
let organisationId: string;
let coordinator: Caller;
let viewer: Caller;
let admin: Caller;
let otherCoordinator: Caller;
let otherOrganisationId: string;
const projects: Record<'main' | 'second' | 'small', string> = { main: '', second: '', small: '' };
const mobilityIds: string[] = [];
const participantIds: string[] = [];

/** The main project's twelve pupils: eight girls and four boys (a group below k = 5), five with fewer opportunities. */
const mainPupils = Array.from({ length: 12 }, (_, i) => {
  const baseline = 2 + (i % 3);
  const end = Math.min(5, baseline + ([1, 0, 2, 1][i % 4] ?? 0));
  const gain = end - baseline;
  return {
    gender: i < 8 ? ('female' as const) : ('male' as const),
    fewerOpportunities: i < 5,
    baseline,
    end,
    retrospective: Math.max(1, baseline - (i % 2)),
    followUp: i < 9 ? baseline + Math.max(0, gain - (i % 2)) : undefined,
    language: { baseline: 'A2', end: i % 2 === 0 ? 'B1' : 'A2' },
    example: i === 0 ? 'Ich kann jetzt auf Französisch einkaufen.' : undefined,
  };
});

const at = (day: string) => new Date(`${day}T10:00:00Z`);

async function addRespondents(
  caller: Caller,
  organisation: string,
  projectId: string,
  pupils: ReadonlyArray<Partial<(typeof mainPupils)[number]> & { baseline: number; end: number }>,
) {
  const world = await createMobilityWorld(caller, organisation);
  for (const pupil of pupils) {
    const participant = await caller.participant.create(
      participantInput(organisation, {
        gender: pupil.gender ?? 'female',
        fewerOpportunities: pupil.fewerOpportunities ?? false,
        barriers: pupil.fewerOpportunities ? ['economic'] : [],
      }),
    );
    const { id } = await caller.mobility.create({
      ...world.mobilityInput,
      organisationId: organisation,
      projectId,
      participation: { mode: 'individual', participantId: participant.id },
      mainLanguage: 'fr',
    });
    await caller.mobility.changeStatus({ organisationId: organisation, id, status: 'planned' });
    const surveys = await surveysOf(api.database.db, id);
    const db = api.database.db;
    await answerSurvey(
      db,
      surveys.baseline,
      { rating: pupil.baseline, languageLevel: pupil.language?.baseline },
      at('2027-02-15'),
    );
    await answerSurvey(
      db,
      surveys.end,
      {
        rating: pupil.end,
        retrospective: pupil.retrospective ?? pupil.baseline,
        languageLevel: pupil.language?.end,
        example: pupil.example,
      },
      at('2027-03-14'),
    );
    if (pupil.followUp !== undefined)
      await answerSurvey(db, surveys.followUp, { rating: pupil.followUp }, at('2027-09-10'));
    mobilityIds.push(id);
    participantIds.push(participant.id);
  }
}

async function createProject(caller: Caller, organisation: string, grantAgreementNumber: string) {
  const project = await caller.project.create({ ...projectInput(organisation), grantAgreementNumber });
  return project.id;
}

beforeAll(async () => {
  api = await createTestApi();
  organisationId = (await api.createOrganisation({ legalName: 'Gymnasium Berlin-Mitte' })).id;
  coordinator = await api.member(organisationId, 'coordinator', { specialCategories: true });
  viewer = await api.member(organisationId, 'viewer');
  const adminUser = await api.createUser({ admin: true });
  admin = await api.signIn(adminUser.email);
  projects.main = await createProject(coordinator, organisationId, '2027-1-DE03-KA122-SCH-000000101');
  projects.second = await createProject(coordinator, organisationId, '2026-1-DE03-KA122-SCH-000000102');
  projects.small = await createProject(coordinator, organisationId, '2026-1-DE03-KA122-SCH-000000103');
  await addRespondents(coordinator, organisationId, projects.main, mainPupils);
  await addRespondents(
    coordinator,
    organisationId,
    projects.second,
    Array.from({ length: 5 }, () => ({ baseline: 3, end: 4 })),
  );
  await addRespondents(
    coordinator,
    organisationId,
    projects.small,
    Array.from({ length: 4 }, () => ({ baseline: 3, end: 3 })),
  );
  otherOrganisationId = (await api.createOrganisation({ legalName: 'Liceo Scientifico di Bologna' })).id;
  otherCoordinator = await api.member(otherOrganisationId, 'coordinator');
  const otherProject = await createProject(
    otherCoordinator,
    otherOrganisationId,
    '2027-1-IT02-KA122-SCH-000000201',
  );
  await addRespondents(
    otherCoordinator,
    otherOrganisationId,
    otherProject,
    Array.from({ length: 6 }, () => ({ baseline: 1, end: 5 })),
  );
  // The same perturbation on every run: with random keys, an interval built on perturbed sums could now and then
  // be one the comparison cannot give (both variances at zero), and the test would fail one run in many.
  await useKeys(api.database.db, 'analytics');
}, 300_000);
afterAll(() => api.close());

const outcome = 'L01';

function expectChange(actual: unknown, differences: number[]) {
  const expected = summariseChange(changeSumsOf(differences)) as ChangeSummary;
  const change = actual as ChangeSummary;
  expect(change.n).toBe(expected.n);
  expect(change.mean).toBeCloseTo(expected.mean, 10);
  expect(change.sd).toBeCloseTo(expected.sd as number, 10);
  expect(change.ci95?.low).toBeCloseTo(expected.ci95?.low as number, 10);
  expect(change.ci95?.high).toBeCloseTo(expected.ci95?.high as number, 10);
  expect(change.effectSize).toBeCloseTo(expected.effectSize as number, 10);
  expect(change.improvedShare).toBeCloseTo(expected.improvedShare, 10);
  expect(change.declinedShare).toBeCloseTo(expected.declinedShare, 10);
}

/** The exact cell of one item in the rollup, as the server reads it before perturbation. */
async function exactCell(query: { organisationId?: string; projectId?: string }, item: string) {
  const cells = await rollupCells(api.database.db, { ...query, dimension: 'all', items: [item] });
  const cell = cells[0];
  if (!cell) throw new Error(`No cell for ${item}`);
  const { value: _value, item: _item, ...measures } = cell;
  return measures;
}

function expectWithinBounds(released: unknown, exact: ChangeSummary, bound: number) {
  const change = released as ChangeSummary;
  expect(change.n).toBe(exact.n);
  // Within the bound, and the four decimals figures are rounded to.
  expect(Math.abs(change.mean - exact.mean)).toBeLessThanOrEqual(bound / exact.n + 5e-5);
  expect(Math.abs(change.improvedShare - exact.improvedShare)).toBeLessThanOrEqual(2 / exact.n + 5e-5);
  expect(Math.abs(change.declinedShare - exact.declinedShare)).toBeLessThanOrEqual(2 / exact.n + 5e-5);
}

describe('statistics from the answers', () => {
  it('gives the change from baseline to end, looking back, and months later, as the pure functions do', async () => {
    const result = await coordinator.analytics.overview({ organisationId, projectId: projects.main });
    const item = result.items.find((entry) => entry.code === outcome);
    const total = item?.total;
    if (!total || total === 'suppressed') throw new Error('The main project’s outcome should be shown');
    // Exact: the rollup's sums give the pure functions' statistics over the raw ratings.
    const cell = await exactCell({ projectId: projects.main }, outcome);
    const exact = summariseItem(cell, 5);
    expect(exact.respondents).toBe(12);
    expectChange(
      exact.change,
      mainPupils.map((pupil) => pupil.end - pupil.baseline),
    );
    expectChange(
      exact.retrospective,
      mainPupils.map((pupil) => pupil.end - pupil.retrospective),
    );
    const followedUp = mainPupils.filter((pupil) => pupil.followUp !== undefined);
    expectChange(
      exact.followUp,
      followedUp.map((pupil) => (pupil.followUp as number) - pupil.baseline),
    );
    // Lasting: of those who improved by the end and answered the follow-up, who kept at least half the gain.
    const improved = followedUp.filter((pupil) => pupil.end > pupil.baseline);
    const kept = improved.filter(
      (pupil) => (pupil.followUp as number) - pupil.baseline >= (pupil.end - pupil.baseline) / 2,
    );
    expect(exact.lasting).toEqual(shareOf(kept.length, improved.length));
    const baselineCounts = [1, 2, 3, 4, 5].map(
      (rating) => mainPupils.filter((pupil) => pupil.baseline === rating).length,
    );
    expect(exact.ratings.baseline).toEqual(baselineCounts);

    // Released: the same, perturbed from the cell's key within the stated bounds; counts of people exact.
    const noiseFor = await noiseSources(api.database.db);
    expect(total).toEqual(
      roundReleased(
        summariseItem(
          perturbMeasures(cell, 'outcome', noiseFor(cell.cellKey)),
          5,
          new Set(),
          adjustmentOf('outcome'),
        ),
      ),
    );
    expect(total.respondents).toBe(12);
    expectWithinBounds(total.change, exact.change as ChangeSummary, result.disclosure.meanNoise.rating);
    expectWithinBounds(total.followUp, exact.followUp as ChangeSummary, result.disclosure.meanNoise.rating);
    (total.ratings.baseline as number[]).forEach((count, index) => {
      expect(Math.abs(count - (baselineCounts[index] ?? 0))).toBeLessThanOrEqual(2);
    });
    // Every pupil answered a baseline: no post-only evidence.
    expect(total.postOnly).toBeNull();
    expect(result.responses.total).toMatchObject({
      respondents: 12,
      baseline: { sent: 12, submitted: 12 },
      followUp: { sent: 9, submitted: 9 },
    });
    expect(JSON.stringify(result)).not.toMatch(/cellKey|disclosure_key|cell_key/);
  });

  it('counts the share who move up a CEFR level', async () => {
    const result = await coordinator.analytics.overview({ organisationId, projectId: projects.main });
    const reading = result.items.find((entry) => entry.code === 'cefr.reading')?.total;
    if (!reading || reading === 'suppressed' || !reading.change || reading.change === 'suppressed')
      throw new Error('Reading should be shown');
    expect(Math.abs(reading.change.improvedShare - 6 / 12)).toBeLessThanOrEqual(2 / 12 + 5e-5);
    const exact = summariseItem(await exactCell({ projectId: projects.main }, 'cefr.reading'), 5);
    expect((exact.change as ChangeSummary).improvedShare).toBeCloseTo(6 / 12, 10);
  });

  it('gives an outcome page with its indicators, trend over call years, equity gap and, for coordinators, examples', async () => {
    const page = await coordinator.analytics.outcome({ organisationId, outcomeCode: outcome });
    expect(page.indicators.length).toBeGreaterThan(1);
    expect(page.trend.years).toEqual(['2026', '2027']);
    expect(page.examples?.map((example) => example.text)).toEqual([
      'Ich kann jetzt auf Französisch einkaufen.',
    ]);
    expect(page.equity.gap).not.toBeNull();
    const asViewer = await viewer.analytics.outcome({ organisationId, outcomeCode: outcome });
    expect(asViewer.examples).toBeNull();
    expect(asViewer.total).toEqual(page.total);
  });

  it('compares two groups side by side with the difference and its interval', async () => {
    const comparison = await coordinator.analytics.compare({
      organisationId,
      groupA: { dimension: 'project', value: projects.main },
      groupB: { dimension: 'project', value: '*' },
    });
    const item = comparison.items.find((entry) => entry.code === outcome);
    expect(item?.difference).toMatchObject({ difference: expect.any(Number) });
    expect(comparison.groups[0]?.label).toContain('2027-1-DE03-KA122-SCH-000000101');
  });
});

describe('small-cell suppression, decided by the server', () => {
  const shown = (cell: unknown) => cell !== null && cell !== 'suppressed';

  it('withholds a group of four and its sibling, keeps the total', async () => {
    const result = await coordinator.analytics.overview({
      organisationId,
      projectId: projects.main,
      breakdown: 'gender',
    });
    expect(result.groups.values).toEqual(['female', 'male']);
    const item = result.items.find((entry) => entry.code === outcome);
    // Boys (4) are below k; girls would give them away through the total, so they are withheld too.
    expect(item?.cells).toEqual(['suppressed', 'suppressed']);
    expect(shown(item?.total)).toBe(true);
    expect(result.responses.cells).toEqual(['suppressed', 'suppressed']);
    expect(JSON.stringify(result)).not.toMatch(/"respondents":4\b/);
  });

  it('withholds the same group asked for as a filter, and its complement', async () => {
    for (const gender of ['male', 'female']) {
      const result = await coordinator.analytics.overview({
        organisationId,
        projectId: projects.main,
        where: { dimension: 'gender', value: gender },
      });
      const item = result.items.find((entry) => entry.code === outcome);
      expect(item?.total, gender).toBe('suppressed');
      expect(result.responses.total, gender).toBe('suppressed');
    }
  });

  it('withholds a small project, and the project that would reveal it through the organisation’s total', async () => {
    const byProject = await coordinator.analytics.overview({ organisationId, breakdown: 'project' });
    const item = byProject.items.find((entry) => entry.code === outcome);
    const cellOf = (projectId: string) => item?.cells[byProject.groups.values.indexOf(projectId)];
    expect(cellOf(projects.small)).toBe('suppressed');
    expect(cellOf(projects.second)).toBe('suppressed');
    expect(shown(cellOf(projects.main))).toBe(true);
    expect(byProject.groups.labels[projects.main]).toContain('2027-1-DE03-KA122-SCH-000000101');
    for (const projectId of [projects.small, projects.second]) {
      const narrowed = await coordinator.analytics.overview({ organisationId, projectId });
      expect(narrowed.items.find((entry) => entry.code === outcome)?.total).toBe('suppressed');
    }
    const main = await coordinator.analytics.overview({ organisationId, projectId: projects.main });
    expect(shown(main.items.find((entry) => entry.code === outcome)?.total)).toBe(true);
  });

  it('withholds the equity gap when a group is too small', async () => {
    const small = await coordinator.analytics.overview({ organisationId, projectId: projects.main });
    // Five with fewer opportunities, seven without: both shown, so the gap is given with its interval.
    expect(small.items.find((entry) => entry.code === outcome)?.equityGap).toMatchObject({
      difference: expect.any(Number),
      ci95: { low: expect.any(Number), high: expect.any(Number) },
    });
    const page = await coordinator.analytics.outcome({
      organisationId,
      projectId: projects.main,
      outcomeCode: outcome,
      where: { dimension: 'gender', value: 'female' },
    });
    expect(page.equity.gap).toBe('suppressed');
  });

  it('leaves barrier categories to coordinators, and withholds them below k', async () => {
    expect(await codeOf(viewer.analytics.overview({ organisationId, breakdown: 'barrier' }))).toBe(
      'FORBIDDEN',
    );
    const result = await coordinator.analytics.overview({ organisationId, breakdown: 'barrier' });
    expect(result.groups.values).toEqual(['economic']);
    expect(shown(result.items.find((entry) => entry.code === outcome)?.cells[0])).toBe(true);
  });
});

describe('who sees what', () => {
  it('shows every organisation to platform administrators only', async () => {
    expect(await codeOf(coordinator.analytics.overview({}))).toBe('FORBIDDEN');
    const everyone = await admin.analytics.overview({ breakdown: 'organisation' });
    expect(everyone.responses.total).toMatchObject({ respondents: 12 + 5 + 4 + 6 });
    expect(Object.values(everyone.groups.labels).sort()).toEqual([
      'Gymnasium Berlin-Mitte',
      'Liceo Scientifico di Bologna',
    ]);
    expect((await admin.analytics.outcome({ organisationId, outcomeCode: outcome })).examples).toBeNull();
  });

  it('answers NOT_FOUND for another organisation and for another organisation’s project', async () => {
    expect(await codeOf(otherCoordinator.analytics.overview({ organisationId }))).toBe('NOT_FOUND');
    expect(
      await codeOf(
        otherCoordinator.analytics.overview({
          organisationId: otherOrganisationId,
          projectId: projects.main,
        }),
      ),
    ).toBe('NOT_FOUND');
    const own = await otherCoordinator.analytics.overview({ organisationId: otherOrganisationId });
    expect(own.responses.total).toMatchObject({ respondents: 6 });
  });

  it('names the field of a bad request', async () => {
    expect(
      await codeOf(coordinator.analytics.overview({ organisationId, breakdown: 'shoe_size' as 'gender' })),
    ).toBe('BAD_REQUEST');
  });
});

describe('the rollup', () => {
  const scopes = () => [
    {},
    { organisationId },
    { organisationId, callYear: 2026 },
    { organisationId, projectId: projects.main },
    { organisationId: otherOrganisationId },
  ];

  /** What the changes below move respondents between. */
  const changedDimensions = [
    'all',
    'project',
    'call_year',
    'gender',
    'fewer_opportunities',
    'barrier',
    'duration_band',
  ] as const;

  async function expectRollupEqualsRecomputation(
    dimensions: readonly string[] = analyticsDimensionValues,
    scopesToCheck = scopes(),
  ) {
    const db = api.database.db;
    for (const scope of scopesToCheck)
      for (const dimension of dimensions) {
        const query = { ...scope, dimension };
        const [rolled, live] = await Promise.all([rollupCells(db, query), liveCells(db, query)]);
        const label = `${JSON.stringify(scope)} by ${dimension}`;
        expect(
          rolled.map((cell) => `${cell.value}/${cell.item}`),
          label,
        ).toEqual(live.map((cell) => `${cell.value}/${cell.item}`));
        rolled.forEach((cell, index) => {
          const recomputed = live[index] as typeof cell;
          for (const [measure, value] of Object.entries(cell))
            if (typeof value === 'number')
              expect(value, `${label}: ${cell.value}/${cell.item} ${measure}`).toBeCloseTo(
                recomputed[measure as keyof typeof cell] as number,
                9,
              );
        });
      }
  }

  it('equals a full recomputation after answers arrive', async () => {
    await expectRollupEqualsRecomputation();
  });

  it('stays equal while participants, mobilities and projects change or go', async () => {
    const [first, second, third] = participantIds;
    const participant = await coordinator.participant.byId({ organisationId, id: first as string });
    await coordinator.participant.update({
      organisationId,
      id: first as string,
      gender: 'male',
      fewerOpportunities: false,
      barriers: [],
    });
    expect(participant.gender).toBe('female');
    await coordinator.mobility.update({
      organisationId,
      id: mobilityIds[1] as string,
      endDate: '2027-05-20',
    });
    await coordinator.survey.exclude({
      organisationId,
      mobilityId: mobilityIds[10] as string,
      participantId: participantIds[10] as string,
      reason: 'Left the school',
    });
    // A new title leaves the rollup alone; a new call year moves the project's respondents.
    await coordinator.project.update({ organisationId, id: projects.second, title: 'Renamed, same figures' });
    await coordinator.project.update({
      organisationId,
      id: projects.second,
      grantAgreementNumber: '2025-1-DE03-KA122-SCH-000000102',
    });
    await coordinator.mobility.delete({ organisationId, id: mobilityIds[2] as string });
    await coordinator.participant.delete({ organisationId, id: third as string });
    expect(second).toBeDefined();
    await expectRollupEqualsRecomputation(changedDimensions);
  });

  it('stays equal when many writes of an organisation run as one batch', async () => {
    const db = api.database.db;
    const world = await createMobilityWorld(coordinator, organisationId);
    const participant = await coordinator.participant.create(participantInput(organisationId));
    const { id } = await coordinator.mobility.create({
      ...world.mobilityInput,
      participation: { mode: 'individual', participantId: participant.id },
    });
    await coordinator.mobility.changeStatus({ organisationId, id, status: 'planned' });
    await withOutcomeRollup(db, organisationId, {}, async (tx) => {
      const surveys = await surveysOf(tx, id);
      await answerSurvey(tx, surveys.baseline, { rating: 2 }, at('2027-02-15'));
      await answerSurvey(tx, surveys.end, { rating: 4 }, at('2027-03-14'));
      await deleteParticipant(tx, organisationId, participantIds[4] as string);
    });
    await expectRollupEqualsRecomputation(changedDimensions, scopes().slice(0, 3));
  });

  it('is rebuilt to the same figures from the answers', async () => {
    const db = api.database.db;
    const snapshot = () =>
      db
        .selectFrom('outcomeRollup')
        .selectAll()
        .where('respondents', '<>', 0)
        .orderBy('scopeId')
        .orderBy('dimension')
        .orderBy('callYear')
        .orderBy('value')
        .orderBy('item')
        .execute();
    const incremental = await snapshot();
    await rebuildOutcomeRollup(db);
    const rebuilt = await snapshot();
    expect(rebuilt.length).toBe(incremental.length);
    rebuilt.forEach((row, index) => {
      const before = incremental[index] as typeof row;
      expect([row.scopeId, row.dimension, row.callYear, row.value, row.item]).toEqual([
        before.scopeId,
        before.dimension,
        before.callYear,
        before.value,
        before.item,
      ]);
      expect(row.changeSum).toBeCloseTo(before.changeSum, 9);
      expect(row.changeN).toBe(before.changeN);
      expect(row.submittedEnd).toBe(before.submittedEnd);
    });
  });
});
