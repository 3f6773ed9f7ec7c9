import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconFileCertificate } from '@tabler/icons-react';
import { AnswerSummary } from './answer-summary';
import { DataRights } from './data-rights';
import { useSurveyT } from './survey-i18n';
import { answersFrom, type Questionnaire } from './survey-state';
import { StepCard, StepHeading } from './survey-step';

const marker = '\u0000';

/** "Receipt number: MOB-7K3Q-9XWD", with the number in one piece and easy to copy. */
function ReceiptNumber({ text, receipt }: { text: string; receipt: string }) {
  const [before = '', after = ''] = text.split(marker);
  return (
    <Text fz="lg" data-testid="receipt">
      {before}
      <Text span ff="monospace" fw={700} fz="lg" style={{ whiteSpace: 'nowrap', userSelect: 'all' }}>
        {receipt}
      </Text>
      {after}
    </Text>
  );
}

/** After sending: thanks, the receipt number to quote, and the answers as they were received. */
export function ReceiptView({ questionnaire }: { questionnaire: Questionnaire }) {
  const { t } = useSurveyT();
  const receipt = questionnaire.submitted?.receipt ?? '';
  return (
    <StepCard>
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap" align="center">
          <ThemeIcon color="green" variant="light" size={44} radius="xl" aria-hidden>
            <IconCircleCheck size={28} />
          </ThemeIcon>
          <StepHeading>{t('survey.receipt.heading')}</StepHeading>
        </Group>
        <Text>{t('survey.receipt.body')}</Text>
        <Paper
          bg="green.0"
          p="md"
          radius="md"
          withBorder
          style={{ borderColor: 'var(--mantine-color-green-3)' }}
        >
          <ReceiptNumber text={t('survey.receipt.number', { receipt: marker })} receipt={receipt} />
        </Paper>
        {questionnaire.wave !== 'baseline' && (
          <Group>
            <Button
              component="a"
              href="/api/survey/certificate.pdf"
              variant="light"
              leftSection={<IconFileCertificate size={18} />}
            >
              {t('certificate.download')}
            </Button>
          </Group>
        )}
        <Title order={3} size="h4" mt="sm">
          {t('survey.receipt.summary')}
        </Title>
        <AnswerSummary questionnaire={questionnaire} answers={answersFrom(questionnaire)} headingOrder={4} />
        <DataRights
          organisation={questionnaire.organisationName}
          withdrawn={questionnaire.consent.withdrawn}
        />
      </Stack>
    </StepCard>
  );
}
