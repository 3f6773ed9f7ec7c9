import type { ChangeSummary, ItemSummary } from '@mobilis/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Figure,
  figureOf,
  figures,
  type Guarded,
  isShown,
  minus,
  totalMinusSiblings,
  useKeys,
} from './support/disclosure-attacks.js';
import { codeOf } from './support/errors.js';
import { createMobilityWorld, projectInput } from './support/fixtures.js';
import { type Caller, createTestApi, type TestApi } from './support/harness.js';
import { addRespondent, answerSurvey } from './support/survey-answers.js';

// Disclosure control against an attacker who knows the method (docs/analytics.md, "Privacy"). The data is built so
// that each attack recovers one participant's answer exactly from the figures that were shown before the cell-key
// method and per-figure suppression: total minus siblings for a figure resting on fewer people than its cell, a filter
// against a breakdown, a project against its organisation, a call year against all years, the same figures before
// and after one new answer, overlapping groups in a comparison, and a barrier category against "fewer
// opportunities: yes". Every test below fails on the code before that change (5624630's parent, 099a438).

const k = 5;
const outcome = 'L01';
const at = (day: string) => new Date(`${day}T10:00:00Z`);

let api: TestApi;
let organisationId: string;
let coordinator: Caller;
const projects = { current: '', earlier: '' };

interface Pupil {
  fewerOpportunities?: boolean;
  barriers?: string[];
  gender?: 'female' | 'male';
  baseline: number;
  end: number;
  followUp?: number;
}

/** Participants who will answer later, by name: the target of the "one new answer" attack. */
const later = new Map<string, { id: string; outcomeCodes: string[] }>();

async function addPupils(projectId: string, pupils: ReadonlyArray<Pupil & { answersLater?: string }>) {
  const world = await createMobilityWorld(coordinator, organisationId);
  for (const pupil of pupils) {
    const { gender = 'female', fewerOpportunities = false, barriers = [], answersLater, ...answers } = pupil;
    const surveys = await addRespondent(
      api.database.db,
      coordinator,
      { ...world.mobilityInput, projectId },
      { gender, fewerOpportunities, barriers },
      { ...answers, reading: { baseline: 'A2', end: 'B1' } },
    );
    if (answersLater) later.set(answersLater, surveys.followUp);
  }
}

const pupilsWithout = (count: number, followUp: boolean): Pupil[] =>
  Array.from({ length: count }, (_, i) => ({
    gender: i % 2 === 0 ? 'female' : 'male',
    baseline: 2 + (i % 3),
    end: 3 + (i % 3),
    followUp: followUp ? 3 + ((i + 1) % 3) : undefined,
  }));

beforeAll(async () => {
  api = await createTestApi();
  organisationId = (await api.createOrganisation({ legalName: 'Realschule am Stadtpark' })).id;
  coordinator = await api.member(organisationId, 'coordinator', { specialCategories: true });
  const project = async (grantAgreementNumber: string) =>
    (await coordinator.project.create({ ...projectInput(organisationId), grantAgreementNumber })).id;
  projects.current = await project('2027-1-DE03-KA122-SCH-000000301');
  projects.earlier = await project('2026-1-DE03-KA122-SCH-000000302');
  await addPupils(projects.current, [
    // Ten without fewer opportunities who answered the follow-up, two who did not (yet).
    ...pupilsWithout(10, true),
    { baseline: 3, end: 4 },
    { baseline: 2, end: 4, answersLater: 'newcomer' },
    // Six with fewer opportunities: five with health problems, of whom one answered the follow-up; one with economic
    // barriers only.
    { fewerOpportunities: true, barriers: ['health_problems'], baseline: 3, end: 5, followUp: 1 },
    ...Array.from({ length: 4 }, () => ({
      fewerOpportunities: true,
      barriers: ['health_problems'],
      baseline: 2,
      end: 3,
    })),
    { fewerOpportunities: true, barriers: ['economic'], baseline: 4, end: 1 },
  ]);
  // An earlier project (another call year) of six, one of whom answered the follow-up.
  await addPupils(projects.earlier, [{ baseline: 2, end: 3, followUp: 5 }, ...pupilsWithout(5, false)]);
  await useKeys(api.database.db, 'fixed');
}, 300_000);

afterAll(() => api.close());

const totalMinusSiblingsHere = () =>
  totalMinusSiblings({
    caller: coordinator,
    db: api.database.db,
    organisationId,
    scopes: [{}, { projectId: projects.current }, { callYear: 2027 }],
    items: [outcome],
    k,
  });

