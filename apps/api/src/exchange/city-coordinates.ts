import { type Coordinates, readCountry, readText, searchKey } from '@mobilis/schema';
import { searchCities } from '../cities/city-index.js';

/**
 * Looks up every distinct city of an import once, so that rows can be read synchronously: the GeoNames city of
 * that exact name in that country (the most populous, when several share the name).
 */
export async function cityCoordinatesOf(
  places: Iterable<{ city: string | undefined; country: string | undefined }>,
): Promise<(city: string, country: string) => Coordinates | null> {
  const found = new Map<string, Coordinates | null>();
  const keyOf = (city: string, country: string) => `${searchKey(city)}|${country.toUpperCase()}`;
  for (const place of places) {
    const city = readText(place.city);
    const country = readCountry(place.country);
    if (!city || !country || found.has(keyOf(city, country))) continue;
    const [best] = await searchCities(city, { country, limit: 1 });
    found.set(
      keyOf(city, country),
      best && searchKey(best.name) === searchKey(city) ? { lat: best.lat, lon: best.lon } : null,
    );
  }
  return (city, country) => found.get(keyOf(city, country)) ?? null;
}
