import { z } from 'zod';
import { id, oneOf, requiredOr, wholeNumber } from '../fields.js';
import { analyticsDimensionValues } from './dimensions.js';

/**
 * Which respondents a question is about. Without `organisationId` it covers every organisation, which only
 * platform administrators may ask; everyone else names an organisation they belong to.
 */
export const AnalyticsScopeSchema = z.object({
  organisationId: id('Organisation').optional(),
  projectId: id('Project').optional(),
  callYear: wholeNumber('Call year', { min: 2021, max: 2035 }).optional(),
});
export type AnalyticsScope = z.infer<typeof AnalyticsScopeSchema>;

export const AnalyticsDimensionSchema = oneOf('Breakdown', analyticsDimensionValues);

/** One group of respondents by a value of a dimension, e.g. gender = female. */
export const AnalyticsGroupSchema = z.object({
  dimension: AnalyticsDimensionSchema,
  value: z.string({ error: requiredOr('Group value', 'must be text') }).max(100, 'Group value is too long'),
});
export type AnalyticsGroup = z.infer<typeof AnalyticsGroupSchema>;

export const AnalyticsOverviewInputSchema = AnalyticsScopeSchema.extend({
  breakdown: AnalyticsDimensionSchema.default('all'),
  /** Only respondents in this group, e.g. participants with fewer opportunities. */
  where: AnalyticsGroupSchema.optional(),
});
export type AnalyticsOverviewInput = z.infer<typeof AnalyticsOverviewInputSchema>;

export const AnalyticsItemCodeSchema = z
  .string({ error: requiredOr('Outcome', 'must be text') })
  .regex(/^([LS]\d{2}(\.[a-z-]+)?|cefr\.[a-z_]+)$/, 'Outcome must be an outcome or indicator code, e.g. L05');

export const AnalyticsOutcomeInputSchema = AnalyticsScopeSchema.extend({
  outcomeCode: AnalyticsItemCodeSchema,
  where: AnalyticsGroupSchema.optional(),
});
export type AnalyticsOutcomeInput = z.infer<typeof AnalyticsOutcomeInputSchema>;

export const AnalyticsCompareInputSchema = AnalyticsScopeSchema.extend({
  groupA: AnalyticsGroupSchema,
  groupB: AnalyticsGroupSchema,
});
export type AnalyticsCompareInput = z.infer<typeof AnalyticsCompareInputSchema>;