describe('within one answer: total minus the groups shown beside it', () => {
  it('never leaves a single withheld group, nor withheld groups of fewer than k together, for any figure', async () => {
    expect(await totalMinusSiblingsHere()).toEqual([]);
  });

  it('holds whatever the keys: perturbed counts never decide what is withheld', async () => {
    for (const seed of ['a', 'b', 'c', 'd']) {
      await useKeys(api.database.db, seed);
      expect(await totalMinusSiblingsHere(), seed).toEqual([]);
    }
    await useKeys(api.database.db, 'fixed');
  });

  it('withholds the one follow-up answer of the group with fewer opportunities, and enough beside it', async () => {
    const overview = await coordinator.analytics.overview({
      organisationId,
      breakdown: 'fewer_opportunities',
    });
    const item = overview.items.find((entry) => entry.code === outcome);
    const followUps = item?.cells.map((cell) => figureOf(cell, 'followUp'));
    // Six with fewer opportunities (shown as a group), one follow-up among them: withheld, and the others' too.
    expect(item?.cells.every(isShown)).toBe(true);
    expect(followUps).toEqual(['suppressed', 'suppressed']);
    expect(isShown(figureOf(item?.total, 'followUp'))).toBe(true);
  });
});

describe('across answers', () => {
  it('a filter gives nothing the breakdown withholds', async () => {
    const withoutFewer = await coordinator.analytics.overview({
      organisationId,
      projectId: projects.current,
      where: { dimension: 'fewer_opportunities', value: 'no' },
    });
    const total = withoutFewer.items.find((entry) => entry.code === outcome)?.total;
    expect(isShown(total)).toBe(true);
    // The project's follow-up total (13) minus this (12) would be the one answer of the other group.
    expect(figureOf(total, 'followUp')).toBe('suppressed');
    expect(figureOf(total, 'ratings')).toBe('suppressed');
  });

  it('a project gives nothing its organisation does not, nor a call year all years', async () => {
    const organisation = await coordinator.analytics.overview({ organisationId });
    expect(
      isShown(figureOf(organisation.items.find((entry) => entry.code === outcome)?.total, 'followUp')),
    ).toBe(true);
    // The organisation's follow-ups are the project's and one more, from the earlier project (and call year).
    for (const scope of [{ projectId: projects.current }, { callYear: 2027 }]) {
      const narrower = await coordinator.analytics.overview({ organisationId, ...scope });
      const total = narrower.items.find((entry) => entry.code === outcome)?.total;
      expect(figureOf(total, 'followUp'), JSON.stringify(scope)).toBe('suppressed');
      expect(figureOf(total, 'ratings'), JSON.stringify(scope)).toBe('suppressed');
      expect(isShown(figureOf(total, 'change')), JSON.stringify(scope)).toBe(true);
    }
  });

  it('gives the same people the same figures through every route, so asking again averages nothing away', async () => {
    const twice = await Promise.all([
      coordinator.analytics.overview({ organisationId, projectId: projects.current }),
      coordinator.analytics.overview({ organisationId, projectId: projects.current }),
    ]);
    expect(twice[0]).toEqual(twice[1]);
    const totalOfItem = (overview: { items: Array<{ code: string; total: Guarded<ItemSummary> }> }) =>
      overview.items.find((entry) => entry.code === outcome)?.total;
    const routes = [
      totalOfItem(await coordinator.analytics.overview({ organisationId, projectId: projects.current })),
      totalOfItem(
        await coordinator.analytics.overview({
          organisationId,
          projectId: projects.current,
          breakdown: 'gender',
        }),
      ),
      (
        await coordinator.analytics.outcome({
          organisationId,
          projectId: projects.current,
          outcomeCode: outcome,
        })
      ).total,
    ];
    for (const route of routes) expect(route).toEqual(routes[0]);
    // One group asked as a breakdown and as a filter: the figures shown in both are the same.
    const byGender = await coordinator.analytics.overview({ organisationId, breakdown: 'gender' });
    const female = byGender.items.find((entry) => entry.code === outcome)?.cells[
      byGender.groups.values.indexOf('female')
    ];
    const filtered = totalOfItem(
      await coordinator.analytics.overview({
        organisationId,
        where: { dimension: 'gender', value: 'female' },
      }),
    );
    for (const figure of Object.keys(figures) as Figure[]) {
      const [a, b] = [figureOf(female, figure), figureOf(filtered, figure)];
      if (isShown(a) && isShown(b)) expect(a, figure).toEqual(b);
    }
  });

  it('compares only groups that share nobody, and everyone else is withheld wherever the group is', async () => {
    const overlapping = coordinator.analytics.compare({
      organisationId,
      groupA: { dimension: 'gender', value: 'female' },
      groupB: { dimension: 'fewer_opportunities', value: 'yes' },
    });
    expect(await codeOf(overlapping)).toBe('BAD_REQUEST');
    expect(
      await codeOf(
        coordinator.analytics.compare({
          organisationId,
          groupA: { dimension: 'barrier', value: 'economic' },
          groupB: { dimension: 'barrier', value: 'health_problems' },
        }),
      ),
    ).toBe('BAD_REQUEST');
    const against = await coordinator.analytics.compare({
      organisationId,
      projectId: projects.current,
      groupA: { dimension: 'fewer_opportunities', value: 'yes' },
      groupB: { dimension: 'fewer_opportunities', value: '*' },
    });
    const item = against.items.find((entry) => entry.code === outcome);
    expect(figureOf(item?.a, 'followUp')).toBe('suppressed');
    expect(figureOf(item?.b, 'followUp')).toBe('suppressed');
    expect(isShown(figureOf(item?.b, 'change'))).toBe(true);
    expect(against.groups[1]?.label).toBe('Everyone else');
  });

  it('withholds a barrier category that differs from "fewer opportunities: yes" by fewer than k', async () => {
    // Five with health problems among six with fewer opportunities: the sixth's answers are the difference.
    const byBarrier = await coordinator.analytics.overview({
      organisationId,
      projectId: projects.current,
      breakdown: 'barrier',
    });
    const cell = byBarrier.items.find((entry) => entry.code === outcome)?.cells[
      byBarrier.groups.values.indexOf('health_problems')
    ];
    expect(cell).toBe('suppressed');
    const filtered = await coordinator.analytics.overview({
      organisationId,
      projectId: projects.current,
      where: { dimension: 'barrier', value: 'health_problems' },
    });
    expect(filtered.items.find((entry) => entry.code === outcome)?.total).toBe('suppressed');
  });
});

