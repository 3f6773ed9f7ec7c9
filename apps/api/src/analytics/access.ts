import { AnalyticsScopeSchema, type MembershipRole } from '@mobilis/schema';
import { TRPCError } from '@trpc/server';
import { analyticsReads, authedProcedure } from '../trpc/init.js';
import { organisationScope } from '../trpc/scope.js';

/** Whose respondents an analytics question covers, and what the caller may see of them. */
export interface AnalyticsAccess {
  /** Absent: every organisation (platform administrators only). */
  organisationId: string | undefined;
  projectId: string | undefined;
  callYear: number | undefined;
  role: MembershipRole | 'platform_admin';
  /** Whether a member may break results down by barrier category (see trpc/scope.ts). */
  specialCategories: boolean;
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
    let scope: Pick<AnalyticsAccess, 'role' | 'specialCategories'> | undefined;
    if (ctx.user.isPlatformAdmin) scope = { role: 'platform_admin', specialCategories: false };
    else if (organisationId)
      // The rule of every organisation procedure, an organisation's second-step requirement included.
      scope = await organisationScope(ctx.db, ctx.user, organisationId, { config: ctx.services.config });
    else
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: 'Choose an organisation: only administrators see every organisation',
      });
    if (!scope) throw new TRPCError({ code: 'NOT_FOUND', message: 'Organisation not found' });
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
      ...scope,
    };
    return next({ ctx: { analytics } });
  })
  .use(analyticsReads);

/**
 * Barrier categories can reveal health or disability: even aggregated, only for coordinators granted access to
 * special categories (platform administrators are not).
 */
export function assertMayUseDimension(access: AnalyticsAccess, dimension: string): void {
  if (dimension === 'barrier' && !access.specialCategories)
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: 'Breaking results down by barrier category needs access to special categories',
    });
}
