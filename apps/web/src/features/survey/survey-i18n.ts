import {
  type CertificateMessageKey,
  certificateTranslations,
  type SurveyLocale,
  surveyLocales,
  type Translation,
  translations,
} from '@mobilis/schema';
import i18next from 'i18next';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The participant pages' own i18next instance, built from @mobilis/schema's `translations`: the same texts as the
 * survey e-mails. Keys contain dots ("survey.intro.heading"), so they are flat; React escapes what it renders.
 */
export const surveyI18n = i18next.createInstance();
void surveyI18n.init({
  resources: Object.fromEntries(
    Object.entries(translations).map(([locale, messages]) => [
      locale,
      // The certificate's texts too: the receipt offers the participant's certificate.
      { translation: { ...messages, ...certificateTranslations[locale as SurveyLocale] } },
    ]),
  ),
  lng: browserSurveyLocale(),
  fallbackLng: 'en',
  supportedLngs: [...surveyLocales],
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
  react: { useSuspense: false },
});

export type SurveyKey = keyof Translation | CertificateMessageKey;
type Params = Record<string, string | number>;

/** `t` over the keys every shipped language translates, so a mistyped key does not compile. */
export function useSurveyT() {
  const { t, i18n } = useTranslation();
  const translate = useCallback((key: SurveyKey, params?: Params): string => t(key, params ?? {}), [t]);
  return { t: translate, locale: asSurveyLocale(i18n.language) };
}

export function isSurveyLocale(value: unknown): value is SurveyLocale {
  return typeof value === 'string' && (surveyLocales as readonly string[]).includes(value);
}

function asSurveyLocale(value: string | undefined): SurveyLocale {
  return isSurveyLocale(value) ? value : 'en';
}

/** The first of the browser's languages that the survey ships in ("de-AT" counts as "de"), else English. */
export function browserSurveyLocale(): SurveyLocale {
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of preferred) {
    const base = tag?.toLowerCase().split('-')[0];
    if (isSurveyLocale(base)) return base;
  }
  return 'en';
}

/** A language by its own name ("Deutsch", "Español"), as people look for their language in a list. */
export function ownLanguageName(locale: SurveyLocale): string {
  return capitalise(new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale, locale);
}

/** A language (ISO 639-1) named in the page's language ("Französisch" on a German page). */
export function languageNameIn(code: string, locale: SurveyLocale): string {
  try {
    return capitalise(new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code, locale);
  } catch {
    return code;
  }
}

/** The Programme Guide's outcome titles are lower-case phrases ("enhanced intercultural awareness"). */
export function capitalise(text: string, locale: SurveyLocale): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** `<html lang>` and the window title follow the page's language while a participant page is open. */
export function useDocumentLanguage(locale: SurveyLocale, title: string): void {
  useEffect(() => {
    const root = document.documentElement;
    const before = { lang: root.lang, title: document.title };
    root.lang = locale;
    document.title = title;
    return () => {
      root.lang = before.lang;
      document.title = before.title;
    };
  }, [locale, title]);
}
