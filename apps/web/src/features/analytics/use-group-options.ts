import type { AnalyticsDimension } from '@mobilis/schema';
import { useQuery } from '@tanstack/react-query';
import { dimensionValueLabel } from '../../lib/labels';
import { useTRPC } from '../../lib/trpc';

interface GroupOptionsScope {
  organisationId: string | undefined;
  projectId?: string | undefined;
  callYear?: number | undefined;
}

/**
 * The groups of a breakdown that have respondents, named for a picker: the values of an overview broken down by
 * that dimension (the server knows which exist, and names projects and organisations).
 */
export function useGroupOptions(scope: GroupOptionsScope, dimension: AnalyticsDimension | undefined) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.analytics.overview.queryOptions({
      organisationId: scope.organisationId,
      projectId: scope.projectId,
      callYear: scope.callYear,
      breakdown: dimension ?? 'all',
    }),
    enabled: dimension !== undefined && dimension !== 'all',
    select: (overview) =>
      overview.groups.values.map((value) => ({
        value,
        label: dimensionValueLabel(overview.groups.dimension, value, overview.groups.labels),
      })),
  });
}
