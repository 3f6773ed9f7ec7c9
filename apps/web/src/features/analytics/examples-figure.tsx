import { Blockquote, Stack, Text } from '@mantine/core';
import { formatDate } from '../../lib/labels';
import type { OutcomeDetail } from './analytics-types';
import { FigureCard } from './figure-card';

/** What participants wrote about this outcome in their own words; coordinators only, never with a name. */
export function ExamplesFigure({ examples }: { examples: NonNullable<OutcomeDetail['examples']> }) {
  return (
    <FigureCard
      title="In the participants’ own words"
      description="Examples participants gave in their surveys, without names. Only coordinators see them."
      testId="examples"
    >
      {examples.length === 0 ? (
        <Text size="sm" c="dimmed">
          No participant has written an example yet.
        </Text>
      ) : (
        <Stack gap="sm">
          {examples.map((example) => (
            <Blockquote key={`${example.submittedAt}${example.text}`} p="sm" color="gray">
              <Text size="sm">{example.text}</Text>
              {example.submittedAt && (
                <Text size="xs" c="dimmed" mt={4}>
                  {formatDate(example.submittedAt.slice(0, 10))}
                </Text>
              )}
            </Blockquote>
          ))}
        </Stack>
      )}
    </FigureCard>
  );
}
