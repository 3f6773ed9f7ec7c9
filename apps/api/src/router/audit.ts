import { auditTrail } from '@mobilis/db';
import { z } from 'zod';
import { coordinatorProcedure, router } from '../trpc/init.js';

export const auditRouter = router({
  /** Who changed a record of the organisation, when, and which fields (coordinators only). */
  trail: coordinatorProcedure
    .input(
      z.object({
        entityType: z.enum(['organisation', 'project', 'participant', 'partner', 'mobility', 'membership']),
        entityId: z.string().min(1).max(100),
      }),
    )
    .query(async ({ ctx, input }) => {
      const events = await auditTrail(ctx.db, { ...input, organisationId: ctx.organisation.id });
      return events.map((event) => ({ ...event, occurredAt: event.occurredAt.toISOString() }));
    }),
});
