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
