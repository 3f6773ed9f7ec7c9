import { z } from 'zod';

/** The languages every participant-facing text ships in. */
export const surveyLocales = ['en', 'de', 'fr', 'es', 'it', 'pl', 'pt', 'nl'] as const;
export type SurveyLocale = (typeof surveyLocales)[number];

export const SurveyLocaleSchema = z.enum(surveyLocales, {
  error: `Language must be one of: ${surveyLocales.join(', ')}`,
});

/** The survey language for a preferred language: itself when shipped, else English. */
export function surveyLocaleFor(preferredLanguage: string | null | undefined): SurveyLocale {
  return (surveyLocales as readonly string[]).includes(preferredLanguage ?? '')
    ? (preferredLanguage as SurveyLocale)
    : 'en';
}
