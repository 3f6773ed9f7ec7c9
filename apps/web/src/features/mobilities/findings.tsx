import { Group, Stack, Text, ThemeIcon } from '@mantine/core';
import type { RuleResult } from '@mobilis/schema';
import { IconAlertTriangle, IconCircleX } from '@tabler/icons-react';

/** Eligibility errors about a field, as the text of the field's error (undefined when there are none). */
export function findingErrors(results: readonly RuleResult[]): string | undefined {
  const errors = results.filter((result) => result.severity === 'error');
  return errors.length > 0 ? errors.map((error) => error.message).join(' ') : undefined;
}

/** Eligibility warnings about a field, shown under it: they never block, but deserve a look. */
export function FieldWarnings({ results }: { results: readonly RuleResult[] }) {
  const warnings = results.filter((result) => result.severity === 'warning');
  if (warnings.length === 0) return null;
  return (
    <Stack gap={2} mt={4}>
      {warnings.map((warning) => (
        <Group key={`${warning.rule}:${warning.field}`} gap={6} wrap="nowrap" align="flex-start">
          <IconAlertTriangle
            size={15}
            color="var(--mantine-color-yellow-7)"
            style={{ flexShrink: 0, marginTop: 2 }}
          />
          <Text size="xs" c="var(--mantine-color-yellow-light-color)" data-severity="warning">
            {warning.message}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** Every finding, errors first: red for errors, which block completing the mobility, yellow for warnings. */
export function FindingsList({ results }: { results: readonly RuleResult[] }) {
  const sorted = [...results].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {sorted.map((result) => (
        <Group
          component="li"
          key={`${result.rule}:${result.field}`}
          gap="xs"
          wrap="nowrap"
          align="flex-start"
          data-severity={result.severity}
        >
          <ThemeIcon
            size={20}
            radius="xl"
            variant="light"
            color={result.severity === 'error' ? 'red' : 'yellow'}
            aria-hidden
          >
            {result.severity === 'error' ? <IconCircleX size={14} /> : <IconAlertTriangle size={14} />}
          </ThemeIcon>
          <Text size="sm">
            <Text
              span
              fw={600}
              c={result.severity === 'error' ? 'red.9' : 'var(--mantine-color-yellow-light-color)'}
            >
              {result.severity === 'error' ? 'Error: ' : 'Warning: '}
            </Text>
            {result.message}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
