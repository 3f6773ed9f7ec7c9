import type { IsoDate } from '../dates.js';
import type { ActivityTypeCode } from '../mobility/activity-types.js';
import type { Mobility } from '../mobility/mobility.js';
import type { MeansOfTransport } from '../mobility/transport.js';
import type { OutcomeCode } from '../outcomes/definitions.js';
import type { ParticipantKind } from '../participant/kinds.js';
import type { ActionType, ProgrammeField } from '../project/actions.js';

// What the eligibility rules and the lifecycle look at: a mobility with its participants' kinds and birth dates
// resolved, since a mobility itself only holds participant ids.

export interface ParticipantFacts {
  id?: string;
  /** Missing when the participant could not be found. */
  kind?: ParticipantKind | null;
  birthDate?: IsoDate | null;
}

export type ParticipationFacts =
  | { mode: 'individual'; participant: ParticipantFacts }
  | {
      mode: 'group';
      learners: readonly ParticipantFacts[];
      accompanyingPersons: readonly ParticipantFacts[];
    };

export interface MobilityFacts {
  activityType?: ActivityTypeCode | null;
  participation?: ParticipationFacts | null;
  sendingOrganisationId?: string | null;
  receivingOrganisationId?: string | null;
  origin?: { country: string } | null;
  destination?: { country: string } | null;
  startDate?: IsoDate | null;
  endDate?: IsoDate | null;
  travelDays?: number | null;
  blended?: boolean | null;
  meansOfTransport?: MeansOfTransport | null;
  longTerm?: boolean | null;
  targetOutcomes?: readonly OutcomeCode[] | null;
  /** The mobility's project, to check that the activity type belongs to its action and field. */
  project?: { actionType: ActionType; field: ProgrammeField } | null;
}

export type MobilityLike = Partial<Omit<Mobility, 'id' | 'projectId' | 'status'>>;

/** Builds the facts from a mobility, a participant look-up (by id) and optionally its project. */
export function mobilityFacts(
  mobility: MobilityLike,
  findParticipant: (id: string) => Omit<ParticipantFacts, 'id'> | undefined,
  project?: MobilityFacts['project'],
): MobilityFacts {
  const resolve = (id: string): ParticipantFacts => ({ id, ...findParticipant(id) });
  const participation = mobility.participation;
  return {
    ...mobility,
    participation:
      participation == null
        ? participation
        : participation.mode === 'individual'
          ? { mode: 'individual', participant: resolve(participation.participantId) }
          : {
              mode: 'group',
              learners: participation.learnerIds.map(resolve),
              accompanyingPersons: participation.accompanyingPersonIds.map(resolve),
            },
    project,
  };
}
