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
