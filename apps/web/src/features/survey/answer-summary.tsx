import { Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { cefrSkills, type RatingAnswer } from '@mobilis/schema';
import { useLanguageName } from './language-step';
import classes from './survey.module.css';
import { capitalise, type SurveyKey, useSurveyT } from './survey-i18n';
import type { Answers, Questionnaire } from './survey-state';

interface AnswerSummaryProps {
  questionnaire: Questionnaire;
  answers: Answers;
  /** Level of the outcomes' headings, one below the heading the summary sits under. */
  headingOrder: TitleOrder;
}

/** Every answer, outcome by outcome, as the participant gave it: for the review and on the receipt. */
export function AnswerSummary({ questionnaire, answers, headingOrder }: AnswerSummaryProps) {
  const { t, locale } = useSurveyT();
  const language = useLanguageName(questionnaire.language?.code ?? null);
  const end = questionnaire.wave === 'end';
  const ratingText = (value: RatingAnswer | undefined) =>
    value === undefined ? '—' : t(`rating.${value}` as SurveyKey);

  return (
    <Stack gap="lg">
      {questionnaire.outcomes.map((outcome) => {
        const example = answers.examples[outcome.code];
        return (
          <section key={outcome.code}>
            <Title order={headingOrder} size="h5" mb={6}>
              {capitalise(t(`outcome.${outcome.code}.title`), locale)}
            </Title>
            <dl className={classes.summary} style={{ margin: 0 }}>
              {outcome.indicators.map((indicator) => {
                const answer = answers.ratings[indicator];
                return (
                  <div key={indicator}>
                    <Text component="dt" size="sm">
                      {t(`indicator.${indicator}.statement`)}
                    </Text>
                    <Text component="dd" size="sm" fw={600}>
                      {end
                        ? `${t('survey.outcome.before')}: ${ratingText(answer?.retrospective)} · ${t('survey.outcome.now')}: ${ratingText(answer?.rating)}`
                        : ratingText(answer?.rating)}
                    </Text>
                  </div>
                );
              })}
              {end && example && (
                <div>
                  <Text component="dt" size="sm">
                    {t('survey.outcome.example')}
                  </Text>
                  <Text component="dd" size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {example}
                  </Text>
                </div>
              )}
            </dl>
          </section>
        );
      })}
      {questionnaire.language && (
        <section>
          <Title order={headingOrder} size="h5" mb={6}>
            {t('survey.language.heading', { language })}
          </Title>
          <dl className={classes.summary} style={{ margin: 0 }}>
            {cefrSkills.map((skill) => {
              const level = answers.languages[skill];
              return (
                <div key={skill}>
                  <Text component="dt" size="sm">
                    {t(`survey.cefr.${skill}`)}
                  </Text>
                  <Text component="dd" size="sm" fw={600}>
                    {level ? t(`survey.cefr.level.${level}`) : '—'}
                  </Text>
                </div>
              );
            })}
          </dl>
        </section>
      )}
    </Stack>
  );
}
