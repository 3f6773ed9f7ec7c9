import { Select } from '@mantine/core';
import { IconBuilding } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useRouterState } from '@tanstack/react-router';
import { rememberOrganisation } from '../lib/last-organisation';
import type { SignedInUser } from '../lib/session';
import { useTRPC } from '../lib/trpc';

const sections = ['projects', 'participants', 'mobilities', 'partners', 'members', 'settings'] as const;

interface OrganisationSwitcherProps {
  user: SignedInUser;
  organisationId: string | undefined;
}

/** Chooses the organisation in the address (`/o/<id>/…`), staying on the same kind of page. */
export function OrganisationSwitcher({ user, organisationId }: OrganisationSwitcherProps) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const all = useQuery({ ...trpc.organisation.list.queryOptions(), enabled: user.isPlatformAdmin });

  const mine = user.memberships.map((m) => ({ value: m.organisationId, label: m.legalName }));
  const others = (all.data ?? [])
    .filter((organisation) => !mine.some((m) => m.value === organisation.id))
    .map((organisation) => ({ value: organisation.id, label: organisation.legalName }));
  const data = user.isPlatformAdmin
    ? [
        ...(mine.length > 0 ? [{ group: 'Your organisations', items: mine }] : []),
        { group: mine.length > 0 ? 'Other organisations' : 'All organisations', items: others },
      ]
    : mine;

  if (mine.length === 0 && !user.isPlatformAdmin) return null;

  const choose = (id: string | null) => {
    if (!id || id === organisationId) return;
    rememberOrganisation(user.userId, id);
    // The same list in the other organisation; a record of this one (a mobility…) has no counterpart there.
    const section = /^\/o\/[^/]+\/([a-z]+)/.exec(pathname)?.[1];
    const params = { organisationId: id };
    const to = sections.find((candidate) => candidate === section);
    if (to) void navigate({ to: `/o/$organisationId/${to}`, params });
    else void navigate({ to: '/o/$organisationId', params });
  };

  return (
    <Select
      label="Organisation"
      placeholder="Choose one"
      leftSection={<IconBuilding size={16} />}
      data={data}
      value={organisationId ?? null}
      onChange={choose}
      searchable={user.isPlatformAdmin}
      nothingFoundMessage="No organisation has that name"
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
