import {
  answerParticipantRequest,
  type ErasureReport,
  type Executor,
  eraseParticipant,
  findParticipant,
  hasUnfinishedImport,
  lockOrganisationImports,
  recordAuditEvent,
} from '@mobilis/db';
import { ConflictError } from '../domain-errors.js';

/**
 * Erases a participant's personal data in the caller's transaction (packages/db/src/repositories/erasure.ts),
 * answers their erasure request if they made one, and records the erasure: who did it (or the retention schedule)
 * and what it removed, never whose data it was. Undefined when there is no such participant, or they were erased.
 */
export async function erasePersonalData(
  trx: Executor,
  {
    organisationId,
    participantId,
    by,
    reason,
    now,
  }: {
    organisationId: string;
    participantId: string;
    by: string | null;
    reason: 'request' | 'retention';
    now: Date;
  },
): Promise<ErasureReport | undefined> {
  const person = await findParticipant(trx, organisationId, participantId, { withBarriers: false });
  if (!person || person.erasedAt) return undefined;
  await lockOrganisationImports(trx, organisationId);
  if (await hasUnfinishedImport(trx, organisationId))
    throw new ConflictError(
      'An import is waiting or running: confirm or cancel it first, since its file may hold this person',
    );
  const report = await eraseParticipant(trx, { organisationId, participantId, now });
  if (!report) return undefined;
  if (by) await answerParticipantRequest(trx, { organisationId, participantId, kind: 'erasure', by, now });
  await recordAuditEvent(trx, {
    actorUserId: by,
    organisationId,
    entityType: 'participant',
    entityId: participantId,
    action: 'erase',
    changes: {
      reason: { to: reason },
      ...Object.fromEntries(Object.entries(report).map(([key, to]) => [key, { to }])),
    },
  });
  return report;
}
