import { describe, expect, it } from 'vitest';
import { type City, cityById, searchCities } from '../src/cities/city-index.js';

async function firstCity(query: string, options?: { country?: string }): Promise<City> {
  const [first] = await searchCities(query, options);
  if (first === undefined) throw new Error(`no city found for "${query}"`);
  return first;
}

describe('searchCities', () => {
  it('finds Berlin from a prefix, with its coordinates', async () => {
    const berlin = await firstCity('berl');
    expect(berlin).toMatchObject({ name: 'Berlin', country: 'DE' });
    expect(berlin.lat).toBeCloseTo(52.52, 1);
    expect(berlin.lon).toBeCloseTo(13.4, 1);
    expect(berlin.population).toBeGreaterThan(3_000_000);
    expect(berlin.id).toMatch(/^\d+$/);
  });

  it('puts Paris first when filtered to France', async () => {
    expect(await firstCity('paris', { country: 'FR' })).toMatchObject({ name: 'Paris', country: 'FR' });
  });

  it.each([
    ['köln', 'Köln', 'DE'],
    ['koln', 'Köln', 'DE'],
    ['KOLN', 'Köln', 'DE'],
    ['malaga', 'Málaga', 'ES'],
    ['Málaga', 'Málaga', 'ES'],
    ['Kraków', 'Kraków', 'PL'],
    ['krakow', 'Kraków', 'PL'],
    ['sevilla', 'Sevilla', 'ES'],
    ['lodz', 'Łódź', 'PL'],
    ['saint etienne', 'Saint-Étienne', 'FR'],
  ])('ignores case, accents and punctuation: "%s" finds %s', async (query, name, country) => {
    expect(await firstCity(query)).toMatchObject({ name, country });
  });

  it('keeps only the requested country, in any case', async () => {
    const inSpain = await searchCities('san', { country: 'ES', limit: 50 });
    expect(inSpain).toHaveLength(50);
    expect(inSpain.every((city) => city.country === 'ES')).toBe(true);

    const inTheUs = await searchCities('paris', { country: 'us' });
    expect(inTheUs.length).toBeGreaterThan(0);
    expect(inTheUs.every((city) => city.country === 'US')).toBe(true);
  });

  it('returns nothing for a country without a match', async () => {
    expect(await searchCities('berlin', { country: 'IS' })).toEqual([]);
  });

  it('returns 10 cities by default and never more than 50', async () => {
    expect(await searchCities('san')).toHaveLength(10);
    expect(await searchCities('san', { limit: 3 })).toHaveLength(3);
    expect(await searchCities('san', { limit: 500 })).toHaveLength(50);
  });

  it('ranks larger cities first', async () => {
    const results = await searchCities('san', { country: 'ES', limit: 50 });
    const populations = results.map((city) => city.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    expect(populations[0]).toBeGreaterThan(100_000);
  });

  it('ranks an exact name before a larger city that only starts with it', async () => {
    const results = await searchCities('santa');
    expect(results[0]?.name).toBe('Santa');
    expect(results.map((city) => city.name)).toContain('Santa Cruz de la Sierra');
  });

  it.each(['', 'b', ' b ', 'ö', '--'])('returns nothing for the too-short query "%s"', async (query) => {
    expect(await searchCities(query)).toEqual([]);
  });
});

describe('cityById', () => {
  it('returns the city that a search returned', async () => {
    const krakow = await firstCity('krakow', { country: 'PL' });
    expect(await cityById(krakow.id)).toEqual(krakow);
  });

  it('returns undefined for an unknown id', async () => {
    expect(await cityById('not-a-geonames-id')).toBeUndefined();
  });
});
