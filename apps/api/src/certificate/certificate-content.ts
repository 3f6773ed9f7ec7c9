import {
  type ActivityTypeCode,
  activityLabelKey,
  activityTypeCodes,
  certificateTranslations,
  indicatorStatementKey,
  keyCompetenceLabels,
  type OutcomeCode,
  outcomeTitleKey,
  type SurveyLocale,
  translations,
} from '@mobilis/schema';
import i18next, { type TFunction } from 'i18next';
import type { CertificateFacts, CertifiedOrganisation } from './certificate-facts.js';

const i18n = i18next.createInstance();
await i18n.init({
  // The certificate's own labels beside the outcome catalogue's titles, statements and rating anchors.
  resources: Object.fromEntries(
    Object.entries(translations).map(([locale, messages]) => [
      locale,
      { translation: { ...messages, ...certificateTranslations[locale as SurveyLocale] } },
    ]),
  ),
  fallbackLng: 'en',
  // Text drawn into a PDF: nothing to escape, and keys contain dots.
  interpolation: { escapeValue: false },
  keySeparator: false,
  initAsync: false,
});

export interface OutcomeBlock {
  title: string;
  competences: string[];
  rows: Array<{ statement: string; before: string; after: string }>;
}

/** Every text of one certificate, in the participant's language, in reading order. */
export interface CertificateContent {
  locale: SurveyLocale;
  programme: string;
  project: string | null;
  title: string;
  certifies: string;
  name: string;
  tookPart: string;
  details: Array<[label: string, value: string]>;
  outcomes: {
    heading: string;
    /** Explains the ratings, or says why there are none. */
    intro: string;
    columns: { statement: string; before: string; after: string };
    competencesLabel: string;
    blocks: OutcomeBlock[];
  };
  ownWords: { heading: string; quotes: Array<{ title: string; text: string }> } | null;
  issued: string;
  reference: string;
  source: string;
}

export function certificateContent(facts: CertificateFacts, issuedAt: Date): CertificateContent {
  const { locale, mobility, assessment } = facts;
  const t: TFunction = i18n.getFixedT(locale);
  const date = (day: string | null) =>
    day ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(day)) : '—';
  const outcomeTitle = (code: OutcomeCode) => capitalise(t(outcomeTitleKey(code)), locale);
  const name = `${facts.participant.givenName} ${facts.participant.familyName}`;

  const details: Array<[string, string]> = [
    [t('certificate.activity'), activityLabel(t, mobility.activityType)],
    [
      t('certificate.dates'),
      t('certificate.datesValue', { start: date(mobility.startDate), end: date(mobility.endDate) }),
    ],
  ];
  if (mobility.durationDays !== null)
    details.push([
      t('certificate.duration'),
      new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(
        mobility.durationDays,
      ),
    ]);
  if (mobility.sending)
    details.push([t('certificate.sendingOrganisation'), organisationText(mobility.sending, locale)]);
  if (mobility.hosting)
    details.push([t('certificate.hostingOrganisation'), organisationText(mobility.hosting, locale)]);

  const blocks = (assessment?.outcomes ?? []).map((outcome) => ({
    title: outcomeTitle(outcome.code),
    competences: outcome.competences.map((competence) => keyCompetenceLabels[competence][locale]),
    rows: outcome.indicators.map((indicator) => ({
      statement: t(indicatorStatementKey(indicator.code)),
      before: String(indicator.before),
      after: String(indicator.after),
    })),
  }));
  const intro = !assessment
    ? t('certificate.outcomes.notAssessed')
    : blocks.length === 0
      ? t('certificate.outcomes.noProgress')
      : t('certificate.outcomes.intro', { low: t('rating.1'), high: t('rating.5') });
  const quotes = (assessment?.ownWords ?? []).map((words) => ({
    title: outcomeTitle(words.outcomeCode),
    text: words.text,
  }));

  return {
    locale,
    programme: t('certificate.programme'),
    project: mobility.projectNumber ? t('certificate.project', { number: mobility.projectNumber }) : null,
    title: t('certificate.title'),
    certifies: t('certificate.certifies'),
    name,
    tookPart: t('certificate.tookPart'),
    details,
    outcomes: {
      heading: t('certificate.outcomes.heading'),
      intro,
      columns: {
        statement: t('certificate.statement'),
        before: t('certificate.before'),
        after: t('certificate.after'),
      },
      competencesLabel: t('certificate.competences'),
      blocks,
    },
    ownWords: quotes.length > 0 ? { heading: t('certificate.ownWords.heading'), quotes } : null,
    issued: t('certificate.issued', {
      date: date(issuedAt.toISOString().slice(0, 10)),
      organisation: mobility.issuer,
    }),
    reference: t('certificate.reference', { reference: facts.reference }),
    source: t('certificate.competencesSource'),
  };
}

function activityLabel(t: TFunction, code: string | null): string {
  const known = (activityTypeCodes as readonly string[]).includes(code ?? '');
  return known ? t(activityLabelKey(code as ActivityTypeCode)) : 'Erasmus+';
}

function organisationText(organisation: CertifiedOrganisation, locale: SurveyLocale): string {
  const country = organisation.country
    ? (new Intl.DisplayNames([locale], { type: 'region' }).of(organisation.country) ?? organisation.country)
    : null;
  const place = [organisation.city, country].filter(Boolean).join(', ');
  return place ? `${organisation.name}, ${place}` : organisation.name;
}

/** The Programme Guide's outcome titles are lower-case phrases ("enhanced intercultural awareness"). */
function capitalise(text: string, locale: SurveyLocale): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** What a participant reads when their certificate cannot be made yet, in their language. */
export function notAvailableText(locale: SurveyLocale, organisation: string): string {
  return i18n.getFixedT(locale)('certificate.notAvailable', { organisation });
}
