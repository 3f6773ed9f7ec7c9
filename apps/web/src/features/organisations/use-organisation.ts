import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

/**
 * One organisation's profile, read from `organisation.list`: every member may call it, where
 * `organisation.byId` is for coordinators and administrators only, and the pages share one cached list.
 */
export function useOrganisation(organisationId: string) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.organisation.list.queryOptions(),
    select: (organisations) =>
      organisations.find((organisation) => organisation.id === organisationId) ?? null,
  });
}
