import { Stack, Text, Textarea } from '@mantine/core';
import {
  type IndicatorCode,
  NOT_APPLICABLE,
  type OutcomeCode,
  type RatingAnswer,
  ratingScale,
  type SurveyWave,
} from '@mobilis/schema';
import { useId, useState } from 'react';
import { type Choice, ChoiceGroup } from './choice-group';
import classes from './survey.module.css';
import { capitalise, useSurveyT } from './survey-i18n';
import type { Answers, StatementAnswer } from './survey-state';
import { StepHeading } from './survey-step';

export type Scale = 'rating' | 'retrospective';

interface OutcomeStepProps {
  outcome: { code: OutcomeCode; indicators: IndicatorCode[] };
  wave: SurveyWave;
  answers: Answers;
  onRate: (indicator: IndicatorCode, scale: Scale, value: RatingAnswer) => void;
  onExample: (outcome: OutcomeCode, text: string) => void;
}

/** One outcome: each of its statements on the 1–5 agreement scale; at the end wave "before" and "now". */
export function OutcomeStep({ outcome, wave, answers, onRate, onExample }: OutcomeStepProps) {
  const { t, locale } = useSurveyT();
  const choices = useRatingChoices();
  const end = wave === 'end';
  return (
    <Stack gap="lg">
      <div>
        <StepHeading>{capitalise(t(`outcome.${outcome.code}.title`), locale)}</StepHeading>
        <Text c="dimmed" mt={4}>
          {t(end ? 'survey.outcome.instructionsEnd' : 'survey.outcome.instructions')}
        </Text>
      </div>
      <Stack gap="lg">
        {outcome.indicators.map((indicator) =>
          end ? (
            <PairedStatement
              key={indicator}
              indicator={indicator}
              answer={answers.ratings[indicator]}
              choices={choices}
              onRate={onRate}
            />
          ) : (
            <div key={indicator} className={classes.statement}>
              <ChoiceGroup
                legend={t(`indicator.${indicator}.statement`)}
                choices={choices}
                value={answers.ratings[indicator]?.rating}
                onChange={(value) => onRate(indicator, 'rating', value)}
                layout="row"
              />
            </div>
          ),
        )}
      </Stack>
      {end && (
        <ExampleField
          key={outcome.code}
          initial={answers.examples[outcome.code] ?? ''}
          onSave={(text) => onExample(outcome.code, text)}
        />
      )}
    </Stack>
  );
}

export function useRatingChoices(): Choice<RatingAnswer>[] {
  const { t } = useSurveyT();
  return [
    ...ratingScale.anchors.map((anchor) => ({ value: anchor.value, label: t(anchor.key) })),
    { value: NOT_APPLICABLE, label: t(ratingScale.notApplicable.key), muted: true },
  ];
}

interface PairedStatementProps {
  indicator: IndicatorCode;
  answer: StatementAnswer | undefined;
  choices: Choice<RatingAnswer>[];
  onRate: OutcomeStepProps['onRate'];
}

/** The end wave's statement: two scales side by side, looking back ("before the mobility") and "now". */
function PairedStatement({ indicator, answer, choices, onRate }: PairedStatementProps) {
  const { t } = useSurveyT();
  const statementId = useId();
  return (
    <div className={classes.statement}>
      <fieldset className={classes.group} aria-labelledby={statementId}>
        <legend id={statementId} className={classes.legend}>
          {t(`indicator.${indicator}.statement`)}
        </legend>
        <div className={classes.pair}>
          <ChoiceGroup
            legend={t('survey.outcome.before')}
            statementId={statementId}
            choices={choices}
            value={answer?.retrospective}
            onChange={(value) => onRate(indicator, 'retrospective', value)}
            layout="column"
          />
          <ChoiceGroup
            legend={t('survey.outcome.now')}
            statementId={statementId}
            choices={choices}
            value={answer?.rating}
            onChange={(value) => onRate(indicator, 'rating', value)}
            layout="column"
          />
        </div>
      </fieldset>
    </div>
  );
}

/** The optional example, saved when the participant leaves the field. */
function ExampleField({ initial, onSave }: { initial: string; onSave: (text: string) => void }) {
  const { t } = useSurveyT();
  const [text, setText] = useState(initial);
  const [saved, setSaved] = useState(initial);
  return (
    <Textarea
      label={t('survey.outcome.example')}
      description={t('survey.outcome.exampleHint')}
      autosize
      minRows={3}
      maxRows={10}
      maxLength={2000}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onBlur={() => {
        const trimmed = text.trim();
        if (trimmed === saved) return;
        setSaved(trimmed);
        onSave(trimmed);
      }}
    />
  );
}
