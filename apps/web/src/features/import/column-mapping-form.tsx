import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { type ColumnChoice, type ImportField, importFieldKeys, importFields } from '@mobilis/schema';
import { useState } from 'react';

const options = [
  { value: 'ignore', label: 'Leave this column out' },
  ...importFieldKeys.map((field) => ({ value: field, label: importFields[field].label })),
];

interface ColumnMappingFormProps {
  unknownHeaders: readonly string[];
  busy: boolean;
  onSubmit: (mapping: Record<string, ColumnChoice>) => void;
}

/** For each column the import does not recognise: the field it holds, or leave it out; then a new dry run. */
export function ColumnMappingForm({ unknownHeaders, busy, onSubmit }: ColumnMappingFormProps) {
  const [mapping, setMapping] = useState<Record<string, ColumnChoice>>({});
  const complete = unknownHeaders.every((header) => mapping[header]);
  return (
    <Stack gap="sm">
      <Text size="sm">
        These columns match no field of the detected layout. Say what each one holds, or leave it out.
      </Text>
      {unknownHeaders.map((header) => (
        <Select
          key={header}
          label={`Column “${header}”`}
          data={options}
          searchable
          value={mapping[header] ?? null}
          onChange={(value) =>
            setMapping((current) => ({ ...current, [header]: (value ?? 'ignore') as ImportField | 'ignore' }))
          }
        />
      ))}
      <Group>
        <Button disabled={!complete} loading={busy} onClick={() => onSubmit(mapping)}>
          Apply and check again
        </Button>
      </Group>
    </Stack>
  );
}
