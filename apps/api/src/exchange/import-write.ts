import {
  type Executor,
  individualMobilityStatements,
  nextActivityIds,
  participantStatements,
  partnerStatements,
  runInOrder,
  withOutcomeRollup,
} from '@mobilis/db';
import { projectSurveySettings, surveyPlanStatements } from '../survey/survey-plan.js';
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
  const settings = await projectSurveySettings(tx, projectId);
  const { created } = plan;
  async function* statements() {
    yield* partnerStatements(organisationId, plan.partners);
    yield* participantStatements(organisationId, plan.participants, (id) => created.participants.has(id));
    yield* individualMobilityStatements(organisationId, plan.mobilities, (id) => created.mobilities.has(id));
    yield* surveyPlanStatements(
      organisationId,
      settings,
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
  }
  await withOutcomeRollup(tx, organisationId, {}, (db) => runInOrder(db, statements(), onWritten));
  return plan.partners.length + plan.participants.length + plan.mobilities.length;
}

function respondentOf(plan: ImportPlan, participantId: string) {
  const respondent = plan.respondents.get(participantId);
  if (!respondent) throw new Error(`The plan lacks participant ${participantId} of a mobility it writes`);
  return respondent;
}
