import {
  type Database,
  type Executor,
  excludeSurveys,
  markSurveyInvited,
  markSurveyReminded,
  markSurveyUndelivered,
  saveSurveyAnswer,
  saveSurveyExample,
  saveSurveyLanguageRating,
  setSurveyConsent,
  submitSurvey,
  withOutcomeRollup,
} from '@mobilis/db';
import {
  defaultSurveySettings,
  type IsoDate,
  inclusiveDays,
  type OutcomeCode,
  type ParticipantKind,
  type SurveyWave,
  surveyWaves,
} from '@mobilis/schema';
import { receiptAlphabet, receiptOf } from '../survey/survey-receipt.js';
import { type DemoRandom, demoRandom } from './demo-random.js';
import { type DemoWaveAnswers, demoAnswers } from './demo-survey-answers.js';
import { demoExample } from './demo-survey-examples.js';
import { type DemoSurveyFate, demoSurveyFates } from './demo-survey-responses.js';

/**
 * Answers the demo's surveys that fell due before the day of `now`, as their participants would have, through
 * the same repository functions as the survey pages and the scheduler, so the outcome rollup is kept by the
 * same code as in real use. Each organisation's surveys are written in one transaction. Returns how many
 * surveys were submitted.
 */
export async function seedDemoSurveys(
  db: Database,
  { organisationIds, seed, now }: { organisationIds: readonly string[]; seed: number; now: Date },
): Promise<number> {
  const today = now.toISOString().slice(0, 10);
  const respondents = await dueRespondents(db, organisationIds, today);
  const takenExamples = new Set<string>();
  let submitted = 0;
  // One transaction per organisation, refreshing its analytics rollup once rather than for every write.
  for (const organisationId of organisationIds) {
    const ofOrganisation = respondents.filter(
      (respondent) => respondent.surveys[0]?.organisationId === organisationId,
    );
    submitted += await withOutcomeRollup(db, organisationId, {}, async (tx) => {
      let count = 0;
      for (const respondent of ofOrganisation)
        count += await answerAsRespondent(tx, respondent, { seed, today, takenExamples });
      return count;
    });
  }
  return submitted;
}

/** Writes what one respondent did with each of their due surveys; returns how many they submitted. */
async function answerAsRespondent(
  tx: Executor,
  respondent: DueRespondent,
  { seed, today, takenExamples }: { seed: number; today: IsoDate; takenExamples: Set<string> },
): Promise<number> {
  const [first] = respondent.surveys;
  if (!first) return 0;
  const random = demoRandom(seed, respondent.key);
  const answers = demoAnswers(
    {
      kind: first.kind as ParticipantKind,
      fewerOpportunities: first.fewerOpportunities,
      days: inclusiveDays(first.startDate, first.endDate),
      mainLanguage: first.mainLanguage,
      outcomeCodes: first.outcomeCodes as OutcomeCode[],
    },
    random,
  );
  const fates = demoSurveyFates(
    {
      due: respondent.surveys,
      fewerOpportunities: first.fewerOpportunities,
      reminderDays: defaultSurveySettings.reminderDays,
      today,
    },
    random,
  );
  let submitted = 0;
  for (const survey of respondent.surveys) {
    const fate = fates[survey.wave];
    if (!fate) continue;
    const { exampleOutcome, ...content } = answers[survey.wave];
    const text =
      fate.kind === 'submitted' && exampleOutcome
        ? demoExample(exampleOutcome, survey.locale, takenExamples)
        : undefined;
    const example = exampleOutcome && text ? { outcomeCode: exampleOutcome, text } : undefined;
    await writeSurvey(tx, survey, fate, { ...content, example }, random);
    if (fate.kind === 'submitted') submitted += 1;
  }
  return submitted;
}

type DueSurvey = Awaited<ReturnType<typeof dueSurveys>>[number] & { wave: SurveyWave };

