import {
  AppShell,
  Burger,
  Center,
  Divider,
  Group,
  Loader,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAddressBook,
  IconBuildingCommunity,
  IconChartDots,
  IconFileImport,
  IconFolder,
  IconId,
  IconInfoCircle,
  IconLayoutDashboard,
  IconMailbox,
  IconPlaneDeparture,
  IconSettings,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useParams, useRouterState } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { NavLinkLink } from '../components/links';
import { MyInvitations } from '../features/members/my-invitations';
import { membershipIn, roleIn, type SignedInUser } from '../lib/session';
import { useTRPC } from '../lib/trpc';
import { OrganisationSwitcher } from './organisation-switcher';
import { UserMenu } from './user-menu';

/** The console for signed-in users: header, navigation, and the page. */
export function AppShellLayout() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const href = useRouterState({ select: (state) => state.location.href });

  // The session ended while the console was open: sign in again and come back here.
  if (me.data === null) return <Navigate to="/login" search={{ redirect: href }} replace />;
  if (!me.data) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  return <Shell user={me.data} />;
}

function Shell({ user }: { user: SignedInUser }) {
  const [opened, { toggle, close }] = useDisclosure();
  const { organisationId } = useParams({ strict: false });
  const role = organisationId ? roleIn(user, organisationId) : undefined;
  const canManage = role === 'platform_admin' || role === 'coordinator';
  // Platform administrators manage organisations they are not members of, but do not see their mobility data.
  const isMember = organisationId ? membershipIn(user, organisationId) !== undefined : false;

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <Title order={1} size="h3">
              Mobilis
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="md">
              Erasmus+ learning mobility
            </Text>
          </Group>
          <UserMenu user={user} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar aria-label="Main navigation">
        <AppShell.Section p="md" pb="xs">
          <OrganisationSwitcher user={user} organisationId={organisationId} />
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea} px="xs">
          {organisationId && role && (
            <Stack gap={0} mb="md">
              <SectionLabel>This organisation</SectionLabel>
              <NavLinkLink
                to="/o/$organisationId"
                params={{ organisationId }}
                // The router marks the current page (aria-current), which is what Mantine highlights.
                activeOptions={{ exact: true }}
                label="Overview"
                leftSection={<IconLayoutDashboard size={18} />}
                onClick={close}
              />
              {isMember && (
                <>
                  <NavLinkLink
                    to="/o/$organisationId/projects"
                    params={{ organisationId }}
                    label="Projects"
                    leftSection={<IconFolder size={18} />}
                    onClick={close}
                  />
                  <NavLinkLink
                    to="/o/$organisationId/participants"
                    params={{ organisationId }}
                    label="Participants"
                    leftSection={<IconId size={18} />}
                    onClick={close}
                  />
                  <NavLinkLink
                    to="/o/$organisationId/mobilities"
                    params={{ organisationId }}
                    label="Mobilities"
                    leftSection={<IconPlaneDeparture size={18} />}
                    onClick={close}
                  />
                  <NavLinkLink
                    to="/o/$organisationId/partners"
                    params={{ organisationId }}
                    label="Partners"
                    leftSection={<IconAddressBook size={18} />}
                    onClick={close}
                  />
                  <NavLinkLink
                    to="/o/$organisationId/import"
                    params={{ organisationId }}
                    label="Import"
                    leftSection={<IconFileImport size={18} />}
                    onClick={close}
                  />
                </>
              )}
              <NavLinkLink
                to="/o/$organisationId/outcomes"
                params={{ organisationId }}
                label="Outcomes"
                leftSection={<IconChartDots size={18} />}
                onClick={close}
              />
              <NavLinkLink
                to="/o/$organisationId/members"
                params={{ organisationId }}
                label="Members"
                leftSection={<IconUsers size={18} />}
                onClick={close}
              />
              {canManage && (
                <NavLinkLink
                  to="/o/$organisationId/settings"
                  params={{ organisationId }}
                  label="Settings"
                  leftSection={<IconSettings size={18} />}
                  onClick={close}
                />
              )}
            </Stack>
          )}
          {user.isPlatformAdmin && (
            <Stack gap={0}>
              <SectionLabel>Administration</SectionLabel>
              <NavLinkLink
                to="/admin/organisations"
                label="Organisations"
                leftSection={<IconBuildingCommunity size={18} />}
                onClick={close}
              />
              <NavLinkLink
                to="/admin/users"
                label="Users"
                leftSection={<IconUsersGroup size={18} />}
                onClick={close}
              />
              <NavLinkLink
                to="/admin/outcomes"
                label="Outcomes"
                leftSection={<IconChartDots size={18} />}
                onClick={close}
              />
              <NavLinkLink
                to="/admin/outbox"
                label="Outbox"
                leftSection={<IconMailbox size={18} />}
                onClick={close}
              />
            </Stack>
          )}
        </AppShell.Section>
        <Divider />
        <AppShell.Section p="xs">
          <NavLinkLink
            to="/about"
            label="About this server"
            leftSection={<IconInfoCircle size={18} />}
            onClick={close}
          />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <MyInvitations />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

function SectionLabel({ children }: { children: ReactNode }) {
  return (
    <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4}>
      {children}
    </Text>
  );
}
