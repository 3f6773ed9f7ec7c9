import type { OutgoingMessage } from '@mobilis/db';
import { activityTypes, type SurveyLocale, surveyLocaleFor, translations } from '@mobilis/schema';
import i18next, { type TFunction } from 'i18next';

const i18n = i18next.createInstance();
await i18n.init({
  resources: Object.fromEntries(
    Object.entries(translations).map(([locale, messages]) => [locale, { translation: messages }]),
  ),
  fallbackLng: 'en',
  // Plain-text e-mails: nothing to escape, and keys contain dots.
  interpolation: { escapeValue: false },
  keySeparator: false,
  initAsync: false,
});

const minutesToAnswer = { baseline: 5, end: 8, follow_up: 5 } as const;

export interface SurveyMessageFacts {
  wave: string;
  locale: string;
  givenName: string;
  email: string | null;
  organisationName: string;
  organisationId: string;
  activityType: string | null;
  startDate: string | null;
  endDate: string | null;
}

/** The invitation or reminder e-mail of a survey, in the participant's survey language. */
export function surveyMessage(
  kind: 'invitation' | 'reminder',
  facts: SurveyMessageFacts,
  link: string,
): OutgoingMessage {
  const locale: SurveyLocale = surveyLocaleFor(facts.locale);
  const t: TFunction = i18n.getFixedT(locale);
  const wave = facts.wave as keyof typeof minutesToAnswer;
  const params = {
    name: facts.givenName,
    organisation: facts.organisationName,
    wave: t(`survey.wave.${wave}`),
    activity: activityTypes.find((type) => type.code === facts.activityType)?.name ?? 'Erasmus+',
    dates: [facts.startDate, facts.endDate].filter(Boolean).join(' – '),
    minutes: minutesToAnswer[wave] ?? 5,
    link,
  };
  return {
    kind: `survey_${kind}`,
    toAddress: facts.email ?? '',
    organisationId: facts.organisationId,
    subject: t(`email.${kind}.subject`, params),
    // Every message says where to read how the organisation handles the participant's data.
    bodyText: `${t(`email.${kind}.body`, params)}\n\n${t('email.privacy', {
      organisation: facts.organisationName,
      link: `${new URL(link).origin}/privacy/${facts.organisationId}?lang=${locale}`,
    })}`,
  };
}
