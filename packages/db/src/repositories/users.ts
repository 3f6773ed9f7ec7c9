import type { Executor } from '../executor.js';

export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
}

const userColumns = ['id', 'email', 'displayName', 'isPlatformAdmin'] as const;

export async function countPlatformAdmins(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('appUser')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('isPlatformAdmin', '=', true)
    .where('disabledAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The user and their password hash, for signing in; disabled accounts are not found. */
export async function findUserForLogin(
  db: Executor,
  email: string,
): Promise<(UserRecord & { passwordHash: string | null }) | undefined> {
  return db
    .selectFrom('appUser')
    .select([...userColumns, 'passwordHash'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .where('disabledAt', 'is', null)
    .executeTakeFirst();
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRecord | undefined> {
  return db
    .selectFrom('appUser')
    .select(userColumns)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
}

export async function findUserById(db: Executor, id: string): Promise<UserRecord | undefined> {
  return db
    .selectFrom('appUser')
    .select(userColumns)
    .where('id', '=', id)
    .where('disabledAt', 'is', null)
    .executeTakeFirst();
}

export async function passwordHashOf(db: Executor, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('appUser')
    .select('passwordHash')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.passwordHash ?? null;
}

export async function insertUser(
  db: Executor,
  user: { email: string; displayName: string; passwordHash?: string | null; isPlatformAdmin?: boolean },
): Promise<UserRecord> {
  return db
    .insertInto('appUser')
    .values({
      email: user.email.toLowerCase(),
      displayName: user.displayName,
      passwordHash: user.passwordHash ?? null,
      isPlatformAdmin: user.isPlatformAdmin ?? false,
    })
    .returning(userColumns)
    .executeTakeFirstOrThrow();
}

export async function setPasswordHash(db: Executor, userId: string, passwordHash: string): Promise<void> {
  await db
    .updateTable('appUser')
    .set({ passwordHash, updatedAt: new Date() })
    .where('id', '=', userId)
    .execute();
}

export async function listUsers(
  db: Executor,
): Promise<Array<UserRecord & { hasPassword: boolean; createdAt: Date }>> {
  const rows = await db
    .selectFrom('appUser')
    .select([...userColumns, 'createdAt'])
    .select((eb) => eb('passwordHash', 'is not', null).as('hasPassword'))
    .where('disabledAt', 'is', null)
    .orderBy('displayName')
    .execute();
  return rows.map((row) => ({ ...row, hasPassword: Boolean(row.hasPassword) }));
}

/** Holds the account's row until the transaction ends: changes to its sign-in happen one after another. */
export async function lockUser(db: Executor, userId: string): Promise<void> {
  await db.selectFrom('appUser').select('id').where('id', '=', userId).forUpdate().execute();
}
