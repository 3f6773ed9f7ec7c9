import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CellMeasures, emptyCellMeasures } from '../src/analytics/cell.js';
import {
  countNoise,
  countNoiseBound,
  type NoiseSource,
  noiseStreams,
  perturbMeasures,
  sumNoiseBound,
} from '../src/analytics/disclosure.js';

/** A noise source from fixed draws, one per stream (the server's comes from a keyed hash). */
const fromDraws =
  (draws: readonly number[]): NoiseSource =>
  (stream) =>
    draws[noiseStreams.indexOf(stream)] ?? 0.5;
const drawsArbitrary = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
  minLength: noiseStreams.length,
  maxLength: noiseStreams.length,
});

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

describe('count noise', () => {
  it('gives counts their documented distribution from evenly spread draws', () => {
    const noises = Array.from({ length: 10_000 }, (_, index) => countNoise((index + 0.5) / 10_000));
    const shareOf = (value: number) => noises.filter((noise) => noise === value).length / noises.length;
    expect(shareOf(0)).toBeCloseTo(0.4, 5);
    expect(shareOf(1)).toBeCloseTo(0.2, 5);
    expect(shareOf(-1)).toBeCloseTo(0.2, 5);
    expect(shareOf(-2)).toBeCloseTo(0.1, 5);
    expect(shareOf(2)).toBeCloseTo(0.1, 5);
    expect(Math.max(...noises.map(Math.abs))).toBe(countNoiseBound);
  });

  it('names every figure that gets noise once', () => {
    expect(new Set(noiseStreams).size).toBe(noiseStreams.length);
  });
});

describe('perturbMeasures', () => {
  it('keeps every count within ±2, inside the count it is part of, and every mean within its bound ÷ n', () => {
    fc.assert(
      fc.property(cellArbitrary, drawsArbitrary, (exact, draws) => {
        const released = perturbMeasures(exact, 'outcome', fromDraws(draws));
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
    expect(perturbMeasures(survey, 'survey', fromDraws([]))).toEqual(survey);
    const noFollowUp = perturbMeasures(
      { ...emptyCellMeasures, respondents: 9, ratingBase2: 9, cellKey: 12345 },
      'outcome',
      fromDraws([]),
    );
    expect(
      [1, 2, 3, 4, 5].map((rating) => noFollowUp[`ratingFollow${rating}` as keyof CellMeasures]),
    ).toEqual([0, 0, 0, 0, 0]);
    expect(noFollowUp.followSum).toBe(0);
  });

  it('never empties a survey somebody rated at, even when every draw pulls down', () => {
    const lowest = fromDraws(noiseStreams.map(() => 0));
    const released = perturbMeasures(
      { ...emptyCellMeasures, respondents: 5, ratingEnd2: 1, ratingEnd3: 2, ratingEnd4: 2, cellKey: 1 },
      'outcome',
      lowest,
    );
    expect([1, 2, 3, 4, 5].map((rating) => released[`ratingEnd${rating}` as keyof CellMeasures])).toEqual([
      0, 1, 0, 0, 0,
    ]);
  });

  it('lets language levels move by their own wider bound', () => {
    expect(sumNoiseBound('language')).toBe(3);
    expect(sumNoiseBound('outcome')).toBe(2);
  });
});
