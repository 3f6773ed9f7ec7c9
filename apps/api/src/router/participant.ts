import {
  deleteParticipant,
  diffForAudit,
  findParticipant,
  insertParticipant,
  listParticipants,
  updateParticipant,
} from '@mobilis/db';
import {
  ParticipantCreateSchema,
  ParticipantListQuerySchema,
  ParticipantUpdateSchema,
} from '@mobilis/schema';
import { z } from 'zod';
import { audit } from '../audit.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { NotFoundError } from '../domain-errors.js';
import { coordinatorProcedure, organisationProcedure, readsFromReplica, router } from '../trpc/init.js';

/** Never copied into the audit log: named only. */
export const sensitiveParticipantFields = [
  'birthDate',
  'gender',
  'fewerOpportunities',
  'barriers',
  'esi',
  'email',
] as const;

const IdInput = z.object({ id: z.uuid({ error: 'Participant id must be an id (a UUID)' }) });
const ParticipantCursorSchema = z.object({ familyName: z.string(), givenName: z.string(), id: z.uuid() });

export const participantRouter = router({
  list: organisationProcedure
    .input(ParticipantListQuerySchema)
    .use(readsFromReplica)
    .query(async ({ ctx, input }) => {
      const { rows, total } = await listParticipants(ctx.db, ctx.organisation.id, {
        ...input,
        after: decodeCursor(input.cursor, ParticipantCursorSchema),
      });
      const last = rows.at(-1);
      return {
        rows,
        total,
        nextCursor:
          rows.length === input.limit && last
            ? encodeCursor({ familyName: last.familyName, givenName: last.givenName, id: last.id })
            : null,
      };
    }),

  /** Barrier categories are returned to coordinators only (null for viewers). */
  byId: organisationProcedure.input(IdInput).query(async ({ ctx, input }) => {
    const participant = await findParticipant(ctx.db, ctx.organisation.id, input.id, {
      withBarriers: ctx.organisation.role === 'coordinator',
    });
    if (!participant) throw new NotFoundError('Participant');
    return participant;
  }),

  create: coordinatorProcedure.input(ParticipantCreateSchema).mutation(async ({ ctx, input }) => {
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
    return ctx.db.transaction().execute(async (trx) => {
      const before = await findParticipant(trx, ctx.organisation.id, id, { withBarriers: true });
      if (!before) throw new NotFoundError('Participant');
      const merged = ParticipantCreateSchema.parse({ ...before, ...changes });
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
