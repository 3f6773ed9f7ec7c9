import { type Executor, findMembership } from '@mobilis/db';
import type { MembershipRole } from '@mobilis/schema';

/** Where a caller may act: an organisation, and the caller's role there. */
export interface OrganisationScope {
  id: string;
  role: MembershipRole | 'platform_admin';
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The caller's scope in an organisation, the one rule behind every base procedure and every HTTP route: an open
 * membership, or (where `admins` say so) platform administration. Undefined means the organisation does not exist
 * for the caller, whatever the reason.
 */
export async function organisationScope(
  db: Executor,
  user: { userId: string; isPlatformAdmin: boolean },
  organisationId: string,
  { admins = false }: { admins?: boolean } = {},
): Promise<OrganisationScope | undefined> {
  if (!uuid.test(organisationId)) return undefined;
  if (admins && user.isPlatformAdmin) return { id: organisationId, role: 'platform_admin' };
  const membership = await findMembership(db, user.userId, organisationId);
  return membership && { id: organisationId, role: membership.role };
}
