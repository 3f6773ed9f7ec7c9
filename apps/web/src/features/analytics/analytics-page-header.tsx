import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface AnalyticsPageHeaderProps {
  title: string;
  /** Where the page sits: a link back, or what it covers. */
  context: ReactNode;
  actions?: ReactNode;
}

export function AnalyticsPageHeader({ title, context, actions }: AnalyticsPageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start">
      <div>
        <Text size="sm" c="dimmed">
          {context}
        </Text>
        <Title order={2}>{title}</Title>
      </div>
      {actions}
    </Group>
  );
}
