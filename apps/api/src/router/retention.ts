import {
  participantsPastRetention,
  purgeAfterDays,
  recordAuditEvent,
  retentionYearsOf,
  setRetentionYears,
} from '@mobilis/db';
import { z } from 'zod';
import { coordinatorProcedure, organisationProcedure, router } from '../trpc/init.js';

// An organisation's retention of participants' personal data (see privacy/retention.ts), and what the schedule
// would do, shown before it does it.

const Years = z
  .number({ error: 'Years must be a number' })
  .int('Years must be a whole number')
  .min(1, 'Keep personal data at least one year after a project ends')
  .max(30, 'Keep personal data at most 30 years after a project ends');

const inDays = (now: Date, days: number) =>
  new Date(now.getTime() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

export const retentionRouter = router({
  /** The setting, and how many participants the schedule erases now and within 30 days (with `years`, if given). */
  settings: organisationProcedure
    .input(z.object({ years: Years.optional() }))
    .query(async ({ ctx, input }) => {
      const now = ctx.services.clock();
      const years = input.years ?? (await retentionYearsOf(ctx.db, ctx.organisation.id));
      const due = (day: string) =>
        participantsPastRetention(ctx.db, { day, organisationId: ctx.organisation.id, years }).then(
          (rows) => rows.length,
        );
      return {
        years,
        dueNow: await due(inDays(now, 0)),
        dueWithin30Days: await due(inDays(now, 30)),
        purgeAfterDays,
      };
    }),

  update: coordinatorProcedure.input(z.object({ years: Years })).mutation(async ({ ctx, input }) => {
    await ctx.db.transaction().execute(async (trx) => {
      const before = await retentionYearsOf(trx, ctx.organisation.id);
      await setRetentionYears(trx, ctx.organisation.id, input.years);
      await recordAuditEvent(trx, {
        actorUserId: ctx.user.userId,
        organisationId: ctx.organisation.id,
        entityType: 'organisation',
        entityId: ctx.organisation.id,
        action: 'update',
        changes: { retentionYears: { from: before, to: input.years } },
      });
    });
    return { years: input.years };
  }),
});
