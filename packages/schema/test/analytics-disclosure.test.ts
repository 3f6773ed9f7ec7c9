import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CellMeasures, emptyCellMeasures } from '../src/analytics/cell.js';
import {
  countNoise,
  countNoiseBound,
  noiseUnit,
  perturbMeasures,
  sumNoiseBound,
} from '../src/analytics/disclosure.js';

const ratingNames = ['Base', 'End', 'Follow'].flatMap((wave) =>
  [1, 2, 3, 4, 5].map((rating) => `rating${wave}${rating}` as keyof CellMeasures),
);

/** A cell of n respondents who all answered every survey, with given sums and counts. */
const cellArbitrary = fc
  .record({
    n: fc.integer({ min: 1, max: 400 }),
    mean: fc.double({ min: -4, max: 4, noNaN: true }),
    spread: fc.double({ min: 0, max: 2, noNaN: true }),
    improved: fc.double({ min: 0, max: 1, noNaN: true }),
    key: fc.integer({ min: 0, max: 2 ** 52 }),
  })
  .map(({ n, mean, spread, improved, key }): CellMeasures => {
    const up = Math.floor(improved * n);
    const measures: CellMeasures = {
      ...emptyCellMeasures,
      respondents: n,
      ratingBase3: n,
      ratingEnd4: n,
      changeN: n,
      changeSum: mean * n,
      changeSumSq: (mean * mean + spread * spread) * n,
      changeUp: up,
      changeDown: n - up,
      lastingN: up,
      lastingKept: Math.floor(up / 2),
      cellKey: key,
    };
    return measures;
  });

describe('noise from a cell key', () => {
  it('is the same every time for the same key and figure, and differs between figures', () => {
    expect(noiseUnit(123456789, 'changeSum')).toBe(noiseUnit(123456789, 'changeSum'));
    expect(noiseUnit(123456789, 'changeSum')).not.toBe(noiseUnit(123456789, 'changeUp'));
    expect(noiseUnit(123456789, 'changeSum')).not.toBe(noiseUnit(123456790, 'changeSum'));
    // Keys above 2^32 (sums of many respondents' keys) and below 0 (the rest of a group) are keys too.
    expect(noiseUnit(2 ** 40 + 5, 'x')).not.toBe(noiseUnit(5, 'x'));
    expect(noiseUnit(-5, 'x')).toBeGreaterThanOrEqual(0);
  });

  it('is spread evenly over [0, 1) and gives counts their documented distribution', () => {
    const draws = Array.from({ length: 20_000 }, (_, key) => noiseUnit(key * 7919, 'ratingEnd3'));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    for (let decile = 0; decile < 10; decile++) {
      const share = draws.filter((draw) => Math.floor(draw * 10) === decile).length / draws.length;
      expect(share).toBeGreaterThan(0.09);
      expect(share).toBeLessThan(0.11);
    }
    const noises = draws.map(countNoise);
    const shareOf = (value: number) => noises.filter((noise) => noise === value).length / noises.length;
    expect(shareOf(0)).toBeCloseTo(0.4, 1);
    expect(shareOf(1)).toBeCloseTo(0.2, 1);
    expect(shareOf(-2)).toBeCloseTo(0.1, 1);
    expect(Math.max(...noises.map(Math.abs))).toBe(countNoiseBound);
  });
});

describe('perturbMeasures', () => {
  it('keeps every count within ±2, inside the count it is part of, and every mean within its bound ÷ n', () => {
    fc.assert(
      fc.property(cellArbitrary, (exact) => {
        const released = perturbMeasures(exact, 'outcome');
        expect(released.respondents).toBe(exact.respondents);
        expect(released.changeN).toBe(exact.changeN);
        for (const name of ratingNames) {
          expect(Math.abs((released[name] as number) - (exact[name] as number))).toBeLessThanOrEqual(2);
          expect(released[name]).toBeGreaterThanOrEqual(0);
        }
        const n = exact.changeN;
        expect(Math.abs(released.changeSum / n - exact.changeSum / n)).toBeLessThanOrEqual(
          sumNoiseBound('outcome') / n + 1e-9,
        );
        expect(released.changeUp + released.changeDown).toBeLessThanOrEqual(n);
        expect(Math.abs(released.changeUp - exact.changeUp)).toBeLessThanOrEqual(2);
        expect(released.lastingKept).toBeLessThanOrEqual(released.lastingN);
        // A variance from the released sums is never negative.
        expect(released.changeSumSq - (released.changeSum * released.changeSum) / n).toBeGreaterThanOrEqual(
          -1e-9 * Math.abs(released.changeSumSq),
        );
      }),
    );
  });

  it('leaves survey counts and empty surveys alone', () => {
    const survey = { ...emptyCellMeasures, respondents: 7, sentEnd: 7, submittedEnd: 6, cellKey: 99 };
    expect(perturbMeasures(survey, 'survey')).toEqual(survey);
    const noFollowUp = perturbMeasures(
      { ...emptyCellMeasures, respondents: 9, ratingBase2: 9, cellKey: 12345 },
      'outcome',
    );
    expect(
      [1, 2, 3, 4, 5].map((rating) => noFollowUp[`ratingFollow${rating}` as keyof CellMeasures]),
    ).toEqual([0, 0, 0, 0, 0]);
    expect(noFollowUp.followSum).toBe(0);
  });

  it('lets language levels move by their own wider bound', () => {
    expect(sumNoiseBound('language')).toBe(3);
    expect(sumNoiseBound('outcome')).toBe(2);
  });
});
