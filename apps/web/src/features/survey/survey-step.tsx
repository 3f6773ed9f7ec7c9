import {
  Anchor,
  Box,
  Button,
  Container,
  Group,
  NativeSelect,
  Paper,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { type SurveyLocale, surveyLocales } from '@mobilis/schema';
import { IconArrowLeft, IconArrowRight, IconLanguage } from '@tabler/icons-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { isSurveyLocale, ownLanguageName, useDocumentLanguage, useSurveyT } from './survey-i18n';

interface SurveyFrameProps {
  /** The page's heading; the survey's title unless given. */
  title?: string;
  /** Under the survey's title: which survey this is ("At the end of your mobility"). */
  subtitle?: string;
  /** The organisation whose privacy notice the page links to, at its foot. */
  privacyOf?: string;
  onLocaleChange: (locale: SurveyLocale) => void;
  children: ReactNode;
}

/** The participant's page: no console around it, a narrow column that reads well on a phone. */
export function SurveyFrame({ title, subtitle, privacyOf, onLocaleChange, children }: SurveyFrameProps) {
  const { t, locale } = useSurveyT();
  const heading = title ?? t('survey.meta.title');
  useDocumentLanguage(locale, heading);
  return (
    <Box mih="100dvh" bg="gray.0">
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size={720} px="md" py="sm">
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Group gap={10} wrap="nowrap">
              <img src="/favicon.svg" alt="" width={32} height={32} />
              <div>
                <Text fw={700} lh={1.1}>
                  Mobilis
                </Text>
                <Text size="xs" c="dimmed" lh={1.2}>
                  Erasmus+
                </Text>
              </div>
            </Group>
            <LanguageSelect onChange={onLocaleChange} />
          </Group>
        </Container>
      </Box>
      <Container size={720} px={{ base: 'xs', sm: 'md' }} py={{ base: 'md', sm: 'xl' }}>
        <main>
          <Stack gap={4} mb="md" px={{ base: 'xs', sm: 0 }}>
            <Title order={1} fz={{ base: 'h3', sm: 'h2' }} lh={1.25}>
              {heading}
            </Title>
            {subtitle && <Text c="dimmed">{subtitle}</Text>}
          </Stack>
          {children}
        </main>
        {privacyOf && (
          <Box component="footer" mt="lg" px={{ base: 'xs', sm: 0 }}>
            <Anchor href={`/privacy/${privacyOf}?lang=${locale}`} size="sm">
              {t('privacy.link')}
            </Anchor>
          </Box>
        )}
      </Container>
    </Box>
  );
}

/** The eight languages, each by its own name. */
function LanguageSelect({ onChange }: { onChange: (locale: SurveyLocale) => void }) {
  const { t, locale } = useSurveyT();
  return (
    <NativeSelect
      aria-label={t('survey.language.label')}
      leftSection={<IconLanguage size={18} aria-hidden />}
      value={locale}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isSurveyLocale(next)) onChange(next);
      }}
      w={150}
      size="sm"
    >
      {surveyLocales.map((code) => (
        <option key={code} value={code} lang={code}>
          {ownLanguageName(code)}
        </option>
      ))}
    </NativeSelect>
  );
}

/** A white card holding one step. */
export function StepCard({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder radius="md" px={{ base: 'sm', sm: 'xl' }} py={{ base: 'md', sm: 'xl' }} shadow="xs">
      {children}
    </Paper>
  );
}

/** "Step 2 of 6" and its bar. */
export function StepProgress({ current, total }: { current: number; total: number }) {
  const { t } = useSurveyT();
  const label = t('survey.progress', { current, total });
  return (
    <Stack gap={6} mb="md" px={{ base: 'xs', sm: 0 }}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Progress value={(current / total) * 100} aria-label={label} size="md" radius="xl" />
    </Stack>
  );
}

/**
 * The step's heading. It takes the focus when the step appears, so that keyboard and screen-reader users start
 * at the top of the new step rather than on a button that is gone.
 */
export function StepHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, []);
  return (
    <Title order={2} fz={{ base: 'h3', sm: 'h2' }} ref={ref} tabIndex={-1} style={{ outline: 'none' }}>
      {children}
    </Title>
  );
}

interface StepNavProps {
  onBack?: () => void;
  onNext?: () => void;
  nextLabel?: string;
  nextDisabled?: boolean;
  nextLoading?: boolean;
}

/** Back and next, large enough for a thumb. */
export function StepNav({ onBack, onNext, nextLabel, nextDisabled, nextLoading }: StepNavProps) {
  const { t } = useSurveyT();
  return (
    <Group justify="space-between" mt="xl" gap="sm" wrap="nowrap">
      {onBack ? (
        <Button variant="default" size="md" leftSection={<IconArrowLeft size={18} />} onClick={onBack}>
          {t('survey.back')}
        </Button>
      ) : (
        <span />
      )}
      {onNext && (
        <Button
          size="md"
          rightSection={<IconArrowRight size={18} />}
          onClick={onNext}
          disabled={nextDisabled}
          loading={nextLoading}
        >
          {nextLabel ?? t('survey.next')}
        </Button>
      )}
    </Group>
  );
}
