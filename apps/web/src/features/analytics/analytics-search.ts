import {
  AnalyticsDimensionSchema,
  type AnalyticsGroup,
  AnalyticsGroupSchema,
  AnalyticsScopeSchema,
} from '@mobilis/schema';

// The search parameters of the analytics pages: which respondents (project, call year, one group only), and on the
// overview how to break them down. Links and bookmarks keep what was chosen.

const groupValue = AnalyticsGroupSchema.shape.value.optional();

export const AnalyticsFiltersSchema = AnalyticsScopeSchema.pick({ projectId: true, callYear: true }).extend({
  breakdown: AnalyticsDimensionSchema.optional(),
  onlyDimension: AnalyticsDimensionSchema.optional(),
  onlyValue: groupValue,
});
export type AnalyticsFilters = ReturnType<typeof AnalyticsFiltersSchema.parse>;

export const CompareSearchSchema = AnalyticsScopeSchema.pick({ projectId: true, callYear: true }).extend({
  aDimension: AnalyticsDimensionSchema.optional(),
  aValue: groupValue,
  bDimension: AnalyticsDimensionSchema.optional(),
  bValue: groupValue,
});
export type CompareSearch = ReturnType<typeof CompareSearchSchema.parse>;

/** The group the filters narrow to, when both its dimension and value are chosen. */
export function onlyGroup(filters: AnalyticsFilters): AnalyticsGroup | undefined {
  return filters.onlyDimension && filters.onlyValue !== undefined
    ? { dimension: filters.onlyDimension, value: filters.onlyValue }
    : undefined;
}

/** The respondents a question covers; without an organisation, every organisation (administrators). */
export function scopeInput(
  organisationId: string | undefined,
  filters: Pick<AnalyticsFilters, 'projectId' | 'callYear'>,
) {
  return { organisationId, projectId: filters.projectId, callYear: filters.callYear };
}

/** The filters an outcome's page and the comparison keep from the overview. */
export function carriedFilters(filters: AnalyticsFilters): AnalyticsFilters {
  return {
    projectId: filters.projectId,
    callYear: filters.callYear,
    onlyDimension: filters.onlyDimension,
    onlyValue: filters.onlyValue,
  };
}
