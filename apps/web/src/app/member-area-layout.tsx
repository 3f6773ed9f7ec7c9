import { Alert, Stack, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Outlet } from '@tanstack/react-router';
import { ButtonLink } from '../components/links';
import { useMemberAccess } from '../lib/session';

/**
 * Projects, participants, partners and mobilities are for the organisation's members. A platform administrator
 * who is not one manages the organisation's profile and members but does not see its participants' data.
 */
export function MemberAreaLayout({ organisationId }: { organisationId: string }) {
  const { isMember } = useMemberAccess(organisationId);
  if (isMember) return <Outlet />;
  return (
    <Stack gap="md" align="flex-start" maw={720}>
      <Title order={2}>Members only</Title>
      <Alert color="blue" icon={<IconLock />} title="Only members of this organisation see its mobility data">
        Projects, participants, partners and mobilities are visible to the organisation's coordinators and
        viewers only. As a platform administrator you manage its profile and members; if you need to work on
        its mobilities, ask one of its coordinators to invite you.
      </Alert>
      <ButtonLink variant="default" to="/o/$organisationId" params={{ organisationId }}>
        Back to the organisation
      </ButtonLink>
    </Stack>
  );
}
