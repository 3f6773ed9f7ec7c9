import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CoordinatesSchema,
  distanceBand,
  distanceBands,
  EARTH_RADIUS_KM,
  greatCircleKm,
} from '../src/index.js';
import { expectIssue } from './helpers.js';

const point = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});
// Slack for identities that hold exactly in real arithmetic: near antipodal points, haversine in double
// precision is off by up to about a millimetre, so one metre is ample.
const EPSILON_KM = 1e-3;
const nearOrigin = fc.record({
  lat: fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
  lon: fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
});
const nearAntipode = fc.record({
  lat: fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
  lon: fc.double({ min: 179.999, max: 180, noNaN: true }),
});

describe('greatCircleKm', () => {
  it('is symmetric', () => {
    fc.assert(
      fc.property(point, point, (a, b) => Math.abs(greatCircleKm(a, b) - greatCircleKm(b, a)) < EPSILON_KM),
    );
  });

  it('is zero from a point to itself', () => {
    fc.assert(fc.property(point, (a) => greatCircleKm(a, a) === 0));
  });

  it('is never negative and never more than half the circumference', () => {
    const half = Math.PI * EARTH_RADIUS_KM;
    fc.assert(
      fc.property(point, point, (a, b) => {
        const km = greatCircleKm(a, b);
        return km >= 0 && km <= half + EPSILON_KM;
      }),
    );
  });

  it('satisfies the triangle inequality', () => {
    fc.assert(
      fc.property(
        point,
        point,
        point,
        (a, b, c) => greatCircleKm(a, c) <= greatCircleKm(a, b) + greatCircleKm(b, c) + EPSILON_KM,
      ),
    );
  });

  it('satisfies the triangle inequality near antipodal points too', () => {
    fc.assert(
      fc.property(
        nearOrigin,
        nearOrigin,
        nearAntipode,
        (a, b, c) => greatCircleKm(a, c) <= greatCircleKm(a, b) + greatCircleKm(b, c) + EPSILON_KM,
      ),
    );
  });

  it('puts Berlin to Paris at about 878 km, in the 500-1999 km band', () => {
    const km = greatCircleKm({ lat: 52.52, lon: 13.405 }, { lat: 48.8566, lon: 2.3522 });
    expect(km).toBeGreaterThan(873);
    expect(km).toBeLessThan(883);
    expect(distanceBand(km)?.code).toBe('500-1999');
  });

  it('is half the circumference between antipodes', () => {
    expect(greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
  });
});

describe('distanceBand', () => {
  it.each([
    [0, null],
    [9.99, null],
    [10, '10-99'],
    [99.9, '10-99'],
    [100, '100-499'],
    [499, '100-499'],
    [500, '500-1999'],
    [1999.5, '500-1999'],
    [2000, '2000-2999'],
    [3000, '3000-3999'],
    [4000, '4000-7999'],
    [7999, '4000-7999'],
    [8000, '8000+'],
    [20000, '8000+'],
  ])('puts %d km in band %s', (km, code) => {
    expect(distanceBand(km)?.code ?? null).toBe(code);
  });

  it('gives every distance of 10 km or more exactly one band', () => {
    fc.assert(
      fc.property(fc.double({ min: 10, max: 25_000, noNaN: true }), (km) => {
        const matching = distanceBands.filter((band) => km >= band.minKm && km < band.belowKm);
        return matching.length === 1 && distanceBand(km) === matching[0];
      }),
    );
  });
});

describe('CoordinatesSchema', () => {
  it('accepts valid coordinates and rejects out-of-range ones, naming the field', () => {
    expect(CoordinatesSchema.parse({ lat: 52.52, lon: 13.405 })).toEqual({ lat: 52.52, lon: 13.405 });
    expectIssue(CoordinatesSchema, { lat: 91, lon: 0 }, 'lat', /Latitude must be between -90 and 90/);
    expectIssue(CoordinatesSchema, { lat: 0, lon: -181 }, 'lon', /Longitude must be between -180 and 180/);
  });
});
