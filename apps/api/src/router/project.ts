import {
  deleteProject,
  diffForAudit,
  type Executor,
  existingOrganisationIds,
  findProject,
  insertProject,
  listProjects,
  updateProject,
} from '@mobilis/db';
import { ProjectCreateSchema, ProjectUpdateSchema } from '@mobilis/schema';
import { z } from 'zod';
import { audit } from '../audit.js';
import { NotFoundError, ValidationError } from '../domain-errors.js';
import { coordinatorProcedure, organisationProcedure, router } from '../trpc/init.js';

const IdInput = z.object({ id: z.uuid({ error: 'Project id must be an id (a UUID)' }) });

export const projectRouter = router({
  list: organisationProcedure.query(({ ctx }) => listProjects(ctx.db, ctx.organisation.id)),

  byId: organisationProcedure.input(IdInput).query(async ({ ctx, input }) => {
    const project = await findProject(ctx.db, ctx.organisation.id, input.id);
    if (!project) throw new NotFoundError('Project');
    return project;
  }),

  create: coordinatorProcedure.input(ProjectCreateSchema).mutation(async ({ ctx, input }) => {
    const { beneficiaryOrganisationId, ...project } = input;
    rejectOtherBeneficiary(beneficiaryOrganisationId, ctx.organisation.id);
    return ctx.db.transaction().execute(async (trx) => {
      await checkConsortium(trx, project.consortiumMemberIds);
      const id = await insertProject(trx, ctx.organisation.id, project);
      await audit(trx, ctx, {
        entityType: 'project',
        entityId: id,
        action: 'create',
        changes: diffForAudit(undefined, project),
      });
      return { id };
    });
  }),

  update: coordinatorProcedure.input(ProjectUpdateSchema).mutation(async ({ ctx, input }) => {
    const { id, beneficiaryOrganisationId, ...changes } = input;
    rejectOtherBeneficiary(beneficiaryOrganisationId, ctx.organisation.id);
    return ctx.db.transaction().execute(async (trx) => {
      const before = await findProject(trx, ctx.organisation.id, id);
      if (!before) throw new NotFoundError('Project');
      const { organisationId, id: _id, ...stored } = before;
      const { beneficiaryOrganisationId: _beneficiary, ...merged } = ProjectCreateSchema.parse({
        ...stored,
        ...changes,
        beneficiaryOrganisationId: organisationId,
      });
      await checkConsortium(trx, merged.consortiumMemberIds);
      await updateProject(trx, ctx.organisation.id, id, merged);
      await audit(trx, ctx, {
        entityType: 'project',
        entityId: id,
        action: 'update',
        changes: diffForAudit(stored, merged),
      });
      return { id };
    });
  }),

  delete: coordinatorProcedure.input(IdInput).mutation(async ({ ctx, input }) => {
    await ctx.db.transaction().execute(async (trx) => {
      if (!(await deleteProject(trx, ctx.organisation.id, input.id))) throw new NotFoundError('Project');
      await audit(trx, ctx, { entityType: 'project', entityId: input.id, action: 'delete' });
    });
    return { ok: true as const };
  }),
});

/** The beneficiary of a project is the organisation that keeps it in Mobilis. */
function rejectOtherBeneficiary(given: string | undefined, organisationId: string): void {
  if (given && given !== organisationId) {
    throw new ValidationError('A project belongs to the organisation that creates it', {
      beneficiaryOrganisationId: ['The beneficiary must be the organisation you are working in'],
    });
  }
}

/** Consortium members are organisations in Mobilis (found with organisation.lookupByOid). */
async function checkConsortium(db: Executor, memberIds: readonly string[]): Promise<void> {
  const known = await existingOrganisationIds(db, memberIds);
  if (memberIds.some((id) => !known.has(id))) {
    throw new ValidationError('A consortium member is not an organisation in Mobilis', {
      consortiumMemberIds: ['Add consortium members by their OID: each must be an organisation in Mobilis'],
    });
  }
}
