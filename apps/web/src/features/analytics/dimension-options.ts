import { type AnalyticsDimension, analyticsDimensions, analyticsDimensionValues } from '@mobilis/schema';
import { roleIn, useSignedInUser } from '../../lib/session';

/**
 * The breakdowns a person may choose: every dimension but the flows of the map, and barrier categories (which can
 * reveal health or disability) for coordinators and administrators only, as the server allows.
 */
export function useDimensionOptions(organisationId: string | undefined) {
  const user = useSignedInUser();
  const role = organisationId
    ? roleIn(user, organisationId)
    : user.isPlatformAdmin
      ? 'platform_admin'
      : undefined;
  const mayUseBarrier = role === 'coordinator' || role === 'platform_admin';
  return analyticsDimensionValues
    .filter((dimension) => dimension !== 'flow' && (dimension !== 'barrier' || mayUseBarrier))
    .filter((dimension) => organisationId === undefined || dimension !== 'organisation')
    .map((dimension: AnalyticsDimension) => ({ value: dimension, label: analyticsDimensions[dimension] }));
}
