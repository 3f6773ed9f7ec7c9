import {
  countCoordinators,
  deleteMembership,
  type Executor,
  enqueueMessage,
  findMembership,
  findOrganisation,
  findUserByEmail,
  insertUser,
  listMembers,
  recordAuditEvent,
  updateMembershipRole,
  upsertMembership,
} from '@mobilis/db';
import { ChangeMemberRoleSchema, InviteMemberSchema, RemoveMemberSchema } from '@mobilis/schema';
import { createOneTimeLink } from '../auth/links.js';
import { ConflictError, NotFoundError } from '../domain-errors.js';
import { invitationMessage } from '../mail/messages.js';
import { organisationAccessProcedure, organisationManagerProcedure, router } from '../trpc/init.js';

const roleLabels = { coordinator: 'coordinator', viewer: 'viewer (read only)' } as const;

export const memberRouter = router({
  list: organisationAccessProcedure.query(({ ctx }) => listMembers(ctx.db, ctx.organisation.id)),

  /**
   * Gives a person access to the organisation. A new person gets an account without a password and an
   * invitation link through the outbox; an existing account is told by e-mail.
   */
  invite: organisationManagerProcedure
    .input(InviteMemberSchema.omit({ organisationId: true }))
    .mutation(async ({ ctx, input }) => {
      const now = ctx.services.clock();
      return ctx.db.transaction().execute(async (trx) => {
        const organisation = await findOrganisation(trx, ctx.organisation.id);
        if (!organisation) throw new NotFoundError('Organisation');
        const existing = await findUserByEmail(trx, input.email);
        if (existing && (await findMembership(trx, existing.id, organisation.id))) {
          throw new ConflictError(`${input.email} is a member of this organisation already`);
        }
        const user =
          existing ?? (await insertUser(trx, { email: input.email, displayName: input.displayName }));
        await upsertMembership(trx, user.id, organisation.id, input.role);
        const link = existing
          ? null
          : await createOneTimeLink(trx, {
              purpose: 'invitation',
              userId: user.id,
              now,
              publicUrl: ctx.services.config.publicUrl,
            });
        await enqueueMessage(trx, {
          ...invitationMessage(user.email, {
            inviter: ctx.user.displayName,
            organisation: organisation.legalName,
            role: roleLabels[input.role],
            link,
          }),
          organisationId: organisation.id,
        });
        await recordAuditEvent(trx, {
          actorUserId: ctx.user.userId,
          organisationId: organisation.id,
          entityType: 'membership',
          entityId: user.id,
          action: 'invite',
          changes: { role: { to: input.role } },
        });
        return { userId: user.id, newAccount: !existing };
      });
    }),

  changeRole: organisationManagerProcedure
    .input(ChangeMemberRoleSchema.omit({ organisationId: true }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.transaction().execute(async (trx) => {
        const current = await findMembership(trx, input.userId, ctx.organisation.id);
        if (!current) throw new NotFoundError('Member');
        if (current.role === 'coordinator' && input.role !== 'coordinator')
          await keepOneCoordinator(trx, ctx.organisation.id);
        await updateMembershipRole(trx, input.userId, ctx.organisation.id, input.role);
        await recordAuditEvent(trx, {
          actorUserId: ctx.user.userId,
          organisationId: ctx.organisation.id,
          entityType: 'membership',
          entityId: input.userId,
          action: 'change_role',
          changes: { role: { from: current.role, to: input.role } },
        });
      });
      return { ok: true as const };
    }),

  remove: organisationManagerProcedure
    .input(RemoveMemberSchema.omit({ organisationId: true }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.transaction().execute(async (trx) => {
        const current = await findMembership(trx, input.userId, ctx.organisation.id);
        if (!current) throw new NotFoundError('Member');
        if (current.role === 'coordinator') await keepOneCoordinator(trx, ctx.organisation.id);
        await deleteMembership(trx, input.userId, ctx.organisation.id);
        await recordAuditEvent(trx, {
          actorUserId: ctx.user.userId,
          organisationId: ctx.organisation.id,
          entityType: 'membership',
          entityId: input.userId,
          action: 'remove',
          changes: { role: { from: current.role } },
        });
      });
      return { ok: true as const };
    }),
});

async function keepOneCoordinator(trx: Executor, organisationId: string): Promise<void> {
  if ((await countCoordinators(trx, organisationId)) <= 1) {
    throw new ConflictError(
      'An organisation needs at least one coordinator: make someone else coordinator first',
    );
  }
}
