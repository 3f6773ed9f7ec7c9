import {
  acceptInvitation,
  approveMembership,
  countCoordinators,
  deleteMembership,
  type Executor,
  enqueueMessage,
  findMembership,
  findMembershipRecord,
  findOrganisation,
  findUserByEmail,
  findUserById,
  hasMembershipElsewhere,
  hasSpecialCategoryHolder,
  insertInvitedMembership,
  insertUser,
  invitationsOfUser,
  listMembers,
  passwordHashOf,
  recordAuditEvent,
  revokeOneTimeTokens,
  setSpecialCategoryAccess,
  updateMembershipRole,
} from '@mobilis/db';
import {
  ChangeMemberRoleSchema,
  InvitationAnswerSchema,
  InviteMemberSchema,
  MemberOfOrganisationSchema,
  RemoveMemberSchema,
  SpecialCategoryAccessSchema,
} from '@mobilis/schema';
import { createOneTimeLink } from '../auth/links.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../domain-errors.js';
import { invitationMessage } from '../mail/messages.js';
import type { Context } from '../trpc/context.js';
import {
  authedProcedure,
  coordinatorProcedure,
  type OrganisationScope,
  organisationAccessProcedure,
  organisationManagerProcedure,
  router,
} from '../trpc/init.js';

const roleLabels = { coordinator: 'coordinator', viewer: 'viewer (read only)' } as const;

type ManagerContext = Context & {
  user: NonNullable<Context['user']>;
  organisation: OrganisationScope;
};

/**
 * Whether the caller may open the organisation to someone without anyone else's say: its coordinators may, and
 * a platform administrator only while the organisation has no coordinator (setting it up). Otherwise an
 * administrator's invitation waits for a coordinator's approval, so that an administrator cannot make themselves
 * (or an address they hold) a member.
 */
async function opensWithoutApproval(trx: Executor, ctx: ManagerContext): Promise<boolean> {
  if (ctx.organisation.role === 'coordinator') return true;
  return (await countCoordinators(trx, ctx.organisation.id)) === 0;
}

/**
 * Whether the inviter may be handed the invitation link: only where no e-mail leaves the server, the caller could
 * open the organisation to anyone anyway, and the account exists for this invitation alone (no password, no
 * other organisation). A link sets the account's password, so handing out one for an account someone else
 * invited would hand over that account.
 */
async function mayPassOn(trx: Executor, ctx: ManagerContext, userId: string): Promise<boolean> {
  if (ctx.services.config.mailDelivery || !(await opensWithoutApproval(trx, ctx))) return false;
  return !(await hasMembershipElsewhere(trx, userId, ctx.organisation.id));
}

/**
 * Sends the invitation: a person without a password gets a link to choose one, which accepts this organisation's
 * invitation (an earlier link into it is withdrawn); someone with an account is asked to sign in and accept.
 * Returns the link when the caller may pass it on (mayPassOn).
 */
async function sendInvitation(
  trx: Executor,
  ctx: ManagerContext,
  { user, role }: { user: { id: string; email: string }; role: keyof typeof roleLabels },
): Promise<string | null> {
  const organisation = await findOrganisation(trx, ctx.organisation.id);
  if (!organisation) throw new NotFoundError('Organisation');
  const now = ctx.services.clock();
  let link: string | null = null;
  if ((await passwordHashOf(trx, user.id)) === null) {
    await revokeOneTimeTokens(trx, 'invitation', user.id, now, organisation.id);
    link = await createOneTimeLink(trx, {
      purpose: 'invitation',
      userId: user.id,
      organisationId: organisation.id,
      now,
      publicUrl: ctx.services.config.publicUrl,
    });
  }
  await enqueueMessage(trx, {
    ...invitationMessage(user.email, {
      inviter: ctx.user.displayName,
      organisation: organisation.legalName,
      role: roleLabels[role],
      link,
    }),
    organisationId: organisation.id,
  });
  // A link exists only for an account without a password, the first condition of passing it on.
  return link && (await mayPassOn(trx, ctx, user.id)) ? link : null;
}

/** A step of a membership in the organisation's audit trail, by the caller. */
function auditMembership(
  trx: Executor,
  ctx: { user: { userId: string } },
  {
    organisationId,
    userId,
    action,
    changes,
  }: {
    organisationId: string;
    userId: string;
    action: string;
    changes?: Record<string, { from?: unknown; to?: unknown }>;
  },
) {
  return recordAuditEvent(trx, {
    actorUserId: ctx.user.userId,
    organisationId,
    entityType: 'membership',
    entityId: userId,
    action,
    ...(changes ? { changes } : {}),
  });
}

/** The invited person's account, disabled or not (approving or re-sending needs no more than the address). */
async function invitedUser(trx: Executor, userId: string): Promise<{ id: string; email: string }> {
  const user = await findUserById(trx, userId);
  if (!user) throw new NotFoundError('Member');
  return user;
}

