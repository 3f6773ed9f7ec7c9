import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';

export function NotFoundPage() {
  return (
    <Stack align="flex-start" gap="sm">
      <Title order={2}>Page not found</Title>
      <Text c="dimmed">
        There is no page at this address. It may have moved, or the link may be mistyped.
      </Text>
      <Button component={Link} to="/">
        Back to the overview
      </Button>
    </Stack>
  );
}
