import { Alert, Group, Loader, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useSurveyT } from './survey-i18n';
import type { SaveStatus } from './use-save-queue';

/**
 * Whether the answers given so far are saved. The region is always in the page, so screen readers announce each
 * change politely; a failure is an alert.
 */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const { t } = useSurveyT();
  return (
    <div aria-live="polite" data-testid="save-status">
      {status === 'saving' && (
        <Group gap={8}>
          <Loader size={14} aria-hidden />
          <Text size="sm" c="dimmed">
            {t('survey.saving')}
          </Text>
        </Group>
      )}
      {status === 'saved' && (
        <Group gap={6}>
          <IconCircleCheck size={16} color="var(--mantine-color-green-8)" aria-hidden />
          <Text size="sm">{t('survey.saved')}</Text>
        </Group>
      )}
      {status === 'failed' && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert" py="xs">
          {t('survey.saveFailed')}
        </Alert>
      )}
    </div>
  );
}
