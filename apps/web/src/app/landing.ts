import { lastOrganisation } from '../lib/last-organisation';
import type { SignedInUser } from '../lib/session';
import { queryClient, trpc } from '../lib/trpc';

/**
 * The organisation to open from `/`: the one chosen last if the user still has access to it, else their first.
 * Administrators may open any organisation, so theirs come from the full list.
 */
export async function landingOrganisation(user: SignedInUser): Promise<string | undefined> {
  const reachable = user.isPlatformAdmin
    ? (await queryClient.ensureQueryData(trpc.organisation.list.queryOptions())).map(({ id }) => id)
    : [];
  const ids = [...user.memberships.map(({ organisationId }) => organisationId), ...reachable];
  const last = lastOrganisation(user.userId);
  return last && ids.includes(last) ? last : ids[0];
}
