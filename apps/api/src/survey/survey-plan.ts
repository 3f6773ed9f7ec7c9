import {
  type BulkStatement,
  deleteUnplannedSurveyStatements,
  deleteUnplannedSurveys,
  type Executor,
  findMobility,
  findSurveySettings,
  insertPlannedSurveyStatements,
  nextTurn,
  type PlannedSurvey,
  surveyRespondents,
  upsertPlannedSurvey,
  upsertPlannedSurveyStatements,
} from '@mobilis/db';
import {
  defaultSurveySettings,
  defaultTargetOutcomes,
  type ParticipantKind,
  type SurveySettings,
  surveyDueDates,
  surveyLocaleFor,
} from '@mobilis/schema';

/** Statuses whose mobilities are measured; drafts are not planned yet, cancelled ones will not happen. */
const measuredStatuses = new Set(['planned', 'ongoing', 'completed']);

export interface SurveyPlanMobility {
  status: string;
  startDate: string | null;
  endDate: string | null;
  targetOutcomes: readonly string[] | null;
}

export interface SurveyRespondent {
  id: string;
  kind: string;
  preferredLanguage: string | null;
}

const groupOutcomes = new Map<ParticipantKind, readonly string[]>();

/** `defaultTargetOutcomes`, worked out once per kind (the catalogue is fixed while the server runs). */
function outcomesOfGroup(kind: ParticipantKind): readonly string[] {
  let codes = groupOutcomes.get(kind);
  if (!codes) {
    codes = defaultTargetOutcomes(kind);
    groupOutcomes.set(kind, codes);
  }
  return codes;
}

/** Whether a mobility's respondents are surveyed. */
function isMeasured(
  mobility: SurveyPlanMobility,
): mobility is SurveyPlanMobility & { startDate: string; endDate: string } {
  return measuredStatuses.has(mobility.status) && Boolean(mobility.startDate) && Boolean(mobility.endDate);
}

export type RespondentSurvey = Omit<PlannedSurvey, 'organisationId' | 'mobilityId'>;

/**
 * The rule of a survey plan, for one respondent of a mobility: a survey per wave, due on the dates the project's
 * settings give, asking about the mobility's targets that apply to the respondent's group (learner or staff), else
 * all of the group's, in the respondent's language. None when the mobility is not measured (a draft, cancelled, or
 * without dates).
 */
export function respondentSurveys(
  mobility: SurveyPlanMobility,
  respondent: SurveyRespondent,
  settings: SurveySettings,
): RespondentSurvey[] {
  if (!isMeasured(mobility)) return [];
  const dueDates = surveyDueDates({ startDate: mobility.startDate, endDate: mobility.endDate }, settings);
  const applicable = outcomesOfGroup(respondent.kind as ParticipantKind);
  const targeted = (mobility.targetOutcomes ?? []).filter((code) => applicable.includes(code));
  const outcomeCodes = targeted.length > 0 ? targeted : applicable;
  const locale = surveyLocaleFor(respondent.preferredLanguage);
  return Object.entries(dueDates).map(([wave, dueDate]) => ({
    participantId: respondent.id,
    wave,
    dueDate,
    outcomeCodes: [...outcomeCodes],
    locale,
  }));
}

export async function projectSurveySettings(db: Executor, projectId: string): Promise<SurveySettings> {
  return (await findSurveySettings(db, projectId)) ?? defaultSurveySettings;
}

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
  const measured = isMeasured(mobility);
  const settings = measured ? await projectSurveySettings(db, mobility.projectId) : defaultSurveySettings;
  const respondents = measured ? await surveyRespondents(db, mobilityId) : [];
  const planned: Array<{ participantId: string; wave: string }> = [];
  for (const respondent of respondents) {
    for (const survey of respondentSurveys(mobility, respondent, settings)) {
      await upsertPlannedSurvey(db, { organisationId, mobilityId, ...survey });
      planned.push(survey);
    }
  }
  await deleteUnplannedSurveys(db, mobilityId, planned);
}

/** An individual mobility of a batch with its one respondent; `isNew` when the batch created it. */
export interface BatchMobility extends SurveyPlanMobility {
  id: string;
  isNew: boolean;
  respondent: SurveyRespondent;
}

/**
 * `syncSurveyPlan` for a batch of individual mobilities of one project (an import), with the same rule, as a few
 * set-based statements for `runInOrder`: new mobilities get their surveys inserted; for the others, planned
 * surveys move or are added and those no longer planned are dropped, while surveys that went out stay as they are.
 */
export async function* surveyPlanStatements(
  organisationId: string,
  settings: SurveySettings,
  mobilities: readonly BatchMobility[],
): AsyncGenerator<BulkStatement> {
  const created: PlannedSurvey[] = [];
  const changed: PlannedSurvey[] = [];
  for (const [index, mobility] of mobilities.entries()) {
    const target = mobility.isNew ? created : changed;
    for (const survey of respondentSurveys(mobility, mobility.respondent, settings))
      target.push({ organisationId, mobilityId: mobility.id, ...survey });
    if (index % 10_000 === 9_999) await nextTurn();
  }
  yield* insertPlannedSurveyStatements(organisationId, created);
  const existing = mobilities.filter((mobility) => !mobility.isNew).map((mobility) => mobility.id);
  if (existing.length > 0) {
    yield* upsertPlannedSurveyStatements(organisationId, changed);
    yield* deleteUnplannedSurveyStatements(existing, changed);
  }
}