describe('over time: one new answer', () => {
  it('does not give that answer away: every figure it changes is drawn afresh', async () => {
    const snapshot = async () => {
      const overview = await coordinator.analytics.overview({ organisationId, projectId: projects.current });
      const item = overview.items.find((entry) => entry.code === outcome);
      const organisation = await coordinator.analytics.overview({ organisationId });
      return [item?.total, organisation.items.find((entry) => entry.code === outcome)?.total];
    };
    const before = await snapshot();
    const newcomer = later.get('newcomer');
    if (!newcomer) throw new Error('The newcomer’s follow-up survey is missing');
    // Baseline 2, follow-up 5: a change of 3, the largest in the group.
    await answerSurvey(api.database.db, newcomer, { rating: 5 }, at('2027-09-20'));
    const after = await snapshot();
    const candidates = [-4, -3, -2, -1, 0, 1, 2, 3, 4];
    for (const [index, previous] of before.entries()) {
      const [was, is] = [figureOf(previous, 'followUp'), figureOf(after[index], 'followUp')];
      if (!isShown(was) || !isShown(is)) continue;
      const change = (is as ChangeSummary).n * (is as ChangeSummary).mean;
      const estimate = change - (was as ChangeSummary).n * (was as ChangeSummary).mean;
      // Before the cell-key method the difference was the newcomer's change, 3, exactly.
      expect(Math.abs(estimate - 3)).toBeGreaterThan(1e-6);
      // Two noises of at most ±2 each: every change within ±4 of the estimate stays possible. Only an answer at the
      // end of the scale (±4) can be narrowed to itself, when both noises fall in their last quarter (docs).
      const plausible = candidates.filter((candidate) => Math.abs(candidate - estimate) <= 4);
      expect(plausible.length).toBeGreaterThanOrEqual(2);
      // The follow-up ratings: the difference is not the newcomer's one rating of 5.
      const [wasRatings, isRatings] = [figureOf(previous, 'ratings'), figureOf(after[index], 'ratings')];
      if (isShown(wasRatings) && isShown(isRatings))
        expect(minus(isRatings as number[], wasRatings as number[])).not.toEqual([0, 0, 0, 0, 1]);
    }
    // Counts of people stay exact: one more follow-up answer shows as one more.
    expect((figureOf(after[1], 'followUp') as ChangeSummary).n).toBe(
      (figureOf(before[1], 'followUp') as ChangeSummary).n + 1,
    );
  });
});

describe('the keys', () => {
  it('never leave the server', async () => {
    const answers = await Promise.all([
      coordinator.analytics.overview({ organisationId, breakdown: 'gender' }),
      coordinator.analytics.outcome({ organisationId, outcomeCode: outcome }),
      coordinator.analytics.compare({
        organisationId,
        groupA: { dimension: 'gender', value: 'female' },
        groupB: { dimension: 'gender', value: '*' },
      }),
      coordinator.participant.list({ organisationId }),
    ]);
    expect(JSON.stringify(answers)).not.toMatch(/cellKey|cell_key|disclosureKey|disclosure_key/);
  });
});
