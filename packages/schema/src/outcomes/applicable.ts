import { type ParticipantKind, targetGroupOf } from '../participant/kinds.js';
import { outcomesForGroup } from './catalogue.js';
import { type CatalogueVersion, currentCatalogueVersion, type OutcomeCode } from './definitions.js';
import type { Outcome } from './schema.js';

/** The outcomes that apply to a participant of this kind: those of their target group. */
export function outcomesForParticipant(
  kind: ParticipantKind,
  version: CatalogueVersion = currentCatalogueVersion,
): Outcome[] {
  return outcomesForGroup(targetGroupOf(kind), version);
}

/** The outcomes a mobility targets when none are chosen: all outcomes of the participant's group. */
export function defaultTargetOutcomes(
  kind: ParticipantKind,
  version: CatalogueVersion = currentCatalogueVersion,
): OutcomeCode[] {
  return outcomesForParticipant(kind, version).map((outcome) => outcome.code);
}
