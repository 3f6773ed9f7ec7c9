import { describe, expect, it } from 'vitest';
import { mobilityMetrics } from '../src/mobility/metrics.js';

const berlin = { city: 'Berlin', country: 'DE', coordinates: { lat: 52.52, lon: 13.405 } };
const paris = { city: 'Paris', country: 'FR', coordinates: { lat: 48.8566, lon: 2.3522 } };

describe('mobilityMetrics', () => {
  it('computes duration, distance, band and green travel from what is filled in', () => {
    expect(
      mobilityMetrics({
        startDate: '2027-03-01',
        endDate: '2027-03-14',
        travelDays: 4,
        origin: berlin,
        destination: paris,
        meansOfTransport: 'train',
      }),
    ).toEqual({
      durationDays: 14,
      distanceKm: 877.5,
      distanceBand: '500-1999',
      greenTravel: true,
      fundedTravelDays: 4,
    });
  });

  it('leaves unknown figures empty on a draft', () => {
    expect(mobilityMetrics({ origin: berlin })).toEqual({
      durationDays: null,
      distanceKm: null,
      distanceBand: null,
      greenTravel: false,
      fundedTravelDays: 0,
    });
  });

  it('caps funded travel days at 2 without green travel', () => {
    expect(mobilityMetrics({ travelDays: 4, meansOfTransport: 'plane' }).fundedTravelDays).toBe(2);
  });
});
