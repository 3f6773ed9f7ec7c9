import { Alert, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { SurveyLocale } from '@mobilis/schema';
import { useQuery } from '@tanstack/react-query';
import { useLayoutEffect } from 'react';
import { errorMessage } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';
import { isSurveyLocale, surveyI18n, useSurveyT } from './survey-i18n';
import { SurveyFrame } from './survey-step';

/**
 * `/privacy/<organisation>`: how the organisation handles a participant's data (who holds it, why, for how long,
 * their rights, whom to write to), in the participant's language, from the organisation's settings. Linked from
 * every survey page and e-mail; no sign-in.
 */
export function PrivacyPage({ organisationId, lang }: { organisationId: string; lang: string | undefined }) {
  const trpc = useTRPC();
  const { t, locale } = useSurveyT();
  const notice = useQuery(trpc.retention.notice.queryOptions({ organisationId }));
  useLayoutEffect(() => {
    if (isSurveyLocale(lang)) void surveyI18n.changeLanguage(lang);
  }, [lang]);
  const changeLocale = (next: SurveyLocale) => void surveyI18n.changeLanguage(next);

  if (notice.isPending)
    return (
      <Center mih="100dvh" bg="gray.0" aria-busy="true">
        <Loader aria-hidden />
      </Center>
    );
  if (notice.isError)
    return (
      <SurveyFrame onLocaleChange={changeLocale}>
        <Alert color="red" role="alert">
          {errorMessage(notice.error)}
        </Alert>
      </SurveyFrame>
    );
  const { legalName, city, country, retentionYears, privacyContact } = notice.data;
  const countryName = new Intl.DisplayNames([locale], { type: 'region' }).of(country) ?? country;
  const organisation = legalName;
  return (
    <SurveyFrame title={t('privacy.title', { organisation })} onLocaleChange={changeLocale}>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
        <Stack gap="md">
          <Text>{t('privacy.who', { organisation, place: `${city}, ${countryName}` })}</Text>
          <Text>{t('privacy.why')}</Text>
          <Text>{t('privacy.what')}</Text>
          <Text>{t('privacy.howLong', { years: retentionYears })}</Text>
          <Title order={2} size="h4">
            {t('survey.rights.heading')}
          </Title>
          <Text>{t('privacy.rights')}</Text>
          <Text>{t('privacy.how')}</Text>
          <Text fw={500}>
            {t('privacy.contact', { contact: privacyContact ?? `${organisation}, ${city}` })}
          </Text>
        </Stack>
      </Paper>
    </SurveyFrame>
  );
}
