import type { SurveyLocale } from '../i18n/locales.js';
import { certificateMessagesDe } from './messages/de.js';
import { certificateMessagesEs } from './messages/es.js';
import { certificateMessagesFr } from './messages/fr.js';
import { certificateMessagesIt } from './messages/it.js';
import { certificateMessagesNl } from './messages/nl.js';
import { certificateMessagesPl } from './messages/pl.js';
import { certificateMessagesPt } from './messages/pt.js';
import { type CertificateMessageKey, certificateMessagesEn } from './messages.en.js';

/** Every text of the participant's certificate in one language: its labels and the names of activity types. */
export type CertificateTranslation = Readonly<Record<CertificateMessageKey, string>>;

export const certificateTranslations: Readonly<Record<SurveyLocale, CertificateTranslation>> = {
  en: certificateMessagesEn,
  de: certificateMessagesDe,
  fr: certificateMessagesFr,
  es: certificateMessagesEs,
  it: certificateMessagesIt,
  pl: certificateMessagesPl,
  pt: certificateMessagesPt,
  nl: certificateMessagesNl,
};
