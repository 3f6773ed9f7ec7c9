import { Card, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

interface FigureCardProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/** One section of an analytics page: a heading, what it shows, then its chart and table. */
export function FigureCard({ title, description, children, testId }: FigureCardProps) {
  const headingId = useId();
  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-labelledby={headingId}
      data-testid={testId}
      className="analytics-figure"
    >
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id={headingId}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Card>
  );
}
