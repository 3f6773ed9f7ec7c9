import { Fieldset, Group, Select } from '@mantine/core';
import type { AnalyticsDimension } from '@mobilis/schema';
import { useDimensionOptions } from './dimension-options';
import { useGroupOptions } from './use-group-options';

interface GroupPickerProps {
  legend: string;
  organisationId: string | undefined;
  scope: { projectId?: string | undefined; callYear?: number | undefined };
  dimension: AnalyticsDimension | undefined;
  value: string | undefined;
  onChange: (group: { dimension: AnalyticsDimension | undefined; value: string | undefined }) => void;
}

/** One group of participants: a breakdown, then one of its groups that has respondents. */
export function GroupPicker({ legend, organisationId, scope, dimension, value, onChange }: GroupPickerProps) {
  const dimensions = useDimensionOptions(organisationId).filter((option) => option.value !== 'all');
  const values = useGroupOptions({ organisationId, ...scope }, dimension);
  return (
    <Fieldset legend={legend} variant="filled" className="analytics-no-print">
      <Group gap="sm" align="flex-end">
        <Select
          label={`${legend}: breakdown`}
          placeholder="Choose a breakdown"
          w={210}
          data={dimensions}
          value={dimension ?? null}
          onChange={(next) =>
            onChange({ dimension: (next ?? undefined) as AnalyticsDimension | undefined, value: undefined })
          }
        />
        <Select
          label={`${legend}: group`}
          placeholder={dimension ? 'Choose a group' : 'Choose a breakdown first'}
          searchable
          disabled={!dimension}
          w={260}
          data={values.data ?? []}
          value={value ?? null}
          onChange={(next) => onChange({ dimension, value: next ?? undefined })}
        />
      </Group>
    </Fieldset>
  );
}
