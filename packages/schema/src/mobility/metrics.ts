import { distanceBand, greatCircleKm } from '../geo.js';
import { mobilityDurationDays } from './duration.js';
import type { MobilityCreate } from './mobility.js';
import { fundedTravelDays, isGreenTravel } from './transport.js';

export interface MobilityMetrics {
  /** Activity days, travel excluded; null until both dates are known. */
  durationDays: number | null;
  /** Great-circle distance from origin to destination; null until both have coordinates. */
  distanceKm: number | null;
  distanceBand: string | null;
  greenTravel: boolean;
  fundedTravelDays: number;
}

type MetricsInput = Pick<
  Partial<MobilityCreate>,
  'startDate' | 'endDate' | 'travelDays' | 'origin' | 'destination' | 'meansOfTransport'
>;

/** What the form shows as the user types and what the server stores with the mobility: one computation. */
export function mobilityMetrics(mobility: MetricsInput): MobilityMetrics {
  const from = mobility.origin?.coordinates;
  const to = mobility.destination?.coordinates;
  const exactKm = from && to ? greatCircleKm(from, to) : null;
  return {
    durationDays:
      mobility.startDate && mobility.endDate
        ? mobilityDurationDays({ startDate: mobility.startDate, endDate: mobility.endDate }).activityDays
        : null,
    distanceKm: exactKm === null ? null : Math.round(exactKm * 10) / 10,
    // Banded on the exact distance: 99.96 km is still in the 10-99 km band.
    distanceBand: exactKm === null ? null : (distanceBand(exactKm)?.code ?? null),
    greenTravel: isGreenTravel(mobility.meansOfTransport),
    fundedTravelDays: fundedTravelDays({
      travelDays: mobility.travelDays ?? 0,
      meansOfTransport: mobility.meansOfTransport ?? null,
    }),
  };
}
