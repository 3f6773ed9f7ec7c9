import { Stack, Text, ThemeIcon } from '@mantine/core';
import type { SurveyLocale } from '@mobilis/schema';
import { IconCircleCheck, IconClockPause, IconLinkOff } from '@tabler/icons-react';
import { surveyI18n, useSurveyT } from './survey-i18n';
import { StepCard, StepHeading, SurveyFrame } from './survey-step';

export type SurveyMessageKind = 'invalid' | 'submitted' | 'expired';

const icons = {
  invalid: { icon: IconLinkOff, color: 'orange' },
  submitted: { icon: IconCircleCheck, color: 'green' },
  expired: { icon: IconClockPause, color: 'blue' },
} as const;

/**
 * A page that only says why the survey is not shown (a wrong link, a survey already answered, a session that
 * ended), and nothing about whose survey it might be. Switching its language changes nothing on the server.
 */
export function SurveyMessage({ kind }: { kind: SurveyMessageKind }) {
  const { t } = useSurveyT();
  const { icon: Icon, color } = icons[kind];
  return (
    <SurveyFrame onLocaleChange={(locale: SurveyLocale) => void surveyI18n.changeLanguage(locale)}>
      <StepCard>
        <Stack gap="md" align="flex-start">
          <ThemeIcon color={color} variant="light" size={48} radius="xl" aria-hidden>
            <Icon size={28} />
          </ThemeIcon>
          <StepHeading>{t(`survey.error.${kind}.heading`)}</StepHeading>
          <Text>{t(`survey.error.${kind}.body`)}</Text>
        </Stack>
      </StepCard>
    </SurveyFrame>
  );
}
