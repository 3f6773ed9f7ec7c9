import { AnalyticsScopeSchema, type MembershipRole } from '@mobilis/schema';
import { TRPCError } from '@trpc/server';
import { authedProcedure, readsFromReplica } from '../trpc/init.js';
import { organisationScope } from '../trpc/scope.js';

/** Whose respondents an analytics question covers, and what the caller may see of them. */
export interface AnalyticsAccess {
  /** Absent: every organisation (platform administrators only). */
  organisationId: string | undefined;
  projectId: string | undefined;
  callYear: number | undefined;
  role: MembershipRole | 'platform_admin';
}

/**
 * Analytics of one organisation (for its members and platform administrators) or of every organisation (platform
 * administrators, e.g. a national agency). A project named in the input must belong to the organisation. For anyone
 * else the organisation does not exist (NOT_FOUND), as everywhere in the API.
 */
export const analyticsProcedure = authedProcedure
  .input(AnalyticsScopeSchema)
  .use(async ({ ctx, input, next }) => {
    let organisationId = input.organisationId;
    let role: AnalyticsAccess['role'] | undefined;
    if (ctx.user.isPlatformAdmin) role = 'platform_admin';
    else if (organisationId)
      // The rule of every organisation procedure, an organisation's second-step requirement included.
      role = (await organisationScope(ctx.db, ctx.user, organisationId, { config: ctx.services.config }))
        ?.role;
    else
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: 'Choose an organisation: only administrators see every organisation',
      });
    if (!role) throw new TRPCError({ code: 'NOT_FOUND', message: 'Organisation not found' });
    if (input.projectId) {
      const project = await ctx.db
        .selectFrom('project')
        .select('organisationId')
        .where('id', '=', input.projectId)
        .executeTakeFirst();
      if (!project || (organisationId && project.organisationId !== organisationId))
        throw new TRPCError({ code: 'NOT_FOUND', message: 'Project not found' });
      organisationId = project.organisationId;
    }
    const analytics: AnalyticsAccess = {
      organisationId,
      projectId: input.projectId,
      callYear: input.callYear,
      role,
    };
    return next({ ctx: { analytics } });
  })
  .use(readsFromReplica);

/** Barrier categories can reveal health or disability: coordinators and administrators only, even aggregated. */
export function assertMayUseDimension(access: AnalyticsAccess, dimension: string): void {
  if (dimension === 'barrier' && access.role === 'viewer')
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: 'Only coordinators can break results down by barrier category',
    });
}
