import { describe, expect, it } from 'vitest';
import { fundedTravelDays, isGreenTravel, maxFundedTravelDays, meansOfTransport } from '../src/index.js';

describe('green travel', () => {
  it('counts train, bus, coach, car-sharing and bike as green, not plane or car', () => {
    const green = meansOfTransport.filter((means) => isGreenTravel(means));
    expect(green).toEqual(['train', 'bus', 'coach', 'car_sharing', 'bike', 'other_sustainable']);
    expect(isGreenTravel(undefined)).toBe(false);
  });

  it('funds up to 2 travel days, or up to 6 with green travel', () => {
    expect(maxFundedTravelDays('plane')).toBe(2);
    expect(maxFundedTravelDays('train')).toBe(6);
    expect(maxFundedTravelDays(null)).toBe(2);
    expect(fundedTravelDays({ travelDays: 4, meansOfTransport: 'car' })).toBe(2);
    expect(fundedTravelDays({ travelDays: 4, meansOfTransport: 'bus' })).toBe(4);
    expect(fundedTravelDays({ travelDays: 8, meansOfTransport: 'bike' })).toBe(6);
    expect(fundedTravelDays({ travelDays: 1 })).toBe(1);
  });
});
