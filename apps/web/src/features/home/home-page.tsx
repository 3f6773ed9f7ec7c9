import { Card, Stack, Text, Title } from '@mantine/core';
import { useSignedInUser } from '../../lib/session';

/** Where someone lands who belongs to no organisation yet (members and administrators go to one). */
export function HomePage() {
  const user = useSignedInUser();
  return (
    <Stack gap="md" maw={640}>
      <Title order={2}>Welcome, {user.displayName}</Title>
      <Card withBorder padding="lg">
        <Text fw={600}>You are not a member of any organisation yet</Text>
        <Text c="dimmed" size="sm">
          A coordinator of your organisation, or an administrator of this server, can give you access: you
          will then find your organisation here. Mobilis is where organisations manage their Erasmus+ Key
          Action 1 participants and mobility activities, and measure the outcomes of each mobility.
        </Text>
      </Card>
    </Stack>
  );
}
