import type { ActivityType } from '../mobility/activity-types.js';
import type { MobilityDuration } from '../mobility/duration.js';
import type { ParticipantKind } from '../participant/kinds.js';
import type { MobilityFacts } from './facts.js';
import type { RuleResult } from './result.js';
import type { EligibilityRule } from './rules.js';

/** What each check sees: the facts, the activity type with its eligibility row, and the duration if the dates allow. */
export interface Context {
  facts: MobilityFacts;
  type: ActivityType;
  rule: EligibilityRule;
  duration: MobilityDuration | null;
}

export type Check = (context: Context) => RuleResult[];

export const kindName = (kind: ParticipantKind) => kind.replaceAll('_', ' ');
