import { Box, Center, Container, Group, Text, Title } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';

/** Pages for people who are not signed in: sign-in, one-time links. */
export function PublicLayout() {
  return (
    <Box mih="100vh" bg="gray.0" py={48}>
      <Container size={440}>
        <Center mb="lg">
          <Group gap="sm">
            <img src="/favicon.svg" alt="" width={36} height={36} />
            <div>
              <Title order={1} size="h3" lh={1.1}>
                Mobilis
              </Title>
              <Text size="xs" c="dimmed">
                Erasmus+ learning mobility
              </Text>
            </div>
          </Group>
        </Center>
        <main>
          <Outlet />
        </main>
      </Container>
    </Box>
  );
}
