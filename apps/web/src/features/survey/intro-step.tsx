import { Alert, Button, Checkbox, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useSurveyT } from './survey-i18n';
import { minimumReportedGroup, minutesToAnswer, type Questionnaire } from './survey-state';
import { StepHeading } from './survey-step';

interface IntroStepProps {
  questionnaire: Questionnaire;
  busy: boolean;
  /** Consent given (again, with the contact choice as it now is); the page then moves on. */
  onStart: (contactConsent: boolean) => void;
}

/** Who asks and why, the data-protection notice, and the consent that comes before any answer. */
export function IntroStep({ questionnaire, busy, onStart }: IntroStepProps) {
  const { t } = useSurveyT();
  const resuming = questionnaire.consent.given;
  const [agree, setAgree] = useState(resuming);
  const [contact, setContact] = useState(questionnaire.consent.contact);
  const [missingConsent, setMissingConsent] = useState(false);
  const organisation = questionnaire.organisationName;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!agree) {
          setMissingConsent(true);
          return;
        }
        onStart(contact);
      }}
    >
      <Stack gap="md">
        <StepHeading>{t('survey.intro.heading', { name: questionnaire.givenName })}</StepHeading>
        <Text>{t('survey.intro.body', { organisation })}</Text>
        <Text>{t('survey.intro.duration', { minutes: minutesToAnswer[questionnaire.wave] })}</Text>

        <Alert
          variant="light"
          color="gray"
          icon={<IconShieldLock aria-hidden />}
          mt="xs"
          styles={{ message: { color: 'var(--mantine-color-text)' } }}
          component="section"
          aria-labelledby="survey-consent-heading"
        >
          <Title order={3} size="h4" id="survey-consent-heading" mb={6}>
            {t('survey.consent.heading')}
          </Title>
          <Text size="sm">
            {t('survey.consent.body', {
              organisation,
              minimum: minimumReportedGroup,
              years: questionnaire.retentionYears,
            })}
          </Text>
        </Alert>

        <Checkbox
          size="md"
          checked={agree}
          disabled={resuming}
          onChange={(event) => {
            setAgree(event.currentTarget.checked);
            setMissingConsent(false);
          }}
          label={t('survey.consent.agree')}
          required
          aria-required
          error={missingConsent ? t('survey.consent.required') : undefined}
        />
        <Checkbox
          size="md"
          checked={contact}
          onChange={(event) => setContact(event.currentTarget.checked)}
          label={t('survey.consent.contact')}
        />
        <Button
          type="submit"
          size="md"
          mt="sm"
          loading={busy}
          rightSection={<IconArrowRight size={18} />}
          style={{ alignSelf: 'flex-end' }}
        >
          {t(resuming ? 'survey.intro.continue' : 'survey.intro.start')}
        </Button>
      </Stack>
    </form>
  );
}
