import { Card, Stack, Text, Title } from '@mantine/core';

export function HomePage() {
  return (
    <Stack gap="md">
      <Title order={2}>Overview</Title>
      <Card withBorder padding="lg">
        <Text fw={600}>Welcome to Mobilis</Text>
        <Text c="dimmed" size="sm">
          Manage your Key Action 1 participants and mobility activities, and measure the outcomes the
          programme expects: before, right after and months after each mobility.
        </Text>
      </Card>
    </Stack>
  );
}
