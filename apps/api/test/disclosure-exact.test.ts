import type { ChangeSummary, ItemSummary } from '@mobilis/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Guarded, isShown, useKeys } from './support/disclosure-attacks.js';
import { createMobilityWorld, projectInput } from './support/fixtures.js';
import { type Caller, createTestApi, type TestApi } from './support/harness.js';
import { addRespondent } from './support/survey-answers.js';

// Found by a second review of disclosure control: a viewer who knows the code and what the coordinator typed in
// (gender, fewer opportunities), but not the secret nor the keys, recovered one participant's answers exactly from two
// released figures of groups that differ by that participant (two overlapping filters): whether they improved, from
// "lasting" reading as nobody; their CEFR change, from where the sums fell on the grid of 16-bit noise steps. Both
// tests failed on the code before their fix.

const _at = (day: string) => new Date(`${day}T10:00:00Z`);
const levels = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
let api: TestApi;

interface Pupil {
  gender: 'female' | 'male';
  fewer: boolean;
  b: number;
  e: number;
  f: number;
  /** CEFR reading level index at baseline and end. */
  lb: number;
  le: number;
}

// Five women without fewer opportunities (none improved by the end), six men with fewer opportunities; target "P" is
// the sixth woman, with fewer opportunities. So: female = the five + P; "fewer opportunities: no" = the five.
const others: Pupil[] = [
  { gender: 'female', fewer: false, b: 3, e: 3, f: 3, lb: 1, le: 1 },
  { gender: 'female', fewer: false, b: 4, e: 2, f: 3, lb: 1, le: 5 },
  { gender: 'female', fewer: false, b: 2, e: 2, f: 4, lb: 4, le: 2 },
  { gender: 'female', fewer: false, b: 5, e: 4, f: 4, lb: 2, le: 5 },
  { gender: 'female', fewer: false, b: 3, e: 1, f: 2, lb: 0, le: 5 },
  ...Array.from({ length: 6 }, (_, i) => ({
    gender: 'male' as const,
    fewer: true,
    b: 2 + (i % 3),
    e: 3 + (i % 2),
    f: 3,
    lb: 1 + (i % 3),
    le: 2 + (i % 4),
  })),
];

/** Organisations that differ only in P's answers. */
const targets = {
  improvedCefrPlus2: { b: 2, e: 4, f: 4, lb: 1, le: 3 },
  notImprovedCefrMinus1: { b: 3, e: 3, f: 5, lb: 4, le: 3 },
  improvedCefrPlus1: { b: 1, e: 2, f: 2, lb: 2, le: 3 },
  declinedCefrMinus2: { b: 4, e: 2, f: 1, lb: 5, le: 3 },
} as const;
type Target = keyof typeof targets;
const organisations = new Map<Target, { organisationId: string; viewer: Caller }>();

async function build(target: Target) {
  const organisationId = (await api.createOrganisation({ legalName: `Schule ${target}` })).id;
  const coordinator = await api.member(organisationId, 'coordinator');
  const projectId = (
    await coordinator.project.create({
      ...projectInput(organisationId),
      grantAgreementNumber: '2027-1-DE03-KA122-SCH-000000777',
    })
  ).id;
  const world = await createMobilityWorld(coordinator, organisationId);
  const pupils: Pupil[] = [...others, { gender: 'female', fewer: true, ...targets[target] }];
  for (const pupil of pupils)
    await addRespondent(
      api.database.db,
      coordinator,
      { ...world.mobilityInput, projectId },
      { gender: pupil.gender, fewerOpportunities: pupil.fewer },
      {
        baseline: pupil.b,
        end: pupil.e,
        followUp: pupil.f,
        reading: { baseline: levels[pupil.lb] as string, end: levels[pupil.le] as string },
      },
    );
  organisations.set(target, { organisationId, viewer: await api.member(organisationId, 'viewer') });
}

beforeAll(async () => {
  api = await createTestApi();
  for (const target of Object.keys(targets) as Target[]) await build(target);
}, 600_000);
afterAll(() => api.close());

