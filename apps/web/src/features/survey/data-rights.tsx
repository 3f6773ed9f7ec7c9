import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../lib/trpc';
import { useSurveyT } from './survey-i18n';

type Kind = 'access' | 'erasure';

/**
 * On the receipt: the participant asks for a copy of their data, or for its erasure (GDPR Art. 15, 17 and 20),
 * each a request the organisation's coordinators answer; or withdraws their consent (Art. 7(3)), at once.
 */
export function DataRights({ organisation, withdrawn }: { organisation: string; withdrawn: boolean }) {
  const trpc = useTRPC();
  const { t, locale } = useSurveyT();
  const [asked, setAsked] = useState<Partial<Record<Kind, string>>>({});
  const request = useMutation(
    trpc.surveyResponse.requestData.mutationOptions({
      onSuccess: (result) =>
        setAsked((before) => ({
          ...before,
          [result.kind]: new Date(result.requestedAt).toLocaleDateString(locale, { dateStyle: 'long' }),
        })),
    }),
  );
  const [consentWithdrawn, setConsentWithdrawn] = useState(withdrawn);
  const withdraw = useMutation(
    trpc.surveyResponse.withdrawConsent.mutationOptions({ onSuccess: () => setConsentWithdrawn(true) }),
  );
  const button = (kind: Kind) =>
    asked[kind] ? null : (
      <Button
        variant="default"
        loading={request.isPending && request.variables?.kind === kind}
        onClick={() => request.mutate({ kind })}
      >
        {t(kind === 'access' ? 'survey.rights.access' : 'survey.rights.erasure')}
      </Button>
    );
  return (
    <Stack gap="xs" mt="sm">
      <Title order={3} size="h4">
        {t('survey.rights.heading')}
      </Title>
      <Text size="sm">{t('survey.rights.body', { organisation })}</Text>
      <Group>
        {button('access')}
        {button('erasure')}
        {!consentWithdrawn && (
          <Button
            variant="subtle"
            color="gray"
            loading={withdraw.isPending}
            onClick={() => withdraw.mutate()}
          >
            {t('survey.rights.withdraw')}
          </Button>
        )}
      </Group>
      {consentWithdrawn && (
        <Alert color="gray" variant="light" role="status">
          {t('survey.rights.withdrawn')}
        </Alert>
      )}
      {(['access', 'erasure'] as const).map(
        (kind) =>
          asked[kind] && (
            <Alert key={kind} color="blue" variant="light" role="status">
              {t(kind === 'access' ? 'survey.rights.accessRequested' : 'survey.rights.erasureRequested', {
                date: asked[kind],
                organisation,
              })}
            </Alert>
          ),
      )}
    </Stack>
  );
}
