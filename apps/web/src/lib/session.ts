import type { RouterOutputs } from '@mobilis/api';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from './trpc';

export type SignedInUser = NonNullable<RouterOutputs['auth']['me']>;
export type OrganisationRole = 'platform_admin' | 'coordinator' | 'viewer';

/**
 * The signed-in user. Only for pages under the authenticated layout, which renders them only once the
 * server has said who is signed in.
 */
export function useSignedInUser(): SignedInUser {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.auth.me.queryOptions());
  if (!data) throw new Error('useSignedInUser() is only for pages that require a signed-in user');
  return data;
}

/** What the user may do in an organisation; undefined when they have no access to it. */
export function roleIn(user: SignedInUser, organisationId: string): OrganisationRole | undefined {
  if (user.isPlatformAdmin) return 'platform_admin';
  return user.memberships.find((membership) => membership.organisationId === organisationId)?.role;
}

/** Coordinators and platform administrators manage an organisation's profile and members. */
export function useCanManage(organisationId: string): boolean {
  const role = roleIn(useSignedInUser(), organisationId);
  return role === 'platform_admin' || role === 'coordinator';
}

/**
 * The user's own membership in an organisation. Projects, participants, partners and mobilities are for members
 * only: a platform administrator who is not a member gets NOT_FOUND from them, as anyone else would.
 */
export function membershipIn(
  user: SignedInUser,
  organisationId: string,
): 'coordinator' | 'viewer' | undefined {
  return user.memberships.find((membership) => membership.organisationId === organisationId)?.role;
}

/**
 * Whether the user may see, record and export participants' barrier categories in the organisation: a permission
 * a coordinator is granted on its own (special categories of data, GDPR Art. 9).
 */
export function useSpecialCategories(organisationId: string): boolean {
  const user = useSignedInUser();
  return (
    user.memberships.find((membership) => membership.organisationId === organisationId)?.specialCategories ??
    false
  );
}

/** Whether the user sees an organisation's mobility data, and whether they may change it (coordinators). */
export function useMemberAccess(organisationId: string): { isMember: boolean; canEdit: boolean } {
  const role = membershipIn(useSignedInUser(), organisationId);
  return { isMember: role !== undefined, canEdit: role === 'coordinator' };
}
