import { Group, Select } from '@mantine/core';
import type { AnalyticsDimension } from '@mobilis/schema';
import type { AnalyticsFilters } from './analytics-search';
import { useDimensionOptions } from './dimension-options';
import { useGroupOptions } from './use-group-options';

interface AnalyticsFiltersBarProps {
  organisationId: string | undefined;
  filters: AnalyticsFilters;
  /** The breakdown in use (the page's default when the address names none); absent: no breakdown to choose. */
  breakdown?: AnalyticsDimension;
  callYears: readonly number[];
  onChange: (filters: AnalyticsFilters) => void;
}

/** Which respondents (project, call year, one group only) and, on the overview, how to break them down. */
export function AnalyticsFiltersBar({
  organisationId,
  filters,
  breakdown,
  callYears,
  onChange,
}: AnalyticsFiltersBarProps) {
  const dimensions = useDimensionOptions(organisationId);
  const projects = useGroupOptions({ organisationId }, 'project');
  const onlyValues = useGroupOptions(
    { organisationId, projectId: filters.projectId, callYear: filters.callYear },
    filters.onlyDimension,
  );
  const change = (next: Partial<AnalyticsFilters>) => onChange({ ...filters, ...next });
  const dimensionValue = (value: string | null) => (value ?? undefined) as AnalyticsDimension | undefined;

  return (
    <Group gap="sm" align="flex-end" className="analytics-no-print" data-testid="analytics-filters">
      <Select
        label="Project"
        placeholder="All projects"
        clearable
        searchable
        w={260}
        data={projects.data ?? []}
        value={filters.projectId ?? null}
        onChange={(value) => change({ projectId: value ?? undefined })}
      />
      <Select
        label="Call year"
        placeholder="All call years"
        clearable
        w={150}
        data={callYears.map(String)}
        value={filters.callYear === undefined ? null : String(filters.callYear)}
        onChange={(value) => change({ callYear: value ? Number(value) : undefined })}
      />
      {breakdown && (
        <Select
          label="Break down by"
          w={210}
          allowDeselect={false}
          data={dimensions}
          value={breakdown}
          onChange={(value) => change({ breakdown: dimensionValue(value) })}
        />
      )}
      <Select
        label="Only participants by"
        placeholder="Everyone"
        clearable
        w={210}
        data={dimensions.filter((option) => option.value !== 'all')}
        value={filters.onlyDimension ?? null}
        onChange={(value) => change({ onlyDimension: dimensionValue(value), onlyValue: undefined })}
      />
      {filters.onlyDimension && (
        <Select
          label="Only this group"
          placeholder="Choose a group"
          searchable
          w={240}
          data={onlyValues.data ?? []}
          value={filters.onlyValue ?? null}
          onChange={(value) => change({ onlyValue: value ?? undefined })}
        />
      )}
    </Group>
  );
}
