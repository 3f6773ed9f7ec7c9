import type { MembershipRole } from '@mobilis/schema';
import type { Executor } from '../executor.js';

export interface MembershipOfUser {
  organisationId: string;
  legalName: string;
  role: MembershipRole;
}

export async function membershipsOfUser(db: Executor, userId: string): Promise<MembershipOfUser[]> {
  const rows = await db
    .selectFrom('membership')
    .innerJoin('organisation', 'organisation.id', 'membership.organisationId')
    .select(['membership.organisationId', 'organisation.legalName', 'membership.role'])
    .where('membership.userId', '=', userId)
    .orderBy('organisation.legalName')
    .execute();
  return rows as MembershipOfUser[];
}

export async function findMembership(
  db: Executor,
  userId: string,
  organisationId: string,
): Promise<{ role: MembershipRole } | undefined> {
  const row = await db
    .selectFrom('membership')
    .select('role')
    .where('userId', '=', userId)
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
  return row as { role: MembershipRole } | undefined;
}

export async function listMembers(db: Executor, organisationId: string) {
  const rows = await db
    .selectFrom('membership')
    .innerJoin('appUser', 'appUser.id', 'membership.userId')
    .select([
      'appUser.id as userId',
      'appUser.email',
      'appUser.displayName',
      'membership.role',
      'membership.createdAt',
    ])
    .select((eb) => eb('appUser.passwordHash', 'is not', null).as('hasAccepted'))
    .where('membership.organisationId', '=', organisationId)
    .where('appUser.disabledAt', 'is', null)
    .orderBy('appUser.displayName')
    .execute();
  return rows.map((row) => ({
    ...row,
    role: row.role as MembershipRole,
    hasAccepted: Boolean(row.hasAccepted),
  }));
}

/** Adds the membership, or changes its role when it exists. */
export async function upsertMembership(
  db: Executor,
  userId: string,
  organisationId: string,
  role: MembershipRole,
) {
  await db
    .insertInto('membership')
    .values({ userId, organisationId, role })
    .onConflict((oc) => oc.columns(['userId', 'organisationId']).doUpdateSet({ role }))
    .execute();
}

export async function updateMembershipRole(
  db: Executor,
  userId: string,
  organisationId: string,
  role: MembershipRole,
) {
  const result = await db
    .updateTable('membership')
    .set({ role })
    .where('userId', '=', userId)
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
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

export async function countCoordinators(db: Executor, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('membership')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('organisationId', '=', organisationId)
    .where('role', '=', 'coordinator')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
