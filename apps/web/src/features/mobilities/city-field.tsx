import { Group, Select, SimpleGrid, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Place } from '@mobilis/schema';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { countryName, countryOptions } from '../../lib/labels';
import { useTRPC } from '../../lib/trpc';

interface CityFieldProps {
  /** "Origin" or "Destination": names both inputs. */
  label: string;
  value: Place | null;
  onChange: (place: Place | null) => void;
  error?: ReactNode;
  description?: ReactNode;
  /** Shown under the inputs (eligibility warnings). */
  children?: ReactNode;
}

const keyOf = (place: Place) =>
  [place.city, place.country, place.coordinates?.lat ?? '', place.coordinates?.lon ?? ''].join('|');
const labelOf = (place: Place) => `${place.city}, ${countryName(place.country)}`;

/**
 * A place picked from the city type-ahead (GeoNames cities), so that it comes with the coordinates the distance
 * band needs. The country narrows the search; picking a city sets it.
 */
export function CityField({ label, value, onChange, error, description, children }: CityFieldProps) {
  const trpc = useTRPC();
  const [country, setCountry] = useState<string | null>(value?.country ?? null);
  const [search, setSearch] = useState(value ? labelOf(value) : '');
  // A place set from elsewhere (the sending partner's city) moves the country filter with it.
  const valueCountry = value?.country;
  useEffect(() => {
    if (valueCountry) setCountry(valueCountry);
  }, [valueCountry]);
  // The input shows the chosen city's label: that is not something to search for.
  const query = value && search === labelOf(value) ? '' : search.trim();
  const [debounced] = useDebouncedValue(query, 200);
  const cities = useQuery({
    ...trpc.geo.cities.queryOptions({ query: debounced, limit: 10, ...(country ? { country } : {}) }),
    enabled: debounced.length >= 2,
    placeholderData: keepPreviousData,
  });

  const places = useMemo(() => {
    const found = new Map<string, { place: Place; population?: number }>();
    if (value) found.set(keyOf(value), { place: value });
    if (query.length >= 2) {
      for (const city of cities.data ?? []) {
        const place = {
          city: city.name,
          country: city.country,
          coordinates: { lat: city.lat, lon: city.lon },
        };
        found.set(keyOf(place), { place, population: city.population });
      }
    }
    return found;
  }, [value, query, cities.data]);

  const changeCountry = (next: string | null) => {
    setCountry(next);
    if (value && next && value.country !== next) onChange(null);
  };
  const changeCity = (key: string | null) => {
    const chosen = key ? places.get(key)?.place : undefined;
    if (chosen) setCountry(chosen.country);
    onChange(chosen ?? null);
  };

  return (
    <div>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={`${label} country`}
          placeholder="Any country"
          description="Narrows the city search"
          data={countryOptions}
          value={country}
          onChange={changeCountry}
          searchable
          clearable
          nothingFoundMessage="No country has that name"
        />
        <Select
          label={`${label} city`}
          placeholder="Type at least 2 letters"
          description={description ?? 'Pick it from the list, for the distance'}
          data={[...places.entries()].map(([key, { place }]) => ({ value: key, label: labelOf(place) }))}
          value={value ? keyOf(value) : null}
          onChange={changeCity}
          searchable
          clearable
          // Picking the chosen city again (after searching for it) keeps it: clearing is the clear button's job.
          allowDeselect={false}
          searchValue={search}
          onSearchChange={setSearch}
          // The server has matched the search already, on the city's name alone.
          filter={({ options }) => options}
          nothingFoundMessage={
            query.length < 2 ? 'Type at least 2 letters' : cities.isFetching ? 'Searching…' : 'No city found'
          }
          renderOption={({ option }) => {
            const population = places.get(option.value)?.population;
            return (
              <Group gap={6} wrap="nowrap">
                <Text size="sm">{option.label}</Text>
                {population !== undefined && population > 0 && (
                  <Text size="xs" c="dimmed">
                    · {population.toLocaleString('en-GB')} inhabitants
                  </Text>
                )}
              </Group>
            );
          }}
          error={error}
        />
      </SimpleGrid>
      {children}
    </div>
  );
}
