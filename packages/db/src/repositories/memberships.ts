import type { MembershipRole } from '@mobilis/schema';
import type { ExpressionBuilder } from 'kysely';
import type { Executor } from '../executor.js';
import type { DB } from '../generated/database.js';

export interface MembershipOfUser {
  organisationId: string;
  legalName: string;
  role: MembershipRole;
  /** Whether the person may see, record and export barrier categories (special categories of data). */
  specialCategories: boolean;
}

/** A membership that opens the organisation: accepted by the person and, where needed, approved by it. */
const isOpen = (eb: ExpressionBuilder<DB, 'membership'>) =>
  eb.and([eb('membership.acceptedAt', 'is not', null), eb('membership.approvedAt', 'is not', null)]);

export async function membershipsOfUser(db: Executor, userId: string): Promise<MembershipOfUser[]> {
  const rows = await db
    .selectFrom('membership')
    .innerJoin('organisation', 'organisation.id', 'membership.organisationId')
    .select([
      'membership.organisationId',
      'organisation.legalName',
      'membership.role',
      'membership.specialCategoriesGrantedAt',
    ])
    .where('membership.userId', '=', userId)
    .where(isOpen)
    .orderBy('organisation.legalName')
    .execute();
  return rows.map(({ specialCategoriesGrantedAt, ...row }) => ({
    ...row,
    role: row.role as MembershipRole,
    specialCategories: specialCategoriesGrantedAt !== null,
  }));
}

/**
 * The person's open membership of the organisation (the only kind that gives access), whether it includes barrier
 * categories, and whether the organisation requires two-step sign-in of its members.
 */
export async function findMembership(
  db: Executor,
  userId: string,
  organisationId: string,
): Promise<{ role: MembershipRole; specialCategories: boolean; requiresSecondFactor: boolean } | undefined> {
  const row = await db
    .selectFrom('membership')
    .innerJoin('organisation', 'organisation.id', 'membership.organisationId')
    .select(['membership.role', 'membership.specialCategoriesGrantedAt', 'organisation.requiresSecondFactor'])
    .where('membership.userId', '=', userId)
    .where('membership.organisationId', '=', organisationId)
    .where(isOpen)
    .executeTakeFirst();
  return (
    row && {
      role: row.role as MembershipRole,
      specialCategories: row.specialCategoriesGrantedAt !== null,
      requiresSecondFactor: row.requiresSecondFactor,
    }
  );
}

/** Any membership, open or still waiting, with what it waits for. */
export async function findMembershipRecord(db: Executor, userId: string, organisationId: string) {
  const row = await db
    .selectFrom('membership')
    .select(['role', 'acceptedAt', 'approvedAt', 'invitedByUserId', 'specialCategoriesGrantedAt'])
    .where('userId', '=', userId)
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
  return row && { ...row, role: row.role as MembershipRole };
}

export type MemberStatus = 'active' | 'invited' | 'awaiting_approval';

function statusOf(row: { acceptedAt: Date | null; approvedAt: Date | null }): MemberStatus {
  if (!row.approvedAt) return 'awaiting_approval';
  return row.acceptedAt ? 'active' : 'invited';
}

export async function listMembers(db: Executor, organisationId: string) {
  const rows = await db
    .selectFrom('membership')
    .innerJoin('appUser', 'appUser.id', 'membership.userId')
    .leftJoin('appUser as inviter', 'inviter.id', 'membership.invitedByUserId')
    .select([
      'appUser.id as userId',
      'appUser.email',
      'appUser.displayName',
      'membership.invitedName',
      'membership.invitedEmail',
      'membership.role',
      'membership.createdAt',
      'membership.acceptedAt',
      'membership.approvedAt',
      'membership.specialCategoriesGrantedAt',
      'inviter.displayName as invitedBy',
      'inviter.isPlatformAdmin as invitedByAdministrator',
    ])
    .where('membership.organisationId', '=', organisationId)
    .where('appUser.disabledAt', 'is', null)
    .orderBy('appUser.displayName')
    .execute();
  // Until the person accepts, the inviter sees what they typed: the account's own name and address would tell
  // that (and whose) an account exists.
  return rows.map(
    ({
      acceptedAt,
      approvedAt,
      invitedByAdministrator,
      invitedName,
      invitedEmail,
      specialCategoriesGrantedAt,
      ...row
    }) => ({
      ...row,
      specialCategories: specialCategoriesGrantedAt !== null,
      ...(acceptedAt
        ? {}
        : { displayName: invitedName ?? row.displayName, email: invitedEmail ?? row.email }),
      role: row.role as MembershipRole,
      status: statusOf({ acceptedAt, approvedAt }),
      invitedByAdministrator: Boolean(invitedByAdministrator),
    }),
  );
}

