import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  activeOutcomes,
  defaultTargetOutcomes,
  isActiveIn,
  messagesEn,
  OutcomeSchema,
  outcomeByCode,
  outcomes,
  outcomesForParticipant,
  ratingScale,
} from '../src/index.js';

// CI clones the repo with shared/ beside it, so the seed is at <repo root>/../shared/seeds/.
const seedUrl = new URL('../../../../shared/seeds/000_4973ff2338fd2640.txt', import.meta.url);

function normalise(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[;.]+$/, '')
    .trim();
}

function seedOutcomes(): { learner: string[]; staff: string[] } {
  const lines = readFileSync(seedUrl, 'utf8').split('\n');
  const staffStart = lines.findIndex((line) => line.trim().startsWith('As regards staff'));
  expect(staffStart).toBeGreaterThan(0);
  const bullets = (from: number, to: number) =>
    lines
      .slice(from, to)
      .filter((line) => line.trim().startsWith('•'))
      .map((line) => normalise(line.trim().slice(1)));
  return { learner: bullets(0, staffStart), staff: bullets(staffStart, lines.length) };
}

describe('outcome catalogue', () => {
  it('has the seed text as titles, in order: 10 for learners and 11 for staff', () => {
    const seed = seedOutcomes();
    const titles = (group: 'learner' | 'staff') =>
      outcomes
        .filter((outcome) => outcome.targetGroup === group)
        .map((outcome) => normalise(outcome.title.en));
    expect(seed.learner).toHaveLength(10);
    expect(seed.staff).toHaveLength(11);
    expect(titles('learner')).toEqual(seed.learner);
    expect(titles('staff')).toEqual(seed.staff);
  });

  it('validates against OutcomeSchema', () => {
    for (const outcome of outcomes) expect(OutcomeSchema.parse(outcome)).toEqual(outcome);
  });

  it('has unique outcome and indicator codes', () => {
    const outcomeCodes = outcomes.map((outcome) => outcome.code);
    const indicatorCodes = outcomes.flatMap((outcome) =>
      outcome.indicators.map((indicator) => indicator.code),
    );
    expect(new Set(outcomeCodes).size).toBe(outcomeCodes.length);
    expect(new Set(indicatorCodes).size).toBe(indicatorCodes.length);
  });

  it('gives every outcome at least one indicator, coded under the outcome', () => {
    for (const outcome of outcomes) {
      expect(outcome.indicators.length, outcome.code).toBeGreaterThanOrEqual(1);
      for (const indicator of outcome.indicators) {
        expect(indicator.code.startsWith(`${outcome.code}.`)).toBe(true);
        expect(indicator.outcomeCode).toBe(outcome.code);
      }
    }
  });

  it('measures the two competences of the language-and-digital outcomes apart', () => {
    for (const code of ['L05', 'S10'] as const) {
      const indicators = outcomeByCode(code)?.indicators.map((indicator) => indicator.code) ?? [];
      expect(indicators).toContain(`${code}.language`);
      expect(indicators).toContain(`${code}.digital`);
    }
  });

  it('writes indicators as first-person statements with distinct wording', () => {
    const statements = outcomes.flatMap((outcome) =>
      outcome.indicators.map((indicator) => indicator.statement.en),
    );
    for (const statement of statements) expect(statement).toMatch(/^(I|My) .+\.$/);
    expect(new Set(statements).size).toBe(statements.length);
  });

  it('keys texts by code, and every English message is used', () => {
    const used = new Set([
      ...outcomes.flatMap((outcome) => [
        outcome.title.key,
        outcome.label.key,
        ...outcome.indicators.map((indicator) => indicator.statement.key),
      ]),
      ...ratingScale.anchors.map((anchor) => anchor.key),
      ratingScale.notApplicable.key,
    ]);
    expect(outcomeByCode('L05')?.title.key).toBe('outcome.L05.title');
    expect(outcomeByCode('L05')?.indicators[0]?.statement.key).toBe('indicator.L05.language.statement');
    expect(new Set(Object.keys(messagesEn))).toEqual(used);
  });
});

describe('catalogue versions', () => {
  it('treats an entry as active from its version until the version that retires it', () => {
    expect(isActiveIn({ since: '2021-2027' }, '2021-2027')).toBe(true);
    expect(isActiveIn({ since: '2021-2027', retiredIn: '2021-2027' }, '2021-2027')).toBe(false);
  });

  it('returns all outcomes for 2021-2027 and drops retired outcomes and indicators', () => {
    expect(activeOutcomes('2021-2027')).toHaveLength(21);
    const [first, second] = outcomes;
    if (!first || !second) throw new Error('catalogue is empty');
    const catalogue = [
      { ...first, retiredIn: '2021-2027' as const },
      {
        ...second,
        indicators: second.indicators.map((indicator, index) =>
          index === 0 ? { ...indicator, retiredIn: '2021-2027' as const } : indicator,
        ),
      },
    ];
    const active = activeOutcomes('2021-2027', catalogue);
    expect(active.map((outcome) => outcome.code)).toEqual([second.code]);
    expect(active[0]?.indicators).toHaveLength(second.indicators.length - 1);
  });
});

describe('applicable outcomes', () => {
  it('gives learners the learner outcomes and staff the staff outcomes', () => {
    expect(outcomesForParticipant('apprentice').map((outcome) => outcome.code)).toEqual([
      'L01',
      'L02',
      'L03',
      'L04',
      'L05',
      'L06',
      'L07',
      'L08',
      'L09',
      'L10',
    ]);
    expect(defaultTargetOutcomes('youth_worker')).toHaveLength(11);
    expect(defaultTargetOutcomes('youth_worker').every((code) => code.startsWith('S'))).toBe(true);
  });
});
