import {
  deleteUnplannedSurveys,
  type Executor,
  findMobility,
  findSurveySettings,
  surveyRespondents,
  upsertPlannedSurvey,
} from '@mobilis/db';
import {
  defaultSurveySettings,
  defaultTargetOutcomes,
  type ParticipantKind,
  surveyDueDates,
  surveyLocaleFor,
} from '@mobilis/schema';

/** Statuses whose mobilities are measured; drafts are not planned yet, cancelled ones will not happen. */
const measuredStatuses = new Set(['planned', 'ongoing', 'completed']);

/**
 * Brings a mobility's survey plan in line with the mobility: one survey per respondent and wave, due on the
 * dates the project's settings give. Surveys that went out stay as they are; planned ones move with the dates,
 * and disappear when the mobility is no longer measured or the participant left it.
 */
export async function syncSurveyPlan(
  db: Executor,
  organisationId: string,
  mobilityId: string,
): Promise<void> {
  const mobility = await findMobility(db, organisationId, mobilityId);
  if (!mobility) return;
  const measured = measuredStatuses.has(mobility.status) && mobility.startDate && mobility.endDate;
  if (!measured || !mobility.startDate || !mobility.endDate) {
    await deleteUnplannedSurveys(db, mobilityId, []);
    return;
  }
  const settings = (await findSurveySettings(db, mobility.projectId)) ?? defaultSurveySettings;
  const dueDates = surveyDueDates({ startDate: mobility.startDate, endDate: mobility.endDate }, settings);
  const planned: Array<{ participantId: string; wave: string }> = [];
  for (const respondent of await surveyRespondents(db, mobilityId)) {
    // The mobility's targets that apply to this respondent's group (learner or staff), else all of the group's.
    const applicable: string[] = defaultTargetOutcomes(respondent.kind as ParticipantKind);
    const targeted = (mobility.targetOutcomes ?? []).filter((code) => applicable.includes(code));
    const outcomeCodes = targeted.length > 0 ? targeted : applicable;
    for (const [wave, dueDate] of Object.entries(dueDates)) {
      await upsertPlannedSurvey(db, {
        organisationId,
        mobilityId,
        participantId: respondent.id,
        wave,
        dueDate,
        outcomeCodes: [...outcomeCodes],
        locale: surveyLocaleFor(respondent.preferredLanguage),
      });
      planned.push({ participantId: respondent.id, wave });
    }
  }
  await deleteUnplannedSurveys(db, mobilityId, planned);
}
