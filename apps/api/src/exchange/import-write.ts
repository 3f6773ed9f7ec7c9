import {
  type Executor,
  insertPartnersInBulk,
  nextActivityIds,
  upsertIndividualMobilities,
  upsertParticipants,
  withOutcomeRollup,
} from '@mobilis/db';
import { syncSurveyPlans } from '../survey/survey-plan.js';
import type { ImportPlan } from './import-plan.js';

/**
 * Writes a plan, many rows per statement, inside the caller's transaction, with one organisation-wide refresh of
 * the outcome rollup for the whole batch. New mobilities without an activity ID get the project's next ones;
 * every mobility written gets its survey plan, as one saved in the console does. Returns how many records (not
 * counting surveys) it wrote.
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
  const { created } = plan;
  return withOutcomeRollup(tx, organisationId, {}, async (db) => {
    let written = 0;
    await insertPartnersInBulk(db, organisationId, plan.partners);
    written += plan.partners.length;
    onWritten(written);
    await upsertParticipants(db, organisationId, plan.participants, (id) => created.participants.has(id));
    written += plan.participants.length;
    onWritten(written);
    await upsertIndividualMobilities(db, organisationId, plan.mobilities, (id) => created.mobilities.has(id));
    written += plan.mobilities.length;
    onWritten(written);
    await syncSurveyPlans(
      db,
      organisationId,
      projectId,
      plan.mobilities.map((mobility) => ({
        id: mobility.id,
        isNew: created.mobilities.has(mobility.id),
        status: mobility.status ?? 'draft',
        startDate: mobility.startDate ?? null,
        endDate: mobility.endDate ?? null,
        targetOutcomes: (mobility.targetOutcomes as string[] | null | undefined) ?? null,
        respondent: respondentOf(plan, mobility.participantId),
      })),
    );
    return written;
  });
}

function respondentOf(plan: ImportPlan, participantId: string) {
  const respondent = plan.respondents.get(participantId);
  if (!respondent) throw new Error(`The plan lacks participant ${participantId} of a mobility it writes`);
  return respondent;
}
