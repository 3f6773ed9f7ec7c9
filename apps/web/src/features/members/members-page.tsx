import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { RouterOutputs } from '@mobilis/api';
import type { MembershipRole } from '@mobilis/schema';
import { IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { errorCode, errorMessage } from '../../lib/server-error';
import { useCanManage, useMemberAccess, useSignedInUser } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { AccessHistory } from './access-history';
import { InvitationLinkModal, type InvitationToPassOn } from './invitation-link-modal';
import { InviteMemberModal } from './invite-member-modal';
import { roleLabel, roleOptions } from './member-roles';
import { MemberStatus } from './member-status';
import { RemoveMemberModal } from './remove-member-modal';
import { useRefreshMembers } from './use-refresh-members';

type Member = RouterOutputs['member']['list'][number];

export function MembersPage({ organisationId }: { organisationId: string }) {
  const trpc = useTRPC();
  const canManage = useCanManage(organisationId);
  const isCoordinator = useMemberAccess(organisationId).canEdit;
  const members = useQuery(trpc.member.list.queryOptions({ organisationId }));
  const [inviting, invitation] = useDisclosure(false);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [passingOn, setPassingOn] = useState<InvitationToPassOn | null>(null);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <div>
          <Title order={2}>Members</Title>
          <Text c="dimmed" size="sm">
            The people who can sign in to this organisation, and what they may do.
          </Text>
        </div>
        {canManage && (
          <Button leftSection={<IconUserPlus size={16} />} onClick={invitation.open}>
            Invite member
          </Button>
        )}
      </Group>
      <Card withBorder padding={0}>
        {members.isPending && <LoadingState label="Loading members…" />}
        {members.isError &&
          (errorCode(members.error) === 'FORBIDDEN' ? (
            <Alert color="blue" title="Only coordinators see the member list" m="md">
              Ask a coordinator of this organisation if you need to know who has access.
            </Alert>
          ) : (
            <ErrorState title="The members could not be loaded" error={members.error} />
          ))}
        {members.data?.length === 0 && (
          <EmptyState title="No members yet">
            {canManage ? 'Invite the first coordinator with “Invite member”.' : null}
          </EmptyState>
        )}
        {members.data && members.data.length > 0 && (
          <MembersTable
            organisationId={organisationId}
            members={members.data}
            canManage={canManage}
            canGrant={isCoordinator}
            onRemove={setRemoving}
            onPassOn={setPassingOn}
          />
        )}
      </Card>
      {isCoordinator && <AccessHistory organisationId={organisationId} />}
      {canManage && (
        <>
          <InviteMemberModal
            organisationId={organisationId}
            opened={inviting}
            onClose={invitation.close}
            onPassOn={setPassingOn}
          />
          <InvitationLinkModal invitation={passingOn} onClose={() => setPassingOn(null)} />
          <RemoveMemberModal
            organisationId={organisationId}
            member={removing}
            onClose={() => setRemoving(null)}
          />
        </>
      )}
    </Stack>
  );
}

interface MembersTableProps {
  organisationId: string;
  members: Member[];
  canManage: boolean;
  /** Coordinators give and withdraw access to special categories. */
  canGrant: boolean;
  onRemove: (member: Member) => void;
  onPassOn: (invitation: InvitationToPassOn) => void;
}

function MembersTable({
  organisationId,
  members,
  canManage,
  canGrant,
  onRemove,
  onPassOn,
}: MembersTableProps) {
  const trpc = useTRPC();
  const refresh = useRefreshMembers(organisationId);
  const user = useSignedInUser();
  const changeRole = useMutation(
    trpc.member.changeRole.mutationOptions({
      onSuccess: async (_result, input) => {
        notifications.show({
          color: 'green',
          title: 'Role changed',
          message: `Now ${roleLabel(input.role)}`,
        });
        await refresh();
      },
      // The select shows the server's role again, so only the reason needs saying.
      onError: (error) =>
        notifications.show({ color: 'red', title: 'The role was not changed', message: errorMessage(error) }),
    }),
  );

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-label="Members">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th w={220}>Role</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th w={150}>Barrier categories</Table.Th>
            {canManage && (
              <Table.Th w={60}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.userId}>
              <Table.Td>
                <Text fw={500} size="sm">
                  {member.displayName}
                  {member.userId === user.userId && (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      (you)
                    </Text>
                  )}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{member.email}</Text>
              </Table.Td>
              <Table.Td>
                {canManage ? (
                  <Select
                    aria-label={`Role of ${member.displayName}`}
                    data={roleOptions}
                    value={member.role}
                    allowDeselect={false}
                    size="xs"
                    disabled={changeRole.isPending}
                    onChange={(role) =>
                      role &&
                      role !== member.role &&
                      changeRole.mutate({
                        organisationId,
                        userId: member.userId,
                        role: role as MembershipRole,
                      })
                    }
                  />
                ) : (
                  <Text size="sm">{roleLabel(member.role)}</Text>
                )}
              </Table.Td>
              <Table.Td>
                <MemberStatus
                  organisationId={organisationId}
                  member={member}
                  canManage={canManage}
                  onPassOn={onPassOn}
                />
              </Table.Td>
              <Table.Td>
                <SpecialCategoryAccess organisationId={organisationId} member={member} canGrant={canGrant} />
              </Table.Td>
              {canManage && (
                <Table.Td>
                  <Tooltip label="Remove from the organisation">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove ${member.displayName}`}
                      onClick={() => onRemove(member)}
                    >
                      <IconTrash size={18} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * Whether a coordinator may see, record and export barrier categories, which can reveal health or disability:
 * a switch for coordinators, each change kept in the access history.
 */
function SpecialCategoryAccess({
  organisationId,
  member,
  canGrant,
}: {
  organisationId: string;
  member: Member;
  canGrant: boolean;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshMembers(organisationId);
  const queryClient = useQueryClient();
  const change = useMutation(
    trpc.member.setSpecialCategoryAccess.mutationOptions({
      onSuccess: async (_result, input) => {
        notifications.show({
          color: 'green',
          title: input.granted
            ? 'Access to barrier categories given'
            : 'Access to barrier categories withdrawn',
          message: `${member.displayName} ${input.granted ? 'now sees' : 'no longer sees'} barrier categories.`,
        });
        await refresh();
        // The signed-in person's own access may have changed.
        await queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
      },
      onError: (error) =>
        notifications.show({ color: 'red', title: 'Access was not changed', message: errorMessage(error) }),
    }),
  );
  if (member.role !== 'coordinator' || member.status !== 'active')
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  if (!canGrant) return <Text size="sm">{member.specialCategories ? 'Can see' : 'Cannot see'}</Text>;
  return (
    <Switch
      aria-label={`${member.displayName} sees barrier categories`}
      label={member.specialCategories ? 'Can see' : 'Cannot see'}
      checked={member.specialCategories}
      disabled={change.isPending}
      onChange={(event) =>
        change.mutate({ organisationId, userId: member.userId, granted: event.currentTarget.checked })
      }
    />
  );
}
