import {
  participantsPastRetention,
  privacyNoticeOf,
  privacySettingsOf,
  purgeAfterDays,
  recordAuditEvent,
  setPrivacySettings,
} from '@mobilis/db';
import { z } from 'zod';
import { NotFoundError } from '../domain-errors.js';
import { coordinatorProcedure, organisationProcedure, publicProcedure, router } from '../trpc/init.js';

// An organisation's retention of participants' personal data (see privacy/retention.ts), what the schedule would
// do, shown before it does it, and the privacy notice participants read.

const Years = z
  .number({ error: 'Years must be a number' })
  .int('Years must be a whole number')
  .min(1, 'Keep personal data at least one year after a project ends')
  .max(30, 'Keep personal data at most 30 years after a project ends');

const Contact = z
  .string({ error: 'Privacy contact must be text' })
  .trim()
  .max(300, 'Privacy contact is at most 300 characters')
  .transform((text) => text || null)
  .nullable();

const inDays = (now: Date, days: number) =>
  new Date(now.getTime() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

export const retentionRouter = router({
  /** The settings, and how many participants the schedule erases now and within 30 days (with `years`, if given). */
  settings: organisationProcedure
    .input(z.object({ years: Years.optional() }))
    .query(async ({ ctx, input }) => {
      const now = ctx.services.clock();
      const stored = await privacySettingsOf(ctx.db, ctx.organisation.id);
      const years = input.years ?? stored.retentionYears;
      const due = (day: string) =>
        participantsPastRetention(ctx.db, { day, organisationId: ctx.organisation.id, years }).then(
          (rows) => rows.length,
        );
      return {
        years,
        privacyContact: stored.privacyContact,
        dueNow: await due(inDays(now, 0)),
        dueWithin30Days: await due(inDays(now, 30)),
        purgeAfterDays,
      };
    }),

  update: coordinatorProcedure
    .input(z.object({ years: Years, privacyContact: Contact.optional() }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.transaction().execute(async (trx) => {
        const before = await privacySettingsOf(trx, ctx.organisation.id);
        const after = {
          retentionYears: input.years,
          privacyContact: input.privacyContact === undefined ? before.privacyContact : input.privacyContact,
        };
        await setPrivacySettings(trx, ctx.organisation.id, after);
        await recordAuditEvent(trx, {
          actorUserId: ctx.user.userId,
          organisationId: ctx.organisation.id,
          entityType: 'organisation',
          entityId: ctx.organisation.id,
          action: 'update',
          changes: {
            retentionYears: { from: before.retentionYears, to: after.retentionYears },
            ...(after.privacyContact !== before.privacyContact
              ? { privacyContact: { from: before.privacyContact, to: after.privacyContact } }
              : {}),
          },
        });
      });
      return { years: input.years };
    }),

  /**
   * What a participant reads about how the organisation handles their data: who it is, how long it keeps personal
   * data, and whom to write to. Public (the survey pages and e-mails link to it), and nothing but what the
   * organisation publishes anyway.
   */
  notice: publicProcedure
    .input(z.object({ organisationId: z.uuid({ error: 'Organisation id must be an id (a UUID)' }) }))
    .query(async ({ ctx, input }) => {
      const notice = await privacyNoticeOf(ctx.db, input.organisationId);
      if (!notice) throw new NotFoundError('Organisation');
      return notice;
    }),
});
