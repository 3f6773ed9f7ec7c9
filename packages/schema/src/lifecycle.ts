import { checkEligibility } from './eligibility/check.js';
import type { MobilityFacts } from './eligibility/facts.js';
import type { RuleResult } from './eligibility/result.js';
import type { MobilityStatus } from './mobility/status.js';

// The mobility status machine. A draft may be incomplete; each later status needs more of the mobility filled in,
// and completing it also needs the eligibility rules to pass without errors (warnings never block).

/** The statuses each status may move to. */
export const mobilityTransitions = {
  draft: ['planned', 'cancelled'],
  planned: ['draft', 'ongoing', 'completed', 'cancelled'],
  ongoing: ['completed', 'cancelled'],
  completed: [],
  cancelled: ['draft'],
} as const satisfies Record<MobilityStatus, readonly MobilityStatus[]>;

export type Requirement = 'participation' | 'activityType' | 'dates' | 'organisations' | 'eligibility';

/** What a mobility needs to enter each status. */
export const statusRequirements = {
  draft: [],
  planned: ['participation', 'activityType', 'dates'],
  ongoing: ['participation', 'activityType', 'dates', 'organisations'],
  completed: ['participation', 'activityType', 'dates', 'organisations', 'eligibility'],
  cancelled: [],
} as const satisfies Record<MobilityStatus, readonly Requirement[]>;

export interface TransitionReason {
  rule: 'lifecycle.transition' | 'lifecycle.required' | RuleResult['rule'];
  field: string;
  message: string;
}

export type TransitionResult = { ok: true } | { ok: false; reasons: TransitionReason[] };

const becoming: Record<MobilityStatus, string> = {
  draft: 'turned back into a draft',
  planned: 'planned',
  ongoing: 'started',
  completed: 'completed',
  cancelled: 'cancelled',
};

function missing(field: string, label: string, to: MobilityStatus): TransitionReason {
  return {
    rule: 'lifecycle.required',
    field,
    message: `${label} is required before the mobility can be ${becoming[to]}`,
  };
}

const requirementChecks: Record<
  Requirement,
  (mobility: MobilityFacts, to: MobilityStatus) => TransitionReason[]
> = {
  participation: (mobility, to) => {
    const participation = mobility.participation;
    const present =
      participation?.mode === 'individual' ||
      (participation?.mode === 'group' && participation.learners.length > 0);
    return present ? [] : [missing('participation', 'A participant (or a group of learners)', to)];
  },
  activityType: (mobility, to) =>
    mobility.activityType ? [] : [missing('activityType', 'Activity type', to)],
  dates: (mobility, to) => {
    const reasons: TransitionReason[] = [];
    if (!mobility.startDate) reasons.push(missing('startDate', 'Start date', to));
    if (!mobility.endDate) reasons.push(missing('endDate', 'End date', to));
    if (mobility.startDate && mobility.endDate && mobility.endDate < mobility.startDate) {
      reasons.push({
        rule: 'lifecycle.required',
        field: 'endDate',
        message: 'End date must not be before the start date',
      });
    }
    return reasons;
  },
  organisations: (mobility, to) => [
    ...(mobility.sendingOrganisationId ? [] : [missing('sendingOrganisationId', 'Sending organisation', to)]),
    ...(mobility.receivingOrganisationId
      ? []
      : [missing('receivingOrganisationId', 'Receiving organisation', to)]),
  ],
  eligibility: (mobility) =>
    checkEligibility(mobility)
      .filter((result) => result.severity === 'error')
      .map(({ rule, field, message }) => ({ rule, field, message })),
};

export function allowedTransitions(from: MobilityStatus): readonly MobilityStatus[] {
  return mobilityTransitions[from];
}

/** Whether a mobility may move from one status to another, and if not, every reason why. */
export function canTransition(
  from: MobilityStatus,
  to: MobilityStatus,
  mobility: MobilityFacts,
): TransitionResult {
  const allowed: readonly MobilityStatus[] = mobilityTransitions[from];
  if (!allowed.includes(to)) {
    const options = allowed.length > 0 ? `it can become ${allowed.join(', ')}` : 'it cannot change any more';
    return {
      ok: false,
      reasons: [
        {
          rule: 'lifecycle.transition',
          field: 'status',
          message: `A ${from} mobility cannot become ${to}: ${options}`,
        },
      ],
    };
  }
  const reasons = statusRequirements[to].flatMap((requirement: Requirement) =>
    requirementChecks[requirement](mobility, to),
  );
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}