const female = { dimension: 'gender', value: 'female' } as const;
const withoutFewer = { dimension: 'fewer_opportunities', value: 'no' } as const;

async function totalOf(target: Target, where: typeof female | typeof withoutFewer, code: string) {
  const { organisationId, viewer } = organisations.get(target) ?? ({} as never);
  const overview = await viewer.analytics.overview({ organisationId, where });
  return overview.items.find((item) => item.code === code)?.total as Guarded<ItemSummary>;
}

describe('whether one participant improved', () => {
  it('cannot be told from "lasting" reading as withheld or nobody', async () => {
    await useKeys(api.database.db, 'fixed');
    for (const target of Object.keys(targets) as Target[]) {
      const withP = await totalOf(target, female, 'L01');
      const withoutP = await totalOf(target, withoutFewer, 'L01');
      if (!isShown(withP) || !isShown(withoutP)) throw new Error('both groups are shown');
      // Before: "suppressed" (1 to 4 improved) for the group with P exactly when P improved, null (nobody) without.
      // Now the figure stands on those who answered the follow-up (6 and 5 here), so both groups show it.
      expect(withP.lasting, target).not.toBe('suppressed');
      expect(withoutP.lasting, target).not.toBe('suppressed');
    }
  });
});

/** Which residue c (mod `mod`) puts a released sum on the grid of noise steps of `bits` bits, if exactly one does. */
function residue(released: number, bound: number, mod: number, bits: number): number | undefined {
  const steps = 2 ** (bits - 1);
  const scaled = ((released + bound) * steps) / bound;
  const hits = Array.from({ length: mod }, (_, c) => c).filter((c) => {
    const v = scaled - (c * steps) / bound;
    return Math.abs(v - Math.round(v)) < 1e-4;
  });
  return hits.length === 1 ? hits[0] : undefined;
}

const mod = (a: number, m: number) => ((a % m) + m) % m;

describe('one participant’s CEFR change', () => {
  it('cannot be read off the grid of the noise’s steps', async () => {
    let recovered = 0;
    let tries = 0;
    for (const seed of ['one', 'two', 'three', 'four']) {
      await useKeys(api.database.db, seed);
      for (const target of Object.keys(targets) as Target[]) {
        const [a, b] = await Promise.all([
          totalOf(target, female, 'cefr.reading'),
          totalOf(target, withoutFewer, 'cefr.reading'),
        ]);
        if (!isShown(a) || !isShown(b) || !isShown(a.change) || !isShown(b.change))
          throw new Error('both changes are shown');
        // Figures leave the server with four decimals.
        for (const figure of [a.change.mean, a.change.sd ?? 0, b.change.mean])
          expect(Math.round(figure * 1e4) / 1e4).toBe(figure);
        const sums = (change: ChangeSummary) => {
          const sum = change.mean * change.n;
          return { sum, sumSq: (change.sd ?? 0) ** 2 * (change.n - 1) + (sum * sum) / change.n };
        };
        const [sa, sb] = [sums(a.change), sums(b.change)];
        const estimate = sa.sum - sb.sum;
        const { lb, le } = targets[target];
        for (const bits of [16, 32]) {
          tries++;
          const residues = [
            residue(sa.sum, 3, 3, bits),
            residue(sb.sum, 3, 3, bits),
            residue(sa.sumSq, 9, 9, bits),
            residue(sb.sumSq, 9, 9, bits),
          ];
          if (residues.some((value) => value === undefined)) continue;
          const [ra, rb, qa, qb] = residues as number[];
          const candidates = [-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6].filter(
            (x) =>
              Math.abs(x - estimate) <= 6 &&
              mod(x, 3) === mod((ra as number) - (rb as number), 3) &&
              mod(x * x, 9) === mod((qa as number) - (qb as number), 9),
          );
          if (candidates.length === 1 && candidates[0] === le - lb) recovered++;
        }
      }
    }
    // Before: 16 of 16 with 16-bit steps. Now neither grid gives the change back.
    expect(tries).toBe(32);
    expect(recovered).toBe(0);
  });
});
