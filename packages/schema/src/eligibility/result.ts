export type RuleId =
  | 'activity-type.project'
  | 'duration.range'
  | 'duration.blended-expected'
  | 'blended.required'
  | 'participation.mode'
  | 'participant.unknown'
  | 'participant.kind'
  | 'participant.age'
  | 'participant.age-unknown'
  | 'group.size'
  | 'group.accompanying'
  | 'group.accompanying-age'
  | 'group.accompanying-age-unknown'
  | 'venue.abroad'
  | 'venue.programme-country'
  | 'long-term.flag'
  | 'travel-days.funded'
  | 'outcomes.target-group';

/**
 * One finding of the rule check. An error blocks completing a mobility; a warning is shown but never blocks.
 * `field` is the path of the mobility field concerned, e.g. `endDate` or `participation.learnerIds.2`.
 */
export interface RuleResult {
  rule: RuleId;
  severity: 'error' | 'warning';
  field: string;
  message: string;
  params: Record<string, string | number | boolean | null>;
}

export function hasErrors(results: readonly RuleResult[]): boolean {
  return results.some((result) => result.severity === 'error');
}
