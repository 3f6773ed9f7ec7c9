import { type Executor, findMembership } from '@mobilis/db';
import type { MembershipRole } from '@mobilis/schema';
import type { SessionUser } from '../auth/sessions.js';
import { ForbiddenError } from '../domain-errors.js';
import type { AppConfig } from '../services.js';

/** Where a caller may act: an organisation, and the caller's role there. */
export interface OrganisationScope {
  id: string;
  role: MembershipRole | 'platform_admin';
  /**
   * Whether the caller may see, record and export participants' barrier categories (special categories of data,
   * GDPR Art. 9): a permission a coordinator is granted on its own. Platform administrators never hold it.
   */
  specialCategories: boolean;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The caller's scope in an organisation, the one rule behind every base procedure and every HTTP route: an open
 * membership, or (where `admins` say so) platform administration. Undefined means the organisation does not exist
 * for the caller, whatever the reason.
 */
export async function organisationScope(
  db: Executor,
  user: SessionUser,
  organisationId: string,
  { admins = false, config }: { admins?: boolean; config: AppConfig },
): Promise<OrganisationScope | undefined> {
  if (!uuid.test(organisationId)) return undefined;
  if (admins && user.isPlatformAdmin) {
    requireAdministratorSecondStep(user, config);
    return { id: organisationId, role: 'platform_admin', specialCategories: false };
  }
  const membership = await findMembership(db, user.userId, organisationId);
  if (membership?.requiresSecondFactor && user.authenticatedWith === 'password') {
    throw new ForbiddenError(
      'This organisation requires two-step sign-in: set up an authenticator app under Account, then sign in again',
    );
  }
  return (
    membership && {
      id: organisationId,
      role: membership.role,
      specialCategories: membership.specialCategories,
    }
  );
}

/** Platform administrators act only in sessions signed in with a second step (unless the server says otherwise). */
export function requireAdministratorSecondStep(user: SessionUser, config: AppConfig): void {
  if (config.administratorsNeedSecondFactor && user.authenticatedWith === 'password') {
    throw new ForbiddenError(
      'Administrators sign in in two steps: set up an authenticator app under Account, then sign in again',
    );
  }
}
