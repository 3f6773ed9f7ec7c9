import { oneOf } from '../fields.js';
import type { TargetGroup } from '../outcomes/definitions.js';

/**
 * Who takes part, each mapped to the outcome target group that applies to them. Learners: the six groups the
 * Programme Guide names. Staff: teachers (incl. higher-education teaching staff), trainers, youth workers, other
 * education staff (school leaders, administrators, guidance staff) and professionals from outside education
 * (e.g. invited experts, staff of enterprises).
 */
export const participantKinds = {
  pupil: 'learner',
  student: 'learner',
  trainee: 'learner',
  apprentice: 'learner',
  adult_learner: 'learner',
  young_person: 'learner',
  teacher: 'staff',
  trainer: 'staff',
  youth_worker: 'staff',
  staff: 'staff',
  professional: 'staff',
} as const satisfies Record<string, TargetGroup>;

export type ParticipantKind = keyof typeof participantKinds;

export const participantKindValues = Object.keys(participantKinds) as [ParticipantKind, ...ParticipantKind[]];

export const ParticipantKindSchema = oneOf('Participant kind', participantKindValues);

export function targetGroupOf(kind: ParticipantKind): TargetGroup {
  return participantKinds[kind];
}

export const learnerKinds = participantKindValues.filter((kind) => participantKinds[kind] === 'learner');
export const staffKinds = participantKindValues.filter((kind) => participantKinds[kind] === 'staff');