/** A participant of a mobility, with their surveys that fell due (in wave order). */
interface DueRespondent {
  /** The key of the respondent's random stream, the same from run to run (ids are not). */
  key: string;
  surveys: DueSurvey[];
}

/**
 * The demo's surveys still waiting to go out although their day has passed, by respondent, in a stable order.
 */
async function dueRespondents(
  db: Database,
  organisationIds: readonly string[],
  today: IsoDate,
): Promise<DueRespondent[]> {
  const respondents = new Map<string, DueRespondent>();
  for (const survey of await dueSurveys(db, organisationIds, today)) {
    const id = `${survey.mobilityId}:${survey.participantId}`;
    const respondent = respondents.get(id) ?? {
      key: `${survey.email ?? survey.participantId}:${survey.startDate}`,
      surveys: [],
    };
    respondent.surveys.push({ ...survey, wave: survey.wave as SurveyWave });
    respondents.set(id, respondent);
  }
  for (const { surveys } of respondents.values())
    surveys.sort((a, b) => surveyWaves.indexOf(a.wave) - surveyWaves.indexOf(b.wave));
  return [...respondents.values()];
}

async function dueSurveys(db: Database, organisationIds: readonly string[], today: string) {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .selectFrom('survey')
    .innerJoin('participant', 'participant.id', 'survey.participantId')
    .innerJoin('mobility', 'mobility.id', 'survey.mobilityId')
    .select([
      'survey.id',
      'survey.organisationId',
      'survey.mobilityId',
      'survey.participantId',
      'survey.wave',
      'survey.dueDate',
      'survey.outcomeCodes',
      'survey.locale',
      'participant.email',
      'participant.kind',
      'participant.fewerOpportunities',
      'mobility.startDate',
      'mobility.endDate',
      'mobility.mainLanguage',
    ])
    .where('survey.organisationId', 'in', organisationIds)
    .where('survey.status', '=', 'scheduled')
    .where('survey.dueDate', '<', today)
    .orderBy('participant.email')
    .orderBy('survey.dueDate')
    .execute();
  // Surveys are planned only for mobilities with both dates.
  return rows.flatMap(({ startDate, endDate, ...row }) =>
    startDate && endDate ? [{ ...row, startDate, endDate }] : [],
  );
}

async function writeSurvey(
  tx: Executor,
  survey: DueSurvey,
  fate: DemoSurveyFate,
  content: Omit<DemoWaveAnswers, 'exampleOutcome'> & {
    example: { outcomeCode: string; text: string } | undefined;
  },
  random: DemoRandom,
): Promise<void> {
  if (fate.kind === 'excluded') {
    await excludeSurveys(
      tx,
      survey.organisationId,
      survey.mobilityId,
      survey.participantId,
      'Left the mobility early',
      fate.excludedAt,
    );
    return;
  }
  await markSurveyInvited(tx, survey.id, fate.invitedAt);
  if (fate.kind === 'undelivered') {
    await markSurveyUndelivered(tx, survey.id, 'The message bounced: mailbox unavailable', fate.bouncedAt);
    return;
  }
  for (const at of fate.remindedAt) await markSurveyReminded(tx, survey.id, 'auto', at);
  if (fate.kind === 'unanswered') return;

  await setSurveyConsent(tx, survey.id, fate.contactConsent, fate.startedAt);
  for (const answer of content.answers) await saveSurveyAnswer(tx, { surveyId: survey.id, ...answer });
  for (const { skill, level } of content.languageRatings)
    await saveSurveyLanguageRating(tx, survey.id, skill, level);
  if (content.example)
    await saveSurveyExample(tx, survey.id, content.example.outcomeCode, content.example.text);
  await submitSurvey(tx, survey.id, demoReceipt(random), fate.submittedAt);
}

/** A receipt in the survey pages' format, drawn from the demo's random source. */
function demoReceipt(random: DemoRandom): string {
  return receiptOf(Array.from({ length: 8 }, () => random.pick(receiptAlphabet)));
}
