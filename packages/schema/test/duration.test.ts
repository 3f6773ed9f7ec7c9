import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, ageOn, dayNumber, fromDayNumber, mobilityDurationDays } from '../src/index.js';

// Dates from 1950 to 2100, as ISO strings.
const isoDate = fc
  .integer({ min: dayNumber('1950-01-01'), max: dayNumber('2100-12-31') })
  .map((days) => fromDayNumber(days));
const travelDays = fc.integer({ min: 0, max: 10 });

describe('mobilityDurationDays', () => {
  it('counts the same day as one activity day', () => {
    fc.assert(
      fc.property(
        isoDate,
        (date) => mobilityDurationDays({ startDate: date, endDate: date }).activityDays === 1,
      ),
    );
  });

  it('adds one activity day for each day the end moves later', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 800 }), (start, length) => {
        const end = addDays(start, length);
        const before = mobilityDurationDays({ startDate: start, endDate: end }).activityDays;
        const after = mobilityDurationDays({ startDate: start, endDate: addDays(end, 1) }).activityDays;
        return before === length + 1 && after === before + 1;
      }),
    );
  });

  it('is never negative, even when the end is before the start', () => {
    fc.assert(
      fc.property(isoDate, isoDate, travelDays, (startDate, endDate, travel) => {
        const duration = mobilityDurationDays({ startDate, endDate, travelDays: travel });
        return duration.activityDays >= 0 && duration.travelDays >= 0 && duration.totalDays >= 0;
      }),
    );
  });

  it('keeps travel days apart from activity days', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 400 }), travelDays, (startDate, length, travel) => {
        const endDate = addDays(startDate, length);
        const without = mobilityDurationDays({ startDate, endDate });
        const withTravel = mobilityDurationDays({ startDate, endDate, travelDays: travel });
        return (
          withTravel.activityDays === without.activityDays &&
          withTravel.travelDays === travel &&
          withTravel.totalDays === without.activityDays + travel
        );
      }),
    );
  });

  it('counts across month ends, leap days and daylight-saving changes', () => {
    expect(mobilityDurationDays({ startDate: '2024-02-28', endDate: '2024-03-01' }).activityDays).toBe(3);
    expect(mobilityDurationDays({ startDate: '2025-03-29', endDate: '2025-03-31' }).activityDays).toBe(3);
    expect(mobilityDurationDays({ startDate: '2025-01-01', endDate: '2025-12-31', travelDays: 2 })).toEqual({
      activityDays: 365,
      travelDays: 2,
      totalDays: 367,
    });
    expect(mobilityDurationDays({ startDate: '2025-05-10', endDate: '2025-05-01' }).activityDays).toBe(0);
  });
});

describe('dates', () => {
  it('round-trips day numbers', () => {
    fc.assert(fc.property(isoDate, (date) => fromDayNumber(dayNumber(date)) === date));
  });

  it('computes age in full years at a date', () => {
    expect(ageOn('2007-06-15', '2025-06-14')).toBe(17);
    expect(ageOn('2007-06-15', '2025-06-15')).toBe(18);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('never makes anyone younger as time passes', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: 0, max: 400 }),
        (birth, offset, step) => {
          const date = addDays(birth, offset);
          return ageOn(birth, addDays(date, step)) >= ageOn(birth, date) && ageOn(birth, date) >= 0;
        },
      ),
    );
  });
});
