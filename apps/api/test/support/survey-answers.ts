import {
  type Executor,
  markSurveyInvited,
  saveSurveyAnswer,
  saveSurveyExample,
  saveSurveyLanguageRating,
  setSurveyConsent,
  submitSurvey,
} from '@mobilis/db';
import { type OutcomeCode, outcomeByCode } from '@mobilis/schema';
import { participantInput } from './fixtures.js';
import type { Caller } from './harness.js';

export interface WaveAnswers {
  /** The same rating for every indicator the survey asks. */
  rating: number;
  retrospective?: number;
  languageLevel?: string;
  example?: string;
}

/**
 * Sends a participant's survey and answers it as the survey pages would, through the same repository functions
 * (so the outcome rollup is maintained as in production).
 */
export async function answerSurvey(
  db: Executor,
  survey: { id: string; outcomeCodes: string[] },
  answers: WaveAnswers,
  now: Date,
): Promise<void> {
  await markSurveyInvited(db, survey.id, now);
  await setSurveyConsent(db, survey.id, false, now);
  for (const code of survey.outcomeCodes) {
    for (const indicator of outcomeByCode(code as OutcomeCode)?.indicators ?? [])
      await saveSurveyAnswer(db, {
        surveyId: survey.id,
        indicatorCode: indicator.code,
        rating: answers.rating,
        notApplicable: false,
        retrospectiveRating: answers.retrospective ?? null,
        retrospectiveNotApplicable: false,
      });
    if (answers.example) await saveSurveyExample(db, survey.id, code, answers.example);
  }
  if (answers.languageLevel) await saveSurveyLanguageRating(db, survey.id, 'reading', answers.languageLevel);
  await submitSurvey(db, survey.id, `MOB-${survey.id.slice(0, 8)}`, now);
}

export async function surveysOf(db: Executor, mobilityId: string) {
  const rows = await db
    .selectFrom('survey')
    .select(['id', 'wave', 'outcomeCodes'])
    .where('mobilityId', '=', mobilityId)
    .execute();
  const byWave = (wave: string) => {
    const survey = rows.find((row) => row.wave === wave);
    if (!survey) throw new Error(`No ${wave} survey planned for mobility ${mobilityId}`);
    return survey;
  };
  return { baseline: byWave('baseline'), end: byWave('end'), followUp: byWave('follow_up') };
}

const at = (day: string) => new Date(`${day}T10:00:00Z`);

export interface RespondentAnswers {
  baseline: number;
  end: number;
  /** The end survey's look back; the baseline rating when absent. */
  retrospective?: number;
  /** Left unanswered when absent. */
  followUp?: number;
  /** CEFR reading levels at baseline and end. */
  reading?: { baseline: string; end: string };
}

/**
 * A participant on an individual mobility of a project (copied from `mobilityInput`), planned, with the baseline and
 * end surveys answered as given, and the follow-up when given. Returns the mobility's surveys.
 */
export async function addRespondent(
  db: Executor,
  coordinator: Caller,
  mobilityInput: Parameters<Caller['mobility']['create']>[0],
  participant: Record<string, unknown>,
  answers: RespondentAnswers,
) {
  const { organisationId } = mobilityInput;
  const { id: participantId } = await coordinator.participant.create(
    participantInput(organisationId, participant),
  );
  const { id } = await coordinator.mobility.create({
    ...mobilityInput,
    participation: { mode: 'individual', participantId },
  });
  await coordinator.mobility.changeStatus({ organisationId, id, status: 'planned' });
  const surveys = await surveysOf(db, id);
  const reading = answers.reading;
  await answerSurvey(
    db,
    surveys.baseline,
    { rating: answers.baseline, languageLevel: reading?.baseline },
    at('2027-02-15'),
  );
  await answerSurvey(
    db,
    surveys.end,
    {
      rating: answers.end,
      retrospective: answers.retrospective ?? answers.baseline,
      languageLevel: reading?.end,
    },
    at('2027-03-14'),
  );
  if (answers.followUp !== undefined)
    await answerSurvey(db, surveys.followUp, { rating: answers.followUp }, at('2027-09-10'));
  return surveys;
}
