import { type Executor, existingPartnerIds, findProject, participantFacts } from '@mobilis/db';
import {
  type ActionType,
  type MobilityFacts,
  mobilityFacts,
  type ParticipantKind,
  type ProgrammeField,
} from '@mobilis/schema';
import { NotFoundError, ValidationError } from '../domain-errors.js';
import { type MobilityFields, participantIdsOf } from './stored-mobility.js';

/**
 * Checks that everything a mobility refers to belongs to the organisation (anything else answers NOT_FOUND,
 * as for an id that does not exist) and returns the facts the eligibility rules and the lifecycle need.
 */
export async function resolveMobilityFacts(
  db: Executor,
  organisationId: string,
  projectId: string,
  mobility: MobilityFields,
): Promise<MobilityFacts> {
  const project = await findProject(db, organisationId, projectId);
  if (!project) throw new NotFoundError('Project');

  if (mobility.consortiumMemberId && !project.consortiumMemberIds.includes(mobility.consortiumMemberId)) {
    throw new ValidationError('The consortium member is not part of this project', {
      consortiumMemberId: ['Choose one of the project’s consortium members'],
    });
  }

  const ids = participantIdsOf(mobility.participation);
  const participants = new Map((await participantFacts(db, organisationId, ids)).map((p) => [p.id, p]));
  if (ids.some((id) => !participants.has(id))) throw new NotFoundError('Participant');

  const partnerIds = [mobility.sendingOrganisationId, mobility.receivingOrganisationId].filter(
    (id): id is string => !!id,
  );
  const partners = await existingPartnerIds(db, organisationId, partnerIds);
  if (partnerIds.some((id) => !partners.has(id))) throw new NotFoundError('Partner organisation');

  return mobilityFacts(
    mobility,
    (id) => {
      const participant = participants.get(id);
      return participant && { kind: participant.kind as ParticipantKind, birthDate: participant.birthDate };
    },
    { actionType: project.actionType as ActionType, field: project.field as ProgrammeField },
  );
}
