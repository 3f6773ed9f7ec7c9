import { type AnalyticsDimension, analyticsDimensions, analyticsDimensionValues } from '@mobilis/schema';
import { useSignedInUser } from '../../lib/session';

/**
 * The breakdowns a person may choose: every dimension but the flows of the map, and barrier categories (which can
 * reveal health or disability) only for a member granted access to special categories, as the server allows
 * (platform administrators are not).
 */
export function useDimensionOptions(organisationId: string | undefined) {
  const user = useSignedInUser();
  const mayUseBarrier =
    !user.isPlatformAdmin &&
    organisationId !== undefined &&
    user.memberships.some(
      (membership) => membership.organisationId === organisationId && membership.specialCategories,
    );
  return analyticsDimensionValues
    .filter((dimension) => dimension !== 'flow' && (dimension !== 'barrier' || mayUseBarrier))
    .filter((dimension) => organisationId === undefined || dimension !== 'organisation')
    .map((dimension: AnalyticsDimension) => ({ value: dimension, label: analyticsDimensions[dimension] }));
}
