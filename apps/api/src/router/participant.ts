import {
  deleteParticipant,
  diffForAudit,
  findParticipant,
  insertParticipant,
  listParticipants,
  openParticipantRequests,
  updateParticipant,
} from '@mobilis/db';
import {
  ParticipantCreateSchema,
  ParticipantListQuerySchema,
  ParticipantUpdateSchema,
} from '@mobilis/schema';
import { z } from 'zod';
import { audit } from '../audit.js';
import { decodeCursor, keysetPage } from '../cursor.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../domain-errors.js';
import { erasePersonalData } from '../privacy/erasure.js';
import { coordinatorProcedure, listReads, organisationProcedure, router } from '../trpc/init.js';

/** Never copied into the audit log: named only. */
export const sensitiveParticipantFields = [
  'birthDate',
  'gender',
  'fewerOpportunities',
  'barriers',
  'esi',
  'email',
] as const;

/**
 * Barrier categories can reveal health or disability (GDPR Art. 9): only a coordinator granted access to special
 * categories records them. Without it, a write naming barriers is refused, and one that does not name them leaves
 * the stored ones as they are (cleared only with "fewer opportunities").
 */
function guardBarriers(
  organisation: { specialCategories: boolean },
  barriers: readonly string[] | undefined,
): void {
  if (!organisation.specialCategories && barriers && barriers.length > 0)
    throw new ForbiddenError(
      'Recording barrier categories needs access to special categories: ask a coordinator who has it',
    );
}

const IdInput = z.object({ id: z.uuid({ error: 'Participant id must be an id (a UUID)' }) });
const ParticipantCursorSchema = z.object({ familyName: z.string(), givenName: z.string(), id: z.uuid() });

export const participantRouter = router({
  list: organisationProcedure
    .input(ParticipantListQuerySchema)
    .use(listReads)
    .query(async ({ ctx, input }) => {
      const page = await listParticipants(ctx.db, ctx.organisation.id, {
        ...input,
        after: decodeCursor(input.cursor, ParticipantCursorSchema),
      });
      return keysetPage(page, input.limit, ({ familyName, givenName, id }) => ({
        familyName,
        givenName,
        id,
      }));
    }),

  /** What participants asked about their data (a copy, an erasure) and nobody has answered yet. */
  openRequests: coordinatorProcedure.query(({ ctx }) => openParticipantRequests(ctx.db, ctx.organisation.id)),

  /** Barrier categories only for a member with access to special categories (null for everyone else). */
  byId: organisationProcedure.input(IdInput).query(async ({ ctx, input }) => {
    const participant = await findParticipant(ctx.db, ctx.organisation.id, input.id, {
      withBarriers: ctx.organisation.specialCategories,
    });
    if (!participant) throw new NotFoundError('Participant');
    return participant;
  }),

  create: coordinatorProcedure.input(ParticipantCreateSchema).mutation(async ({ ctx, input }) => {
    guardBarriers(ctx.organisation, input.barriers);
    return ctx.db.transaction().execute(async (trx) => {
      const id = await insertParticipant(trx, ctx.organisation.id, input);
      await audit(trx, ctx, {
        entityType: 'participant',
        entityId: id,
        action: 'create',
        changes: diffForAudit(undefined, input, sensitiveParticipantFields),
      });
      return { id };
    });
  }),

  update: coordinatorProcedure.input(ParticipantUpdateSchema).mutation(async ({ ctx, input }) => {
    const { id, ...changes } = input;
    guardBarriers(ctx.organisation, changes.barriers);
    return ctx.db.transaction().execute(async (trx) => {
      const before = await findParticipant(trx, ctx.organisation.id, id, { withBarriers: true });
      if (!before) throw new NotFoundError('Participant');
      if (before.erasedAt) throw new ConflictError("This participant's personal data was erased");
      const { erasedAt: _erased, ...stored } = before;
      const merged = ParticipantCreateSchema.parse({
        ...stored,
        ...changes,
        ...(ctx.organisation.specialCategories
          ? {}
          : { barriers: (changes.fewerOpportunities ?? before.fewerOpportunities) ? before.barriers : [] }),
      });
      await updateParticipant(trx, ctx.organisation.id, id, merged);
      await audit(trx, ctx, {
        entityType: 'participant',
        entityId: id,
        action: 'update',
        changes: diffForAudit(before, merged, sensitiveParticipantFields),
      });
      return { id };
    });
  }),

  /**
   * Erases the participant's personal data (GDPR Art. 17) everywhere Mobilis holds it, keeping only what the
   * programme's statistics need, without identity (packages/db/src/repositories/erasure.ts). Not while an import
   * is unfinished: its file could bring the person back. The audit log keeps that an erasure happened and what it
   * removed, never whose data it was.
   */
  erase: coordinatorProcedure.input(IdInput).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction().execute(async (trx) => {
      const report = await erasePersonalData(trx, {
        organisationId: ctx.organisation.id,
        participantId: input.id,
        by: ctx.user.userId,
        reason: 'request',
        now: ctx.services.clock(),
      });
      if (!report) throw new NotFoundError('Participant');
      return report;
    });
  }),

  /** Removes the participant and their place in mobilities; the audit log keeps that it happened. */
  delete: coordinatorProcedure.input(IdInput).mutation(async ({ ctx, input }) => {
    await ctx.db.transaction().execute(async (trx) => {
      if (!(await deleteParticipant(trx, ctx.organisation.id, input.id)))
        throw new NotFoundError('Participant');
      await audit(trx, ctx, { entityType: 'participant', entityId: input.id, action: 'delete' });
    });
    return { ok: true as const };
  }),
});
