import {
  deleteMobility,
  diffForAudit,
  findMobility,
  insertMobility,
  listMobilities,
  setMobilityStatus,
  updateMobility,
} from '@mobilis/db';
import {
  allowedTransitions,
  canTransition,
  checkEligibility,
  MobilityCreateSchema,
  MobilityListQuerySchema,
  MobilityStatusChangeSchema,
  MobilityUpdateSchema,
  mobilityMetrics,
} from '@mobilis/schema';
import { z } from 'zod';
import { audit } from '../audit.js';
import { decodeCursor, keysetPage } from '../cursor.js';
import { NotFoundError, ValidationError } from '../domain-errors.js';
import { resolveMobilityFacts } from '../mobility/facts.js';
import { fromStoredMobility, participantLinks, toStoredMobility } from '../mobility/stored-mobility.js';
import { syncSurveyPlan } from '../survey/survey-plan.js';
import type { Context } from '../trpc/context.js';
import { coordinatorProcedure, listReads, organisationProcedure, router } from '../trpc/init.js';

const IdInput = z.object({ id: z.uuid({ error: 'Mobility id must be an id (a UUID)' }) });
const MobilityCursorSchema = z.object({ startDate: z.iso.date().nullable(), id: z.uuid() });

async function loadMobility(db: Context['db'], organisationId: string, id: string) {
  const row = await findMobility(db, organisationId, id);
  if (!row) throw new NotFoundError('Mobility');
  return { row, fields: fromStoredMobility(row) };
}

const mobilitySortValues = (row: { startDate: string | null; id: string }) => ({
  startDate: row.startDate,
  id: row.id,
});

export const mobilityRouter = router({
  list: organisationProcedure
    .input(MobilityListQuerySchema)
    .use(listReads)
    .query(async ({ ctx, input }) => {
      const page = await listMobilities(ctx.db, ctx.organisation.id, {
        ...input,
        after: decodeCursor(input.cursor, MobilityCursorSchema),
      });
      return keysetPage(page, input.limit, mobilitySortValues);
    }),

  /** Mobilities that other organisations' consortium projects send on this organisation's behalf (read only). */
  sentForUs: organisationProcedure.input(MobilityListQuerySchema).query(async ({ ctx, input }) => {
    const page = await listMobilities(
      ctx.db,
      ctx.organisation.id,
      { ...input, after: decodeCursor(input.cursor, MobilityCursorSchema) },
      { as: 'consortium_member' },
    );
    return keysetPage(page, input.limit, mobilitySortValues);
  }),

  /** The mobility, its participants, derived figures, eligibility results and where its status can go next. */
  byId: organisationProcedure.input(IdInput).query(async ({ ctx, input }) => {
    const { row, fields } = await loadMobility(ctx.db, ctx.organisation.id, input.id);
    const facts = await resolveMobilityFacts(ctx.db, ctx.organisation.id, row.projectId, fields);
    return {
      id: row.id,
      projectId: row.projectId,
      ...fields,
      participants: row.participants,
      metrics: mobilityMetrics(fields),
      eligibility: checkEligibility(facts),
      transitions: allowedTransitions(fields.status).map((to) => ({
        to,
        ...canTransition(fields.status, to, facts),
      })),
      updatedAt: row.updatedAt.toISOString(),
    };
  }),

  create: coordinatorProcedure.input(MobilityCreateSchema).mutation(async ({ ctx, input }) => {
    const { projectId, ...fields } = input;
    return ctx.db.transaction().execute(async (trx) => {
      await resolveMobilityFacts(trx, ctx.organisation.id, projectId, fields);
      const id = await insertMobility(
        trx,
        ctx.organisation.id,
        toStoredMobility(projectId, fields),
        participantLinks(fields.participation),
      );
      await audit(trx, ctx, {
        entityType: 'mobility',
        entityId: id,
        action: 'create',
        changes: diffForAudit(undefined, fields),
      });
      return { id };
    });
  }),

  update: coordinatorProcedure.input(MobilityUpdateSchema).mutation(async ({ ctx, input }) => {
    const { id, ...changes } = input;
    return ctx.db.transaction().execute(async (trx) => {
      const { row, fields: before } = await loadMobility(trx, ctx.organisation.id, id);
      const { status: _status, ...stored } = before;
      const { projectId: _projectId, ...merged } = MobilityCreateSchema.parse({
        ...stored,
        ...changes,
        projectId: row.projectId,
      });
      await resolveMobilityFacts(trx, ctx.organisation.id, row.projectId, merged);
      await updateMobility(
        trx,
        ctx.organisation.id,
        id,
        toStoredMobility(row.projectId, merged),
        participantLinks(merged.participation),
      );
      await syncSurveyPlan(trx, ctx.organisation.id, id);
      await audit(trx, ctx, {
        entityType: 'mobility',
        entityId: id,
        action: 'update',
        changes: diffForAudit(stored, merged),
      });
      return { id };
    });
  }),

  /** Moves a mobility through its lifecycle; a refused change lists every reason, field by field. */
  changeStatus: coordinatorProcedure.input(MobilityStatusChangeSchema).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction().execute(async (trx) => {
      const { row, fields } = await loadMobility(trx, ctx.organisation.id, input.id);
      const facts = await resolveMobilityFacts(trx, ctx.organisation.id, row.projectId, fields);
      const result = canTransition(fields.status, input.status, facts);
      if (!result.ok) {
        const fieldErrors: Record<string, string[]> = {};
        for (const reason of result.reasons)
          fieldErrors[reason.field] = [...(fieldErrors[reason.field] ?? []), reason.message];
        throw new ValidationError(result.reasons.map((reason) => reason.message).join('; '), fieldErrors);
      }
      await setMobilityStatus(trx, ctx.organisation.id, input.id, input.status);
      await syncSurveyPlan(trx, ctx.organisation.id, input.id);
      await audit(trx, ctx, {
        entityType: 'mobility',
        entityId: input.id,
        action: 'status',
        changes: { status: { from: fields.status, to: input.status } },
      });
      return { id: input.id, status: input.status };
    });
  }),

  delete: coordinatorProcedure.input(IdInput).mutation(async ({ ctx, input }) => {
    await ctx.db.transaction().execute(async (trx) => {
      if (!(await deleteMobility(trx, ctx.organisation.id, input.id))) throw new NotFoundError('Mobility');
      await audit(trx, ctx, { entityType: 'mobility', entityId: input.id, action: 'delete' });
    });
    return { ok: true as const };
  }),
});
