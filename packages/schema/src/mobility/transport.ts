import { oneOf } from '../fields.js';

export const meansOfTransport = [
  'plane',
  'train',
  'bus',
  'coach',
  'car',
  'car_sharing',
  'bike',
  'boat',
  'other_sustainable',
  'other',
] as const;
export type MeansOfTransport = (typeof meansOfTransport)[number];
export const MeansOfTransportSchema = oneOf('Means of transport', meansOfTransport);

// "Sustainable means of transport (green travel) is defined as the travel that uses low-emissions means of
// transport for the main part of the travel, such as bike, bus, train, car-pooling" (Programme Guide, Part D,
// Glossary). The Beneficiary Module also offers "other sustainable transportation".
const sustainable: ReadonlySet<MeansOfTransport> = new Set([
  'train',
  'bus',
  'coach',
  'car_sharing',
  'bike',
  'other_sustainable',
]);

export function isGreenTravel(means: MeansOfTransport | null | undefined): boolean {
  return means != null && sustainable.has(means);
}

/**
 * The most travel days the grant funds: 2, or 6 with green travel (Beneficiary Module: the funded travel duration
 * "can be increased from a maximum of 2 to a maximum 6 days" when the main means of transport is sustainable).
 */
export function maxFundedTravelDays(means: MeansOfTransport | null | undefined): 2 | 6 {
  return isGreenTravel(means) ? 6 : 2;
}

/** The travel days the grant funds for a mobility: its travel days, capped at the maximum. */
export function fundedTravelDays({
  travelDays,
  meansOfTransport,
}: {
  travelDays: number;
  meansOfTransport?: MeansOfTransport | null;
}): number {
  return Math.min(Math.max(0, travelDays), maxFundedTravelDays(meansOfTransport));
}
