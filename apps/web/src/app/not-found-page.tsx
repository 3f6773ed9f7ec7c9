import { Container, Stack, Text, Title } from '@mantine/core';
import { ButtonLink } from '../components/links';

export function NotFoundPage({ headingOrder = 2 }: { headingOrder?: 1 | 2 }) {
  return (
    <Stack align="flex-start" gap="sm">
      <Title order={headingOrder}>Page not found</Title>
      <Text c="dimmed">
        There is no page at this address, or you have no access to it. It may have moved, or the link may be
        mistyped.
      </Text>
      <ButtonLink to="/">Back to the overview</ButtonLink>
    </Stack>
  );
}

/** The same page outside the console's shell, for addresses that match no route at all. */
export function StandaloneNotFoundPage() {
  return (
    <Container size="sm" py={64} component="main">
      <NotFoundPage headingOrder={1} />
    </Container>
  );
}
