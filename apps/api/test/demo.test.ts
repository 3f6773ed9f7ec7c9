import { rebuildOutcomeRollup } from '@mobilis/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareFirstStart } from '../src/bootstrap.js';
import { type DemoSummary, seedDemo } from '../src/demo/seed-demo.js';
import { totalMinusSiblings } from './support/disclosure-attacks.js';
import { createTestApi, type TestApi } from './support/harness.js';

let api: TestApi;
let summary: DemoSummary;

beforeAll(async () => {
  api = await createTestApi();
  summary = await seedDemo(api.services, { password: 'demo password for tests' });
}, 600_000);
afterAll(() => api.close());

describe('the demo', () => {
  it('fills organisations in several countries with participants and mobilities in every status', async () => {
    expect(summary.organisations).toBe(5);
    expect(summary.participants).toBeGreaterThan(300);
    expect(summary.mobilities).toBeGreaterThan(200);
    const statuses = await api.database.db.selectFrom('mobility').select('status').distinct().execute();
    expect(statuses.map((row) => row.status).sort()).toEqual([
      'cancelled',
      'completed',
      'draft',
      'ongoing',
      'planned',
    ]);
    const countries = await api.database.db.selectFrom('organisation').select('country').distinct().execute();
    expect(countries.length).toBe(5);
  });

  it('puts every mobility in a distance band from real city coordinates', async () => {
    const unbanded = await api.database.db
      .selectFrom('mobility')
      .select('id')
      .where('distanceBand', 'is', null)
      .execute();
    expect(unbanded).toEqual([]);
  });

  it('lets its coordinators sign in and see their organisation only', async () => {
    const account = summary.accounts.find((candidate) => candidate.role === 'coordinator');
    const coordinator = await api.signIn(account?.email ?? '', summary.password);
    const me = await coordinator.auth.me();
    expect(me?.memberships).toHaveLength(1);
    const organisationId = me?.memberships[0]?.organisationId ?? '';
    const page = await coordinator.mobility.list({ organisationId, limit: 50 });
    expect(page.total).toBeGreaterThan(10);
    expect((await coordinator.organisation.list()).map((o) => o.id)).toEqual([organisationId]);
  });

  it('still asks for the first administrator, since demo accounts are not administrators', async () => {
    const start = await prepareFirstStart(api.database.db, {
      publicUrl: 'http://localhost:3000',
      now: api.services.clock(),
    });
    expect(start.kind).toBe('setup_link');
  });

  it('has answered the surveys that fell due, with response rates below 100% and past dates', async () => {
    const db = api.database.db;
    const today = api.services.clock().toISOString().slice(0, 10);
    const waves = await db
      .selectFrom('survey')
      .select('wave')
      .select((eb) => [
        eb.fn.count<number>('invitedAt').as('sent'),
        eb.fn.count<number>('submittedAt').as('submitted'),
        eb.fn.max('submittedAt').as('lastSubmitted'),
      ])
      .groupBy('wave')
      .execute();
    for (const wave of waves) {
      expect(wave.submitted, wave.wave).toBeGreaterThan(0);
      expect(wave.submitted / wave.sent, wave.wave).toBeGreaterThan(0.4);
      expect(wave.submitted / wave.sent, wave.wave).toBeLessThan(0.95);
      expect(wave.lastSubmitted?.getTime() ?? 0).toBeLessThanOrEqual(api.services.clock().getTime());
    }
    expect(summary.surveysSubmitted).toBe(waves.reduce((sum, wave) => sum + wave.submitted, 0));
    // Nothing overdue is left for the scheduler to send at the first start.
    const overdue = await db
      .selectFrom('survey')
      .select('id')
      .where('status', '=', 'scheduled')
      .where('dueDate', '<', today)
      .execute();
    expect(overdue).toEqual([]);
  });

  it('shows a gain from baseline to end, a retrospective below the baseline, and language levels moving up', async () => {
    const db = api.database.db;
    const means = await db
      .selectFrom('surveyAnswer')
      .innerJoin('survey', 'survey.id', 'surveyAnswer.surveyId')
      .select('survey.wave')
      .select((eb) => [
        eb.fn.avg<number>('surveyAnswer.rating').as('rating'),
        eb.fn.avg<number>('surveyAnswer.retrospectiveRating').as('retrospective'),
      ])
      .groupBy('survey.wave')
      .execute();
    const mean = Object.fromEntries(means.map((row) => [row.wave, row]));
    expect(Number(mean.end?.rating) - Number(mean.baseline?.rating)).toBeGreaterThan(0.5);
    expect(Number(mean.end?.retrospective)).toBeLessThan(Number(mean.baseline?.rating));
    expect(Number(mean.follow_up?.rating)).toBeGreaterThan(Number(mean.baseline?.rating));

    const levels = await db
      .selectFrom('surveyLanguageRating')
      .innerJoin('survey', 'survey.id', 'surveyLanguageRating.surveyId')
      .select(['survey.wave', 'surveyLanguageRating.level'])
      .execute();
    expect(new Set(levels.map((row) => row.wave))).toEqual(new Set(['baseline', 'end']));
    const examples = await db.selectFrom('surveyExample').select('text').execute();
    expect(examples.length).toBeGreaterThan(3);
  });

  it('gives an attacker who subtracts groups from totals nothing, whatever keys the participants drew', async () => {
    // On the code before per-figure suppression and perturbation, 17 to 71 figures per demo organisation (175 of
    // 739) gave a small group's answers away like this.
    const db = api.database.db;
    const organisations = await db.selectFrom('organisation').select('id').execute();
    for (const draw of [1, 2]) {
      if (draw > 1) {
        await sql`update participant set disclosure_key = floor(random() * 1073741824)::integer`.execute(db);
        await rebuildOutcomeRollup(db);
      }
      for (const { id } of organisations) {
        const caller = await api.member(id, 'coordinator');
        expect(await totalMinusSiblings({ caller, db, organisationId: id, scopes: [{}], k: 5 })).toEqual([]);
      }
    }
  });
});
