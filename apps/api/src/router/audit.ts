import { accessHistory, auditTrail } from '@mobilis/db';
import { AuditTrailQuerySchema } from '@mobilis/schema';
import { coordinatorProcedure, router } from '../trpc/init.js';

export const auditRouter = router({
  /** Who changed a record of the organisation, when, and which fields (coordinators only). */
  trail: coordinatorProcedure.input(AuditTrailQuerySchema).query(async ({ ctx, input }) => {
    const events = await auditTrail(ctx.db, { ...input, organisationId: ctx.organisation.id });
    return events.map((event) => ({ ...event, occurredAt: event.occurredAt.toISOString() }));
  }),

  /** Who opened or changed the organisation, administrators included (coordinators only). */
  access: coordinatorProcedure.query(async ({ ctx }) => {
    const events = await accessHistory(ctx.db, ctx.organisation.id);
    return events.map((event) => ({ ...event, occurredAt: event.occurredAt.toISOString() }));
  }),
});
