import { Alert, Box, Center, Loader } from '@mantine/core';
import type { SurveyLocale } from '@mobilis/schema';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLayoutEffect, useState } from 'react';
import { errorCode, errorMessage } from '../../lib/server-error';
import { useTRPC } from '../../lib/trpc';
import { ReceiptView } from './receipt-view';
import { SurveyFlow } from './survey-flow';
import { surveyI18n, useSurveyT } from './survey-i18n';
import { SurveyMessage } from './survey-message';
import type { Questionnaire } from './survey-state';
import { SurveyFrame } from './survey-step';

/**
 * `/survey`: the questionnaire of the survey session that the personal link opened. Without a session (it ended,
 * or the page was opened without the link) it says so; once the answers are sent it shows the receipt.
 */
export function SurveyPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useSurveyT();
  const currentKey = trpc.surveyResponse.current.queryKey();
  // Answers live in the page while it is open: the server's copy is read once and not refetched behind its back.
  const current = useQuery({
    ...trpc.surveyResponse.current.queryOptions(),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [expired, setExpired] = useState(false);
  const setLocale = useMutation(
    trpc.surveyResponse.setLocale.mutationOptions({
      onError: (error) => errorCode(error) === 'UNAUTHORIZED' && setExpired(true),
    }),
  );
  const locale = current.data?.locale;

  // The survey's language (the participant's preferred one, or the one they chose last) before the first paint.
  useLayoutEffect(() => {
    if (locale) void surveyI18n.changeLanguage(locale);
  }, [locale]);

  const changeLocale = (next: SurveyLocale) => {
    void surveyI18n.changeLanguage(next);
    queryClient.setQueryData(currentKey, (old) => (old ? { ...old, locale: next } : old));
    // A survey sent is closed on the server: its receipt switches language in the browser only.
    if (!current.data?.submitted) setLocale.mutate({ locale: next });
  };
  const onFinalError = (error: unknown) => {
    if (errorCode(error) === 'UNAUTHORIZED') setExpired(true);
    // Sent from another tab or device: show what was received.
    else void queryClient.invalidateQueries({ queryKey: currentKey });
  };

  if (expired || errorCode(current.error) === 'UNAUTHORIZED') return <SurveyMessage kind="expired" />;
  if (current.isPending) {
    return (
      <Center mih="100dvh" bg="gray.0" aria-busy="true">
        <Loader aria-hidden />
      </Center>
    );
  }
  if (current.isError) {
    return (
      <SurveyFrame onLocaleChange={(next) => void surveyI18n.changeLanguage(next)}>
        <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
          {errorMessage(current.error)}
        </Alert>
      </SurveyFrame>
    );
  }
  const questionnaire: Questionnaire = current.data;
  return (
    <SurveyFrame
      subtitle={t(`survey.wave.${questionnaire.wave}`)}
      privacyOf={questionnaire.organisationId}
      onLocaleChange={changeLocale}
    >
      <Box>
        {questionnaire.submitted ? (
          <ReceiptView questionnaire={questionnaire} />
        ) : (
          <SurveyFlow
            questionnaire={questionnaire}
            onSubmitted={(received) => queryClient.setQueryData(currentKey, received)}
            onFinalError={onFinalError}
          />
        )}
      </Box>
    </SurveyFrame>
  );
}
