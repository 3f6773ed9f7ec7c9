import { z } from 'zod';

/** Mean Earth radius in km, as used by the EU's Erasmus+ distance calculator. */
export const EARTH_RADIUS_KM = 6371.0088;

export const CoordinatesSchema = z.object({
  lat: z
    .number({ error: 'Latitude must be a number' })
    .min(-90, 'Latitude must be between -90 and 90')
    .max(90, 'Latitude must be between -90 and 90'),
  lon: z
    .number({ error: 'Longitude must be a number' })
    .min(-180, 'Longitude must be between -180 and 180')
    .max(180, 'Longitude must be between -180 and 180'),
});
export type Coordinates = z.infer<typeof CoordinatesSchema>;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in km between two points (haversine formula). */
export function greatCircleKm(a: Coordinates, b: Coordinates): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  // atan2 stays accurate near antipodal points, where asin(sqrt(h)) loses precision; rounding can push h a hair
  // above 1 there, hence the clamp.
  const clamped = Math.min(1, h);
  return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(clamped), Math.sqrt(1 - clamped));
}

/**
 * The Programme's travel distance bands. A band holds distances from `minKm` up to, not including, `belowKm`;
 * so 99.6 km is in the 10-99 km band, as the Guide's whole-kilometre bands intend.
 */
export const distanceBands = [
  { code: '10-99', minKm: 10, belowKm: 100 },
  { code: '100-499', minKm: 100, belowKm: 500 },
  { code: '500-1999', minKm: 500, belowKm: 2000 },
  { code: '2000-2999', minKm: 2000, belowKm: 3000 },
  { code: '3000-3999', minKm: 3000, belowKm: 4000 },
  { code: '4000-7999', minKm: 4000, belowKm: 8000 },
  { code: '8000+', minKm: 8000, belowKm: Number.POSITIVE_INFINITY },
] as const;

export type DistanceBand = (typeof distanceBands)[number];
export type DistanceBandCode = DistanceBand['code'];

/** The band for a distance in km; null under 10 km, where the Programme funds no travel. */
export function distanceBand(km: number): DistanceBand | null {
  return distanceBands.find((band) => km >= band.minKm && km < band.belowKm) ?? null;
}
