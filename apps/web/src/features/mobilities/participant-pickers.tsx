import { Group, MultiSelect, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { RouterOutputs } from '@mobilis/api';
import type { ParticipantKind } from '@mobilis/schema';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { participantKindLabel } from '../../lib/labels';
import { useTRPC } from '../../lib/trpc';

/** What the pickers and the eligibility check need to know of a participant. */
export type KnownParticipant = Pick<
  RouterOutputs['participant']['list']['rows'][number],
  'id' | 'givenName' | 'familyName' | 'kind' | 'birthDate'
>;

const nameOf = (participant: KnownParticipant) => `${participant.givenName} ${participant.familyName}`;

/**
 * The participants chosen in the form, read one by one (the requests go out in one batch), so that their
 * names show and the eligibility rules know their kind and age. `complete` is false until all have arrived.
 */
export function useChosenParticipants(organisationId: string, ids: readonly string[]) {
  const trpc = useTRPC();
  const results = useQueries({
    queries: ids.map((id) => trpc.participant.byId.queryOptions({ organisationId, id })),
  });
  const known = new Map<string, KnownParticipant>();
  for (const result of results) if (result.data) known.set(result.data.id, result.data);
  return { known, complete: results.every((result) => !result.isPending) };
}

function useParticipantSearch(
  organisationId: string,
  search: string,
  kinds: readonly ParticipantKind[] | null,
) {
  const trpc = useTRPC();
  const [debounced] = useDebouncedValue(search.trim(), 250);
  return useQuery({
    ...trpc.participant.list.queryOptions({
      organisationId,
      limit: 20,
      ...(debounced ? { search: debounced } : {}),
      ...(kinds ? { kind: [...kinds] } : {}),
    }),
    placeholderData: keepPreviousData,
  });
}

function renderParticipant(known: ReadonlyMap<string, KnownParticipant>) {
  return ({ option }: { option: { value: string; label: string } }) => {
    const participant = known.get(option.value);
    return (
      <Group gap={6} wrap="nowrap">
        <Text size="sm">{option.label}</Text>
        {participant && (
          <Text size="xs" c="dimmed">
            · {participantKindLabel(participant.kind)}, born {participant.birthDate.slice(0, 4)}
          </Text>
        )}
      </Group>
    );
  };
}

interface PickerProps {
  organisationId: string;
  label: string;
  description?: ReactNode;
  /** Only participants of these kinds are offered; null for all. */
  kinds: readonly ParticipantKind[] | null;
  /** The chosen participants, as far as they are loaded. */
  chosen: ReadonlyMap<string, KnownParticipant>;
  error?: ReactNode;
  required?: boolean;
}

/** One participant, found by name or e-mail among the organisation's participants. */
export function ParticipantSelect({
  organisationId,
  label,
  description,
  kinds,
  chosen,
  error,
  required,
  value,
  onChange,
}: PickerProps & { value: string | null; onChange: (id: string | null) => void }) {
  const selected = value ? chosen.get(value) : undefined;
  const [search, setSearch] = useState('');
  const results = useParticipantSearch(
    organisationId,
    selected && search === nameOf(selected) ? '' : search,
    kinds,
  );
  const options = useMemo(() => {
    const all = new Map<string, KnownParticipant>();
    if (selected) all.set(selected.id, selected);
    for (const row of results.data?.rows ?? []) all.set(row.id, row);
    return all;
  }, [selected, results.data]);

  return (
    <Select
      label={label}
      description={description}
      placeholder="Search by name or email"
      data={[...options.values()].map((participant) => ({
        value: participant.id,
        label: nameOf(participant),
      }))}
      value={value}
      onChange={onChange}
      searchable
      clearable
      allowDeselect={false}
      required={required}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={results.isFetching ? 'Searching…' : 'No participant matches'}
      renderOption={renderParticipant(options)}
      error={error}
    />
  );
}

/** Several participants (a group's learners or accompanying persons). */
export function ParticipantMultiSelect({
  organisationId,
  label,
  description,
  kinds,
  chosen,
  error,
  required,
  value,
  onChange,
}: PickerProps & { value: string[]; onChange: (ids: string[]) => void }) {
  const [search, setSearch] = useState('');
  const results = useParticipantSearch(organisationId, search, kinds);
  const options = useMemo(() => {
    const all = new Map<string, KnownParticipant>();
    for (const id of value) {
      const participant = chosen.get(id);
      if (participant) all.set(id, participant);
    }
    for (const row of results.data?.rows ?? []) all.set(row.id, row);
    return all;
  }, [value, chosen, results.data]);

  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length === 0 ? 'Search by name or email' : undefined}
      data={[...options.values()].map((participant) => ({
        value: participant.id,
        label: nameOf(participant),
      }))}
      value={value}
      onChange={onChange}
      searchable
      clearable
      required={required}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      hidePickedOptions
      nothingFoundMessage={results.isFetching ? 'Searching…' : 'No participant matches'}
      renderOption={renderParticipant(options)}
      error={error}
    />
  );
}