export const memberRouter = router({
  list: organisationAccessProcedure.query(({ ctx }) => listMembers(ctx.db, ctx.organisation.id)),

  /**
   * Invites a person into the organisation. The membership opens once they accept (a new person by choosing a
   * password through the link, someone with an account in the console) and, for an administrator's invitation
   * into an organisation that has coordinators, once a coordinator approves it. The answer is the same whether
   * or not the address has an account.
   */
  invite: organisationManagerProcedure
    .input(InviteMemberSchema.omit({ organisationId: true }))
    .mutation(async ({ ctx, input }) => {
      return ctx.db.transaction().execute(async (trx) => {
        const organisation = await findOrganisation(trx, ctx.organisation.id);
        if (!organisation) throw new NotFoundError('Organisation');
        const existing = await findUserByEmail(trx, input.email);
        if (existing && (await findMembershipRecord(trx, existing.id, organisation.id))) {
          throw new ConflictError(`${input.email} is a member of this organisation, or invited, already`);
        }
        const user =
          existing ?? (await insertUser(trx, { email: input.email, displayName: input.displayName }));
        const approved = await opensWithoutApproval(trx, ctx);
        await insertInvitedMembership(
          trx,
          {
            userId: user.id,
            organisationId: organisation.id,
            role: input.role,
            invitedByUserId: ctx.user.userId,
            invitedName: input.displayName,
            invitedEmail: input.email,
          },
          { approved, now: ctx.services.clock() },
        );
        const invitationLink = approved ? await sendInvitation(trx, ctx, { user, role: input.role }) : null;
        await auditMembership(trx, ctx, {
          organisationId: organisation.id,
          userId: user.id,
          action: 'invite',
          changes: { role: { to: input.role }, ...(approved ? {} : { approval: { to: 'awaiting' } }) },
        });
        return {
          userId: user.id,
          awaitingApproval: !approved,
          invitationLink,
          emailed: ctx.services.config.mailDelivery,
        };
      });
    }),

  /** A coordinator lets an administrator's invitation go ahead; the person is invited now. */
  approve: coordinatorProcedure
    .input(MemberOfOrganisationSchema.omit({ organisationId: true }))
    .mutation(async ({ ctx, input }) => {
      return ctx.db.transaction().execute(async (trx) => {
        const record = await findMembershipRecord(trx, input.userId, ctx.organisation.id);
        if (!record) throw new NotFoundError('Member');
        if (!(await approveMembership(trx, input.userId, ctx.organisation.id, ctx.services.clock()))) {
          throw new ConflictError('This membership needs no approval');
        }
        const user = await invitedUser(trx, input.userId);
        const invitationLink = await sendInvitation(trx, ctx, { user, role: record.role });
        await auditMembership(trx, ctx, {
          organisationId: ctx.organisation.id,
          userId: input.userId,
          action: 'approve',
          changes: { approval: { from: 'awaiting', to: 'approved' } },
        });
        return { invitationLink, emailed: ctx.services.config.mailDelivery };
      });
    }),

  /** Sends the invitation again, with a new link for a person without an account (the old link stops working). */
  resendInvitation: organisationManagerProcedure
    .input(MemberOfOrganisationSchema.omit({ organisationId: true }))
    .mutation(async ({ ctx, input }) => {
      return ctx.db.transaction().execute(async (trx) => {
        const record = await findMembershipRecord(trx, input.userId, ctx.organisation.id);
        if (!record) throw new NotFoundError('Member');
        if (record.acceptedAt) throw new ConflictError('This person has accepted the invitation already');
        if (!record.approvedAt)
          throw new ConflictError('This invitation waits for a coordinator to approve it');
        const user = await invitedUser(trx, input.userId);
        const invitationLink = await sendInvitation(trx, ctx, { user, role: record.role });
        await auditMembership(trx, ctx, {
          organisationId: ctx.organisation.id,
          userId: input.userId,
          action: 'resend_invitation',
        });
        return { invitationLink, emailed: ctx.services.config.mailDelivery };
      });
    }),

  changeRole: organisationManagerProcedure
    .input(ChangeMemberRoleSchema.omit({ organisationId: true }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.transaction().execute(async (trx) => {
        const current = await findMembershipRecord(trx, input.userId, ctx.organisation.id);
        if (!current) throw new NotFoundError('Member');
        // What a coordinator approved stays as approved: an administrator may not raise a role (their own, say).
        if (
          ctx.organisation.role === 'platform_admin' &&
          (await countCoordinators(trx, ctx.organisation.id)) > 0
        ) {
          throw new ForbiddenError("Only the organisation's coordinators change the roles of its members");
        }
        if (current.role === 'coordinator' && input.role !== 'coordinator')
          await keepOneCoordinator(trx, input.userId, ctx.organisation.id);
        await updateMembershipRole(trx, input.userId, ctx.organisation.id, input.role);
        const withdrawn = input.role === 'viewer' && current.specialCategoriesGrantedAt !== null;
        await auditMembership(trx, ctx, {
          organisationId: ctx.organisation.id,
          userId: input.userId,
          action: 'change_role',
          changes: {
            role: { from: current.role, to: input.role },
            // A viewer holds no access to special categories: the move withdraws it.
            ...(withdrawn ? { specialCategories: { from: true, to: false } } : {}),
          },
        });
      });
      return { ok: true as const };
    }),

  /**
   * Grants or withdraws a coordinator's access to special categories (barrier categories): a permission of its own,
   * as in the Beneficiary Module, given by a coordinator who holds it (or, while nobody does, by any coordinator)
   * and withdrawn by any coordinator; an administrator, who sees no participant, cannot give it. Each change is in
   * the organisation's access history.
   */
  setSpecialCategoryAccess: coordinatorProcedure
    .input(SpecialCategoryAccessSchema.omit({ organisationId: true }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.transaction().execute(async (trx) => {
        const current = await findMembershipRecord(trx, input.userId, ctx.organisation.id);
        if (!current) throw new NotFoundError('Member');
        if (current.role !== 'coordinator' || !current.acceptedAt || !current.approvedAt)
          throw new ConflictError('Only a coordinator who has joined the organisation can hold this access');
        if ((current.specialCategoriesGrantedAt !== null) === input.granted) return;
        // Only a holder gives it, so that a coordinator cannot give it to themselves; the first holder of an
        // organisation is the exception (someone must start), recorded like every grant.
        if (
          input.granted &&
          !ctx.organisation.specialCategories &&
          (await hasSpecialCategoryHolder(trx, ctx.organisation.id))
        )
          throw new ForbiddenError(
            'Only a coordinator with access to special categories can give it: ask one of them',
          );
        const grant = input.granted ? { by: ctx.user.userId, at: ctx.services.clock() } : null;
        await setSpecialCategoryAccess(
          trx,
          { userId: input.userId, organisationId: ctx.organisation.id },
          grant,
        );
        await auditMembership(trx, ctx, {
          organisationId: ctx.organisation.id,
          userId: input.userId,
          action: input.granted ? 'grant_special_categories' : 'withdraw_special_categories',
          changes: { specialCategories: { from: !input.granted, to: input.granted } },
        });
      });
      return { ok: true as const };
    }),

  /** Removes a member, or withdraws an invitation (a coordinator declining an administrator's, for instance). */
  remove: organisationManagerProcedure
    .input(RemoveMemberSchema.omit({ organisationId: true }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.transaction().execute(async (trx) => {
        const current = await findMembershipRecord(trx, input.userId, ctx.organisation.id);
        if (!current) throw new NotFoundError('Member');
        if (current.role === 'coordinator') await keepOneCoordinator(trx, input.userId, ctx.organisation.id);
        await deleteMembership(trx, input.userId, ctx.organisation.id);
        await auditMembership(trx, ctx, {
          organisationId: ctx.organisation.id,
          userId: input.userId,
          action: 'remove',
          changes: { role: { from: current.role } },
        });
      });
      return { ok: true as const };
    }),

  /** The invitations waiting for the signed-in person's answer. */
  myInvitations: authedProcedure.query(async ({ ctx }) => {
    const invitations = await invitationsOfUser(ctx.db, ctx.user.userId);
    return invitations.map((invitation) => ({
      ...invitation,
      invitedAt: invitation.invitedAt.toISOString(),
    }));
  }),

  /** The signed-in person accepts an invitation: the organisation opens to them. */
  acceptInvitation: authedProcedure.input(InvitationAnswerSchema).mutation(async ({ ctx, input }) => {
    await ctx.db.transaction().execute(async (trx) => {
      const accepted = await acceptInvitation(trx, ctx.user.userId, {
        organisationId: input.organisationId,
        now: ctx.services.clock(),
      });
      if (!accepted) throw new NotFoundError('Invitation');
      await auditMembership(trx, ctx, {
        organisationId: input.organisationId,
        userId: ctx.user.userId,
        action: 'accept',
      });
    });
    return { ok: true as const };
  }),

  /** The signed-in person declines an invitation: it is withdrawn. */
  declineInvitation: authedProcedure.input(InvitationAnswerSchema).mutation(async ({ ctx, input }) => {
    await ctx.db.transaction().execute(async (trx) => {
      const record = await findMembershipRecord(trx, ctx.user.userId, input.organisationId);
      if (!record || record.acceptedAt || !record.approvedAt) throw new NotFoundError('Invitation');
      await deleteMembership(trx, ctx.user.userId, input.organisationId);
      await auditMembership(trx, ctx, {
        organisationId: input.organisationId,
        userId: ctx.user.userId,
        action: 'decline',
      });
    });
    return { ok: true as const };
  }),
});

async function keepOneCoordinator(trx: Executor, userId: string, organisationId: string): Promise<void> {
  // Only an open coordinator membership counts: withdrawing an invitation never strands the organisation.
  if (!(await findMembership(trx, userId, organisationId))) return;
  if ((await countCoordinators(trx, organisationId)) <= 1) {
    throw new ConflictError(
      'An organisation needs at least one coordinator: make someone else coordinator first',
    );
  }
}
