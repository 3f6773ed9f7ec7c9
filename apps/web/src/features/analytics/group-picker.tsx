import { Fieldset, Group, Select } from '@mantine/core';
import { type AnalyticsDimension, comparableDimensions, everyoneElse } from '@mobilis/schema';
import { useDimensionOptions } from './dimension-options';
import { useGroupOptions } from './use-group-options';

interface GroupPickerProps {
  legend: string;
  organisationId: string | undefined;
  scope: { projectId?: string | undefined; callYear?: number | undefined };
  dimension: AnalyticsDimension | undefined;
  value: string | undefined;
  onChange: (group: { dimension: AnalyticsDimension | undefined; value: string | undefined }) => void;
  /**
   * The other group of a comparison: this one is of the same breakdown (two groups of one breakdown share nobody),
   * chosen among its other groups or "Everyone else".
   */
  against?: { value: string | undefined } | undefined;
}

/** One group of participants: a breakdown whose groups share nobody, then one of its groups that has respondents. */
export function GroupPicker({
  legend,
  organisationId,
  scope,
  dimension,
  value,
  onChange,
  against,
}: GroupPickerProps) {
  const dimensions = useDimensionOptions(organisationId).filter((option) =>
    comparableDimensions.includes(option.value),
  );
  const groups = useGroupOptions({ organisationId, ...scope }, dimension);
  const values = against
    ? [
        { value: everyoneElse, label: 'Everyone else' },
        ...(groups.data ?? []).filter((option) => option.value !== against.value),
      ]
    : (groups.data ?? []);
  return (
    <Fieldset legend={legend} variant="filled" className="analytics-no-print">
      <Group gap="sm" align="flex-end">
        <Select
          label={`${legend}: breakdown`}
          placeholder="Choose a breakdown"
          w={210}
          data={dimensions}
          value={dimension ?? null}
          disabled={against !== undefined}
          description={against ? 'The same as group A’s' : undefined}
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
          data={values}
          value={value ?? null}
          onChange={(next) => onChange({ dimension, value: next ?? undefined })}
        />
      </Group>
    </Fieldset>
  );
}