/** Adds an open membership, or changes its role when it exists (seeding and tests). */
export async function upsertMembership(
  db: Executor,
  userId: string,
  organisationId: string,
  role: MembershipRole,
) {
  const now = new Date();
  await db
    .insertInto('membership')
    .values({ userId, organisationId, role, acceptedAt: now, approvedAt: now })
    .onConflict((oc) => oc.columns(['userId', 'organisationId']).doUpdateSet({ role }))
    .execute();
}

/** A membership that waits for the person to accept it, and for the organisation to approve it unless `approved`. */
export async function insertInvitedMembership(
  db: Executor,
  invitation: {
    userId: string;
    organisationId: string;
    role: MembershipRole;
    invitedByUserId: string;
    invitedName: string;
    invitedEmail: string;
  },
  { approved, now }: { approved: boolean; now: Date },
) {
  await db
    .insertInto('membership')
    .values({ ...invitation, approvedAt: approved ? now : null })
    .execute();
}

/** The invitations waiting for this person's answer (those an administrator proposed once approved). */
export async function invitationsOfUser(db: Executor, userId: string) {
  return db
    .selectFrom('membership')
    .innerJoin('organisation', 'organisation.id', 'membership.organisationId')
    .leftJoin('appUser as inviter', 'inviter.id', 'membership.invitedByUserId')
    .select([
      'membership.organisationId',
      'organisation.legalName',
      'membership.role',
      'membership.createdAt as invitedAt',
      'inviter.displayName as invitedBy',
    ])
    .where('membership.userId', '=', userId)
    .where('membership.acceptedAt', 'is', null)
    .where('membership.approvedAt', 'is not', null)
    .orderBy('membership.createdAt')
    .execute()
    .then((rows) => rows.map((row) => ({ ...row, role: row.role as MembershipRole })));
}

/** The person accepts their invitation into one organisation (once a coordinator approved it, where needed). */
export async function acceptInvitation(
  db: Executor,
  userId: string,
  { organisationId, now }: { organisationId: string; now: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('membership')
    .set({ acceptedAt: now })
    .where('userId', '=', userId)
    .where('organisationId', '=', organisationId)
    .where('acceptedAt', 'is', null)
    .where('approvedAt', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Whether the person belongs to, or is invited into, any organisation but this one. */
export async function hasMembershipElsewhere(
  db: Executor,
  userId: string,
  organisationId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('membership')
    .select('organisationId')
    .where('userId', '=', userId)
    .where('organisationId', '!=', organisationId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The organisation approves a membership an administrator proposed. */
export async function approveMembership(
  db: Executor,
  userId: string,
  organisationId: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('membership')
    .set({ approvedAt: now })
    .where('userId', '=', userId)
    .where('organisationId', '=', organisationId)
    .where('approvedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Changes a member's role; a viewer holds no access to special categories, so a move to viewer withdraws it. */
export async function updateMembershipRole(
  db: Executor,
  userId: string,
  organisationId: string,
  role: MembershipRole,
) {
  const result = await db
    .updateTable('membership')
    .set({
      role,
      ...(role === 'viewer' ? { specialCategoriesGrantedAt: null, specialCategoriesGrantedBy: null } : {}),
    })
    .where('userId', '=', userId)
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Grants (with who grants it) or withdraws a coordinator's access to special categories; false when the person has
 * no open coordinator membership of the organisation.
 */
export async function setSpecialCategoryAccess(
  db: Executor,
  { userId, organisationId }: { userId: string; organisationId: string },
  grant: { by: string; at: Date } | null,
): Promise<boolean> {
  const result = await db
    .updateTable('membership')
    .set({ specialCategoriesGrantedAt: grant?.at ?? null, specialCategoriesGrantedBy: grant?.by ?? null })
    .where('userId', '=', userId)
    .where('organisationId', '=', organisationId)
    .where('role', '=', 'coordinator')
    .where(isOpen)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Whether anyone in the organisation holds access to special categories (locked until the transaction ends). */
export async function hasSpecialCategoryHolder(db: Executor, organisationId: string): Promise<boolean> {
  const rows = await db
    .selectFrom('membership')
    .select('userId')
    .where('organisationId', '=', organisationId)
    .where('specialCategoriesGrantedAt', 'is not', null)
    .forUpdate()
    .execute();
  return rows.length > 0;
}

export async function deleteMembership(
  db: Executor,
  userId: string,
  organisationId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('membership')
    .where('userId', '=', userId)
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Coordinators with an open membership: those who can act for the organisation. Their rows stay locked until the
 * transaction ends, so that two removals at once cannot each leave the other as the last coordinator.
 */
export async function countCoordinators(db: Executor, organisationId: string): Promise<number> {
  const rows = await db
    .selectFrom('membership')
    .select('userId')
    .where('organisationId', '=', organisationId)
    .where('role', '=', 'coordinator')
    .where(isOpen)
    .forUpdate()
    .execute();
  return rows.length;
}
