import { z } from 'zod';
import { id, oneOf, requiredOr, storable, wholeNumber } from '../fields.js';
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
  value: storable(
    'Group value',
    z.string({ error: requiredOr('Group value', 'must be text') }).max(100, 'Group value is too long'),
  ),
});
export type AnalyticsGroup = z.infer<typeof AnalyticsGroupSchema>;

/** Flows (sending → receiving country) are counted for the map only, without answers: no breakdown or filter. */
const notFlow = { error: 'Flows are shown on the map only: choose another breakdown', abort: true };

/** Only respondents in this group, e.g. participants with fewer opportunities. */
const AnalyticsFilterSchema = AnalyticsGroupSchema.refine((group) => group.dimension !== 'flow', {
  ...notFlow,
  path: ['dimension'],
});

export const AnalyticsOverviewInputSchema = AnalyticsScopeSchema.extend({
  breakdown: AnalyticsDimensionSchema.refine((dimension) => dimension !== 'flow', notFlow).default('all'),
  where: AnalyticsFilterSchema.optional(),
});
export type AnalyticsOverviewInput = z.infer<typeof AnalyticsOverviewInputSchema>;

export const AnalyticsItemCodeSchema = z
  .string({ error: requiredOr('Outcome', 'must be text') })
  .regex(/^([LS]\d{2}(\.[a-z-]+)?|cefr\.[a-z_]+)$/, 'Outcome must be an outcome or indicator code, e.g. L05');

export const AnalyticsOutcomeInputSchema = AnalyticsScopeSchema.extend({
  outcomeCode: AnalyticsItemCodeSchema,
  where: AnalyticsFilterSchema.optional(),
});
export type AnalyticsOutcomeInput = z.infer<typeof AnalyticsOutcomeInputSchema>;

/** Group B's value that stands for everyone in the scope outside group A. */
export const everyoneElse = '*';

/**
 * Breakdowns whose groups share no respondent, so two of them (or one and everyone else) can be compared as
 * independent samples. A participant may have several barrier categories, "all" is one group, flows are counted
 * without their answers.
 */
export const comparableDimensions: readonly string[] = analyticsDimensionValues.filter(
  (dimension) => !['all', 'barrier', 'flow'].includes(dimension),
);

export const AnalyticsCompareInputSchema = AnalyticsScopeSchema.extend({
  groupA: AnalyticsGroupSchema,
  groupB: AnalyticsGroupSchema,
}).superRefine((input, context) => {
  if (!comparableDimensions.includes(input.groupA.dimension))
    context.addIssue({
      code: 'custom',
      path: ['groupA', 'dimension'],
      message: 'Group A must be a group of a breakdown whose groups share nobody (not all, barrier or flow)',
    });
  if (input.groupB.dimension !== input.groupA.dimension)
    context.addIssue({
      code: 'custom',
      path: ['groupB', 'dimension'],
      message:
        'Group B must be of the same breakdown as group A: two groups of one breakdown share nobody, so their difference can be tested',
    });
  else if (input.groupB.value === input.groupA.value)
    context.addIssue({
      code: 'custom',
      path: ['groupB', 'value'],
      message: 'Group B must be another group than group A',
    });
});
export type AnalyticsCompareInput = z.infer<typeof AnalyticsCompareInputSchema>;
