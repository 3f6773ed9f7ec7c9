import type { RouterOutputs } from '@mobilis/api';
import {
  type CefrLevel,
  type CefrSkill,
  cefrSkills,
  type IndicatorCode,
  type OutcomeCode,
  type RatingAnswer,
  type SurveyWave,
} from '@mobilis/schema';

export type Questionnaire = RouterOutputs['surveyResponse']['current'];
export type CefrAnswer = CefrLevel | 'none';

/** One statement's answers: "now", and at the end wave also "before the mobility" (looking back). */
export interface StatementAnswer {
  rating?: RatingAnswer;
  retrospective?: RatingAnswer;
}

/** What the participant has answered, as the page holds it: the server's copy plus what is being saved. */
export interface Answers {
  ratings: Partial<Record<IndicatorCode, StatementAnswer>>;
  examples: Partial<Record<OutcomeCode, string>>;
  languages: Partial<Record<CefrSkill, CefrAnswer>>;
}

export function answersFrom(questionnaire: Questionnaire): Answers {
  const ratings: Answers['ratings'] = {};
  for (const answer of questionnaire.answers) {
    ratings[answer.indicatorCode] = {
      ...(answer.rating !== null ? { rating: answer.rating as RatingAnswer } : {}),
      ...(answer.retrospective !== null ? { retrospective: answer.retrospective as RatingAnswer } : {}),
    };
  }
  const examples: Answers['examples'] = {};
  for (const example of questionnaire.examples) examples[example.outcomeCode as OutcomeCode] = example.text;
  const languages: Answers['languages'] = {};
  for (const rating of questionnaire.languageRatings)
    languages[rating.skill as CefrSkill] = rating.level as CefrAnswer;
  return { ratings, examples, languages };
}

/** A statement is answered when each of its scales has an answer ("not applicable" counts). */
export function isAnswered(answer: StatementAnswer | undefined, wave: SurveyWave): boolean {
  if (answer?.rating === undefined) return false;
  return wave !== 'end' || answer.retrospective !== undefined;
}

export function unansweredCount(questionnaire: Questionnaire, answers: Answers): number {
  return questionnaire.outcomes
    .flatMap((outcome) => outcome.indicators)
    .filter((code) => !isAnswered(answers.ratings[code], questionnaire.wave)).length;
}

export type Step =
  | { kind: 'intro' }
  | { kind: 'outcome'; outcome: Questionnaire['outcomes'][number] }
  | { kind: 'language' }
  | { kind: 'review' };

/** Intro and consent, one screen per outcome, the language grid (not in the follow-up), and the review. */
export function stepsOf(questionnaire: Questionnaire): Step[] {
  return [
    { kind: 'intro' },
    ...questionnaire.outcomes.map((outcome) => ({ kind: 'outcome' as const, outcome })),
    ...(questionnaire.language ? [{ kind: 'language' as const }] : []),
    { kind: 'review' },
  ];
}

/**
 * Where someone coming back continues: the first outcome with a statement left, else the language grid while a
 * skill is left, else the review.
 */
export function resumeStep(steps: readonly Step[], questionnaire: Questionnaire, answers: Answers): number {
  const outcome = steps.findIndex(
    (step) =>
      step.kind === 'outcome' &&
      step.outcome.indicators.some((code) => !isAnswered(answers.ratings[code], questionnaire.wave)),
  );
  if (outcome !== -1) return outcome;
  const language = steps.findIndex((step) => step.kind === 'language');
  if (language !== -1 && cefrSkills.some((skill) => answers.languages[skill] === undefined)) return language;
  return steps.length - 1;
}

/** Minutes to answer, as the invitation e-mail says. */
export const minutesToAnswer: Record<SurveyWave, number> = { baseline: 5, end: 8, follow_up: 5 };

/** Reports for others show figures for groups of at least this many people (the consent text names it). */
export const minimumReportedGroup = 5;
