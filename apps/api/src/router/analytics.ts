import { rollupCallYears } from '@mobilis/db';
import {
  AnalyticsCompareInputSchema,
  AnalyticsOutcomeInputSchema,
  AnalyticsOverviewInputSchema,
} from '@mobilis/schema';
import { type AnalyticsAccess, analyticsProcedure, assertMayUseDimension } from '../analytics/access.js';
import { compareGroups } from '../analytics/compare.js';
import { outcomeDetail } from '../analytics/outcome.js';
import { overview } from '../analytics/overview.js';
import type { TableQuery } from '../analytics/table.js';
import { router } from '../trpc/init.js';

function tableQuery(access: AnalyticsAccess, where?: TableQuery['where']): Omit<TableQuery, 'dimension'> {
  return {
    organisationId: access.organisationId,
    projectId: access.projectId,
    callYear: access.callYear,
    where,
    everyOrganisationVisible: access.role === 'platform_admin',
  };
}

/**
 * What mobilities change, for whom, and whether it lasts. Every figure comes from the server with small-cell
 * suppression applied (k = MOBILIS_MIN_CELL_SIZE): a group of fewer respondents gets no number, nor can one be
 * derived from totals, sibling groups or a wider question.
 */
export const analyticsRouter = router({
  overview: analyticsProcedure.input(AnalyticsOverviewInputSchema).query(async ({ ctx, input }) => {
    assertMayUseDimension(ctx.analytics, input.breakdown);
    if (input.where) assertMayUseDimension(ctx.analytics, input.where.dimension);
    const k = ctx.services.config.minimumCellSize;
    const [result, callYears] = await Promise.all([
      overview(ctx.db, tableQuery(ctx.analytics, input.where), input.breakdown, k),
      rollupCallYears(ctx.db, ctx.analytics),
    ]);
    return { ...result, callYears };
  }),

  outcome: analyticsProcedure.input(AnalyticsOutcomeInputSchema).query(({ ctx, input }) => {
    if (input.where) assertMayUseDimension(ctx.analytics, input.where.dimension);
    return outcomeDetail(
      ctx.db,
      tableQuery(ctx.analytics, input.where),
      input.outcomeCode,
      ctx.services.config.minimumCellSize,
      { withExamples: ctx.analytics.role === 'coordinator' },
    );
  }),

  compare: analyticsProcedure.input(AnalyticsCompareInputSchema).query(({ ctx, input }) => {
    assertMayUseDimension(ctx.analytics, input.groupA.dimension);
    assertMayUseDimension(ctx.analytics, input.groupB.dimension);
    return compareGroups(
      ctx.db,
      tableQuery(ctx.analytics),
      input.groupA,
      input.groupB,
      ctx.services.config.minimumCellSize,
    );
  }),
});
