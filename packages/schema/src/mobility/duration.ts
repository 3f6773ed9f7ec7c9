import { type IsoDate, inclusiveDays } from '../dates.js';

export interface MobilityDuration {
  /** Days of the activity itself, from the start date to the end date, both included. */
  activityDays: number;
  /** Days spent travelling to and from the venue, outside the start and end dates. */
  travelDays: number;
  /** activityDays + travelDays. */
  totalDays: number;
}

/**
 * The duration of a mobility. Start and end dates are the first and last day of the activity, so the same day
 * counts as 1; travel days come on top and are kept apart, as the Programme's duration limits exclude them.
 * An end date before the start date gives 0 activity days (the schemas report that as an error).
 */
export function mobilityDurationDays({
  startDate,
  endDate,
  travelDays = 0,
}: {
  startDate: IsoDate;
  endDate: IsoDate;
  travelDays?: number | null | undefined;
}): MobilityDuration {
  const activityDays = inclusiveDays(startDate, endDate);
  const travel = Math.max(0, travelDays ?? 0);
  return { activityDays, travelDays: travel, totalDays: activityDays + travel };
}
