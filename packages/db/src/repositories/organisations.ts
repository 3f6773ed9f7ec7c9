import type { OrganisationCreate, OrganisationUpdate } from '@mobilis/schema';
import type { Executor } from '../executor.js';

export const organisationColumns = [
  'id',
  'legalName',
  'oid',
  'erasmusCode',
  'country',
  'city',
  'type',
  'requiresSecondFactor',
] as const;

export async function listOrganisations(db: Executor) {
  return db.selectFrom('organisation').select(organisationColumns).orderBy('legalName').execute();
}

export async function findOrganisation(db: Executor, id: string) {
  return db.selectFrom('organisation').select(organisationColumns).where('id', '=', id).executeTakeFirst();
}

export async function findOrganisationByOid(db: Executor, oid: string) {
  return db.selectFrom('organisation').select(organisationColumns).where('oid', '=', oid).executeTakeFirst();
}

export async function insertOrganisation(db: Executor, organisation: OrganisationCreate) {
  return db
    .insertInto('organisation')
    .values({ ...organisation, erasmusCode: organisation.erasmusCode ?? null })
    .returning(organisationColumns)
    .executeTakeFirstOrThrow();
}

export async function updateOrganisation(db: Executor, { id, ...changes }: OrganisationUpdate) {
  return db
    .updateTable('organisation')
    .set({ ...changes, updatedAt: new Date() })
    .where('id', '=', id)
    .returning(organisationColumns)
    .executeTakeFirst();
}

/** Which of these ids are organisations in Mobilis. */
export async function existingOrganisationIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('organisation').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((row) => row.id));
}
