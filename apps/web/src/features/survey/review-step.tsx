import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconSend } from '@tabler/icons-react';
import { AnswerSummary } from './answer-summary';
import { useSurveyT } from './survey-i18n';
import { type Answers, type Questionnaire, unansweredCount } from './survey-state';
import { StepHeading } from './survey-step';

interface ReviewStepProps {
  questionnaire: Questionnaire;
  answers: Answers;
  sending: boolean;
  onSubmit: () => void;
}

/** Every answer once more, what is left open, and the one button that sends them for good. */
export function ReviewStep({ questionnaire, answers, sending, onSubmit }: ReviewStepProps) {
  const { t } = useSurveyT();
  const unanswered = unansweredCount(questionnaire, answers);
  return (
    <Stack gap="md">
      <StepHeading>{t('survey.review.heading')}</StepHeading>
      <Text>{t('survey.review.body')}</Text>
      {unanswered > 0 && (
        <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} data-testid="unanswered">
          {t('survey.review.unanswered', { count: unanswered })}
        </Alert>
      )}
      <Title order={3} size="h4" mt="sm">
        {t('survey.receipt.summary')}
      </Title>
      <AnswerSummary questionnaire={questionnaire} answers={answers} headingOrder={4} />
      <Button
        size="lg"
        mt="md"
        fullWidth
        leftSection={<IconSend size={20} aria-hidden />}
        loading={sending}
        disabled={sending}
        onClick={onSubmit}
      >
        {t('survey.review.submit')}
      </Button>
    </Stack>
  );
}
