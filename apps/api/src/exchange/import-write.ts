import {
  type Executor,
  insertPartnersInBulk,
  nextActivityIds,
  upsertIndividualMobilities,
  upsertParticipants,
  withOutcomeRollup,
} from '@mobilis/db';
import type { ImportPlan } from './import-plan.js';

/**
 * Writes a plan, many rows per statement, inside the caller's transaction, with one organisation-wide refresh of
 * the outcome rollup for the whole batch. New mobilities without an activity ID get the project's next ones.
 * Returns how many records it wrote.
 */
export async function writeImportPlan(
  tx: Executor,
  organisationId: string,
  projectId: string,
  plan: ImportPlan,
  onWritten: (records: number) => void = () => {},
): Promise<number> {
  const unnumbered = plan.mobilities.filter((mobility) => !mobility.activityId);
  const activityIds = await nextActivityIds(tx, projectId, unnumbered.length);
  unnumbered.forEach((mobility, index) => {
    mobility.activityId = activityIds[index] ?? null;
  });
  return withOutcomeRollup(tx, organisationId, {}, async (db) => {
    let written = 0;
    await insertPartnersInBulk(db, organisationId, plan.partners);
    written += plan.partners.length;
    onWritten(written);
    await upsertParticipants(db, organisationId, plan.participants);
    written += plan.participants.length;
    onWritten(written);
    await upsertIndividualMobilities(db, organisationId, plan.mobilities);
    written += plan.mobilities.length;
    onWritten(written);
    return written;
  });
}
