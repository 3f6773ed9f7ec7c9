import { activityTypeByCode } from '../mobility/activity-types.js';
import { mobilityDurationDays } from '../mobility/duration.js';
import {
  blendedRequired,
  duration,
  fundedTravel,
  longTerm,
  projectMatch,
  targetOutcomes,
  venue,
} from './activity-checks.js';
import type { Check, Context } from './context.js';
import type { MobilityFacts } from './facts.js';
import { ages, group, participantKinds, participationMode } from './participant-checks.js';
import type { RuleResult } from './result.js';
import { eligibilityRules } from './rules.js';

const checks: readonly Check[] = [
  projectMatch,
  duration,
  blendedRequired,
  participationMode,
  participantKinds,
  ages,
  group,
  venue,
  longTerm,
  fundedTravel,
  targetOutcomes,
];

/**
 * Checks a mobility against the eligibility rules of its activity type. Only what is filled in is checked:
 * without an activity type there is nothing to check, and a rule whose inputs are missing is skipped
 * (the lifecycle says which fields each status needs).
 */
export function checkEligibility(facts: MobilityFacts): RuleResult[] {
  if (!facts.activityType) return [];
  const { startDate, endDate, travelDays } = facts;
  const context: Context = {
    facts,
    type: activityTypeByCode(facts.activityType),
    rule: eligibilityRules[facts.activityType],
    duration:
      startDate && endDate && endDate >= startDate
        ? mobilityDurationDays({ startDate, endDate, travelDays })
        : null,
  };
  return checks.flatMap((check) => check(context));
}
