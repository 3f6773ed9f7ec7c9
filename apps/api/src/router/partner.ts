import { diffForAudit, findPartner, insertPartner, listPartners, updatePartner } from '@mobilis/db';
import { PartnerOrganisationCreateSchema, PartnerOrganisationUpdateSchema } from '@mobilis/schema';
import { audit } from '../audit.js';
import { NotFoundError } from '../domain-errors.js';
import { coordinatorProcedure, organisationProcedure, router } from '../trpc/init.js';

/** The organisation's address book of sending and receiving organisations. */
export const partnerRouter = router({
  list: organisationProcedure.query(({ ctx }) => listPartners(ctx.db, ctx.organisation.id)),

  create: coordinatorProcedure.input(PartnerOrganisationCreateSchema).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction().execute(async (trx) => {
      const partner = await insertPartner(trx, ctx.organisation.id, input);
      await audit(trx, ctx, {
        entityType: 'partner',
        entityId: partner.id,
        action: 'create',
        changes: diffForAudit(undefined, input),
      });
      return partner;
    });
  }),

  update: coordinatorProcedure.input(PartnerOrganisationUpdateSchema).mutation(async ({ ctx, input }) => {
    const { id, ...changes } = input;
    return ctx.db.transaction().execute(async (trx) => {
      const before = await findPartner(trx, ctx.organisation.id, id);
      if (!before) throw new NotFoundError('Partner organisation');
      const merged = PartnerOrganisationCreateSchema.parse({ ...before, ...changes });
      const after = await updatePartner(trx, ctx.organisation.id, id, merged);
      if (!after) throw new NotFoundError('Partner organisation');
      await audit(trx, ctx, {
        entityType: 'partner',
        entityId: id,
        action: 'update',
        changes: diffForAudit(before, merged),
      });
      return after;
    });
  }),
});
