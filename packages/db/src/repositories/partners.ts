import type { PartnerOrganisationCreate } from '@mobilis/schema';
import type { Executor } from '../executor.js';

const partnerColumns = ['id', 'legalName', 'oid', 'erasmusCode', 'country', 'city', 'type'] as const;

export async function listPartners(db: Executor, organisationId: string) {
  return db
    .selectFrom('partnerOrganisation')
    .select(partnerColumns)
    .where('organisationId', '=', organisationId)
    .orderBy('legalName')
    .execute();
}

export async function findPartner(db: Executor, organisationId: string, id: string) {
  return db
    .selectFrom('partnerOrganisation')
    .select(partnerColumns)
    .where('organisationId', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Which of these ids are partners of the organisation (the others are unknown to it). */
export async function existingPartnerIds(
  db: Executor,
  organisationId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('partnerOrganisation')
    .select('id')
    .where('organisationId', '=', organisationId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((row) => row.id));
}

export async function insertPartner(
  db: Executor,
  organisationId: string,
  partner: PartnerOrganisationCreate,
) {
  return db
    .insertInto('partnerOrganisation')
    .values({
      ...partner,
      oid: partner.oid ?? null,
      erasmusCode: partner.erasmusCode ?? null,
      organisationId,
    })
    .returning(partnerColumns)
    .executeTakeFirstOrThrow();
}

export async function updatePartner(
  db: Executor,
  organisationId: string,
  id: string,
  partner: PartnerOrganisationCreate,
) {
  return db
    .updateTable('partnerOrganisation')
    .set({
      ...partner,
      oid: partner.oid ?? null,
      erasmusCode: partner.erasmusCode ?? null,
      updatedAt: new Date(),
    })
    .where('organisationId', '=', organisationId)
    .where('id', '=', id)
    .returning(partnerColumns)
    .executeTakeFirst();
}
