import {
  diffForAudit,
  findOrganisation,
  findOrganisationByOid,
  insertOrganisation,
  listOrganisations,
  membershipsOfUser,
  recordAuditEvent,
  updateOrganisation,
} from '@mobilis/db';
import { OidSchema, OrganisationChangesSchema, OrganisationCreateSchema } from '@mobilis/schema';
import { z } from 'zod';
import { NotFoundError } from '../domain-errors.js';
import {
  authedProcedure,
  organisationAccessProcedure,
  organisationManagerProcedure,
  platformAdminProcedure,
  router,
} from '../trpc/init.js';

export const organisationRouter = router({
  /** Administrators see every organisation; everyone else the ones they belong to. */
  list: authedProcedure.query(async ({ ctx }) => {
    const all = await listOrganisations(ctx.db);
    if (ctx.user.isPlatformAdmin) return all;
    const mine = new Set((await membershipsOfUser(ctx.db, ctx.user.userId)).map((m) => m.organisationId));
    return all.filter((organisation) => mine.has(organisation.id));
  }),

  /** Finds an organisation by its OID (a public identifier), to add it as a consortium member. */
  lookupByOid: authedProcedure.input(z.object({ oid: OidSchema })).query(async ({ ctx, input }) => {
    const organisation = await findOrganisationByOid(ctx.db, input.oid);
    if (!organisation) throw new NotFoundError('Organisation');
    return {
      id: organisation.id,
      legalName: organisation.legalName,
      country: organisation.country,
      city: organisation.city,
    };
  }),

  byId: organisationAccessProcedure.query(async ({ ctx }) => {
    const organisation = await findOrganisation(ctx.db, ctx.organisation.id);
    if (!organisation) throw new NotFoundError('Organisation');
    return organisation;
  }),

  create: platformAdminProcedure.input(OrganisationCreateSchema).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction().execute(async (trx) => {
      const organisation = await insertOrganisation(trx, input);
      await recordAuditEvent(trx, {
        actorUserId: ctx.user.userId,
        organisationId: organisation.id,
        entityType: 'organisation',
        entityId: organisation.id,
        action: 'create',
        changes: diffForAudit(undefined, organisation),
      });
      return organisation;
    });
  }),

  update: organisationManagerProcedure.input(OrganisationChangesSchema).mutation(async ({ ctx, input }) => {
    const { organisationId, ...changes } = input;
    return ctx.db.transaction().execute(async (trx) => {
      const before = await findOrganisation(trx, organisationId);
      if (!before) throw new NotFoundError('Organisation');
      const merged = OrganisationCreateSchema.parse({ ...before, ...changes });
      const after = await updateOrganisation(trx, { id: organisationId, ...merged });
      if (!after) throw new NotFoundError('Organisation');
      await recordAuditEvent(trx, {
        actorUserId: ctx.user.userId,
        organisationId,
        entityType: 'organisation',
        entityId: organisationId,
        action: 'update',
        changes: diffForAudit(before, after),
      });
      return after;
    });
  }),
});
