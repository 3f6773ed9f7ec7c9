import { Avatar, Button, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconKey, IconLogout } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { errorCode, errorMessage } from '../lib/server-error';
import type { SignedInUser } from '../lib/session';
import { useTRPC } from '../lib/trpc';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join('');
}

export function UserMenu({ user }: { user: SignedInUser }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signedOut = async () => {
    // Leave the signed-in pages first, then forget everything they read.
    await navigate({ to: '/login' });
    queryClient.clear();
  };
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: signedOut,
      onError: (error) => {
        if (errorCode(error) === 'UNAUTHORIZED') return signedOut();
        notifications.show({ color: 'red', title: 'You are still signed in', message: errorMessage(error) });
      },
    }),
  );

  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          leftSection={
            <Avatar size="sm" color="blue" radius="xl" aria-hidden>
              {initials(user.displayName)}
            </Avatar>
          }
          rightSection={<IconChevronDown size={14} />}
        >
          <Text size="sm" fw={500} c="dark" maw={{ base: 120, sm: 240 }} truncate="end">
            {user.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item component={Link} to="/account" leftSection={<IconKey size={16} />}>
          Password and sign-in
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => logout.mutate()}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
